"""The database file on disk: schema at start, pragmas, migrations, refusals, backups and restore."""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

import app.models  # noqa: F401  (registers every table)
from app.clock import ROME, now_utc
from app.config import Paths, resolve_paths
from app.models.base import Base
from app.services.operators import OperatorForm, create_operator
from app.services.registry import households
from app.services.registry.forms import HouseholdForm, PersonForm
from app.store import migrations as runner
from app.store.backups import (
    BackupError,
    backup_problem,
    latest_backup,
    list_backups,
    restore_backup,
    take_backup,
)
from app.store.engine import BUSY_TIMEOUT_MS, make_engine
from app.store.migrations import HEAD_REVISION, stored_revision
from app.store.opening import open_database
from app.store.problems import DatabaseDamaged, DatabaseMissing, DatabaseTooNew, DatabaseUnusable
from app.vocabulary import Role
from tests.conftest import Desk

PORTIERATO_TABLES = {
    "activities",
    "activity_partners",
    "activity_sessions",
    "activity_types",
    "alembic_version",
    "appointments",
    "attendances",
    "audit_entries",
    "follow_ups",
    "participant_profiles",
    "partner_organisations",
    "plan_debt_items",
    "plan_installments",
    "plan_payments",
    "plan_state_changes",
    "plan_suspensions",
    "repayment_plans",
    "contribution_programmes",
    "programme_terms",
    "contributions",
    "receipt_counters",
    "receipts",
    "outreach_contacts",
    "referral_services",
    "topics",
    "visit_topics",
    "visits",
    "dwellings",
    "holder_changes",
    "households",
    "isee_attestations",
    "offices",
    "opening_slots",
    "operators",
    "persons",
    "settings",
    "sites",
}
NOT_PORTIERATO = "Il file non è un database di Portierato."


@pytest.fixture
def fresh(tmp_path: Path) -> Paths:
    return resolve_paths(tmp_path / "home")


def add_operator(desk: Desk, username: str) -> None:
    create_operator(desk.uow(), OperatorForm(username, f"Operatore {username}", Role.OPERATOR), "password-lunga")


def usernames_in(file: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{file.as_posix()}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT username FROM operators")}
    finally:
        connection.close()


def close_desk(desk: Desk) -> None:
    """The program closes its connections before the file is replaced or inspected byte by byte."""
    desk.store.engine.dispose()
    assert not Path(f"{desk.paths.database}-wal").exists()


def set_revision(database: Path, revision: str) -> None:
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        connection.close()


def sqlite_files(folder: Path) -> set[str]:
    return {entry.name for entry in folder.rglob("*") if entry.is_file()}


# --- a new database --------------------------------------------------------------------------------


def test_a_fresh_home_gets_a_new_database_at_the_head_revision(fresh: Paths) -> None:
    opened = open_database(fresh, create=True)
    try:
        assert opened.created and opened.migrated_from is None
        assert fresh.database.is_file()
        with opened.engine.connect() as connection:
            assert stored_revision(connection) == HEAD_REVISION
            assert set(inspect(connection).get_table_names()) == PORTIERATO_TABLES
    finally:
        opened.engine.dispose()
    assert list_backups(fresh) == []  # nothing to back up yet

    again = open_database(fresh)
    try:
        assert not again.created and again.migrated_from is None
    finally:
        again.engine.dispose()


def pragmas(engine: Engine) -> dict[str, Any]:
    with engine.connect() as connection:
        return {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        }


def test_every_connection_has_the_safety_pragmas(desk: Desk) -> None:
    assert pragmas(desk.store.engine) == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 2,  # FULL
        "busy_timeout": BUSY_TIMEOUT_MS,
    }
    assert BUSY_TIMEOUT_MS > 0


def test_foreign_keys_are_enforced(desk: Desk) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with desk.store.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO persons (id, surname, name, phone, email, preferred_language, "
                    "privacy_notice_version, notes, search_text, sort_name, household_id, created_at, updated_at, "
                    "site) VALUES (:id, 'Rossi', 'Mario', '', '', '', '', '', '', '', :missing, :now, :now, 'CEL')"
                ),
                {"id": "0" * 32, "missing": "1" * 32, "now": "2026-11-21 10:00:00"},
            )


