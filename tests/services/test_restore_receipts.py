"""After a restore: receipt numbers never issued twice, the receipts the backup lacks listed, and a backup
of another laptop refused unless confirmed (issue 10, points 1.3 and 1.4)."""

from __future__ import annotations

import sqlite3

import pytest

from app.config import receipt_marks
from app.services import maintenance
from app.services.contributions import receipts
from app.services.errors import NeedsConfirmation
from app.services.operators import log_in
from app.services.unit_of_work import Store, UnitOfWork
from app.store.opening import open_database
from tests.conftest import COORDINATOR, OPERATOR, Desk
from tests.contribution_samples import eligible_household, paid


def reopened(desk: Desk) -> Desk:
    """The desk after the program restarted on the restored database."""
    store = Store(open_database(desk.paths).engine, "CEL", desk.paths)
    return Desk(
        desk.paths,
        store,
        log_in(store, COORDINATOR[0], COORDINATOR[2]),
        log_in(store, OPERATOR[0], OPERATOR[2]),
        desk.tenant_manager,
    )


def test_restoring_an_older_backup_lists_the_lacking_receipts_and_never_reissues_their_numbers(desk: Desk) -> None:
    for code in ("R1", "R2"):
        paid(desk, eligible_household(desk, code=code, surname=f"Prima{code}"))
    backup = maintenance.take_backup(desk.paths)
    later = [paid(desk, eligible_household(desk, code=code, surname=f"Dopo{code}"), cost="450,00")[1] for code in ("R3", "R4", "R5")]
    assert later == ["CEL/2026/0003", "CEL/2026/0004", "CEL/2026/0005"]
    assert receipt_marks(desk.paths) == {("CEL", 2026): 5}
    desk.store.engine.dispose()

    outcome = maintenance.restore(desk.paths, backup, desk.coordinator)

    assert [(r.number, r.beneficiary_name, r.amount_cents) for r in outcome.lacking_receipts] == [
        ("CEL/2026/0003", "DopoR3 Giulia", 45_000),
        ("CEL/2026/0004", "DopoR4 Giulia", 45_000),
        ("CEL/2026/0005", "DopoR5 Giulia", 45_000),
    ]
    after = reopened(desk)
    assert receipts.receipts_to_rebuild(UnitOfWork(after.store, after.coordinator, write=False), "CEL", 2026) == later
    _, number = paid(after, eligible_household(after, code="R6", surname="Nuovo"))
    assert number == "CEL/2026/0006"  # today CEL/2026/0003 was issued a second time, to another household
    after.store.engine.dispose()


def test_with_the_database_lost_the_lacking_numbers_are_known_from_the_laptop(desk: Desk) -> None:
    backup = maintenance.take_backup(desk.paths)
    paid(desk, eligible_household(desk, code="P1"))
    desk.store.engine.dispose()
    desk.paths.database.unlink()

    outcome = maintenance.restore(desk.paths, backup, desk.coordinator)

    assert [(r.number, r.issued_on) for r in outcome.lacking_receipts] == [("CEL/2026/0001", None)]
    after = reopened(desk)
    assert paid(after, eligible_household(after, code="P2"))[1] == "CEL/2026/0002"
    after.store.engine.dispose()


def test_a_backup_written_on_another_laptop_is_restored_only_when_the_coordinator_confirms(desk: Desk) -> None:
    theirs = maintenance.take_backup(desk.paths)
    connection = sqlite3.connect(theirs)
    with connection:
        connection.execute("UPDATE sites SET code = 'COL1'")
    connection.close()
    before = desk.paths.database.read_bytes()
    desk.store.engine.dispose()

    with pytest.raises(NeedsConfirmation) as question:
        maintenance.restore(desk.paths, theirs, desk.coordinator)

    assert question.value.message.startswith(
        "La copia è stata scritta su un altro computer: postazione COL1 (sportello CEL). Ripristinarla metterebbe "
        "i dati, gli operatori e le password di quella postazione al posto di quelli di questo computer (postazione CEL)."
    )
    assert desk.paths.database.read_bytes() == before

    maintenance.restore(desk.paths, theirs, desk.coordinator, other_site=True)
    reader = sqlite3.connect(f"file:{desk.paths.database.as_posix()}?mode=ro", uri=True)
    try:
        assert reader.execute("SELECT code FROM sites").fetchall() == [("COL1",)]
    finally:
        reader.close()
