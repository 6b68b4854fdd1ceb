"""The real start of the program in this process, ``app.bootstrap.run_gui(home)``: first run, login, main
window and the backup taken at closing; a damaged database answered with its latest backup; unexpected
errors logged and shown in Italian while the program carries on.

The windows are driven by an application-wide event filter: when a dialog or the main window is shown, the
script does what the person at the desk would do. A watchdog closes everything if a step never comes, so a
broken start fails the test instead of hanging it.
"""

from __future__ import annotations

import logging
import random
import sys
import threading
from collections.abc import Callable, Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import EXIT_UNUSABLE, install_excepthook, run_gui
from app.config import Paths, read_laptop_identity, resolve_paths
from app.logs import configure_logging
from app.services.operators import log_in
from app.services.registry import households
from app.services.registry.forms import HouseholdForm, PersonForm
from app.services.unit_of_work import Store, UnitOfWork, WritesStopped
from app.store import sqlite_files
from app.store.backups import backup_problem, list_backups, take_backup
from app.store.opening import open_database
from app.store.sqlite_files import integrity_problem
from app.ui import i18n
from app.ui.first_run_dialog import FirstRunDialog
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from tests.conftest import COORDINATOR, copy_home
from tests.ui.conftest import MessageBoxes

WATCHDOG_MS = 20_000
RESTORE = "Ripristina l'ultima copia"
LEAVE = "Esci"


@pytest.fixture
def gui_globals(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    """run_gui and install_excepthook change process-wide state: the excepthook, the root logger, Qt's
    settings location, the application's names, its translators and default locale. Put it all back."""
    monkeypatch.delenv("PORTIERATO_LANG", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    for handler in handlers:
        if isinstance(handler, RotatingFileHandler):  # else the log of this test would go to another file
            root.removeHandler(handler)
    names = (qapp.organizationName(), qapp.applicationName())
    quit_on_last_window = qapp.quitOnLastWindowClosed()
    locale = QLocale()
    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "probe", "probe")
    settings_folder = Path(probe.fileName()).parent.parent
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    for handler in handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])
    qapp.setQuitOnLastWindowClosed(quit_on_last_window)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_folder))
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(locale)


class DeskScript(QObject):
    """Watches every window the program shows and acts on it as the operator would."""

    def __init__(self, qtbot: QtBot) -> None:
        super().__init__()
        self.qtbot = qtbot
        self.steps: list[str] = []
        self.timed_out = False
        self._actions: list[tuple[type[QWidget], Callable[[Any], None]]] = []
        self._seen: list[QWidget] = []
        self._timers: list[QTimer] = []

    def on_show(self, kind: type[QWidget], action: Callable[[Any], None]) -> None:
        self._actions.append((kind, action))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            for kind, action in self._actions:
                if isinstance(watched, kind) and not any(watched is seen for seen in self._seen):
                    self._seen.append(watched)
                    self.steps.append(kind.__name__)
                    QTimer.singleShot(0, lambda widget=watched, act=action: act(widget))
        return False

    def when(self, condition: Callable[[], bool], action: Callable[[], None]) -> None:
        """Runs ``action`` once ``condition`` holds, without blocking the event loop."""
        timer = QTimer()
        timer.setInterval(10)

        def check() -> None:
            if condition():
                timer.stop()
                action()

        timer.timeout.connect(check)
        timer.start()
        self._timers.append(timer)

    def log_in(self, dialog: LoginDialog, username: str = COORDINATOR[0], password: str = COORDINATOR[2]) -> None:
        self.qtbot.keyClicks(dialog.username, username)
        self.qtbot.keyClicks(dialog.password, password)
        self.qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    def _give_up(self) -> None:
        """The watchdog: whatever is open is closed, so that run_gui returns and the test fails."""
        self.timed_out = True
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                QDialog.done(widget, QDialog.DialogCode.Rejected)
            elif widget.isVisible():
                widget.close()

    def run(self, home: Path) -> int:
        app = QApplication.instance()
        assert app is not None
        watchdog = QTimer()
        watchdog.setInterval(WATCHDOG_MS)
        watchdog.timeout.connect(self._give_up)
        watchdog.start()
        app.installEventFilter(self)
        try:
            return run_gui(str(home))
        finally:
            app.removeEventFilter(self)
            watchdog.stop()
            for timer in self._timers:
                timer.stop()