# --- migrations ------------------------------------------------------------------------------------


def test_head_revision_constant_is_alembics_head() -> None:
    assert HEAD_REVISION == runner.head_revision()
    assert HEAD_REVISION in runner.known_revisions()


def schema_of(engine: Engine) -> dict[str, dict[str, Any]]:
    inspector = inspect(engine)
    schema: dict[str, dict[str, Any]] = {}
    for table in sorted(inspector.get_table_names()):
        schema[table] = {
            # a column added by a later migration comes last in its table: the order is not compared
            "columns": sorted(
                (column["name"], str(column["type"]), column["nullable"]) for column in inspector.get_columns(table)
            ),
            "primary_key": inspector.get_pk_constraint(table),
            "indexes": sorted(
                (
                    index["name"],
                    tuple(index["column_names"]),
                    bool(index["unique"]),
                    str(index.get("dialect_options", {}).get("sqlite_where", "")),
                )
                for index in inspector.get_indexes(table)
            ),
            "unique": sorted(
                (constraint["name"], tuple(constraint["column_names"]))
                for constraint in inspector.get_unique_constraints(table)
            ),
            "checks": sorted(
                (constraint["name"], constraint["sqltext"]) for constraint in inspector.get_check_constraints(table)
            ),
            "foreign_keys": sorted(
                (
                    key["name"],
                    tuple(key["constrained_columns"]),
                    key["referred_table"],
                    tuple(key["referred_columns"]),
                )
                for key in inspector.get_foreign_keys(table)
            ),
        }
    return schema


def test_migrations_build_the_same_schema_as_the_models(tmp_path: Path, fresh: Paths) -> None:
    migrated = make_engine(f"sqlite:///{(tmp_path / 'migrated.sqlite3').as_posix()}")
    created = open_database(fresh, create=True).engine  # a new database: create_all + stamp
    try:
        runner.upgrade_to_head(migrated)
        with migrated.connect() as connection:
            assert stored_revision(connection) == HEAD_REVISION
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []

        migrated_schema = schema_of(migrated)
        created_schema = schema_of(created)
        assert set(migrated_schema) == PORTIERATO_TABLES
        for table in sorted(PORTIERATO_TABLES):
            for aspect in ("columns", "primary_key", "indexes", "unique", "checks", "foreign_keys"):
                assert migrated_schema[table][aspect] == created_schema[table][aspect], (table, aspect)
        # the rules that protect the data are really there, by name
        assert ("ck_persons_sex", "sex IN ('F', 'M', 'X')") in migrated_schema["persons"]["checks"]
        assert ("uq_persons_codice_fiscale_key", ("codice_fiscale_key",)) in migrated_schema["persons"]["unique"]
        indexes = {index[0]: index for index in migrated_schema["persons"]["indexes"]}
        _, _, unique, where = indexes["uq_persons_one_holder_per_household"]
        assert unique and where == "household_role = 'holder'"
    finally:
        migrated.dispose()
        created.dispose()


def test_migrations_run_with_foreign_keys_off_and_turn_them_back_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # batch migrations rebuild SQLite tables, which enforced foreign keys would block
    seen: list[int] = []
    real_upgrade = command.upgrade

    def upgrade_and_look(config: Any, revision: str) -> None:
        seen.append(config.attributes["connection"].exec_driver_sql("PRAGMA foreign_keys").scalar())
        real_upgrade(config, revision)

    monkeypatch.setattr(command, "upgrade", upgrade_and_look)
    engine = make_engine(f"sqlite:///{(tmp_path / 'migrated.sqlite3').as_posix()}")
    try:
        runner.upgrade_to_head(engine)
        assert seen == [0]
        assert pragmas(engine)["foreign_keys"] == 1
    finally:
        engine.dispose()


# --- files that cannot be used ---------------------------------------------------------------------


