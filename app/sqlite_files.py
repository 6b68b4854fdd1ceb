"""Looking into an SQLite file without changing it (checks, backups, restores)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def open_read_only(database: Path, *, timeout: float = 30) -> sqlite3.Connection:
    """A read-only connection. The URI is built by ``Path.as_uri`` so that spaces, ``#`` or ``?`` in a
    Windows user folder ("C:\\Users\\Mario Rossi\\...") are escaped rather than read as URI syntax."""
    return sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
