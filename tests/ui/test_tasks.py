"""Background tasks deliver their result to a living widget only."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from app.ui.tasks import Task


def test_a_result_reaches_its_widget(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    Task(label, lambda _progress: "pronto", label.setText, lambda error: label.setText(str(error))).start()
    qtbot.waitUntil(lambda: label.text() == "pronto")


def test_a_result_for_a_closed_widget_is_dropped(qtbot: QtBot) -> None:
    label = QLabel()
    release = threading.Event()
    delivered: list[object] = []
    task = Task(label, lambda _progress: release.wait(5) and "tardi", delivered.append, delivered.append)
    task.start()
    label.deleteLater()
    qtbot.waitUntil(lambda: not Shiboken.isValid(label))
    release.set()
    qtbot.waitUntil(lambda: task not in Task._running)
    assert delivered == []
