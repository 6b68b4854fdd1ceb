"""The audit trail on a real file: chained as it is written, append-only, and checked by ``portierato check``.

An entry edited, deleted or inserted with a database tool (sqlite3 here) makes the check fail naming it.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from app.config import resolve_paths
from app.models.audit import AuditEntry
from app.services.registry import households
from app.services.registry.forms import HouseholdForm, PersonForm
from app.services.unit_of_work import AppendOnly
from app.store import migrations
from app.store.engine import make_engine
from app.store.maintenance import check_database
from tests.conftest import Desk


def register_households(desk: Desk, count: int) -> None:
    for number in range(count):
        households.create_household(
            desk.uow(),
            HouseholdForm(code=f"BG-{number}", street="via Rovelli", house_number=str(number + 1)),
            PersonForm(surname=f"Mazzà{number}", name="Giulia"),
        )


def site_entries(desk: Desk) -> list[tuple[int, str, str]]:
    with desk.store.engine.connect() as connection:
        return [
            (row.sequence, row.previous_hash, row.entry_hash)
            for row in connection.execute(
                select(AuditEntry.sequence, AuditEntry.previous_hash, AuditEntry.entry_hash)
                .where(AuditEntry.site == "CEL")
                .order_by(AuditEntry.sequence)
            )
        ]


def problem_of(desk: Desk) -> str:
    desk.store.engine.dispose()
    report = check_database(desk.paths)
    assert not report.ok
    assert report.problem is not None
    return str(report.problem)


def test_entries_are_numbered_without_gaps_and_each_chains_onto_the_one_before(desk: Desk) -> None:
    register_households(desk, 3)

    entries = site_entries(desk)
    assert [sequence for sequence, _, _ in entries] == list(range(1, len(entries) + 1))
    for (_, _, before), (_, previous, _) in zip(entries, entries[1:], strict=False):
        assert previous == before
    desk.store.engine.dispose()
    report = check_database(desk.paths)
    assert report.ok, report.problem
    assert "Registro modifiche: integro" in "\n".join(str(line) for line in report.lines)


def test_an_entry_edited_by_hand_is_named_by_the_check(desk: Desk) -> None:
    register_households(desk, 3)
    sequence = site_entries(desk)[4][0]
    with sqlite3.connect(desk.paths.database) as connection:
        connection.execute(
            "UPDATE audit_entries SET operator_name = 'Qualcun altro' WHERE site = 'CEL' AND sequence = ?", (sequence,)
        )

    problem = problem_of(desk)

    assert f"la voce n. {sequence} della postazione CEL" in problem
    assert "Qualcun altro" in problem
    assert "modificata fuori dal programma" in problem


def test_an_entry_deleted_by_hand_is_named_by_the_check(desk: Desk) -> None:
    register_households(desk, 3)
    with sqlite3.connect(desk.paths.database) as connection:
        connection.execute("DELETE FROM audit_entries WHERE site = 'CEL' AND sequence = 3")

    assert "manca la voce n. 3 della postazione CEL" in problem_of(desk)


def test_an_entry_slipped_in_by_hand_is_named_by_the_check(desk: Desk) -> None:
    """Whoever inserts a made-up entry has to give it a place: a renumbered chain no longer links up."""
    register_households(desk, 2)
    last = site_entries(desk)[-1]
    with sqlite3.connect(desk.paths.database) as connection:
        connection.execute(
            "INSERT INTO audit_entries (id, at, operator_id, operator_name, site, entity, entity_id, action, changes, "
            "sequence, previous_hash, entry_hash) VALUES (?, '2026-11-21 08:00:00.000000', NULL, 'Finto', 'CEL', "
            "'households', 'x', 'delete', '{}', ?, ?, ?)",
            (uuid.uuid4().hex, last[0] + 1, last[2], "f" * 64),
        )

    problem = problem_of(desk)

    assert f"la voce n. {last[0] + 1} della postazione CEL" in problem
    assert "Finto" in problem


def test_the_program_never_updates_or_deletes_an_audit_entry(desk: Desk) -> None:
    register_households(desk, 1)
    with desk.uow() as uow:
        entry = uow.session.scalars(select(AuditEntry).limit(1)).one()
        entry.changes = "{}"
        with pytest.raises(AppendOnly):
            uow.session.flush()
    with desk.uow() as uow:
        uow.session.delete(uow.session.scalars(select(AuditEntry).limit(1)).one())
        with pytest.raises(AppendOnly):
            uow.session.flush()
    desk.store.engine.dispose()
    assert check_database(desk.paths).ok


def test_entries_written_before_the_chain_are_chained_by_the_migration(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path)
    engine = make_engine(f"sqlite:///{paths.database.as_posix()}")
    config = migrations.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        for site, minute in (("CEL", 5), ("COL", 1), ("CEL", 2), ("CEL", 9)):
            connection.exec_driver_sql(
                "INSERT INTO audit_entries (id, at, operator_id, operator_name, site, entity, entity_id, action, changes) "
                f"VALUES (?, '2026-11-21 09:0{minute}:00.000000', ?, 'Antonio Negro', ?, 'households', 'h', 'update', ?)",
                (uuid.uuid4().hex, uuid.uuid4().hex, site, json.dumps({"phone": ["1", "2"]})),
            )
    migrations.upgrade_to_head(engine)
    with engine.connect() as connection:
        numbered = connection.exec_driver_sql("SELECT site, sequence, at FROM audit_entries ORDER BY site, sequence").all()
    engine.dispose()

    assert [(site, sequence) for site, sequence, _ in numbered] == [("CEL", 1), ("CEL", 2), ("CEL", 3), ("COL", 1)]
    assert [at[11:16] for _, _, at in numbered[:3]] == ["09:02", "09:05", "09:09"]
    report = check_database(paths)
    assert "Registro modifiche: integro" in "\n".join(str(line) for line in report.lines)
