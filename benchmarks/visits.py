"""Benchmark: the visits list over five years of a busy project, and saving one visit.

Builds its own fictional data in a temporary home, by bulk inserts: 10,000 households with their
members, 500,000 visits over the five years up to yesterday at the three desks (most in their opening
hours, one in ten anonymous, one to three topics each, one in ten with a follow-up, the recent ones
still open), then measures, each against the same SQL statements run through one bare ``sqlite3``
connection:
- (a) the visits list filtered on one desk and one month, opened and scrolled to its end: the pages of
  ``visit_list.PAGE_SIZE`` rows the list fetches as it scrolls (``visit_page``) until a short page;
- (b) the first page alone, what the operator waits for when opening the list;
- (c) ``count_visits``, which the list shows in its status bar;
- (d) saving one visit with ``visits.record_visit`` (a person, two topics, a follow-up; validation, the
  audit trail and the commit included), against the same inserts and one commit through bare sqlite3
  with the same pragmas (WAL, ``synchronous=FULL``).
Run by hand: ``python benchmarks/visits.py [--visits N] [--households N]``. Targets: the list shown within 2x the raw
queries and under 100 ms; a save under 20 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from time import perf_counter

from sqlalchemy import insert, select
from sqlalchemy.dialects import sqlite

from app import clock
from app.config import Paths, resolve_paths
from app.models import Dwelling, FollowUp, Household, Office, Operator, Person, ReferralService, Topic, Visit
from app.models.visit import visit_topics
from app.services.desk import visit_list, visits
from app.services.desk.follow_ups import FollowUpForm
from app.services.first_run import FirstRunForm, complete_first_run, prepare_new_database
from app.services.local_time import local_moment
from app.services.offices import SEED_OFFICES
from app.services.operators import OperatorForm, create_operator, log_in
from app.services.unit_of_work import Actor, Store, UnitOfWork
from app.store.engine import CACHE_KIB
from app.store.opening import OpenedDatabase, open_database
from app.vocabulary import AgeBracket, Channel, HouseholdRole, Role

TODAY = date(2026, 11, 21)
YEARS = 5
DESK_WEIGHTS = {"CEL": 40, "COL": 30, "LAZ": 30}
OPERATORS = (
    ("educatrice", "Chiara Pesenti", "CEL"),
    ("educatore", "Luca Rota", "LAZ"),
    ("mediatore", "Youssef Benali", "COL"),
    ("mediatrice", "Elona Hoxha", "LAZ"),
    ("tenant", "Paolo Carminati", ""),
)
CHUNK = 50_000
SURNAMES = "Rota, Locatelli, Pesenti, Mazzà, Esposito, Russo, Benali, El Amrani, Diop, Hoxha, Popescu, Khan, Quispe, Chen".split(", ")
NAMES = "Giulia Francesca Anna Marco Luca Giuseppe Fatima Mohamed Aminata Elona Ionut Ayesha Rosa Olena Wei".split()


def build_tenants(store: Store, count: int, seed: int = 7) -> None:
    """Households with one to four members, fictional names: who the visits are about, as the list joins
    them (the visits list does not search the registry, so the search columns are left empty)."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now, "site": "BENCH"}
    dwellings, homes, people = [], [], []
    for number in range(count):
        dwelling_id, household_id = uuid.uuid4(), uuid.uuid4()
        dwellings.append({"id": dwelling_id, "street": "via Pizzo Tre Signori", "house_number": str(number), **stamp})
        homes.append({"id": household_id, "code": f"BG-{number:06d}", "dwelling_id": dwelling_id, **stamp})
        for position in range(rng.randint(1, 4)):
            surname, name = rng.choice(SURNAMES), rng.choice(NAMES)
            people.append(
                {"id": uuid.uuid4(), "surname": surname, "name": name, "household_id": household_id,
                 "household_role": HouseholdRole.HOLDER if position == 0 else HouseholdRole.MEMBER,
                 "sort_name": f"{surname} {name}".lower(), **stamp}
            )
    with store.engine.begin() as connection:
        connection.execute(insert(Dwelling), dwellings)
        connection.execute(insert(Household), homes)
        connection.execute(insert(Person), people)


