"""Why the database cannot be used. Kept apart from app/store/opening.py so that the start-up path can name
these errors without importing the database layer."""

from __future__ import annotations

from pathlib import Path

from app.messages import Message


class DatabaseUnusable(Exception):
    """The database cannot be used; ``said`` tells the operator why (``message``: in Italian)."""

    def __init__(self, said: Message, latest_backup: Path | None = None) -> None:
        super().__init__(str(said))
        self.said = said
        self.latest_backup = latest_backup

    @property
    def message(self) -> str:
        return str(self.said)


class DatabaseDamaged(DatabaseUnusable):
    pass


class DatabaseTooNew(DatabaseUnusable):
    pass


class DatabaseMissing(DatabaseUnusable):
    """The file is gone but backups exist: starting empty silently would hide the loss."""




class StorageTrouble(DatabaseUnusable):
    """The disk, not the file: full, read-only, without permissions, or failing. The data are not damaged,
    and nothing is moved or replaced because of it (issue 10)."""
