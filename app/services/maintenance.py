"""Backups, restores and the database check as the screens use them: who may, and what the operator is told.

The file mechanics (SQLite's backup API, the rotation, the checks) are in :mod:`app.store`; screens never
import it (DESIGN 3). Replacing the whole database is a coordinator's decision, refused here for anyone
else, not only greyed out on screen.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.config import Paths, read_laptop_identity, receipt_marks
from app.messages import Message, joined, msg
from app.services.contributions.receipt_rules import parse_receipt_number, receipt_number
from app.services.errors import NeedsConfirmation, ServiceError
from app.services.permissions import require_coordinator
from app.services.unit_of_work import Actor
from app.store import backup_contents, backups
from app.store.disk import storage_trouble
from app.store.maintenance import CheckReport, check_database

__all__ = [
    "BackupCopy", "CheckReport", "LackingReceipt", "RestoreOutcome", "backup_copies", "check", "receipts_lacking",
    "restore", "restore_problem", "take_backup",
]


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    taken_at: datetime
    reason: str
    """Why it was taken: ``manuale``, ``chiusura``, ``prima-aggiornamento-NNNN``, ``prima-del-ripristino``."""
    size_bytes: int


def backup_copies(paths: Paths) -> list[BackupCopy]:
    """The copies in the backups folder and the safety copies taken before restores, newest first."""
    found = sorted([*backups.list_backups(paths), *backups.list_safety_copies(paths)], key=lambda b: b.taken_at, reverse=True)
    copies: list[BackupCopy] = []
    for backup in found:
        try:
            copies.append(BackupCopy(backup.path, backup.taken_at, backup.reason, backup.path.stat().st_size))
        except FileNotFoundError:  # rotated away meanwhile
            continue
    return copies


def take_backup(paths: Paths, *, reason: str = "manuale", out: Path | None = None) -> Path:
    """A copy into the backups folder (rotated) or to ``out``; anyone logged in may take one."""
    try:
        return backups.take_backup(paths, reason=reason, out=out)
    except backups.BackupError as error:
        raise ServiceError(error.said) from error
    except OSError as error:  # the chosen folder cannot be written: full, read-only, a file in the way
        raise ServiceError(msg("La copia non è riuscita: {reason}").fill(reason=storage_trouble(error, paths.backups))) from error


def restore_problem(file: Path) -> Message | None:
    """Why ``file`` cannot be restored, or ``None`` when it is a sound Portierato database."""
    return backups.backup_problem(file)


@dataclass(frozen=True)
class LackingReceipt:
    """A receipt issued on this laptop that the restored backup does not hold: its number must never be
    issued again, and the receipt is to be rebuilt under it. Date, beneficiary and amount are known when
    the replaced database still had the receipt; a number known only from the laptop's high-water mark
    (the replaced database was damaged or lost) has none."""

    number: str
    issued_on: date | None = None
    beneficiary_name: str = ""
    amount_cents: int | None = None


@dataclass(frozen=True)
class RestoreOutcome:
    kept: Path | None
    """The copy kept of the database that was replaced (a safety copy, or the damaged file moved aside)."""
    lacking_receipts: tuple[LackingReceipt, ...]


def restore(paths: Paths, file: Path, actor: Actor, *, other_site: bool = False) -> RestoreOutcome:
    """Replaces the database with ``file``; the caller has closed its connections to the database first.

    A backup written on another laptop (another site code) would bring that laptop's operators and data in
    place of these: it is refused unless ``other_site`` says the coordinator confirmed it, having read
    whose backup it is (:class:`NeedsConfirmation`).
    """
    require_coordinator(actor, msg("ripristinare una copia di sicurezza"))
    problem = backups.backup_problem(file)
    if problem is not None:
        raise ServiceError(problem)
    if not other_site:
        foreign = _written_elsewhere(paths, file)
        if foreign is not None:
            raise NeedsConfirmation([foreign])
    lacking = receipts_lacking(paths, file)
    try:
        kept = backups.restore_backup(paths, file)
    except backups.BackupError as error:
        raise ServiceError(error.said) from error
    return RestoreOutcome(kept, tuple(lacking))


def _written_elsewhere(paths: Paths, file: Path) -> Message | None:
    identity = read_laptop_identity(paths)
    sites = backup_contents.sites_of(file)
    if identity is None or not sites or identity.site_code in {site.site_code for site in sites}:
        return None
    return msg(
        "La copia è stata scritta su un altro computer: postazione {sites}. Ripristinarla metterebbe i dati, "
        "gli operatori e le password di quella postazione al posto di quelli di questo computer (postazione "
        "{site}). Va fatto solo se questo computer la sostituisce, e lo conferma un coordinatore."
    ).fill(
        sites=joined([msg("{site} (sportello {office})").fill(site=site.site_code, office=site.office_code) for site in sites], ", "),
        site=identity.site_code,
    )


def receipts_lacking(paths: Paths, file: Path) -> list[LackingReceipt]:
    """Receipts issued here that ``file`` lacks: those of the current database it has not, and the numbers
    up to the laptop's high-water marks that neither has."""
    in_backup = backup_contents.receipts_in(file)
    current: dict[str, backup_contents.StoredReceipt] = {}
    if paths.database.exists():
        try:
            current = backup_contents.receipts_in(paths.database)
        except sqlite3.DatabaseError:  # a damaged database: the marks still know the numbers
            current = {}
    lacking = {
        number: LackingReceipt(number, receipt.issued_on, receipt.beneficiary_name, receipt.amount_cents)
        for number, receipt in current.items()
        if number not in in_backup
    }
    known = {(r.series_site, r.year, r.sequence) for r in [*in_backup.values(), *current.values()]}
    for (site, year), last in receipt_marks(paths).items():
        for sequence in range(1, last + 1):
            if (site, year, sequence) not in known:
                number = receipt_number(site, year, sequence)
                lacking[number] = LackingReceipt(number)
    return [lacking[number] for number in sorted(lacking, key=parse_receipt_number)]


def check(paths: Paths) -> CheckReport:
    """The full, read-only check of ``portierato check`` (integrity, references, schema, inventory)."""
    return check_database(paths)