def build_visits(store: Store, count: int, seed: int = 11) -> None:
    """Bulk inserts (not the services): the benchmark measures the list, and must build 500,000 visits
    (and their topic links and follow-ups) in reasonable time. No ``ANALYZE`` afterwards: the program
    never runs it, so the plans measured are those of a real database."""
    rng = random.Random(seed)
    with store.engine.connect() as connection:
        offices = {code: office_id for code, office_id in connection.execute(select(Office.code, Office.id))}
        operators = list(connection.scalars(select(Operator.id)))
        topics = list(connection.scalars(select(Topic.id)))
        referrals = list(connection.scalars(select(ReferralService.id)))
        people = connection.execute(select(Person.id, Person.household_id)).all()
    slots = {office.code: office.slots[0] for office in SEED_OFFICES}
    codes, weights = list(DESK_WEIGHTS), list(DESK_WEIGHTS.values())
    first = TODAY - timedelta(days=365 * YEARS)
    days = (TODAY - first).days
    start_of_today = local_moment(TODAY, time(0))
    for chunk in range(0, count, CHUNK):
        visit_rows, link_rows, follow_up_rows = [], [], []
        for _ in range(min(CHUNK, count - chunk)):
            code = rng.choices(codes, weights)[0]
            slot = slots[code]
            day = first + timedelta(days=rng.randrange(days))
            if rng.random() < 0.85:  # at the desk, on its weekday and in its hours
                day -= timedelta(days=(day.weekday() - slot.weekday) % 7)
                channel = Channel.DESK
                started_at = local_moment(day, slot.starts) + timedelta(minutes=rng.randrange(0, 175, 5))
            else:
                day -= timedelta(days=max(0, day.weekday() - 4))
                channel = rng.choice((Channel.PHONE, Channel.PHONE, Channel.HOME_VISIT, Channel.OUTREACH))
                started_at = local_moment(day, time(9)) + timedelta(minutes=rng.randrange(0, 480, 5))
            if started_at >= start_of_today:
                started_at -= timedelta(weeks=1)
            anonymous = rng.random() < 0.1
            person_id, household_id = (None, None) if anonymous else rng.choice(people)
            visit_id = uuid.uuid4()
            visit_rows.append(
                {"id": visit_id, "office_id": offices[code], "operator_id": rng.choice(operators),
                 "started_at": started_at, "duration_minutes": rng.choice((10, 15, 20, 30)), "channel": channel,
                 "person_id": person_id, "household_id": household_id,
                 "anonymous_sex": rng.choice(("F", "M")) if anonymous else None,
                 "anonymous_age_bracket": rng.choice(list(AgeBracket)) if anonymous else None,
                 "interpreter_language": "arabo" if rng.random() < 0.05 else "", "notes": "",
                 "referral_service_id": rng.choice(referrals) if rng.random() < 0.15 else None,
                 "referral_outcome": "", "cancelled_at": started_at if rng.random() < 0.01 else None,
                 "cancel_reason": "", "created_at": started_at, "updated_at": started_at, "site": "BENCH"}
            )
            link_rows.extend({"visit_id": visit_id, "topic_id": t} for t in rng.sample(topics, rng.choice((1, 1, 2, 3))))
            if not anonymous and rng.random() < 0.1:
                due = day + timedelta(days=14)
                closed = due < TODAY - timedelta(days=30) or rng.random() < 0.5
                follow_up_rows.append(
                    {"id": uuid.uuid4(), "visit_id": visit_id, "office_id": offices[code], "owner_id": rng.choice(operators),
                     "person_id": person_id, "household_id": household_id, "due_date": due, "description": "Richiamare",
                     "closed_at": started_at + timedelta(days=rng.randint(1, 20)) if closed else None,
                     "closing_note": "Fatto." if closed else "", "created_at": started_at, "updated_at": started_at,
                     "site": "BENCH"}
                )
        with store.engine.begin() as connection:
            connection.execute(insert(Visit), visit_rows)
            connection.execute(insert(visit_topics), link_rows)
            if follow_up_rows:
                connection.execute(insert(FollowUp), follow_up_rows)