def test_a_database_from_a_newer_version_is_refused_and_left_alone(desk: Desk) -> None:
    close_desk(desk)
    set_revision(desk.paths.database, "9999")
    before = desk.paths.database.read_bytes()
    backups_before = sqlite_files(desk.paths.backups)

    with pytest.raises(DatabaseTooNew) as caught:
        open_database(desk.paths)

    assert caught.value.message == (
        "Questi dati sono stati scritti da una versione più recente di Portierato "
        "(schema 9999). Installare la versione aggiornata del programma."
    )
    assert desk.paths.database.read_bytes() == before
    assert sqlite_files(desk.paths.backups) == backups_before


def test_a_sqlite_file_of_another_program_is_refused(fresh: Paths) -> None:
    fresh.ensure()
    connection = sqlite3.connect(fresh.database)
    with connection:
        connection.execute("CREATE TABLE ricette (nome TEXT)")
    connection.close()
    before = fresh.database.read_bytes()

    with pytest.raises(DatabaseUnusable) as caught:
        open_database(fresh)

    assert caught.value.message == (
        f"Il file {fresh.database} non è un database di Portierato: spostarlo altrove o indicare un'altra cartella."
    )
    # the file was looked at read-only: not a byte changed (not even the journal mode)
    assert fresh.database.read_bytes() == before


