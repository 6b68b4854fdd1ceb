"""``portierato export visits`` end to end: the files read back as a spreadsheet would read them."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest

from app.config import resolve_paths
from app.demo.accounts import DEMO_ACCOUNTS
from app.services.desk import visits
from app.services.desk.follow_ups import FollowUpForm
from app.services.operators import log_in
from app.services.registry import persons
from app.services.unit_of_work import Actor, Store, UnitOfWork
from app.store.opening import open_database
from app.vocabulary import Channel
from tests.e2e.conftest import run_cli
from tests.visit_samples import ARREARS, LISTENING, rome, topic, visit_form

HEADER = [
    "Data e ora",
    "Sportello",
    "Operatore",
    "Canale",
    "Durata (minuti)",
    "Persona",
    "Nucleo",
    "Sesso (contatto anonimo)",
    "Età (contatto anonimo)",
    "Argomenti",
    "Mediazione linguistica",
    "Inviato a",
    "Seguito",
    "Scadenza del seguito",
    "Annullata",
    "Motivo dell'annullamento",
]


class DemoDesk:
    """The demo home opened in this process, as the demo educator (for tests.visit_samples)."""

    def __init__(self, store: Store, actor: Actor) -> None:
        self.store = store
        self.actor = actor

    def uow(self, actor: Actor | None = None, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self.store, actor or self.actor, write=write)


@pytest.fixture
def home_with_visits(demo_home: Path) -> tuple[Path, str]:
    """The demo home with four visits a year before the demo's own (which cover the last six months): two
    at CEL in November 2025 (one with a person and a follow-up, one anonymous by phone), one at COL in
    November, one at CEL in October. Returns the person's code."""
    opened = open_database(resolve_paths(demo_home))
    store = Store(opened.engine, "CEL")
    educator = next(a for a in DEMO_ACCOUNTS if a.username == "demo.educatrice")
    desk = DemoDesk(store, log_in(store, educator.username, educator.password))
    [hit] = persons.search_persons(desk.uow(write=False), "", limit=1)
    summary = persons.person_summary(desk.uow(write=False), hit.id)
    assert summary.codice_fiscale
    topic_ids = (topic(desk, LISTENING), topic(desk, ARREARS))
    visits.record_visit(
        desk.uow(),
        visit_form(desk, person_id=hit.id, started_at=rome(2025, 11, 18, 9, 5), topic_ids=topic_ids, follow_up=FollowUpForm(date(2026, 12, 2))),
    )
    visits.record_visit(desk.uow(), visit_form(desk, started_at=rome(2025, 11, 20, 16, 40), channel=Channel.PHONE, notes="nota riservata"))
    visits.record_visit(desk.uow(), visit_form(desk, office_code="COL", started_at=rome(2025, 11, 17, 10, 0)))
    visits.record_visit(desk.uow(), visit_form(desk, started_at=rome(2025, 10, 28, 9, 0)))
    opened.engine.dispose()
    return demo_home, summary.codice_fiscale


def test_csv_export_of_a_desk_and_a_month_opens_in_excel(home_with_visits: tuple[Path, str], tmp_path: Path) -> None:
    home, codice_fiscale = home_with_visits
    out = tmp_path / "visite novembre.csv"

    run = run_cli("export", "visits", "--from", "01/11/2025", "--to", "2025-11-30", "--office", "cel", "--format", "csv", "--out", out, home=home)

    assert run.code == 0, run
    assert run.stdout.strip() == f"Esportate 2 visite in {out}"
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, so Excel reads the accents"
    assert b"\r\n" in raw
    text = raw.decode("utf-8-sig")
    assert codice_fiscale not in text and "nota riservata" not in text
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows[0] == HEADER
    first, second = rows[1:]
    assert first[:5] == ["18/11/2025 09:05", "CEL", "Chiara Pesenti", "allo sportello", "20"]
    assert first[9] == f"{ARREARS}, {LISTENING}"
    assert (first[12], first[13], first[14]) == ("entro il 02/12/2026", "02/12/2026", "")
    assert first[5] and first[6], "the person's name and household code are there"
    assert second[:7] == ["20/11/2025 16:40", "CEL", "Chiara Pesenti", "al telefono", "20", "anonimo", ""]
    assert (second[7], second[8]) == ("femmina", "30-54 anni")


