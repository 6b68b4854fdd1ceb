"""Looking into an SQLite file without changing it (checks, backups, restores), with nothing but sqlite3."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from app.messages import msg
from app.store.disk import is_damage, storage_trouble
from app.store.problems import StorageTrouble

log = logging.getLogger("portierato")


def open_read_only(database: Path, *, timeout: float = 30) -> sqlite3.Connection:
    """A read-only connection. The URI is built by ``Path.as_uri`` so that spaces, ``#`` or ``?`` in a
    Windows user folder ("C:\\Users\\Mario Rossi\\...") are escaped rather than read as URI syntax."""
    return sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)


def integrity_problem(database: Path) -> str | None:
    """``PRAGMA quick_check`` on the file; ``None`` when it is sound, else what SQLite reports (the first
    findings; the whole output goes to the log).

    Only a broken content is a problem of the file: a full disk, a read-only folder or an I/O error raises
    :class:`StorageTrouble` instead, because nothing is wrong with the data (issue 10).
    """
    try:
        connection = open_read_only(database)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        if is_damage(error):
            return str(error)
        said = storage_trouble(error, database.parent)
        assert said is not None
        raise StorageTrouble(said) from error
    except OSError as error:
        raise StorageTrouble(storage_trouble(error, database.parent) or msg("Il file dei dati non si può leggere.")) from error
    findings = [row[0] for row in rows]
    if findings == ["ok"]:
        return None
    log.warning("quick_check of %s found %d problems:\n%s", database, len(findings), "\n".join(findings))
    return "; ".join(findings[:3]) + (f" (+{len(findings) - 3})" if len(findings) > 3 else "")


class IntegrityCheck:
    """:func:`integrity_problem` on a thread of its own: SQLite reads the file without holding Python's
    interpreter lock, so the check of a large file overlaps the imports that start-up has to do anyway."""

    def __init__(self, database: Path) -> None:
        self._problem: str | None = None
        self._trouble: StorageTrouble | None = None
        self._thread = threading.Thread(target=self._run, args=(database,), name="quick-check", daemon=True)
        self._thread.start()

    def _run(self, database: Path) -> None:
        try:
            self._problem = integrity_problem(database)
        except StorageTrouble as trouble:
            self._trouble = trouble

    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self) -> str | None:
        """What :func:`integrity_problem` returned; raises what it raised."""
        self._thread.join()
        if self._trouble is not None:
            raise self._trouble
        return self._problem