def damage_the_middle(file: Path) -> None:
    data = bytearray(file.read_bytes())
    garbage = random.Random(20261121).randbytes(len(data) // 2)
    start = len(data) // 4
    data[start : start + len(garbage)] = garbage
    file.write_bytes(bytes(data))


def test_a_damaged_database_is_refused_offering_the_latest_backup(desk: Desk) -> None:
    close_desk(desk)
    backup = take_backup(desk.paths)
    damage_the_middle(desk.paths.database)
    before = desk.paths.database.read_bytes()
    files_before = sqlite_files(desk.paths.home)

    with pytest.raises(DatabaseDamaged) as caught:
        open_database(desk.paths)

    latest = latest_backup(desk.paths)
    assert latest is not None and latest.path == backup
    assert caught.value.latest_backup == backup
    assert "danneggiato" in caught.value.message
    assert f"L'ultima copia di sicurezza è del {latest.taken_at_text}: si può ripristinarla." in caught.value.message
    assert desk.paths.database.read_bytes() == before  # never replaced by a new empty database
    journal = {f"{desk.paths.database.name}-wal", f"{desk.paths.database.name}-shm"}
    assert sqlite_files(desk.paths.home) - journal <= files_before


def test_random_bytes_in_place_of_the_database_are_refused(fresh: Paths) -> None:
    fresh.ensure()
    fresh.database.write_bytes(random.Random(7).randbytes(64 * 1024))
    before = fresh.database.read_bytes()

    with pytest.raises(DatabaseDamaged) as caught:
        open_database(fresh)

    assert caught.value.latest_backup is None
    assert "Non ci sono copie di sicurezza in questa cartella." in caught.value.message
    assert fresh.database.read_bytes() == before


def test_random_bytes_with_a_backup_at_hand_offer_it(desk: Desk, tmp_path: Path) -> None:
    close_desk(desk)
    backup = take_backup(desk.paths)
    fresh = resolve_paths(tmp_path / "another-home").ensure()
    shutil.copy2(backup, fresh.backups / backup.name)
    fresh.database.write_bytes(random.Random(8).randbytes(64 * 1024))
    before = fresh.database.read_bytes()

    with pytest.raises(DatabaseDamaged) as caught:
        open_database(fresh)

    assert caught.value.latest_backup == fresh.backups / backup.name
    assert "si può ripristinarla" in caught.value.message
    assert fresh.database.read_bytes() == before


def test_a_missing_database_with_backups_is_reported_not_recreated(desk: Desk) -> None:
    close_desk(desk)
    backup = take_backup(desk.paths)
    desk.paths.database.unlink()

    with pytest.raises(DatabaseMissing) as caught:
        open_database(desk.paths)

    latest = latest_backup(desk.paths)
    assert latest is not None
    assert caught.value.latest_backup == backup
    assert caught.value.message == (
        f"Il file dei dati {desk.paths.database} non c'è più. "
        f"L'ultima copia di sicurezza è del {latest.taken_at_text}: si può ripristinarla."
    )
    assert not desk.paths.database.exists()


# --- backups ---------------------------------------------------------------------------------------


def test_a_backup_is_sound_and_holds_the_committed_data(desk: Desk) -> None:
    add_operator(desk, "mario.rossi")  # committed, still in the WAL of the open database
    backup = take_backup(desk.paths)

    assert backup.parent == desk.paths.backups
    assert backup_problem(backup) is None
    assert "mario.rossi" in usernames_in(backup)
    [listed] = list_backups(desk.paths)
    assert listed.path == backup and listed.reason == "manuale"


def test_a_backup_to_a_chosen_file_is_kept_out_of_rotation(desk: Desk, tmp_path: Path) -> None:
    add_operator(desk, "chiavetta")
    (tmp_path / "chiavetta").mkdir()
    out = tmp_path / "chiavetta" / "copia.sqlite3"
    assert take_backup(desk.paths, out=out) == out
    assert backup_problem(out) is None
    assert "chiavetta" in usernames_in(out)
    assert list_backups(desk.paths) == []


def test_no_backup_without_a_database(fresh: Paths) -> None:
    with pytest.raises(BackupError, match="Non c'è ancora un database da copiare."):
        take_backup(fresh)


def test_rotation_deletes_old_backups_on_disk(desk: Desk) -> None:
    desk.paths.backups.mkdir(parents=True, exist_ok=True)
    today_in_rome = now_utc().astimezone(ROME).date()
    old_names = {}
    for days_ago in range(1, 41):
        moment = datetime.combine(today_in_rome - timedelta(days=days_ago), time(11), ROME).astimezone(UTC)
        name = f"portierato-{moment:%Y%m%d-%H%M%S-%f}-chiusura.sqlite3"
        (desk.paths.backups / name).write_bytes(b"")
        old_names[days_ago] = name
    unrelated = {"danneggiato-20260101-100000.sqlite3", "leggimi.txt"}
    for name in unrelated:
        (desk.paths.backups / name).write_text("altro", encoding="utf-8")

    new = take_backup(desk.paths)

    remaining = sqlite_files(desk.paths.backups)
    expected_old = {old_names[days_ago] for days_ago in range(1, 30)}  # the newest of each of the last 30 days
    assert remaining == {new.name, *expected_old, *unrelated}


# --- restore ---------------------------------------------------------------------------------------


def test_restore_refuses_a_sqlite_file_of_another_program(desk: Desk, tmp_path: Path) -> None:
    other = tmp_path / "altro.sqlite3"
    connection = sqlite3.connect(other)
    with connection:
        connection.execute("CREATE TABLE ricette (nome TEXT)")
    connection.close()
    close_desk(desk)
    before = desk.paths.database.read_bytes()

    with pytest.raises(BackupError) as caught:
        restore_backup(desk.paths, other)

    assert str(caught.value) == NOT_PORTIERATO
    assert desk.paths.database.read_bytes() == before
    assert list_backups(desk.paths) == []


def test_restore_refuses_a_text_file(desk: Desk, tmp_path: Path) -> None:
    note = tmp_path / "appunti.sqlite3"
    note.write_text("Non è un database, sono appunti.\n" * 100, encoding="utf-8")
    close_desk(desk)
    before = desk.paths.database.read_bytes()

    with pytest.raises(BackupError) as caught:
        restore_backup(desk.paths, note)

    assert str(caught.value) == NOT_PORTIERATO
    assert desk.paths.database.read_bytes() == before


def test_restore_refuses_a_missing_file_a_damaged_copy_and_a_newer_one(desk: Desk, tmp_path: Path) -> None:
    missing = tmp_path / "sparita.sqlite3"
    with pytest.raises(BackupError, match="non esiste"):
        restore_backup(desk.paths, missing)

    close_desk(desk)
    damaged = take_backup(desk.paths, out=tmp_path / "danneggiata.sqlite3")
    damage_the_middle(damaged)
    with pytest.raises(BackupError, match="^Il file è danneggiato"):
        restore_backup(desk.paths, damaged)

    newer = take_backup(desk.paths, out=tmp_path / "nuova.sqlite3")
    set_revision(newer, "9999")
    with pytest.raises(BackupError) as caught:
        restore_backup(desk.paths, newer)
    assert str(caught.value) == (
        "Il file è stato scritto da una versione più recente di Portierato: aggiornare prima il programma."
    )


def test_restore_keeps_a_copy_of_the_current_data_first(desk: Desk) -> None:
    add_operator(desk, "prima")
    backup = take_backup(desk.paths)
    add_operator(desk, "dopo")
    close_desk(desk)

    kept = restore_backup(desk.paths, backup)

    assert kept is not None and kept.exists() and kept != backup
    assert "prima-del-ripristino" in kept.name
    assert {"prima", "dopo"} <= usernames_in(kept)  # restoring the wrong file can be undone
    reopened = open_database(desk.paths)
    try:
        with reopened.engine.connect() as connection:
            names = set(connection.execute(text("SELECT username FROM operators")).scalars())
    finally:
        reopened.engine.dispose()
    assert "prima" in names and "dopo" not in names


def test_restore_over_a_damaged_database_moves_it_aside(desk: Desk) -> None:
    add_operator(desk, "salvato")
    close_desk(desk)
    backup = take_backup(desk.paths)
    damage_the_middle(desk.paths.database)
    damaged_bytes = desk.paths.database.read_bytes()

    kept = restore_backup(desk.paths, backup)

    assert kept is not None and kept.name.startswith("danneggiato-")
    assert kept.read_bytes() == damaged_bytes
    reopened = open_database(desk.paths)
    try:
        with reopened.engine.connect() as connection:
            assert "salvato" in set(connection.execute(text("SELECT username FROM operators")).scalars())
    finally:
        reopened.engine.dispose()


def test_restore_when_the_database_is_missing(desk: Desk) -> None:
    add_operator(desk, "ritrovato")
    backup = take_backup(desk.paths)
    close_desk(desk)
    desk.paths.database.unlink()

    assert restore_backup(desk.paths, backup) is None
    assert "ritrovato" in usernames_in(desk.paths.database)
    reopened = open_database(desk.paths)
    reopened.engine.dispose()
    assert not reopened.created


def test_a_backup_is_one_file_that_reading_leaves_alone(desk: Desk) -> None:
    copy = take_backup(desk.paths, reason="manuale")
    assert backup_problem(copy) is None
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        connection.execute("SELECT count(*) FROM households").fetchone()
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]


