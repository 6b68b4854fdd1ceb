"""The database check behind ``portierato check`` and the maintenance screen: read-only, never migrates."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.clock import to_rome
from app.config import Paths, read_laptop_identity
from app.messages import Message, msg
from app.record_labels import table_label
from app.store.audit_chain import BreakKind, ChainBreak, ChainedEntry, first_break, stored_moment, stored_uuid_text
from app.store.backups import latest_backup
from app.store.migrations import HEAD_REVISION, known_revisions
from app.store.sqlite_files import open_read_only


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    lines: tuple[Message, ...]
    problem: Message | None = None
    """The line of ``lines`` that says why the database cannot be used (a one-line summary), none when ok."""


def check_database(paths: Paths) -> CheckReport:
    """Full ``integrity_check``, references, the audit trail's chain, schema version and a short inventory,
    one message a line."""
    if not paths.uses_embedded_database():
        return CheckReport(True, (msg("Database su server: il controllo dei file si fa sul server."),))
    lines: list[Message] = [msg("Database: {file}").fill(file=paths.database)]
    if not paths.database.exists():
        return _failed(lines, msg("Il file del database non esiste."))
    if paths.database.stat().st_size == 0:
        return _failed(lines, msg("Il file dei dati {file} è vuoto (0 byte).").fill(file=paths.database))
    try:
        connection = open_read_only(paths.database, timeout=10)
        try:
            findings = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if findings != ["ok"]:
                return _failed(lines, msg("Integrità: il file è danneggiato: {findings}").fill(findings="; ".join(findings[:5])))
            lines.append(msg("Integrità: nessun problema."))
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                return _failed(lines, msg("Riferimenti: {count} righe rimandano a dati inesistenti.").fill(count=len(broken)))
            lines.append(msg("Riferimenti: tutti validi."))
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                return _failed(lines, msg("Il file non è un database di Portierato."))
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            columns = {row[1] for row in connection.execute("PRAGMA table_info(audit_entries)")}
            if "entry_hash" in columns:
                broken_chain = _first_chain_break(connection)
                if broken_chain is not None:
                    return _failed(lines, _chain_break_said(broken_chain))
                lines.append(msg("Registro modifiche: integro, nessuna voce alterata, tolta o inserita a mano."))
            counts = {
                table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 (fixed names)
                for table in ("households", "persons", "isee_attestations", "operators", "audit_entries")
                if table in tables
            }
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return _failed(lines, msg("Il file è danneggiato o non è un database: {error}.").fill(error=error))
    problem: Message | None = None
    if revision == HEAD_REVISION:
        lines.append(msg("Schema: versione {revision}, aggiornata.").fill(revision=revision))
    elif revision in known_revisions():
        lines.append(msg("Schema: versione {revision}, sarà aggiornata al prossimo avvio.").fill(revision=revision))
    else:
        problem = msg("Schema: versione {revision}, scritta da una versione più recente di Portierato.").fill(revision=revision)
        lines.append(problem)
    lines.append(
        msg(
            "Contenuto: {households} nuclei, {persons} persone, {isee_attestations} ISEE, {operators} operatori, "
            "{audit_entries} voci di registro modifiche."
        ).fill(**counts)
    )
    identity = read_laptop_identity(paths)
    lines.append(
        msg("Postazione: {site} (sportello {office}).").fill(site=identity.site_code, office=identity.office_code)
        if identity
        else msg("Postazione: non configurata.")
    )
    latest = latest_backup(paths)
    lines.append(
        msg("Ultima copia di sicurezza: {taken_at}.").fill(taken_at=latest.taken_at_said) if latest else msg("Nessuna copia di sicurezza.")
    )
    return CheckReport(problem is None, tuple(lines), problem)


def _first_chain_break(connection: sqlite3.Connection) -> ChainBreak | None:
    """Each site's entries in order of sequence, streamed, checked against their hashes."""
    sites = [row[0] for row in connection.execute("SELECT DISTINCT site FROM audit_entries ORDER BY site")]
    for site in sites:
        rows = connection.execute(
            "SELECT site, sequence, previous_hash, at, operator_id, operator_name, entity, entity_id, action, changes, "
            "entry_hash FROM audit_entries WHERE site = ? ORDER BY sequence, id",
            (site,),
        )
        found = first_break(
            ChainedEntry(
                site=row[0],
                sequence=row[1],
                previous_hash=row[2],
                at=stored_moment(row[3]),
                operator_id=stored_uuid_text(row[4]),
                operator_name=row[5],
                entity=row[6],
                entity_id=row[7],
                action=row[8],
                changes=row[9],
                entry_hash=row[10],
            )
            for row in rows
        )
        if found is not None:
            return found
    return None


def _chain_break_said(found: ChainBreak) -> Message:
    if found.kind is BreakKind.REMOVED:
        return msg(
            "Registro modifiche: manca la voce n. {sequence} della postazione {site}: è stata tolta fuori dal programma."
        ).fill(sequence=found.sequence, site=found.site)
    entry = found.entry
    assert entry is not None
    said = {
        "sequence": found.sequence,
        "site": found.site,
        "at": to_rome(entry.at).strftime("%d/%m/%Y %H:%M"),
        "operator": entry.operator_name,
        "entity": table_label(entry.entity),
        "record": entry.entity_id,
    }
    if found.kind is BreakKind.ALTERED:
        return msg(
            "Registro modifiche: la voce n. {sequence} della postazione {site} ({at}, {operator}, {entity} {record}) "
            "è stata modificata fuori dal programma."
        ).fill(**said)
    return msg(
        "Registro modifiche: la voce n. {sequence} della postazione {site} ({at}, {operator}, {entity} {record}) "
        "è stata inserita o sostituita fuori dal programma."
    ).fill(**said)


def _failed(lines: list[Message], problem: Message) -> CheckReport:
    return CheckReport(False, (*lines, problem), problem)
