"""Consistent copies of the SQLite file, their rotation, and restoring one (issue 2, issue 10, DESIGN 4).

Copies use SQLite's online backup API, so they are consistent even while the program writes. They are
taken when the program closes, before every migration, and on request. Rotation keeps the 10 newest plus
the newest of each of the last 30 days. A copy is written beside its place as ``.part`` and moved into
place only when complete; a failed copy leaves nothing behind.

A restore is done alone (:mod:`app.store.presence`) and never loses anything:

1. the chosen copy is checked, then copied beside the database and checked again, before anything of the
   current database is touched: a full disk or an I/O error halfway leaves the current database in place;
2. a sound current database is first copied into ``backups/prima-del-ripristino/``, apart from the
   rotation, so that this safety copy never pushes out a backup that was listed, the chosen one included;
   safety copies are rotated among themselves, never deleting the copy being restored;
3. its write-ahead log is checkpointed into the main file, and then the main file, ``-wal`` and ``-shm`` go
   together: a damaged database is moved aside with its log, a sound one is replaced with no log left
   beside the restored file (an old ``-wal`` beside another file damages it).
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
from app.config import Paths, make_private, private_folder
from app.messages import Message, msg
from app.store import presence
from app.store.disk import storage_trouble
from app.store.migrations import is_known_revision
from app.store.problems import StorageTrouble
from app.store.sqlite_files import integrity_problem, open_read_only

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
    """The copies in the backups folder (the rotation), newest first."""
    return _copies_in(paths.backups)


def list_safety_copies(paths: Paths) -> list[BackupFile]:
    """The copies taken before a restore, newest first."""
    return _copies_in(paths.safety_copies)


def _copies_in(folder: Path) -> list[BackupFile]:
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
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
    """A copy of ``source`` into a new file ``target``: written aside, moved into place only when complete;
    on any failure nothing is left behind (issue 10)."""
    temporary = target.with_name(target.name + ".part")
    temporary.unlink(missing_ok=True)
    try:
        _online_copy(source, temporary)
        # a copy is a single file: in WAL mode merely reading it would leave -wal/-shm files beside it
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
        make_private(temporary)
        os.replace(temporary, target)
    except BaseException:
        for leftover in (temporary, Path(f"{temporary}-journal"), Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
            leftover.unlink(missing_ok=True)
        raise


def take_backup(paths: Paths, *, reason: str = "manuale", out: Path | None = None) -> Path:
    """Copies the database into the backups folder (rotated) or to ``out`` (kept as it is).

    The database is checked first (``quick_check``): a damaged file copied into the rotation at every
    close would push the sound copies out one by one.
    """
    if not paths.database.exists():
        raise BackupError(msg("Non c'è ancora un database da copiare."))
    if out is not None:
        if not out.parent.is_dir():
            raise BackupError(msg("La cartella {folder} non esiste: sceglierne una che esiste.").fill(folder=out.parent))
        target = out
    else:
        target = private_folder(paths.backups) / _backup_name(now_utc(), reason)
    _copy_checked(paths.database, target)
    if out is None:
        rotate_backups(paths)
    return target


def _copy_checked(source: Path, target: Path) -> None:
    try:
        problem = integrity_problem(source)
    except StorageTrouble as trouble:
        raise BackupError(msg("La copia non è riuscita: {reason}").fill(reason=trouble.said)) from trouble
    if problem is not None:
        raise BackupError(msg("La copia non è stata fatta: il database è danneggiato ({problem}). Le copie già fatte restano com'erano.").fill(problem=problem))
    try:
        copy_database(source, target)
    except (sqlite3.Error, OSError) as error:
        reason = storage_trouble(error, target.parent) or msg("il file dei dati non si è potuto leggere.")
        raise BackupError(msg("La copia non è riuscita: {reason}").fill(reason=reason)) from error


def rotate_backups(paths: Paths) -> None:
    backups = list_backups(paths)
    doomed = backups_to_delete((b.taken_at for b in backups), now_utc())
    for backup in backups:
        if backup.taken_at in doomed:
            backup.path.unlink(missing_ok=True)


def _rotate_safety_copies(paths: Paths, keeping: Path) -> None:
    """Safety copies: the newest :data:`KEEP_NEWEST`, and never the copy being restored."""
    for old in list_safety_copies(paths)[KEEP_NEWEST:]:
        if old.path.resolve() != keeping.resolve():
            old.path.unlink(missing_ok=True)


def backup_problem(file: Path) -> Message | None:
    """Why ``file`` cannot be restored, or ``None`` when it is a sound Portierato database we can read."""
    if not file.is_file():
        return msg("Il file {file} non esiste.").fill(file=file)
    try:
        with file.open("rb") as handle:
            if not handle.read(16).startswith(b"SQLite format 3"):
                return msg("Il file non è un database di Portierato.")
        problem = integrity_problem(file)
    except OSError as error:
        return storage_trouble(error, file.parent)
    except StorageTrouble as trouble:
        return trouble.said
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

    Refused (:class:`BackupError`) while another process has the database open; this process must have
    closed its own connections (the GUI disposes its engine first). See the module's docstring for the
    order of the steps, which never leaves the home without a usable database.
    """
    problem = backup_problem(file)
    if problem is not None:
        raise BackupError(problem)
    try:
        with presence.alone(paths):
            return _swap_in(paths, file)
    except presence.DatabaseBusy as busy:
        raise BackupError(busy.said) from busy


