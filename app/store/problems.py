"""Why the database cannot be used. Kept apart from app/store/opening.py so that the start-up path can name
these errors without importing the database layer."""

from __future__ import annotations

from pathlib import Path


class DatabaseUnusable(Exception):
    """The database cannot be used; ``message`` is for the operator, in Italian."""

    def __init__(self, message: str, latest_backup: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.latest_backup = latest_backup


class DatabaseDamaged(DatabaseUnusable):
    pass


class DatabaseTooNew(DatabaseUnusable):
    pass


class DatabaseMissing(DatabaseUnusable):
    """The file is gone but backups exist: starting empty silently would hide the loss."""


