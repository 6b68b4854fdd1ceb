"""Benchmark: the tenant manager's list of repayment plans, one plan's window, and recording a payment.

Builds its own fictional data in a temporary home by bulk inserts: households (as the visits benchmark
builds them), and ``--plans`` repayment plans over the three desks, most running, of 12 to 60 monthly
installments started in the last four years, each paid month by month until a random point (some late,
some on time), with their debt items and state history. Then measures, each against the rows the same
screen needs fetched through one bare ``sqlite3`` connection (the app also computes every plan's
situation in Python, which is what the ratio shows):
- (a) ``plan_list``: every running plan with its situation, riskiest first, as the list opens;
- (b) ``plan_detail``: one plan with its schedule, payments and decisions, as its window opens;
- (c) ``record_payment``: validation, allocation check, audit trail and commit, against the same inserts
  and one commit through bare sqlite3 with the same pragmas.
Run by hand: ``python benchmarks/plans.py [--plans N] [--households N]``. Targets: the list under half a
second for 1,000 plans (several times what the three desks follow: the L.1 budget alone is for about 70
households); a plan's window and a payment under 20 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select  # noqa: E402

from app import clock  # noqa: E402
from app.models import Household, Office
from app.models.repayment_plan import DebtItem, PlanInstallment, PlanPayment, PlanStateChange, RepaymentPlan
from app.services.operators import OperatorForm, create_operator, log_in  # noqa: E402
from app.services.plans import plans as repayment_plans  # noqa: E402
from app.services.plans.listing import PlanFilter, plan_list  # noqa: E402
from app.services.plans.plans import OPEN_STATES  # noqa: E402
from app.services.plans.rules import schedule_by_count  # noqa: E402
from app.services.unit_of_work import Actor, Store, UnitOfWork  # noqa: E402
from app.store.engine import CACHE_KIB  # noqa: E402
from app.vocabulary import DebtKind, PaymentMethod, PlanState, Role
from benchmarks.visits import build_tenants, configured_home, timed  # noqa: E402

TODAY = date(2026, 11, 21)


def build_plans(store: Store, count: int, seed: int = 5) -> None:
    """Bulk inserts of plans with schedules from the real rule, payments month by month, and history."""
    rng = random.Random(seed)
    with store.engine.connect() as connection:
        offices = list(connection.scalars(select(Office.id)))
        households = list(connection.scalars(select(Household.id).limit(count)))
    plans, items, installments, payments, changes = [], [], [], [], []
    now = datetime.now(UTC)
    for household_id in households:
        plan_id = uuid.uuid4()
        start = TODAY - timedelta(days=rng.randrange(30, 4 * 365))
        count_installments = rng.choice((12, 18, 24, 36, 48, 60))
        total = rng.randrange(50_000, 800_000)
        schedule = schedule_by_count(total, start, rng.randint(1, 28), count_installments)
        state = rng.choices([PlanState.ACTIVE, PlanState.SUSPENDED, PlanState.COMPLETED, PlanState.LAPSED], [80, 5, 10, 5])[0]
        stamp = {"created_at": now, "updated_at": now, "site": "BENCH"}
        plans.append(
            {"id": plan_id, "household_id": household_id, "office_id": rng.choice(offices), "state": state, "start_date": start,
             "due_day": schedule[0].due_date.day, "total_cents": total, "installment_count": count_installments,
             "signed_on": start, "notes": "", "reminders_printed": 0, **stamp}
        )
        items.append({"id": uuid.uuid4(), "plan_id": plan_id, "position": 1, "kind": DebtKind.RENT, "period": "2024-2025", "amount_cents": total, **stamp})
        installments.extend(
            {"id": uuid.uuid4(), "plan_id": plan_id, "number": i.number, "due_date": i.due_date, "amount_cents": i.amount_cents, **stamp}
            for i in schedule
        )
        stops_paying = rng.random()
        for i in schedule:
            if i.due_date >= TODAY or (stops_paying < 0.4 and i.due_date > TODAY - timedelta(days=int(400 * stops_paying))):
                break
            payments.append(
                {"id": uuid.uuid4(), "plan_id": plan_id, "household_id": household_id, "paid_on": i.due_date + timedelta(days=rng.randint(0, 8)),
                 "amount_cents": i.amount_cents, "method": PaymentMethod.PAGOPA, "reference": f"PA-{uuid.uuid4().hex[:10]}", "note": "",
                 "imported": False, "reversal_reason": "", **stamp}
            )
        changes.append({"id": uuid.uuid4(), "plan_id": plan_id, "from_state": None, "to_state": PlanState.DRAFT, "decided_on": start, "operator_name": "", "reason": "", **stamp})
        changes.append({"id": uuid.uuid4(), "plan_id": plan_id, "from_state": PlanState.DRAFT, "to_state": PlanState.ACTIVE, "decided_on": start, "operator_name": "", "reason": "firmato", **stamp})
    with store.engine.begin() as connection:
        for model, rows in ((RepaymentPlan, plans), (DebtItem, items), (PlanInstallment, installments), (PlanPayment, payments), (PlanStateChange, changes)):
            for start in range(0, len(rows), 20_000):
                connection.execute(insert(model), rows[start : start + 20_000])


RAW_LIST = (
    "SELECT p.id, p.state, h.code, o.code, s.surname, s.name FROM repayment_plans p JOIN households h ON h.id = p.household_id "
    "JOIN offices o ON o.id = p.office_id LEFT JOIN persons s ON s.household_id = h.id AND s.household_role = 'holder' "
    "WHERE p.state IN ('active', 'suspended')"
)
RAW_ROWS = (
    "SELECT plan_id, number, due_date, amount_cents FROM plan_installments WHERE plan_id IN ({ids})",
    "SELECT plan_id, paid_on, amount_cents FROM plan_payments WHERE plan_id IN ({ids}) AND reversed_at IS NULL",
    "SELECT plan_id, starts_on, ends_on FROM plan_suspensions WHERE plan_id IN ({ids})",
)


def raw_list(connection: sqlite3.Connection) -> int:
    plans = connection.execute(RAW_LIST).fetchall()
    ids = [row[0] for row in plans]
    for start in range(0, len(ids), 500):
        marks = ",".join("?" * len(ids[start : start + 500]))
        for statement in RAW_ROWS:
            connection.execute(statement.format(ids=marks), ids[start : start + 500]).fetchall()
    return len(plans)


def raw_detail(connection: sqlite3.Connection, plan_id: str) -> None:
    connection.execute("SELECT * FROM repayment_plans WHERE id = ?", (plan_id,)).fetchall()
    for table in ("plan_installments", "plan_payments", "plan_debt_items", "plan_state_changes", "plan_suspensions"):
        connection.execute(f"SELECT * FROM {table} WHERE plan_id = ?", (plan_id,)).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plans", type=int, default=1_000)
    parser.add_argument("--households", type=int, default=3_000)
    options = parser.parse_args()
    clock.pin_today(TODAY)
    with tempfile.TemporaryDirectory() as folder:
        paths, opened, store, coordinator = configured_home(folder)
        create_operator(UnitOfWork(store, coordinator), OperatorForm("tenant", "Paolo Carminati", Role.TENANT_MANAGER, "CEL"), "benchmark1")
        actor = log_in(store, "tenant", "benchmark1")
        started = perf_counter()
        build_tenants(store, max(options.households, options.plans))
        build_plans(store, options.plans)
        with store.engine.connect() as connection:
            built = [connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in ("repayment_plans", "plan_installments", "plan_payments")]
        print(f"built {built[0]:,} plans, {built[1]:,} installments, {built[2]:,} payments in {perf_counter() - started:.1f} s")
        connection = sqlite3.connect(paths.database)
        connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")

        def reader() -> UnitOfWork:
            return UnitOfWork(store, actor, write=False)

        running = plan_list(reader(), on=TODAY)
        assert len(running.rows) == built[0]
        only_running = PlanFilter(states=frozenset(OPEN_STATES))
        listed = len(plan_list(reader(), only_running, TODAY).rows)
        assert listed == raw_list(connection)
        one = running.rows[0].plan_id
        print("\n(median ms)                                        app   raw SQL  ratio")
        for label, app, raw in (
            (f"(a) plan_list, {listed:,} running plans", timed(lambda: plan_list(reader(), only_running, TODAY), 7), timed(lambda: raw_list(connection), 7)),
            ("(b) plan_detail of one plan", timed(lambda: repayment_plans.plan_detail(reader(), one, TODAY)), timed(lambda: raw_detail(connection, one.hex))),
        ):
            print(f"  {label:<46} {app:7.1f}  {raw:7.1f}  {app / raw:5.2f}x")
        connection.close()
        app_save, raw_save = time_payments(store, actor, paths.database, one)
        print(f"\n  (c) recording one payment (median of 30)        {app_save:7.1f}  {raw_save:7.1f}  {app_save / raw_save:5.2f}x")
        opened.engine.dispose()


def time_payments(store: Store, actor: Actor, database: Path, plan_id: uuid.UUID, repeat: int = 30) -> tuple[float, float]:
    """Median milliseconds of ``record_payment`` (one cent each, so the plan never runs out of debt) and of
    the same payment row and its audit entry inserted and committed through bare sqlite3."""
    samples = []
    for _ in range(repeat):
        form = repayment_plans.PaymentForm(TODAY, 1, PaymentMethod.CASH)
        start = perf_counter()
        repayment_plans.record_payment(UnitOfWork(store, actor), plan_id, form)
        samples.append((perf_counter() - start) * 1000)
    raw = []
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    household = connection.execute("SELECT household_id FROM repayment_plans WHERE id = ?", (plan_id.hex,)).fetchone()[0]
    for _ in range(repeat):
        start = perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # as UtcDateTime stores it
        connection.execute(
            "INSERT INTO plan_payments (id, plan_id, household_id, paid_on, amount_cents, method, reference, note, imported, "
            "reversal_reason, created_at, updated_at, site) VALUES (?, ?, ?, ?, 1, 'cash', '', '', 0, '', ?, ?, 'CEL')",
            (uuid.uuid4().hex, plan_id.hex, household, TODAY.isoformat(), now, now),
        )
        connection.execute(
            "INSERT INTO audit_entries (id, at, operator_id, operator_name, site, entity, entity_id, action, changes) "
            "VALUES (?, ?, NULL, 'bench', 'CEL', 'plan_payments', ?, 'insert', ?)",
            (uuid.uuid4().hex, now, str(uuid.uuid4()), json.dumps({"amount_cents": [None, 1]})),
        )
        connection.execute("COMMIT")
        raw.append((perf_counter() - start) * 1000)
    connection.close()
    samples.sort()
    raw.sort()
    return samples[len(samples) // 2], raw[len(raw) // 2]


if __name__ == "__main__":
    main()