def _swap_in(paths: Paths, file: Path) -> Path | None:
    database = paths.database
    incoming = database.with_name(database.name + ".ripristino")
    try:
        _copy_checked(file, incoming)
    except BackupError as failed:
        raise BackupError(msg("Il ripristino non è stato fatto e i dati attuali sono rimasti al loro posto. {reason}").fill(reason=failed.said)) from failed
    try:
        verified = backup_problem(incoming)
        if verified is not None:
            raise BackupError(msg("La copia scritta per il ripristino non è risultata integra: {problem} Il database attuale è rimasto al suo posto.").fill(problem=verified))
        kept = _keep_current(paths, file)
        os.replace(incoming, database)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    return kept


def _keep_current(paths: Paths, restoring: Path) -> Path | None:
    """The current database, kept before it is replaced: a safety copy of a sound file (its log
    checkpointed away), or a damaged file moved aside with its log. Nothing of it stays beside the
    database afterwards."""
    database = paths.database
    log_files = [Path(f"{database}{suffix}") for suffix in ("-wal", "-shm")]
    if not database.exists():
        for leftover in log_files:
            leftover.unlink(missing_ok=True)
        return None
    try:
        sound = integrity_problem(database) is None
    except StorageTrouble as trouble:
        raise BackupError(msg("Il database attuale non si può leggere: {reason} Il ripristino non è stato fatto.").fill(reason=trouble.said)) from trouble
    if sound:
        kept = private_folder(paths.safety_copies) / _backup_name(now_utc(), "prima-del-ripristino")
        _copy_checked(database, kept)
        _rotate_safety_copies(paths, keeping=restoring)
        _checkpoint(database)
        for leftover in log_files:
            leftover.unlink(missing_ok=True)
        return kept
    aside = private_folder(paths.backups) / f"danneggiato-{now_utc():%Y%m%d-%H%M%S}.sqlite3"
    for part, suffix in ((database, ""), *((log, log.name[len(database.name):]) for log in log_files)):
        if part.exists():
            shutil.move(part, Path(f"{aside}{suffix}"))
    return aside


def _checkpoint(database: Path) -> None:
    """Everything confirmed in the write-ahead log is written into the main file, and the log emptied."""
    connection = sqlite3.connect(database, timeout=30)
    try:
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    if busy:
        raise BackupError(msg("Il database è ancora in uso: il ripristino non è stato fatto. Chiudere gli altri programmi e riprovare."))
