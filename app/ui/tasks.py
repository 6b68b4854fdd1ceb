"""Long work off the GUI thread (CONVENTIONS 11): one small helper over ``QThreadPool``.

The worker gets plain values, opens its own unit of work, and returns plain data; the result or the
error comes back to the GUI thread by signal. ``progress(done, total)`` may be called from the worker.

Every task names the widget (``owner``) that shows its result. The operator may close that widget, or the
whole window, while the worker still runs: the result then has nowhere to go and is dropped (an error is
still logged), instead of touching a deleted widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import Shiboken

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
    """``Task(owner, work, on_done, on_error, on_progress).start()``; kept alive until it finishes."""

    _running: set[Task] = set()

    def __init__(
        self,
        owner: QObject,
        work: Callable[[Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__()
        self._owner = owner
        self._relay = _Relay()
        self._relay.finished.connect(self._on_relay_finished)
        self._relay.failed.connect(self._on_relay_failed)
        self._relay.progressed.connect(self._on_relay_progressed)
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress

    def start(self) -> None:
        Task._running.add(self)
        QThreadPool.globalInstance().start(_Job(self._work, self._relay))

    def _owner_alive(self) -> bool:
        return Shiboken.isValid(self._owner)

    def _on_relay_progressed(self, done: int, total: int) -> None:
        if self._on_progress is not None and self._owner_alive():
            self._on_progress(done, total)

    def _on_relay_finished(self, result: object) -> None:
        Task._running.discard(self)
        if self._owner_alive():
            self._on_done(result)

    def _on_relay_failed(self, error: Exception) -> None:
        Task._running.discard(self)
        if self._owner_alive():
            self._on_error(error)
        else:
            log.error("background work failed after its window was closed", exc_info=error)
