"""Opening the database on a thread while the first window is already on screen.

Importing the database layer and checking a large file (``PRAGMA quick_check``, migrations) takes most
of the start-up time; the operator spends it typing the password. The whole-file check is not waited for
(issue 10, point 5): it goes on while the operator logs in and works, and the bootstrap stops the writes
and says so the moment it finds damage. Nothing here imports Qt, and nothing
heavy is imported on the calling thread.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from app.config import Paths, read_laptop_identity
from app.store.sqlite_files import IntegrityCheck

if TYPE_CHECKING:
    from app.store.opening import OpenedDatabase


class DatabaseOpening:
    """Started once the first window is painted: the thread's imports would otherwise compete with the
    window's for the interpreter and delay it."""

    def __init__(self, paths: Paths) -> None:
        self._paths = paths
        self._opened: OpenedDatabase | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._open, name="database-opening", daemon=True)

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def _open(self) -> None:
        try:
            check = (
                IntegrityCheck(self._paths.database)
                if self._paths.uses_embedded_database() and self._paths.database.exists()
                else None
            )
            from app.store.opening import open_database

            first_run = read_laptop_identity(self._paths) is None
            self._opened = open_database(self._paths, integrity=check, create=first_run, check_later=True)
            import app.services.operators  # noqa: F401
            import app.services.registry.households  # noqa: F401  (warms the imports the first screen needs)
        except BaseException as error:  # handed to the GUI thread by result()
            self._error = error

    def ready(self) -> bool:
        return self._thread.ident is not None and not self._thread.is_alive()

    def failed(self) -> bool:
        return self.ready() and self._error is not None

    def result(self) -> OpenedDatabase:
        """Waits for the opening (starting it if needed); raises what it raised (``DatabaseUnusable``...)."""
        self.start()
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._opened is not None
        return self._opened
