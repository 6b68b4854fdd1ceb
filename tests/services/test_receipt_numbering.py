"""Receipt numbers (DESIGN 2.4): one series per site code and calendar year, no gap, no duplicate, never
reused, the number taken from a counter row in the transaction that stores the receipt.

The concurrency test runs two real OS processes (not threads) paying on the same SQLite file at the same
moment: each opens the database, waits for a start file, then pays its share of the granted contributions
as fast as it can. ``BEGIN IMMEDIATE`` makes the second writer wait for the first to commit, so the counter
is read and incremented by one transaction at a time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models.contribution import Contribution, Receipt, ReceiptCounter
from app.services.contributions import applications as contributions
from app.services.contributions import receipts
from app.services.contributions.programmes import HEATING, budget_counter
from app.services.errors import ValidationFailed
from app.services.unit_of_work import Store, UnitOfWork
from app.vocabulary import ContributionState, ReceiptMethod
from tests.conftest import COORDINATOR, OPERATOR, TODAY, Desk
from tests.contribution_samples import granted, many_eligible

PAYER_SCRIPT = textwrap.dedent(
    """
    import json, sys, time, uuid
    from pathlib import Path

    from app.config import resolve_paths
    from app.store.opening import open_database
    from app.models.contribution import ReceiptMethod
    from app.services.contributions.applications import pay_contribution
    from app.services.operators import log_in
    from app.services.unit_of_work import Store, UnitOfWork

    home, ids_file, start_file, ready_file, out_file = sys.argv[1:6]
    ids = [uuid.UUID(text) for text in json.loads(Path(ids_file).read_text())]
    opened = open_database(resolve_paths(Path(home)))
    store = Store(opened.engine, "CEL")
    operator = log_in(store, {username!r}, {password!r})
    Path(ready_file).write_text("ready")
    deadline = time.monotonic() + 60
    while not Path(start_file).exists():
        if time.monotonic() > deadline:
            raise SystemExit("no start")
        time.sleep(0.001)
    numbers = []
    began = time.time()
    for contribution_id in ids:
        numbers.append(pay_contribution(UnitOfWork(store, operator), contribution_id, "21/11/2026", ReceiptMethod.CASH))
        time.sleep(0.005)  # as a desk would: without a pause one writer can take every turn of the lock
    Path(out_file).write_text(json.dumps({{"numbers": numbers, "began": began, "ended": time.time()}}))
    opened.engine.dispose()
    """
).format(username=OPERATOR[0], password=OPERATOR[2])

PAID_BY_EACH = 20


def _numbers(desk: Desk) -> list[str]:
    with desk.uow(write=False) as uow:
        return list(uow.session.scalars(select(Receipt.number).order_by(Receipt.year, Receipt.series_site, Receipt.sequence)))


def _grant_many(desk: Desk, count: int, prefix: str = "M", cost: str = "300,00") -> list[uuid.UUID]:
    applications = many_eligible(desk, count, prefix)
    for application in applications:
        contributions.grant_contribution(desk.uow(desk.tenant_manager), application, cost, "Bolletta SAP 118/2026")
    return applications


def _pay(desk: Desk, application: uuid.UUID, on: str = "21/11/2026", store: Store | None = None) -> str:
    uow = UnitOfWork(store or desk.store, desk.operator)
    return contributions.pay_contribution(uow, application, on, ReceiptMethod.SAP_ACCOUNT)


def test_two_processes_paying_at_the_same_moment_get_every_number_once_without_gaps(desk: Desk, tmp_path: Path) -> None:
    applications = _grant_many(desk, 2 * PAID_BY_EACH)
    desk.store.engine.dispose()
    start = tmp_path / "start"
    script = tmp_path / "payer.py"
    script.write_text(PAYER_SCRIPT, encoding="utf-8")
    environment = {**os.environ, "PORTIERATO_TODAY": TODAY.isoformat(), "PYTHONPATH": str(Path.cwd())}
    environment.pop("PORTIERATO_DATABASE_URL", None)
    processes = []
    for index in range(2):
        ids = tmp_path / f"ids{index}.json"
        ids.write_text(json.dumps([str(a) for a in applications[index::2]]))  # interleaved shares
        arguments = [desk.paths.home, ids, start, tmp_path / f"ready{index}", tmp_path / f"numbers{index}.json"]
        processes.append(
            subprocess.Popen(  # noqa: S603 (our own script)
                [sys.executable, str(script), *map(str, arguments)],
                env=environment,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    deadline = time.monotonic() + 60
    while not all((tmp_path / f"ready{index}").exists() for index in range(2)):
        assert time.monotonic() < deadline, [p.poll() for p in processes]
        assert all(p.poll() is None for p in processes), [p.communicate() for p in processes]
        time.sleep(0.01)
    start.write_text("go")
    for process in processes:
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors

    runs = [json.loads((tmp_path / f"numbers{index}.json").read_text()) for index in range(2)]
    by_process = [run["numbers"] for run in runs]
    assert [len(numbers) for numbers in by_process] == [PAID_BY_EACH, PAID_BY_EACH]
    assert not set(by_process[0]) & set(by_process[1])
    # both were paying at the same time (which of them got each turn of the lock is up to the machine)
    assert max(run["began"] for run in runs) < min(run["ended"] for run in runs), runs
    expected = [f"CEL/2026/{n:04d}" for n in range(1, 2 * PAID_BY_EACH + 1)]
    assert sorted(by_process[0] + by_process[1]) == expected
    assert _numbers(desk) == expected
    with desk.uow(write=False) as uow:
        counter = uow.session.scalars(select(ReceiptCounter)).one()
        receipts_of = [r.contribution_id for r in uow.session.scalars(select(Receipt))]
        states = set(uow.session.scalars(select(Contribution.state)))
    assert (counter.series_site, counter.year, counter.last_number) == ("CEL", 2026, 2 * PAID_BY_EACH)
    assert sorted(receipts_of) == sorted(applications)
    assert states == {ContributionState.PAID}


def test_a_new_year_starts_its_series_at_0001(desk: Desk) -> None:
    first, second, third = _grant_many(desk, 3)
    # granted on 21/11/2026: a payment in 2027 is numbered in the 2027 series
    assert _pay(desk, first) == "CEL/2026/0001"
    from app import clock

    clock.pin_today(TODAY.replace(year=2027, month=1, day=8))
    assert _pay(desk, second, "08/01/2027") == "CEL/2027/0001"
    assert _pay(desk, third, "08/01/2027") == "CEL/2027/0002"
    assert _numbers(desk) == ["CEL/2026/0001", "CEL/2027/0001", "CEL/2027/0002"]


def test_two_sites_have_separate_series(desk: Desk) -> None:
    applications = _grant_many(desk, 4)
    other_laptop = Store(desk.store.engine, "CEL2")

    assert _pay(desk, applications[0]) == "CEL/2026/0001"
    assert _pay(desk, applications[1], store=other_laptop) == "CEL2/2026/0001"
    assert _pay(desk, applications[2], store=other_laptop) == "CEL2/2026/0002"
    assert _pay(desk, applications[3]) == "CEL/2026/0002"
    with desk.uow(write=False) as uow:
        series = {(c.series_site, c.year): c.last_number for c in uow.session.scalars(select(ReceiptCounter))}
    assert series == {("CEL", 2026): 2, ("CEL2", 2026): 2}


def test_a_payment_that_fails_after_taking_its_number_leaves_no_gap(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    first, failing, third = _grant_many(desk, 3)
    assert _pay(desk, first) == "CEL/2026/0001"
    issue = receipts.issue_receipt

    def issue_then_fail(uow: UnitOfWork, contribution: Contribution) -> Receipt:
        receipt = issue(uow, contribution)
        uow.session.flush()  # the counter row and the receipt are written in the transaction...
        assert receipt.number == "CEL/2026/0002"
        raise RuntimeError("printer cable pulled")  # ...which then fails before its commit

    monkeypatch.setattr(contributions, "issue_receipt", issue_then_fail)  # as the payment calls it
    with pytest.raises(RuntimeError):
        _pay(desk, failing)
    monkeypatch.undo()

    with desk.uow(write=False) as uow:
        contribution = uow.session.get(Contribution, failing)
        assert contribution is not None and contribution.state is ContributionState.GRANTED
        assert uow.session.scalars(select(ReceiptCounter.last_number)).one() == 1
    assert _pay(desk, third) == "CEL/2026/0002"
    assert _pay(desk, failing) == "CEL/2026/0003"
    assert _numbers(desk) == ["CEL/2026/0001", "CEL/2026/0002", "CEL/2026/0003"]


def test_a_refused_payment_takes_no_number(desk: Desk) -> None:
    first, second = _grant_many(desk, 2)
    with pytest.raises(ValidationFailed):
        _pay(desk, first, "01/01/2026")  # before the grant: refused before any number is taken
    assert _pay(desk, second) == "CEL/2026/0001"


def test_cancelled_receipts_keep_their_number_and_the_next_one_continues(desk: Desk) -> None:
    applications = _grant_many(desk, 3)
    numbers = [_pay(desk, application) for application in applications[:2]]
    left_before = budget_counter(desk.uow(write=False), HEATING).left_cents

    receipts.cancel_receipt(desk.uow(), numbers[1], "Importo registrato per errore")
    contributions.cancel_application(desk.uow(), applications[0], "Il nucleo ha lasciato l'alloggio")

    assert _pay(desk, applications[2]) == "CEL/2026/0003"
    register = receipts.receipts_register(desk.uow(write=False), "CEL", 2026)
    assert [(line.number, line.cancelled_on is not None) for line in register] == [
        ("CEL/2026/0001", True),
        ("CEL/2026/0002", True),
        ("CEL/2026/0003", False),
    ]
    assert receipts.receipt_view(desk.uow(write=False), "CEL/2026/0002").cancel_reason == "Importo registrato per errore"
    # both cancelled payments returned to the budget; paying the third spends nothing more than its grant
    assert budget_counter(desk.uow(write=False), HEATING).left_cents == left_before + 60_000


def test_a_second_grant_of_the_same_household_has_its_own_number(desk: Desk) -> None:
    """A cancelled paid grant frees the household: its new application is paid with the next number."""
    from tests.contribution_samples import eligible_household

    household = eligible_household(desk)
    first = granted(desk, household, "300,00")
    assert _pay(desk, first) == "CEL/2026/0001"
    contributions.cancel_application(desk.uow(), first, "Bolletta di un'altra stagione")
    second = granted(desk, household, "250,00")
    assert _pay(desk, second) == "CEL/2026/0002"
    assert COORDINATOR[1] in receipts.receipt_view(desk.uow(write=False), "CEL/2026/0001").cancelled_by_name
