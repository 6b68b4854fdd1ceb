"""Looking into an SQLite file without changing it (checks, backups, restores), with nothing but sqlite3."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path


def open_read_only(database: Path, *, timeout: float = 30) -> sqlite3.Connection:
    """A read-only connection. The URI is built by ``Path.as_uri`` so that spaces, ``#`` or ``?`` in a
    Windows user folder ("C:\\Users\\Mario Rossi\\...") are escaped rather than read as URI syntax."""
    return sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)


def integrity_problem(database: Path) -> str | None:
    """``PRAGMA quick_check`` on the file; ``None`` when it is sound, else what SQLite reports."""
    try:
        connection = open_read_only(database)
    except sqlite3.Error as error:
        return str(error)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        connection.close()
    findings = [row[0] for row in rows]
    return None if findings == ["ok"] else "; ".join(findings[:5])


class IntegrityCheck:
    """:func:`integrity_problem` on a thread of its own: SQLite reads the file without holding Python's
    interpreter lock, so the check of a large file overlaps the imports that start-up has to do anyway."""

    def __init__(self, database: Path) -> None:
        self._problem: str | None = None
        self._thread = threading.Thread(target=self._run, args=(database,), name="quick-check", daemon=True)
        self._thread.start()

    def _run(self, database: Path) -> None:
        self._problem = integrity_problem(database)

    def result(self) -> str | None:
        self._thread.join()
        return self._problem