@pytest.fixture
def script(qtbot: QtBot, gui_globals: None) -> DeskScript:
    return DeskScript(qtbot)


def close_when_registry_shows(script: DeskScript, households_seen: list[str], expected: int = 0) -> Callable[[MainWindow], None]:
    def act(window: MainWindow) -> None:
        assert window.sections.currentWidget() is window.day  # the desk's day is the start screen
        window.actions.show_households.trigger()

        def close() -> None:
            households_seen.extend(
                window.households.model.data(window.households.model.index(row, 1))
                for row in range(window.households.model.rowCount())
            )
            households_seen.append(window.windowTitle())
            window.close()

        script.when(lambda: window.households.model.rowCount() >= expected, close)

    return act


def backups_named(paths: Paths, reason: str) -> list[Path]:
    return [backup.path for backup in list_backups(paths) if backup.reason == reason]


def damage_the_middle(file: Path) -> bytes:
    data = bytearray(file.read_bytes())
    garbage = random.Random(20261121).randbytes(len(data) // 2)
    start = len(data) // 4
    data[start : start + len(garbage)] = garbage
    file.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def home(template_home: Path, tmp_path: Path) -> Paths:
    """A configured laptop (site CEL) with one household, closed as the program leaves it."""
    paths = copy_home(template_home, tmp_path / "home")
    opened = open_database(paths)
    store = Store(opened.engine, "CEL")
    households.create_household(
        UnitOfWork(store, log_in(store, COORDINATOR[0], COORDINATOR[2])),
        HouseholdForm(code="BG-1", street="via Rovelli", house_number="3"),
        PersonForm(surname="Mazzà", name="Giulia"),
    )
    opened.engine.dispose()
    return paths


# --- a normal day ---------------------------------------------------------------------------------


def test_login_main_window_and_a_backup_at_closing(script: DeskScript, home: Paths, message_boxes: MessageBoxes) -> None:
    seen: list[str] = []
    script.on_show(LoginDialog, script.log_in)
    script.on_show(MainWindow, close_when_registry_shows(script, seen, expected=1))

    code = script.run(home.home)

    assert not script.timed_out and code == 0
    assert script.steps == ["LoginDialog", "MainWindow"]
    assert seen == ["Mazzà Giulia", "Portierato di Comunità – CEL"]
    [backup] = backups_named(home, "chiusura")
    assert backup_problem(backup) is None
    assert message_boxes.shown == []
    assert (home.home / "interfaccia").is_dir()  # window geometry kept with the data, not in the user's profile


def test_leaving_at_the_login_closes_the_program_without_a_backup(script: DeskScript, home: Paths) -> None:
    script.on_show(LoginDialog, lambda dialog: script.qtbot.keyClick(dialog.username, Qt.Key.Key_Escape))

    code = script.run(home.home)

    assert not script.timed_out and code == 0
    assert script.steps == ["LoginDialog"]
    assert list_backups(home) == []


def test_the_first_start_of_a_new_laptop_asks_for_the_desk_then_logs_in(
    script: DeskScript, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    def first_run(dialog: FirstRunDialog) -> None:
        qtbot = script.qtbot
        qtbot.keyClick(dialog.office, Qt.Key.Key_Down)
        qtbot.keyClicks(dialog.username, "a.negro")
        qtbot.keyClicks(dialog.full_name, "Antonio Negro")
        qtbot.keyClicks(dialog.password, "coordinatore1")
        qtbot.keyClicks(dialog.repeat, "coordinatore1")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    seen: list[str] = []
    script.on_show(FirstRunDialog, first_run)
    script.on_show(LoginDialog, lambda dialog: script.log_in(dialog, "a.negro", "coordinatore1"))
    script.on_show(MainWindow, close_when_registry_shows(script, seen))

    code = script.run(tmp_path / "new-laptop")

    paths = resolve_paths(tmp_path / "new-laptop")
    assert not script.timed_out and code == 0, message_boxes.shown
    assert script.steps == ["FirstRunDialog", "LoginDialog", "MainWindow"]
    assert seen == ["Portierato di Comunità – COL"]
    identity = read_laptop_identity(paths)
    assert identity is not None and (identity.site_code, identity.office_code) == ("COL", "COL")
    assert len(backups_named(paths, "chiusura")) == 1


# --- a damaged database ---------------------------------------------------------------------------


@pytest.fixture
def damaged(home: Paths) -> tuple[Paths, bytes]:
    """The household was saved and backed up; then the file was damaged (a disk fault, a power cut)."""
    take_backup(home, reason="manuale")
    return home, damage_the_middle(home.database)


@pytest.fixture
def recovery_box(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], list[tuple[str, list[str]]]]:
    """The recovery question is a QMessageBox instance run with exec(): answer it with the named button."""

    def answer_with(choice: str) -> list[tuple[str, list[str]]]:
        asked: list[tuple[str, list[str]]] = []

        def exec_(box: QMessageBox) -> int:
            buttons = box.buttons()
            asked.append((box.text(), [button.text() for button in buttons]))
            next(button for button in buttons if button.text() == choice).click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        return asked

    return answer_with


def test_a_damaged_database_is_restored_from_the_latest_backup_and_the_login_follows(
    script: DeskScript, damaged: tuple[Paths, bytes], recovery_box: Callable[[str], list[tuple[str, list[str]]]],
    message_boxes: MessageBoxes,
) -> None:
    paths, damaged_bytes = damaged
    asked = recovery_box(RESTORE)
    logins: list[LoginDialog] = []

    def login(dialog: LoginDialog) -> None:
        logins.append(dialog)
        if len(logins) == 1:  # still typing when the check finds the damage: this login closes by itself
            script.qtbot.keyClicks(dialog.username, COORDINATOR[0])
        else:
            script.log_in(dialog)

    seen: list[str] = []
    script.on_show(LoginDialog, login)
    script.on_show(MainWindow, close_when_registry_shows(script, seen, expected=1))

    code = script.run(paths.home)

    assert not script.timed_out and code == 0
    assert script.steps == ["LoginDialog", "LoginDialog", "MainWindow"]
    [(text, buttons)] = asked
    assert text.startswith("Il file dei dati è danneggiato e non può essere usato. L'ultima copia di sicurezza è del ")
    assert buttons == [RESTORE, LEAVE]
    assert seen == ["Mazzà Giulia", "Portierato di Comunità – CEL"]
    assert integrity_problem(paths.database) is None
    [moved_aside] = list(paths.backups.glob("danneggiato-*.sqlite3"))
    assert moved_aside.read_bytes() == damaged_bytes  # kept for an expert, never overwritten
    assert len(backups_named(paths, "chiusura")) == 1
    assert message_boxes.shown == []


def test_submitting_the_login_before_the_damage_is_found_leads_to_the_same_recovery(
    script: DeskScript, damaged: tuple[Paths, bytes], recovery_box: Callable[[str], list[tuple[str, list[str]]]],
    message_boxes: MessageBoxes,
) -> None:
    """A quick typist presses Enter while the database is still being checked: the recovery is offered,
    not an "unexpected error"."""
    paths, _ = damaged
    asked = recovery_box(RESTORE)
    seen: list[str] = []
    script.on_show(LoginDialog, script.log_in)
    script.on_show(MainWindow, close_when_registry_shows(script, seen, expected=1))

    code = script.run(paths.home)

    assert not script.timed_out and code == 0
    assert len(asked) == 1
    assert message_boxes.shown == []
    assert script.steps == ["LoginDialog", "LoginDialog", "MainWindow"]
    assert seen[0] == "Mazzà Giulia"


def test_leaving_instead_of_restoring_returns_3_and_touches_nothing(
    script: DeskScript, damaged: tuple[Paths, bytes], recovery_box: Callable[[str], list[tuple[str, list[str]]]],
    message_boxes: MessageBoxes,
) -> None:
    paths, damaged_bytes = damaged
    backups_before = sorted(path.name for path in paths.backups.iterdir())
    asked = recovery_box(LEAVE)
    script.on_show(LoginDialog, lambda dialog: script.qtbot.keyClicks(dialog.username, COORDINATOR[0]))

    code = script.run(paths.home)

    assert not script.timed_out
    assert code == EXIT_UNUSABLE == 3
    assert len(asked) == 1 and script.steps == ["LoginDialog"]
    assert paths.database.read_bytes() == damaged_bytes
    assert sorted(path.name for path in paths.backups.iterdir()) == backups_before
    assert message_boxes.shown == []


def test_a_damaged_database_without_backups_is_explained_and_left_alone(
    script: DeskScript, home: Paths, message_boxes: MessageBoxes
) -> None:
    damaged_bytes = damage_the_middle(home.database)
    script.on_show(LoginDialog, lambda dialog: None)

    code = script.run(home.home)

    assert not script.timed_out and code == EXIT_UNUSABLE
    [(kind, title, text)] = message_boxes.shown
    assert (kind, title) == ("critical", "Portierato – dati non utilizzabili")
    assert "Non ci sono copie di sicurezza in questa cartella." in text
    assert home.database.read_bytes() == damaged_bytes


def test_damage_found_after_the_login_stops_the_writes_at_once_and_the_backup_is_offered_at_closing(
    script: DeskScript, home: Paths, recovery_box: Callable[[str], list[tuple[str, list[str]]]],
    message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The start does not wait for the whole-file check (issue 10, point 5): here the disk fails while the
    operator already works, before the check has read the file. The check then finds the damage: the
    operator is told at once, nothing more is written, and closing offers the latest backup."""
    take_backup(home, reason="manuale")
    gate = threading.Event()
    real_check = sqlite_files.integrity_problem

    def check_once_the_window_is_up(database: Path) -> str | None:
        gate.wait(WATCHDOG_MS / 1000)
        return real_check(database)

    monkeypatch.setattr(sqlite_files, "integrity_problem", check_once_the_window_is_up)
    asked = recovery_box(RESTORE)
    refused: list[str] = []
    windows: list[MainWindow] = []

    def work(window: MainWindow) -> None:
        windows.append(window)
        if len(windows) == 2:  # after the restore
            window.close()
            return
        damage_the_middle(home.database)
        gate.set()

        def try_to_save() -> None:
            with pytest.raises(WritesStopped) as stopped:
                households.create_household(
                    window._context.uow(), HouseholdForm(code="BG-2", street="via Rovelli", house_number="5"), PersonForm(surname="Rota", name="Anna")
                )
            refused.append(str(stopped.value))
            window.close()

        script.when(lambda: bool(message_boxes.shown), try_to_save)

    script.on_show(LoginDialog, script.log_in)
    script.on_show(MainWindow, work)

    code = script.run(home.home)

    assert not script.timed_out and code == 0
    assert script.steps == ["LoginDialog", "MainWindow", "LoginDialog", "MainWindow"]
    [(kind, title, text)] = message_boxes.shown
    assert (kind, title) == ("critical", "Portierato – dati non utilizzabili")
    assert text.startswith("Il controllo del file dei dati ha trovato un problema, e da ora il programma non salva più nulla")
    assert refused == [text]
    assert len(asked) == 1 and asked[0][0].startswith("Il file dei dati è danneggiato")
    assert integrity_problem(home.database) is None  # the latest backup is back in place


# --- unexpected errors ----------------------------------------------------------------------------


def test_an_error_in_a_slot_is_logged_shown_in_italian_and_the_program_goes_on(
    qtbot: QtBot, tmp_path: Path, gui_globals: None, message_boxes: MessageBoxes
) -> None:
    paths = resolve_paths(tmp_path / "home").ensure()
    configure_logging(paths)
    install_excepthook(paths)
    button = QPushButton("Salva")
    qtbot.addWidget(button)
    saved: list[str] = []

    def save_the_visit() -> None:
        raise RuntimeError("rottura imprevista")

    button.clicked.connect(save_the_visit)
    button.clicked.connect(lambda: saved.append("salvato"))

    qtbot.keyClick(button, Qt.Key.Key_Space)

    log_text = paths.log_file.read_text(encoding="utf-8")
    assert "ERROR portierato: unexpected error" in log_text
    assert "Traceback (most recent call last):" in log_text
    assert "in save_the_visit" in log_text and "RuntimeError: rottura imprevista" in log_text
    [(kind, title, text)] = message_boxes.shown
    assert (kind, title) == ("critical", "Errore imprevisto")
    assert text.startswith("Si è verificato un errore imprevisto: l'operazione non è stata completata")
    assert text.endswith(f"I dettagli sono nel registro:\n{paths.log_file}")
    assert "rottura imprevista" not in text  # the operator gets a clear message, the log gets the details
    assert saved == ["salvato"]

    QTimer.singleShot(0, save_the_visit)  # the same inside the running event loop
    qtbot.waitUntil(lambda: len(message_boxes.shown) == 2)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert saved == ["salvato", "salvato"]
    assert paths.log_file.read_text(encoding="utf-8").count("RuntimeError: rottura imprevista") == 3
