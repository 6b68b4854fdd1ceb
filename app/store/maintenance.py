"""The database check behind ``portierato check`` and the maintenance screen: read-only, never migrates."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.config import Paths, read_laptop_identity
from app.store.backups import latest_backup
from app.store.migrations import HEAD_REVISION, known_revisions
from app.store.sqlite_files import open_read_only


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    lines: tuple[str, ...]
    problem: str = ""
    """The line of ``lines`` that says why the database cannot be used (a one-line summary), "" when ok."""


def check_database(paths: Paths) -> CheckReport:
    """Full ``integrity_check``, references, schema version and a short inventory, in Italian."""
    if not paths.uses_embedded_database():
        return CheckReport(True, ("Database su server: il controllo dei file si fa sul server.",))
    lines: list[str] = [f"Database: {paths.database}"]
    if not paths.database.exists():
        return _failed(lines, "Il file del database non esiste.")
    try:
        connection = open_read_only(paths.database, timeout=10)
        try:
            findings = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if findings != ["ok"]:
                return _failed(lines, "Integrità: il file è danneggiato: " + "; ".join(findings[:5]))
            lines.append("Integrità: nessun problema.")
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                return _failed(lines, f"Riferimenti: {len(broken)} righe rimandano a dati inesistenti.")
            lines.append("Riferimenti: tutti validi.")
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                return _failed(lines, "Il file non è un database di Portierato.")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            counts = {
                table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 (fixed names)
                for table in ("households", "persons", "isee_attestations", "operators", "audit_entries")
                if table in tables
            }
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return _failed(lines, f"Il file è danneggiato o non è un database: {error}.")
    problem = ""
    if revision == HEAD_REVISION:
        lines.append(f"Schema: versione {revision}, aggiornata.")
    else:
        if revision in known_revisions():
            lines.append(f"Schema: versione {revision}, sarà aggiornata al prossimo avvio.")
        else:
            problem = f"Schema: versione {revision}, scritta da una versione più recente di Portierato."
            lines.append(problem)
    lines.append(
        "Contenuto: {households} nuclei, {persons} persone, {isee_attestations} ISEE, {operators} operatori, "
        "{audit_entries} voci di registro modifiche.".format(**counts)
    )
    identity = read_laptop_identity(paths)
    lines.append(
        f"Postazione: {identity.site_code} (sportello {identity.office_code})." if identity else "Postazione: non configurata."
    )
    latest = latest_backup(paths)
    lines.append(f"Ultima copia di sicurezza: {latest.taken_at_text}." if latest else "Nessuna copia di sicurezza.")
    return CheckReport(not problem, tuple(lines), problem)


def _failed(lines: list[str], problem: str) -> CheckReport:
    return CheckReport(False, (*lines, problem), problem)
