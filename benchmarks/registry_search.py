"""Benchmark: the registry search the UI runs on every keystroke, and start-up to the main window.

Builds its own fictional registry (50,000 households, about 120,000 persons) in a temporary home, then:
- times ``households.search_households`` (the page the list shows after each keystroke) and
  ``count_households`` (run on a worker thread when the page is full) against the same SQL statements
  run through one bare ``sqlite3`` connection;
- times the real start-up (``app.bootstrap.run_gui``, the login filled in by code) to the login window
  and to the main window, against a process that shows a bare PySide6 window;
- measures the peak memory (RSS) of the program after opening the registry and the visits list (with
  ``--visits`` visits, built as benchmarks/visits.py builds them) and scrolling each to its end, against
  the bare window's.
Run by hand: ``python benchmarks/registry_search.py [--households N] [--visits N]``. Targets: search within
2x the raw query and under 30 ms; start-up within 3x the bare window; peak memory under 250 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import func, insert, select

from app import clock
from app.config import resolve_paths
from app.models import Dwelling, Household, Person
from app.services.first_run import FirstRunForm, complete_first_run, prepare_new_database
from app.services.operators import log_in
from app.services.registry import households
from app.services.registry.text_search import fold
from app.services.unit_of_work import Store, UnitOfWork
from app.store.engine import CACHE_KIB
from app.store.opening import open_database
from app.vocabulary import HouseholdRole, SapArea
from visits import build_visits  # benchmarks/visits.py, beside this script

SURNAMES = (
    "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini Costa "
    "Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini "
    "Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola Mazzà Cattaneo Locatelli Pesenti Rota Gritti "
    "Bonfanti Carminati Ghilardi Belotti Mazzoleni Zanchi Benali ElAmrani Diop Ndiaye Hoxha Popescu Khan Chen "
    "Okafor Quispe Kovalenko Çelik Nguyễn"
).split()
NAMES = (
    "Giulia Francesca Anna Maria Sara Chiara Laura Marco Luca Giuseppe Giovanni Andrea Matteo Paolo Fatima "
    "Mohamed Aminata Moussa Elira Ionut Ayesha Wei Chiamaka Rosa Olena Ahmed Youssef Ayşe"
).split()
STREETS = {
    "Celadina": ["via Pizzo Tre Signori", "via Rovelli", "via Borgo Palazzo", "via Celadina"],
    "Colognola": ["via Carlo Alberto", "via Linneo", "via Colognola", "via Lochis"],
    "Conca Fiorita": ["via Conca Fiorita", "via del Lazzaretto", "via Ruggeri da Stabello"],
    "Monterosso": ["via Ruggeri", "via Pinamonte da Brembate"],
}


def build_registry(store: Store, count: int, seed: int = 7) -> None:
    """Bulk inserts (not the services): the benchmark measures reading, and must build 50,000 rows quickly."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now, "site": "BENCH"}
    dwellings, homes, people = [], [], []
    for number in range(count):
        neighbourhood = rng.choice(list(STREETS))
        street = rng.choice(STREETS[neighbourhood])
        dwelling_id, household_id = uuid.uuid4(), uuid.uuid4()
        dwellings.append(
            {"id": dwelling_id, "street": street, "house_number": str(number), "staircase": "", "floor": "",
             "unit": "", "neighbourhood": neighbourhood, "centralised_heating": True, **stamp}
        )
        members = []
        for position in range(rng.choice((1, 2, 2, 3, 3, 4))):
            surname = rng.choice(SURNAMES)
            name = rng.choice(NAMES)
            code = f"{fold(surname)[:3].upper():X<3}{fold(name)[:3].upper():X<3}{len(people):010d}"
            members.append((surname, name, code))
            people.append(
                {"id": uuid.uuid4(), "surname": surname, "name": name, "codice_fiscale": code,
                 "codice_fiscale_key": code, "birth_date": date(1950, 1, 1) + timedelta(days=rng.randrange(20000)),
                 "phone": "", "email": "", "preferred_language": "", "household_id": household_id,
                 "household_role": HouseholdRole.HOLDER if position == 0 else HouseholdRole.MEMBER,
                 "privacy_notice_version": "", "notes": "", **stamp}
            )
        derived = SimpleNamespace(code=f"BG-{number:06d}", search_text=None, sort_holder=None, sort_address=None, sort_neighbourhood=None)
        persons = [SimpleNamespace(surname=m[0], name=m[1], codice_fiscale=m[2], search_text=None, sort_name=None) for m in members]
        place = SimpleNamespace(street=street, house_number=str(number), neighbourhood=neighbourhood)
        households.set_derived_columns(derived, place, persons, persons[0])  # type: ignore[arg-type]
        for person, row in zip(persons, people[len(people) - len(persons):]):
            row.update(search_text=person.search_text, sort_name=person.sort_name)
        homes.append(
            {"id": household_id, "dwelling_id": dwelling_id, "sap_area": rng.choice(list(SapArea)), "notes": "",
             **vars(derived), **stamp}
        )
    with store.engine.begin() as connection:
        connection.execute(insert(Dwelling), dwellings)
        connection.execute(insert(Household), homes)
        connection.execute(insert(Person), people)


def timed(function, repeat: int = 15) -> float:  # type: ignore[no-untyped-def]
    """Median wall time in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _sql(statement: object) -> str:
    from sqlalchemy.dialects import sqlite

    return str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]


def raw_search(connection: sqlite3.Connection, query: str) -> None:
    """The statement the service issues for one page, through bare sqlite3."""
    page = households.search_page_query(query, households.HouseholdSort.HOLDER, False, 0, households.PAGE_SIZE)
    connection.execute(_sql(page)).fetchall()


def raw_count_query(connection: sqlite3.Connection, query: str) -> None:
    capped = households._matching(select(Household.id), query).limit(households.COUNT_CAP + 1).subquery()
    connection.execute(_sql(select(func.count()).select_from(capped))).fetchall()


STARTUP_MAIN = """
import sys, time
start = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
marks = {}
app = QApplication([])

