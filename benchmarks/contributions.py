"""Benchmark: the outreach screening of the whole registry and paying a contribution (receipt issued).

Builds its own fictional registry in a temporary home by bulk inserts: ``--households`` households (as the
visits benchmark builds them), about half with centralised heating, areas spread over the four, assignment
dates over ten years, known or unknown arrears, and one ISEE attestation for four households in five. Then
measures, each against a baseline through one bare ``sqlite3`` connection:
- (a) ``outreach_list`` for L.1 on today: every household read and checked in Python, against reading the
  same rows (households with dwelling, attestations, holders) with bare sqlite3;
- (b) ``pay_contribution``: validation, the counter row under ``BEGIN IMMEDIATE``, the receipt with its
  snapshot, the audit trail and the commit, against one UPDATE, two INSERTs and a commit through bare
  sqlite3 with the same pragmas.
Run by hand: ``python benchmarks/contributions.py [--households N]``. Targets: the outreach list under half a
second for the 5,000 households of the three desks' neighbourhoods (a list the desk opens to plan a round
of calls, not while a tenant waits; at 50,000 it takes about 4 s, 6 times reading its rows with bare
sqlite3, the time going into checking each candidate in Python); a payment with its receipt under 30 ms.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select, update  # noqa: E402

from app import clock  # noqa: E402
from app.models import Dwelling, Household, IseeAttestation
from app.services.contributions import applications as contributions  # noqa: E402
from app.services.contributions.outreach import outreach_list  # noqa: E402
from app.services.contributions.programmes import HEATING  # noqa: E402
from app.services.operators import OperatorForm, create_operator, log_in  # noqa: E402
from app.services.registry.isee import isee_valid_until  # noqa: E402
from app.services.unit_of_work import Store, UnitOfWork  # noqa: E402
from app.vocabulary import (
    IseeKind,
    ReceiptMethod,  # noqa: E402
    Role,
    SapArea,
)
from benchmarks.visits import build_tenants, configured_home, timed  # noqa: E402

TODAY = date(2026, 11, 21)


def shape_registry(store: Store, seed: int = 3) -> None:
    """Heating, area, assignment, arrears and ISEE spread so that a few percent look eligible for L.1."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now, "site": "BENCH"}
    areas = list(SapArea)
    with store.engine.begin() as connection:
        rows = connection.execute(select(Household.id, Household.dwelling_id)).all()
        attestations = []
        for household_id, dwelling_id in rows:
            connection.execute(update(Dwelling).where(Dwelling.id == dwelling_id).values(centralised_heating=rng.random() < 0.5))
            connection.execute(
                update(Household)
                .where(Household.id == household_id)
                .values(
                    sap_area=rng.choice(areas),
                    assignment_date=TODAY - timedelta(days=rng.randint(30, 3650)),
                    arrears_cents=None if rng.random() < 0.1 else rng.choice([0, 0, 0, rng.randint(1, 500_000)]),
                    arrears_as_of=date(2026, 9, 30),
                )
            )
            if rng.random() < 0.8:
                kind = rng.choice([IseeKind.ORDINARIO, IseeKind.CORRENTE])
                filed = date(2026, rng.randint(1, 11), rng.randint(1, 20))
                attestations.append(
                    {"id": uuid.uuid4(), "household_id": household_id, "kind": kind, "filing_date": filed,
                     "value_cents": rng.randint(300_000, 3_000_000), "valid_until": isee_valid_until(kind, filed),
                     "protocol": "", **stamp}
                )
        connection.execute(insert(IseeAttestation), attestations)


def bare_outreach_rows(database: Path) -> int:
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute(
            "SELECT h.id, h.code, h.sap_area, h.assignment_date, h.arrears_cents, d.street, d.house_number,"
            " d.centralised_heating FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
        ).fetchall()
        rows += connection.execute("SELECT household_id, kind, filing_date, value_cents, valid_until FROM isee_attestations").fetchall()
        rows += connection.execute("SELECT household_id, surname, name, phone FROM persons WHERE household_role = 'holder'").fetchall()
        return len(rows)
    finally:
        connection.close()


def time_payments(store: Store, database: Path, count: int) -> tuple[float, float]:
    """Grants ``count`` applications of households that pass, then times paying each (median)."""
    manager = log_in(store, "bench.tm", "benchmark1")
    eligible = [row.household_id for row in outreach_list(UnitOfWork(store, manager, write=False), HEATING, TODAY) if not row.to_verify]
    granted = []
    for household_id in eligible[:count]:
        application = contributions.create_application(
            UnitOfWork(store, manager), contributions.ApplicationForm(household_id, HEATING, "20/11/2026")
        )
        contributions.assess_application(UnitOfWork(store, manager), application)
        contributions.grant_contribution(UnitOfWork(store, manager), application, "300,00", "Bolletta 2026")
        granted.append(application)
    samples = []
    for application in granted:
        start = perf_counter()
        contributions.pay_contribution(UnitOfWork(store, manager), application, "21/11/2026", ReceiptMethod.SAP_ACCOUNT)
        samples.append((perf_counter() - start) * 1000)
    bare = sqlite3.connect(database, isolation_level=None)
    bare.execute("PRAGMA synchronous=FULL")
    bare.execute("CREATE TABLE IF NOT EXISTS bench_counter (n INTEGER)")
    bare.execute("CREATE TABLE IF NOT EXISTS bench_receipt (id TEXT, n INTEGER, body TEXT)")
    bare.execute("INSERT INTO bench_counter VALUES (0)")
    bare_samples = []
    for _ in granted:
        start = perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("UPDATE bench_counter SET n = n + 1")
        bare.execute("INSERT INTO bench_receipt VALUES (?, (SELECT n FROM bench_counter), ?)", (str(uuid.uuid4()), "x" * 600))
        bare.execute("INSERT INTO bench_receipt VALUES (?, 0, ?)", (str(uuid.uuid4()), "audit" * 100))
        bare.execute("COMMIT")
        bare_samples.append((perf_counter() - start) * 1000)
    bare.close()
    samples.sort()
    bare_samples.sort()
    return samples[len(samples) // 2], bare_samples[len(bare_samples) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--payments", type=int, default=40)
    options = parser.parse_args()
    clock.pin_today(TODAY)
    with tempfile.TemporaryDirectory() as folder:
        paths, opened, store, coordinator = configured_home(folder)
        create_operator(UnitOfWork(store, coordinator), OperatorForm("bench.tm", "Tenant manager", Role.TENANT_MANAGER, "CEL"), "benchmark1")
        build_tenants(store, options.households)
        shape_registry(store)
        reader = UnitOfWork(store, coordinator, write=False)
        rows = outreach_list(reader, HEATING, TODAY)
        app_ms = timed(lambda: outreach_list(reader, HEATING, TODAY), repeat=3)
        bare_ms = timed(lambda: bare_outreach_rows(paths.database), repeat=3)
        print(f"households: {options.households}; looking eligible for L.1: {len(rows)}")
        print(f"(a) outreach list          app {app_ms:8.1f} ms   bare sqlite3 rows {bare_ms:8.1f} ms   ratio {app_ms / bare_ms:5.1f}")
        pay_ms, bare_pay_ms = time_payments(store, paths.database, options.payments)
        print(f"(b) payment with receipt   app {pay_ms:8.1f} ms   bare sqlite3      {bare_pay_ms:8.1f} ms   ratio {pay_ms / bare_pay_ms:5.1f}")
        opened.engine.dispose()


if __name__ == "__main__":
    main()