def configured_home(folder: str) -> tuple[Paths, OpenedDatabase, Store, Actor]:
    """A new database in ``folder``, configured for desk CEL as the first run does, and its coordinator
    "bench" (password "benchmark1") logged in."""
    paths = resolve_paths(folder)
    opened = open_database(paths, create=True)
    store = Store(opened.engine, "CEL")
    prepare_new_database(store)
    complete_first_run(paths, store, FirstRunForm("CEL", "CEL", "bench", "Benchmark", "benchmark1"))
    return paths, opened, store, log_in(store, "bench", "benchmark1")


def timed(function: Callable[[], object], repeat: int = 15) -> float:
    """Median wall time in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = perf_counter()
        function()
        samples.append((perf_counter() - start) * 1000)
    return statistics.median(samples)


def _sql(statement: object) -> str:
    return str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]


def scroll(fetch: Callable[[int], int]) -> int:
    """Fetches pages from the first until a short one, as the list does while scrolled to its end; the rows."""
    offset = 0
    while True:
        rows = fetch(offset)
        offset += rows
        if rows < visit_list.PAGE_SIZE:
            return offset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=500_000)
    parser.add_argument("--households", type=int, default=10_000)
    options = parser.parse_args()
    clock.pin_today(TODAY)
    with tempfile.TemporaryDirectory() as folder:
        paths, opened, store, actor = configured_home(folder)
        for username, full_name, office in OPERATORS:
            create_operator(UnitOfWork(store, actor), OperatorForm(username, full_name, Role.OPERATOR, office), "benchmark1")
        started = perf_counter()
        build_tenants(store, options.households)
        build_visits(store, options.visits)
        with store.engine.connect() as connection:
            built = [connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() for table in ("visits", "visit_topics", "follow_ups")]
        print(
            f"built {built[0]:,} visits, {built[1]:,} topic links, {built[2]:,} follow-ups "
            f"({options.households:,} households) in {perf_counter() - started:.1f} s"
        )
        connection = sqlite3.connect(paths.database)
        connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")

        def reader() -> UnitOfWork:
            return UnitOfWork(store, actor, write=False)

        print("\nthe visits list of one desk and one month (median ms)   app   raw SQL  ratio")
        for code, month in (("CEL", date(2026, 10, 1)), ("LAZ", date(2024, 3, 1)), ("COL", date(2022, 1, 1))):
            last = (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            chosen = visit_list.VisitFilter(date_from=month, date_to=last, office_code=code)
            sort = visit_list.VisitSort.STARTED_AT

            rows = visit_list.count_visits(reader(), chosen)
            # the raw side runs SQL text made beforehand: compiling the statements is part of the app's time
            pages = {
                offset: _sql(visit_list.page_query(chosen, sort, True, offset, visit_list.PAGE_SIZE))
                for offset in range(0, rows + 1, visit_list.PAGE_SIZE)
            }
            count_sql = _sql(visit_list.count_query(chosen))

            def app_page(offset: int) -> int:
                return len(visit_list.visit_page(reader(), chosen, sort, True, offset))

            def raw_page(offset: int) -> int:
                return len(connection.execute(pages[offset]).fetchall())

            assert scroll(app_page) == scroll(raw_page) == rows
            figures = (
                ("(a) opened and scrolled to the end", timed(lambda: scroll(app_page)), timed(lambda: scroll(raw_page))),
                ("(b) the first page", timed(lambda: app_page(0)), timed(lambda: raw_page(0))),
                (
                    "(c) count_visits",
                    timed(lambda: visit_list.count_visits(reader(), chosen)),
                    timed(lambda: connection.execute(count_sql).fetchall()),
                ),
            )
            print(f"  {code} {month:%m/%Y}: {rows:,} visits, {-(-rows // visit_list.PAGE_SIZE)} pages")
            for label, app, raw in figures:
                print(f"    {label:<44} {app:6.1f}  {raw:6.1f}  {app / raw:4.2f}x")
        connection.close()

        app_save, raw_save = time_saves(store, actor, paths.database)
        print(f"\nsaving one visit (median of 50, ms)              app {app_save:6.1f}   raw inserts and commit {raw_save:6.1f}")
        opened.engine.dispose()


def time_saves(store: Store, actor: Actor, database: Path, repeat: int = 50) -> tuple[float, float]:
    """Median milliseconds of ``record_visit`` and of the same rows inserted and committed through bare
    sqlite3 (the visit, its two topic links, its follow-up and the two audit entries)."""
    with store.engine.connect() as connection:
        person_id = connection.scalar(select(Person.id).limit(1))
        topics = list(connection.scalars(select(Topic.id).limit(2)))
        office_id = connection.scalar(select(Office.id).where(Office.code == "CEL"))
    started_at = local_moment(TODAY, time(9, 30))
    form = visits.VisitForm(
        office_code="CEL", started_at=started_at, duration_minutes=20, channel=Channel.DESK, person_id=person_id,
        topic_ids=tuple(topics), notes="Benchmark", follow_up=FollowUpForm(TODAY + timedelta(days=14)),
    )
    samples = []
    for _ in range(repeat):
        begin = perf_counter()
        visits.record_visit(UnitOfWork(store, actor), form)
        samples.append((perf_counter() - begin) * 1000)
    app = statistics.median(samples)

    connection = sqlite3.connect(database, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", f"cache_size=-{CACHE_KIB}"):
        connection.execute(f"PRAGMA {pragma}")
    assert actor.operator_id is not None and person_id is not None and office_id is not None
    operator_id = actor.operator_id.hex
    moment = started_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # as UtcDateTime stores it
    samples = []
    for _ in range(repeat):
        visit_id, follow_up_id = uuid.uuid4(), uuid.uuid4()
        begin = perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO visits (id, office_id, operator_id, started_at, duration_minutes, channel, person_id, household_id,"
            " interpreter_language, notes, referral_outcome, cancel_reason, created_at, updated_at, site)"
            " VALUES (?, ?, ?, ?, 20, 'desk', ?, NULL, '', 'Benchmark', '', '', ?, ?, 'CEL')",
            (visit_id.hex, office_id.hex, operator_id, moment, person_id.hex, moment, moment),
        )
        connection.executemany("INSERT INTO visit_topics (visit_id, topic_id) VALUES (?, ?)", [(visit_id.hex, t.hex) for t in topics])
        connection.execute(
            "INSERT INTO follow_ups (id, visit_id, office_id, owner_id, person_id, due_date, description, closing_note,"
            " created_at, updated_at, site) VALUES (?, ?, ?, ?, ?, ?, '', '', ?, ?, 'CEL')",
            (follow_up_id.hex, visit_id.hex, office_id.hex, operator_id, person_id.hex, str(TODAY + timedelta(days=14)), moment, moment),
        )
        for entity, entity_id in (("visits", visit_id), ("follow_ups", follow_up_id)):
            connection.execute(
                "INSERT INTO audit_entries (id, at, operator_id, operator_name, site, entity, entity_id, action, changes)"
                " VALUES (?, ?, ?, 'Benchmark', 'CEL', ?, ?, 'insert', ?)",
                (uuid.uuid4().hex, moment, operator_id, entity, str(entity_id), json.dumps({"notes": [None, "Benchmark"]})),
            )
        connection.execute("COMMIT")
        samples.append((perf_counter() - begin) * 1000)
    connection.close()
    return app, statistics.median(samples)


if __name__ == "__main__":
    main()
