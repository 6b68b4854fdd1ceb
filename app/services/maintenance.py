"""Backups, restores and the database check as the screens use them: who may, and what the operator is told.

The file mechanics (SQLite's backup API, the rotation, the checks) are in :mod:`app.store`; screens never
import it (DESIGN 3). Replacing the whole database is a coordinator's decision, refused here for anyone
else, not only greyed out on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.config import Paths
from app.messages import Message, msg
from app.services.errors import ServiceError
from app.services.permissions import require_coordinator
from app.services.unit_of_work import Actor
from app.store import backups
from app.store.maintenance import CheckReport, check_database

__all__ = ["BackupCopy", "CheckReport", "backup_copies", "check", "restore", "restore_problem", "take_backup"]


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    taken_at: datetime
    reason: str
    """Why it was taken: ``manuale``, ``chiusura``, ``prima-aggiornamento-NNNN``, ``prima-del-ripristino``."""
    size_bytes: int


def backup_copies(paths: Paths) -> list[BackupCopy]:
    """The copies in the backups folder, newest first."""
    return [
        BackupCopy(found.path, found.taken_at, found.reason, found.path.stat().st_size)
        for found in backups.list_backups(paths)
        if found.path.exists()
    ]


def take_backup(paths: Paths, *, reason: str = "manuale", out: Path | None = None) -> Path:
    """A copy into the backups folder (rotated) or to ``out``; anyone logged in may take one."""
    try:
        return backups.take_backup(paths, reason=reason, out=out)
    except backups.BackupError as error:
        raise ServiceError(error.said) from error
    except OSError as error:  # the chosen folder cannot be written: full, read-only, a file in the way
        raise ServiceError(
            msg("La copia non è riuscita: {reason} ({file}).").fill(reason=error.strerror, file=error.filename)
        ) from error


def restore_problem(file: Path) -> Message | None:
    """Why ``file`` cannot be restored, or ``None`` when it is a sound Portierato database."""
    return backups.backup_problem(file)


def restore(paths: Paths, file: Path, actor: Actor) -> Path | None:
    """Replaces the database with ``file``; returns the copy kept of the one it replaced (if any).

    The caller has closed its connections to the database first.
    """
    require_coordinator(actor, msg("ripristinare una copia di sicurezza"))
    try:
        return backups.restore_backup(paths, file)
    except backups.BackupError as error:
        raise ServiceError(error.said) from error


def check(paths: Paths) -> CheckReport:
    """The full, read-only check of ``portierato check`` (integrity, references, schema, inventory)."""
    return check_database(paths)