def test_files_in_folders_with_spaces_and_hashes_are_checked_and_copied(desk: Desk, tmp_path: Path) -> None:
    """Windows user folders often have spaces ("C:\\Users\\Mario Rossi"); a # or ? must not end the path."""
    odd = tmp_path / "Mario Rossi #1 ?copia"
    odd.mkdir()
    target = take_backup(desk.paths, reason="manuale", out=odd / "copia.sqlite3")
    assert backup_problem(target) is None


def test_a_store_whose_writes_are_stopped_refuses_every_save_and_still_reads(desk: Desk) -> None:
    """What the GUI does when the check it did not wait for finds damage (issue 10, point 5)."""
    from app.messages import msg
    from app.services.unit_of_work import WritesStopped

    households.create_household(desk.uow(), HouseholdForm(code="BG-STOP", street="via Rovelli", house_number="1"), PersonForm(surname="Rota", name="Anna"))
    desk.store.stop_writes(msg("Il file dei dati è danneggiato e non può essere usato. {offer}").fill(offer=""))

    with pytest.raises(WritesStopped) as refused:
        households.create_household(desk.uow(), HouseholdForm(code="BG-STOP2", street="via Rovelli", house_number="2"), PersonForm(surname="Rota", name="Luca"))

    assert str(refused.value).startswith("Il file dei dati è danneggiato")
    assert [row.code for row in households.search_households(desk.uow(write=False), "BG-STOP")] == ["BG-STOP"]