def submit(dialog):
    dialog.username.setText("bench")
    dialog.password.setText("benchmark1")
    marks["submitted"] = time.perf_counter()
    dialog.submit()

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show:
            name = type(watched).__name__
            if name == "LoginDialog" and "login" not in marks:
                marks["login"] = time.perf_counter()
                QTimer.singleShot(int(sys.argv[2]), lambda: submit(watched))
            elif name == "MainWindow" and "main" not in marks:
                marks["main"] = time.perf_counter()
                QTimer.singleShot(0, app.quit)
        return False

watch = Watch()
app.installEventFilter(watch)
from app.bootstrap import run_gui
run_gui(sys.argv[1])
print((marks["login"] - start) * 1000, (marks["main"] - marks["submitted"]) * 1000, (marks["main"] - start) * 1000)
"""

MEMORY_AFTER_SCROLLING = """
import resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])

def scroll_to_end(view, then):
    table, model = view.table, view.table.model()
    rows = [-1]

    def step():
        table.scrollToBottom()
        app.processEvents()
        if model.canFetchMore(model.index(-1, -1)) or model.rowCount() != rows[0]:
            rows[0] = model.rowCount()
            QTimer.singleShot(20, step)
        else:
            then()

    step()

def work(window):
    window.actions.show_households.trigger()
    def visits():
        window.actions.show_visits.trigger()
        QTimer.singleShot(500, lambda: scroll_to_end(window.visits, window.close))
    QTimer.singleShot(500, lambda: scroll_to_end(window.households, visits))

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show:
            name = type(watched).__name__
            if name == "LoginDialog":
                watched.username.setText("bench")
                watched.password.setText("benchmark1")
                QTimer.singleShot(0, watched.submit)
            elif name == "MainWindow":
                QTimer.singleShot(0, lambda: work(watched))
        return False

watch = Watch()
app.installEventFilter(watch)
from app.bootstrap import run_gui
run_gui(sys.argv[1])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

BARE_MEMORY = """
import resource
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtCore import QTimer
app = QApplication([])
window = QWidget()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

STARTUP_BARE = """
import time
start = time.perf_counter()
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtCore import QTimer
app = QApplication([])
window = QWidget()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
print((time.perf_counter() - start) * 1000)
"""


def process_times(script: str, *arguments: str, repeat: int = 7) -> list[float]:
    """Medians of the figures the child prints (milliseconds, measured from the interpreter's start)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    samples: list[list[float]] = []
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-c", script, *arguments], check=True, capture_output=True, env=environment, text=True)
        samples.append([float(value) for value in done.stdout.split()])
    return [statistics.median(column) for column in zip(*samples)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--visits", type=int, default=100_000)
    options = parser.parse_args()
    clock.pin_today(date(2026, 11, 21))
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(folder)
        opened = open_database(paths, create=True)
        store = Store(opened.engine, "")
        prepare_new_database(store)
        complete_first_run(paths, store, FirstRunForm("CEL", "CEL", "bench", "Benchmark", "benchmark1"))
        started = time.perf_counter()
        build_registry(store, options.households)
        build_visits(store, options.visits)
        with store.engine.connect() as connection:
            persons = connection.exec_driver_sql("SELECT count(*) FROM persons").scalar()
        print(
            f"registry: {options.households:,} households, {persons:,} persons, {options.visits:,} visits"
            f" built in {time.perf_counter() - started:.1f} s"
        )
        actor = log_in(store, "bench", "benchmark1")
        connection = sqlite3.connect(paths.database)
        connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")

        print("\nper keystroke (median ms): the page the list shows   app    raw SQL  ratio | count (worker thread)  app    raw SQL")
        for query in ("m", "ma", "maz", "mazza", "rossi giulia", "bg-0421", "via rov"):
            def app_page() -> None:
                households.search_households(UnitOfWork(store, actor, write=False), query)

            def app_count() -> None:
                households.count_households(UnitOfWork(store, actor, write=False), query)

            page, raw_page = timed(app_page), timed(lambda: raw_search(connection, query))
            count, raw_count = timed(app_count), timed(lambda: raw_count_query(connection, query))
            print(
                f"  {query!r:<16}                                  {page:6.1f}   {raw_page:6.1f}  {page / raw_page:4.2f}x"
                f" |                        {count:6.1f}   {raw_count:6.1f}"
            )
        connection.close()
        opened.engine.dispose()

        (bare,) = process_times(STARTUP_BARE)
        print(f"\nstart-up (median ms; a bare PySide6 window shows in {bare:.0f})")
        for typing_ms, label in ((0, "login confirmed at once"), (1500, "password typed in 1.5 s")):
            login, after_login, total = process_times(STARTUP_MAIN, folder, str(typing_ms))
            print(
                f"  {label:<26} login window {login:5.0f} ({login / bare:4.2f}x)   main window {after_login:5.0f} after the login"
                f"   start to main window {total:5.0f} ({(total - typing_ms) / bare:4.2f}x without the typing)"
            )

        (bare_memory,) = process_times(BARE_MEMORY, repeat=1)
        (peak,) = process_times(MEMORY_AFTER_SCROLLING, folder, repeat=3)
        print(
            f"\npeak memory (RSS, MB) after opening the registry and the visits list and scrolling each to its end:"
            f" {peak:.0f} (a bare PySide6 window: {bare_memory:.0f}; target under 250)"
        )


if __name__ == "__main__":
    main()
