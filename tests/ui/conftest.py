"""UI fixtures: a desk context over the per-test database, and Qt settings kept out of the user's home."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.config import read_laptop_identity
from app.ui.context import DataEvents, DeskContext
from tests.conftest import Desk


@pytest.fixture(scope="session", autouse=True)
def isolated_qt_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings")))
    yield


@dataclass
class MessageBoxes:
    """Every message box the code under test opened: (kind, title, text). Questions get ``answer``."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.No

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for shown_kind, _, text in self.shown if kind in (None, shown_kind)]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Modal boxes would block a test forever: record them instead, and answer questions."""
    boxes = MessageBoxes()

    def recorder(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> QMessageBox.StandardButton:
            boxes.shown.append((kind, title, text))
            return boxes.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return boxes


@pytest.fixture
def context(desk: Desk) -> DeskContext:
    identity = read_laptop_identity(desk.paths)
    assert identity is not None
    return DeskContext(paths=desk.paths, store=desk.store, identity=identity, actor=desk.coordinator, events=DataEvents())


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Types ``text`` key by key; QTest can only synthesise ASCII keys, so accented letters are sent as
    key events carrying their text, as a keyboard layout with that letter would."""
    for character in text:
        if character.isascii():
            qtbot.keyClicks(widget, character)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


@dataclass
class ModalDialogs:
    """Modal dialogs opened with ``exec()`` by the code under test, driven by the test instead of blocking.

    ``drive(DialogClass, driver)``: when the code calls ``exec()`` on such a dialog it is shown and
    ``driver(dialog)`` works it as a person would (keys, Enter); ``exec()`` then returns the dialog's result,
    as it would once the dialog closed. A dialog the driver leaves open stays open for the test to inspect.
    """

    monkeypatch: pytest.MonkeyPatch
    qtbot: QtBot
    opened: list[QWidget] = field(default_factory=list)

    def drive(self, dialog_class: type[QWidget], driver: Callable[[Any], None]) -> None:
        def exec_(dialog: Any) -> int:
            if dialog.parent() is None:
                self.qtbot.addWidget(dialog)
            self.opened.append(dialog)
            dialog.show()
            driver(dialog)
            return int(dialog.result()) if not dialog.isVisible() else 0

        self.monkeypatch.setattr(dialog_class, "exec", exec_)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> ModalDialogs:
    return ModalDialogs(monkeypatch, qtbot)


def press(qtbot: QtBot, dialog: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the dialog's keyboard focus is, as the person at the desk presses it."""
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def type_here(qtbot: QtBot, dialog: QWidget, text: str) -> None:
    focused = dialog.focusWidget()
    assert focused is not None
    type_text(qtbot, focused, text)


def push(qtbot: QtBot, button: QWidget) -> None:
    """A button pressed with the space bar (does nothing on a disabled button, as for a person)."""
    qtbot.keyClick(button, Qt.Key.Key_Space)


def shown_errors(dialog: QWidget) -> dict[str, str]:
    return {name: label.text() for name, (_, label) in dialog._fields.items() if label.isVisible()}  # type: ignore[attr-defined]