def test_xlsx_export_has_real_dates_a_bold_header_and_widths(home_with_visits: tuple[Path, str], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    home, codice_fiscale = home_with_visits
    out = tmp_path / "visite.xlsx"

    run = run_cli("export", "visits", "--from", "2025-10-01", "--to", "2025-11-30", "--out", out, home=home)

    assert run.code == 0, run
    assert run.stdout.strip() == f"Esportate 4 visite in {out}"
    sheet = load_workbook(out).active
    assert [cell.value for cell in sheet[1]] == HEADER
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["J"].width == 60
    moments = [sheet.cell(row=row, column=1).value for row in range(2, 6)]
    assert moments == [datetime(2025, 10, 28, 9, 0), datetime(2025, 11, 17, 10, 0), datetime(2025, 11, 18, 9, 5), datetime(2025, 11, 20, 16, 40)]
    assert sheet.cell(row=2, column=1).number_format == "dd/mm/yyyy hh:mm"
    assert [sheet.cell(row=row, column=2).value for row in range(2, 6)] == ["CEL", "COL", "CEL", "CEL"]
    due = sheet.cell(row=4, column=14)
    assert due.value == datetime(2026, 12, 2) and due.number_format == "dd/mm/yyyy"
    assert sheet.cell(row=4, column=5).value == 20
    values = {str(cell.value) for row in sheet.iter_rows() for cell in row}
    assert codice_fiscale not in values and "nota riservata" not in values


def test_an_unknown_desk_is_refused_and_no_file_is_written(home_with_visits: tuple[Path, str], tmp_path: Path) -> None:
    home, _ = home_with_visits
    out = tmp_path / "visite.csv"
    run = run_cli("export", "visits", "--from", "2026-11-01", "--to", "2026-11-30", "--office", "XYZ", "--out", out, home=home)
    assert run.code == 1, run
    assert run.stdout.strip() == "Lo sportello XYZ non esiste (sportelli: CEL, COL, LAZ)."
    assert run.stderr.strip() == run.stdout.strip()
    assert not out.exists()


def test_a_folder_that_does_not_exist_is_refused(home_with_visits: tuple[Path, str], tmp_path: Path) -> None:
    home, _ = home_with_visits
    out = tmp_path / "manca" / "visite.csv"
    run = run_cli("export", "visits", "--from", "2026-11-01", "--to", "2026-11-30", "--out", out, home=home)
    assert run.code == 1, run
    assert f"La cartella {out.parent} non esiste." in run.stdout
    assert list(tmp_path.glob("**/*.tmp")) == []


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--from", "2026-11-30", "--to", "2026-11-01", "--out", "v.csv"), "--from (30/11/2026) viene dopo --to (01/11/2026)"),
        (("--from", "31/02/2026", "--to", "2026-11-01", "--out", "v.csv"), "--from: data non valida «31/02/2026»"),
        (("--from", "2026-11-01", "--to", "2026-11-30", "--out", "visite.txt"), "indicare --format csv o --format xlsx"),
        (("--from", "2026-11-01", "--to", "2026-11-30", "--format", "pdf", "--out", "v.pdf"), "--format: scelta non valida «pdf»"),
        (("--from", "2026-11-01", "--out", "v.csv"), "mancano gli argomenti: --to"),
    ],
)
def test_usage_errors_exit_2_with_an_italian_message(demo_home: Path, tmp_path: Path, arguments: tuple[str, ...], message: str) -> None:
    work = tmp_path / "lavoro"
    work.mkdir()
    run = run_cli("export", "visits", *arguments, home=demo_home, cwd=work)
    assert run.code == 2, run
    assert message in run.stderr
    assert list(work.iterdir()) == []
