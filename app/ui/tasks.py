"""Long work off the GUI thread (CONVENTIONS 11): one small helper over ``QThreadPool``.

The worker gets plain values, opens its own unit of work, and returns plain data; the result or the
error comes back to the GUI thread by signal. ``progress(done, total)`` may be called from the worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._relay.progressed.emit)
        except Exception as error:  # handed to the GUI thread, which logs and shows it
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


class Task(QObject):
    """``Task(work, on_done, on_error, on_progress).start()``; keep a reference until it finishes."""

    _running: set[Task] = set()

    def __init__(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__()
        self._relay = _Relay()
        self._relay.finished.connect(self._on_relay_finished)
        self._relay.failed.connect(self._on_relay_failed)
        if on_progress is not None:
            self._relay.progressed.connect(on_progress)
        self._work = work
        self._on_done = on_done
        self._on_error = on_error

    def start(self) -> None:
        Task._running.add(self)
        QThreadPool.globalInstance().start(_Job(self._work, self._relay))

    def _on_relay_finished(self, result: object) -> None:
        Task._running.discard(self)
        self._on_done(result)

    def _on_relay_failed(self, error: Exception) -> None:
        Task._running.discard(self)
        self._on_error(error)
