"""Opening the database at start: the file checked, the engine made, the schema brought up to date.

Start-up is on the path an operator waits on, so the stored schema revision is compared with the head
with one query, and Alembic is loaded only when they differ (app/store/migrations.py). A damaged file or a database written by a newer Portierato is reported with a
:class:`DatabaseUnusable` error carrying an Italian message; the UI and the CLI decide how to show it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from app.config import Paths, make_private, read_laptop_identity
from app.messages import msg
from app.store import migrations, presence
from app.store.backups import latest_backup, take_backup
from app.store.disk import is_damage, storage_trouble
from app.store.engine import BUSY_TIMEOUT_MS, make_engine
from app.store.problems import DatabaseDamaged, DatabaseMissing, DatabaseTooNew, DatabaseUnusable, StorageTrouble
from app.store.sqlite_files import IntegrityCheck, open_read_only


@dataclass(frozen=True)
class OpenedDatabase:
    engine: Engine
    created: bool
    """True when the schema was created now (a brand-new database)."""
    migrated_from: str | None
    """The revision the database had before it was migrated at this start, if it was."""
    integrity: IntegrityCheck | None = None
    """The whole-file check still running, when the opening was asked not to wait for it."""


def open_database(
    paths: Paths, *, integrity: IntegrityCheck | None = None, create: bool = False, check_later: bool = False
) -> OpenedDatabase:
    """Check, open and migrate the database; raise :class:`DatabaseUnusable` with a message if it can't be used.

    ``integrity`` is a ``quick_check`` already started on the file (at start-up it runs while this module
    and the models are being imported); without it the check runs here. Only ``create=True`` (the first
    run's set-up: the GUI's wizard, ``setup``, ``demo``) makes a new database, and only on a laptop not yet
    configured. Every process that opens the file registers in :mod:`app.store.presence`.

    ``check_later`` (the GUI's start, issue 10 point 5) does not wait for the whole-file check: it goes on
    in :attr:`OpenedDatabase.integrity` while the operator logs in and works, and the caller stops the
    writes as soon as :func:`integrity_outcome` reports damage. A file too damaged to be opened at all is
    refused here all the same.
    """
    paths.ensure()
    if paths.uses_embedded_database():
        if check_later and integrity is None and paths.database.exists():
            integrity = IntegrityCheck(paths.database)
        _check_embedded_file(paths, integrity, create, deferred=check_later)
        try:
            presence.hold(paths)
        except presence.DatabaseBusy as busy:
            raise DatabaseUnusable(busy.said) from busy
    engine = make_engine(paths.database_url())
    try:
        created, migrated_from = _bring_schema_up_to_date(engine, paths)
    except DatabaseUnusable:
        engine.dispose()
        raise
    except Exception as error:  # an unreadable file surfaces here as a driver error
        engine.dispose()
        if paths.uses_embedded_database() and is_damage(error):
            raise _damaged(paths) from error
        trouble = storage_trouble(error, paths.home) if paths.uses_embedded_database() else None
        if trouble is not None:
            raise StorageTrouble(trouble) from error
        raise
    if paths.uses_embedded_database():
        for file in (paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm")):
            make_private(file)  # made by an earlier version under a laxer umask
    return OpenedDatabase(engine=engine, created=created, migrated_from=migrated_from, integrity=integrity if check_later else None)


def integrity_outcome(paths: Paths, integrity: IntegrityCheck) -> DatabaseUnusable | None:
    """What a finished whole-file check found: the file damaged (with the latest backup to offer), the
    disk in trouble, or nothing."""
    try:
        problem = integrity.result()
    except StorageTrouble as trouble:
        return trouble
    return _damaged(paths, problem) if problem is not None else None


def _check_embedded_file(paths: Paths, integrity: IntegrityCheck | None, create: bool, *, deferred: bool = False) -> None:
    """A missing or empty file is never replaced by a new empty database, except at the first run of a
    laptop that has neither an identity nor backups (issue 10): a new schema over lost data would show a
    login nobody can pass and hide the loss."""
    database = paths.database
    empty = database.exists() and database.stat().st_size == 0
    if empty or not database.exists():
        if not empty and create and read_laptop_identity(paths) is None and latest_backup(paths) is None:
            return
        raise _missing(paths, empty=empty)
    if not deferred:
        problem = (integrity or IntegrityCheck(paths.database)).result()
        if problem is not None:
            raise _damaged(paths, problem)
    try:
        ours = _is_ours(paths.database)
    except sqlite3.Error as error:  # the check not waited for, a file too damaged to list its tables
        if is_damage(error):
            raise _damaged(paths, str(error)) from error
        trouble = storage_trouble(error, paths.home)
        if trouble is None:
            raise
        raise StorageTrouble(trouble) from error
    if not ours:
        raise DatabaseUnusable(
            msg("Il file {database} non è un database di Portierato: spostarlo altrove o indicare un'altra cartella.").fill(database=paths.database)
        )


def _missing(paths: Paths, *, empty: bool) -> DatabaseMissing:
    latest = latest_backup(paths)
    what = (
        msg("Il file dei dati {file} è vuoto (0 byte).") if empty else msg("Il file dei dati {file} non c'è più.")
    ).fill(file=paths.database)
    offer = (
        msg("L'ultima copia di sicurezza è del {taken_at}: si può ripristinarla.").fill(taken_at=latest.taken_at_said)
        if latest
        else msg("Non ci sono copie di sicurezza in questa cartella: ripristinare una copia salvata altrove (per esempio su una chiavetta).")
    )
    return DatabaseMissing(msg("{what} {offer}").fill(what=what, offer=offer), latest.path if latest else None)


def _is_ours(database: Path) -> bool:
    """Read-only look at the tables, before any connection of ours changes the file (e.g. to WAL mode)."""
    connection = open_read_only(database, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()
    return not tables or "alembic_version" in tables


def _damaged(paths: Paths, detail: str = "") -> DatabaseDamaged:
    latest = latest_backup(paths)
    offer = (
        msg("L'ultima copia di sicurezza è del {taken_at}: si può ripristinarla.").fill(taken_at=latest.taken_at_said)
        if latest
        else msg("Non ci sono copie di sicurezza in questa cartella.")
    )
    damaged = msg("Il file dei dati è danneggiato e non può essere usato. {offer}").fill(offer=offer)
    if detail:
        damaged = msg("{damaged} (dettaglio tecnico: {detail})").fill(damaged=damaged, detail=detail)
    return DatabaseDamaged(damaged, latest.path if latest else None)


def _bring_schema_up_to_date(engine: Engine, paths: Paths) -> tuple[bool, str | None]:
    with engine.connect() as connection:
        revision = migrations.stored_revision(connection)
        has_tables = bool(inspect(connection).get_table_names())
    if revision == migrations.HEAD_REVISION:
        return False, None
    if revision is None and not has_tables:
        _create_schema(engine)
        return True, None
    if revision is None:
        raise DatabaseUnusable(msg("Questo file non è un database di Portierato."))
    if not migrations.is_known_revision(revision):
        raise DatabaseTooNew(
            msg("Questi dati sono stati scritti da una versione più recente di Portierato (schema {revision}). Installare la versione aggiornata del programma.").fill(revision=revision)
        )
    if paths.uses_embedded_database():
        take_backup(paths, reason=f"prima-aggiornamento-{revision}")
    migrations.upgrade_to_head(engine)
    return False, revision


def _create_schema(engine: Engine) -> None:
    """A new database gets the models' schema at once and is stamped with the head revision."""
    import app.models  # noqa: F401  (registers every table)
    from app.models.base import Base

    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        connection.execute(
            text(
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
            )
        )
        connection.execute(text("INSERT INTO alembic_version (version_num) VALUES (:head)"), {"head": migrations.HEAD_REVISION})
