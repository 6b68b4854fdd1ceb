"""Consistent copies of the SQLite file, their rotation, and restoring one (issue 2, DESIGN 4).

Copies use SQLite's online backup API, so they are consistent even while the program writes. They are
taken when the program closes, before every migration, and on request. Rotation keeps the 10 newest plus
the newest of each of the last 30 days. A restore first keeps a copy of the current database (or moves a
damaged file aside), so restoring the wrong file can itself be undone.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.clock import ROME, now_utc
from app.config import Paths
from app.messages import Message, msg
from app.store.migrations import is_known_revision
from app.store.sqlite_files import open_read_only

KEEP_NEWEST = 10
KEEP_DAILY_DAYS = 30
REQUIRED_TABLES = {"alembic_version", "offices", "operators", "households", "persons"}
_NAME = re.compile(r"^portierato-(\d{8}-\d{6}-\d{6})(?:-([a-z0-9-]+))?\.sqlite3$")


class BackupError(Exception):
    """A backup or restore could not be done; ``said`` tells the operator why."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def taken_at_said(self) -> Message:
        moment = self.taken_at.astimezone(ROME)
        return msg("{day} alle {time}").fill(day=f"{moment:%d/%m/%Y}", time=f"{moment:%H:%M}")

    @property
    def taken_at_text(self) -> str:
        return str(self.taken_at_said)


def _backup_name(moment: datetime, reason: str) -> str:
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-")
    stamp = moment.astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return f"portierato-{stamp}-{slug}.sqlite3" if slug else f"portierato-{stamp}.sqlite3"


def list_backups(paths: Paths) -> list[BackupFile]:
    """The copies in the backups folder, newest first."""
    found: list[BackupFile] = []
    if not paths.backups.is_dir():
        return found
    for entry in paths.backups.iterdir():
        match = _NAME.match(entry.name)
        if match:
            moment = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
            found.append(BackupFile(entry, moment, match.group(2) or ""))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def latest_backup(paths: Paths) -> BackupFile | None:
    backups = list_backups(paths)
    return backups[0] if backups else None


def backups_to_delete(taken: Iterable[datetime], now: datetime) -> set[datetime]:
    """Rotation (pure): keep the newest :data:`KEEP_NEWEST`, and the newest of each of the last 30 days."""
    ordered = sorted(taken, reverse=True)
    keep = set(ordered[:KEEP_NEWEST])
    first_day = (now.astimezone(ROME) - timedelta(days=KEEP_DAILY_DAYS - 1)).date()
    seen_days: set[object] = set()
    for moment in ordered:
        day = moment.astimezone(ROME).date()
        if day >= first_day and day not in seen_days:
            seen_days.add(day)
            keep.add(moment)
    return set(ordered) - keep


def _online_copy(source: Path, target: Path) -> None:
    """SQLite's backup API: a consistent copy of ``source`` written into ``target`` under SQLite's locks."""
    source_connection = open_read_only(source, timeout=30)
    try:
        target_connection = sqlite3.connect(target, timeout=30)
        try:
            source_connection.backup(target_connection)
        finally:
            target_connection.close()
    finally:
        source_connection.close()


def copy_database(source: Path, target: Path) -> None:
    """A copy of ``source`` into a new file ``target`` (written aside, then moved into place)."""
    temporary = target.with_name(target.name + ".part")
    temporary.unlink(missing_ok=True)
    _online_copy(source, temporary)
    # a copy is a single file: in WAL mode merely reading it would leave -wal/-shm files beside it
    connection = sqlite3.connect(temporary)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()
    os.replace(temporary, target)


def take_backup(paths: Paths, *, reason: str = "manuale", out: Path | None = None) -> Path:
    """Copies the database into the backups folder (rotated) or to ``out`` (kept as it is)."""
    if not paths.database.exists():
        raise BackupError(msg("Non c'è ancora un database da copiare."))
    if out is not None:
        target = out
        target.parent.mkdir(parents=True, exist_ok=True)
    else:
        paths.backups.mkdir(parents=True, exist_ok=True)
        target = paths.backups / _backup_name(now_utc(), reason)
    try:
        copy_database(paths.database, target)
    except sqlite3.Error as error:
        raise BackupError(msg("La copia non è riuscita: {error}.").fill(error=error)) from error
    if out is None:
        rotate_backups(paths)
    return target


def rotate_backups(paths: Paths) -> None:
    backups = list_backups(paths)
    doomed = backups_to_delete((b.taken_at for b in backups), now_utc())
    for backup in backups:
        if backup.taken_at in doomed:
            backup.path.unlink(missing_ok=True)


def backup_problem(file: Path) -> Message | None:
    """Why ``file`` cannot be restored, or ``None`` when it is a sound Portierato database we can read."""
    from app.store.sqlite_files import integrity_problem

    if not file.is_file():
        return msg("Il file {file} non esiste.").fill(file=file)
    with file.open("rb") as handle:
        if not handle.read(16).startswith(b"SQLite format 3"):
            return msg("Il file non è un database di Portierato.")
    problem = integrity_problem(file)
    if problem is not None:
        return msg("Il file è danneggiato ({problem}).").fill(problem=problem)
    connection = open_read_only(file)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not REQUIRED_TABLES <= tables:
            return msg("Il file non è un database di Portierato.")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    if revision is None or not is_known_revision(revision[0]):
        return msg("Il file è stato scritto da una versione più recente di Portierato: aggiornare prima il programma.")
    return None


def restore_backup(paths: Paths, file: Path) -> Path | None:
    """Replaces the database with ``file``; returns the copy kept of the database it replaced (if any).

    The program must not be using the database meanwhile (the GUI closes its connections first).
    """
    problem = backup_problem(file)
    if problem is not None:
        raise BackupError(problem)
    from app.store.sqlite_files import integrity_problem

    if paths.database.exists() and integrity_problem(paths.database) is None:
        kept = take_backup(paths, reason="prima-del-ripristino")
        _online_copy(file, paths.database)  # into the live file, WAL included
        return kept
    kept = None
    if paths.database.exists():
        paths.backups.mkdir(parents=True, exist_ok=True)
        kept = paths.backups / f"danneggiato-{now_utc():%Y%m%d-%H%M%S}.sqlite3"
        shutil.move(paths.database, kept)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    copy_database(file, paths.database)
    return kept
