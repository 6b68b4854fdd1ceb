"""``portierato receipt`` and ``portierato export contributions|receipts`` end to end, on a home of its own:
the laptop set up by the command line, then L.1 applications brought to their states through the services
at the desk, then the commands run as a user runs them and their files read back as a reader would."""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.config import resolve_paths
from app.services.contributions import applications as contributions
from app.services.contributions import receipts
from app.services.contributions.applications import ApplicationForm
from app.services.contributions.programmes import HEATING
from app.services.operators import OperatorForm, create_operator, log_in
from app.services.unit_of_work import COMMAND_LINE, Store, UnitOfWork
from app.store.opening import open_database
from app.vocabulary import ReceiptMethod, Role
from tests.conftest import Desk
from tests.contribution_samples import eligible_household
from tests.e2e.conftest import Run, run_cli


@dataclass(frozen=True)
class Filled:
    home: Path
    paid_numbers: tuple[str, ...]
    """CEL/2026/0001 (Mazzà, 600,00 € on the SAP account), 0002 (Çelik, 452,30 € cash, then cancelled),
    0003 (Rossi, 380,00 € by transfer)."""


@pytest.fixture
def filled(tmp_path: Path) -> Filled:
    """Desk CEL set up by the command line; five L.1 applications: N001, N002 and N003 paid on 21/11/2026
    (N002's receipt then cancelled), N004 granted, N005 a draft of 15/10/2026."""
    home = tmp_path / "home"
    setup = ("setup", "--office", "CEL", "--username", "admin", "--full-name", "Maria Rossi", "--password-stdin")
    assert run_cli(*setup, home=home, stdin="segreta-lunga\n").code == 0
    paths = resolve_paths(home)
    opened = open_database(paths)
    try:
        store = Store(opened.engine, "CEL")
        admin = log_in(store, "admin", "segreta-lunga")
        for username, full_name, role in (("tenant", "Anna Maria Calvi", Role.TENANT_MANAGER), ("sportello", "Chiara Pesenti", Role.OPERATOR)):
            create_operator(UnitOfWork(store, admin), OperatorForm(username, full_name, role, "CEL"), "password-lunga")
        desk = Desk(paths, store, admin, log_in(store, "sportello", "password-lunga"), log_in(store, "tenant", "password-lunga"))
        people = (("N001", "Mazzà", "Giulia"), ("N002", "Çelik", "Mehmet"), ("N003", "Rossi", "Mario"), ("N004", "Bianchi", "Lucia"), ("N005", "Ferrari", "Ugo"))
        households = {code: eligible_household(desk, code, surname, name) for code, surname, name in people}
        applications: dict[str, uuid.UUID] = {}
        for code in ("N001", "N002", "N003", "N004"):
            applications[code] = contributions.create_application(desk.uow(), ApplicationForm(households[code], HEATING, "20/11/2026", protocol_number=f"P.G. E{code}/2026", protocol_date="20/11/2026"))
            contributions.assess_application(desk.uow(), applications[code])
        contributions.create_application(desk.uow(), ApplicationForm(households["N005"], HEATING, "15/10/2026"))
        for code, cost in (("N001", "712,40"), ("N002", "452,30"), ("N003", "380,00"), ("N004", "500,00")):
            contributions.grant_contribution(desk.uow(desk.tenant_manager), applications[code], cost, f"Bolletta SAP {code}")
        numbers = tuple(
            contributions.pay_contribution(desk.uow(desk.operator), applications[code], "21/11/2026", method, iban)
            for code, method, iban in (
                ("N001", ReceiptMethod.SAP_ACCOUNT, ""),
                ("N002", ReceiptMethod.CASH, ""),
                ("N003", ReceiptMethod.BANK_TRANSFER, "IT60X0542811101000000123456"),
            )
        )
        receipts.cancel_receipt(desk.uow(), numbers[1], "Importo registrato per errore")
    finally:
        opened.engine.dispose()
    return Filled(home, numbers)


def pdf_text(file: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(file.read_bytes())).pages)


def print_count(home: Path, number: str) -> int:
    opened = open_database(resolve_paths(home))
    try:
        return receipts.receipt_view(UnitOfWork(Store(opened.engine, "CEL"), COMMAND_LINE, write=False), number).print_count
    finally:
        opened.engine.dispose()


def refused_quietly(run: Run, out: Path) -> None:
    assert run.code == 1, run
    assert run.stderr.strip() and "\n" not in run.stderr.strip(), run
    assert not out.exists()


# --- receipt NUMBER --out FILE.pdf --------------------------------------------------------------------


def test_the_first_copy_is_the_original_and_the_next_ones_say_duplicato(filled: Filled, tmp_path: Path) -> None:
    first, second = tmp_path / "ricevuta.pdf", tmp_path / "copia.pdf"

    run = run_cli("receipt", "CEL/2026/0001", "--out", first, home=filled.home)

    assert run.code == 0, run
    assert run.stdout.strip() == f"Ricevuta CEL/2026/0001 scritta in {first} (originale)."
    text = pdf_text(first)
    assert first.read_bytes().startswith(b"%PDF")
    assert "CEL/2026/0001" in text and "Mazzà Giulia" in text
    assert "600,00 €" in text and "seicento/00" in text
    assert "DUPLICATO" not in text and "Duplicato" not in text
    assert print_count(filled.home, "CEL/2026/0001") == 1

    again = run_cli("receipt", " cel/2026/1 ", "--out", second, home=filled.home)

    assert again.code == 0, again
    assert again.stdout.strip() == f"Ricevuta CEL/2026/0001 scritta in {second} (duplicato, copia n. 2)."
    assert "DUPLICATO" in pdf_text(second)
    assert print_count(filled.home, "CEL/2026/0001") == 2


def test_duplicate_is_forced_on_a_first_copy(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "copia.pdf"

    run = run_cli("receipt", "CEL/2026/0003", "--out", out, "--duplicate", home=filled.home)

    assert run.code == 0, run
    text = pdf_text(out)
    assert "DUPLICATO" in text and "Rossi Mario" in text and "380,00 €" in text and "bonifico" in text
    assert print_count(filled.home, "CEL/2026/0003") == 1


def test_a_cancelled_receipt_prints_annullata_with_its_reason(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "annullata.pdf"

    run = run_cli("receipt", "CEL/2026/0002", "--out", out, home=filled.home)

    assert run.code == 0, run
    assert "(annullata)" in run.stdout
    text = pdf_text(out)
    assert "ANNULLATA" in text and "Importo registrato per errore" in text and "452,30 €" in text


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("CEL/2026/0099", "La ricevuta CEL/2026/0099 non esiste."),
        ("COL/2026/0001", "La ricevuta COL/2026/0001 non esiste."),
        ("CEL-2026-1", "Numero di ricevuta non valido: «CEL-2026-1»."),
        ("CEL/2026/0000", "Numero di ricevuta non valido: «CEL/2026/0000»."),
    ],
)
def test_an_unknown_or_malformed_number_is_refused_and_nothing_is_written(filled: Filled, tmp_path: Path, number: str, message: str) -> None:
    out = tmp_path / "ricevuta.pdf"

    run = run_cli("receipt", number, "--out", out, home=filled.home)

    refused_quietly(run, out)
    assert run.stderr.startswith(message), run
    assert print_count(filled.home, "CEL/2026/0001") == 0


def test_a_missing_folder_is_refused_without_counting_a_copy(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "manca" / "ricevuta.pdf"

    run = run_cli("receipt", "CEL/2026/0001", "--out", out, home=filled.home)

    refused_quietly(run, out)
    assert print_count(filled.home, "CEL/2026/0001") == 0


def test_the_receipt_command_needs_its_out_file(filled: Filled) -> None:
    run = run_cli("receipt", "CEL/2026/0001", home=filled.home)

    assert run.code == 2
    assert "mancano gli argomenti: --out" in run.stderr


# --- export contributions | receipts ------------------------------------------------------------------


def read_csv(file: Path) -> list[dict[str, str]]:
    with file.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def read_xlsx(file: Path) -> list[dict[str, object]]:
    sheet = load_workbook(file, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(cell) for cell in rows[0]]
    return [dict(zip(header, row)) for row in rows[1:]]


def test_export_contributions_as_csv(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "domande.csv"

    run = run_cli("export", "contributions", "--format", "csv", "--out", out, home=filled.home)

    assert run.code == 0, run
    assert run.stdout.strip() == f"Esportate 5 domande in {out}"
    rows = read_csv(out)
    by_code = {row["Nucleo"]: row for row in rows}
    assert list(by_code) == ["N001", "N002", "N003", "N004", "N005"]  # newest first, then by household
    assert by_code["N001"]["Intestatario"] == "Mazzà Giulia"
    assert (by_code["N001"]["Stato"], by_code["N001"]["Importo concesso"], by_code["N001"]["Ricevuta"]) == ("pagata", "600,00", "CEL/2026/0001")
    assert by_code["N001"]["Spesa documentata"] == "712,40"
    assert (by_code["N002"]["Stato"], by_code["N002"]["Ricevuta"]) == ("annullata", "CEL/2026/0002")
    assert "Importo registrato per errore" in by_code["N002"]["Motivo annullamento"]
    assert (by_code["N004"]["Stato"], by_code["N004"]["Importo concesso"], by_code["N004"]["Ricevuta"]) == ("concessa", "500,00", "")
    assert (by_code["N005"]["Stato"], by_code["N005"]["Data domanda"]) == ("in bozza", "15/10/2026")
    assert by_code["N003"]["Protocollo"] == "P.G. EN003/2026"
    header = set(rows[0])
    assert not {"Codice fiscale", "ISEE", "Telefono"} & header  # data minimisation


def test_export_contributions_of_a_period_as_xlsx(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "domande.xlsx"

    run = run_cli("export", "contributions", "--from", "01/11/2026", "--to", "2026-11-30", "--out", out, home=filled.home)

    assert run.code == 0, run
    assert run.stdout.strip() == f"Esportate 4 domande in {out}"
    rows = read_xlsx(out)
    assert [row["Nucleo"] for row in rows] == ["N001", "N002", "N003", "N004"]
    first = rows[0]
    assert first["Importo concesso"] == Decimal("600.00") or first["Importo concesso"] == 600
    assert first["Data domanda"].date() == date(2026, 11, 20)  # type: ignore[union-attr]

    october = run_cli("export", "contributions", "--from", "2026-10-01", "--to", "2026-10-31", "--out", tmp_path / "ottobre.csv", home=filled.home)
    assert october.stdout.strip().startswith("Esportata 1 domanda")
    assert [row["Nucleo"] for row in read_csv(tmp_path / "ottobre.csv")] == ["N005"]


def test_export_receipts_register_as_csv_and_xlsx(filled: Filled, tmp_path: Path) -> None:
    as_csv, as_xlsx = tmp_path / "ricevute.csv", tmp_path / "ricevute.xlsx"

    run = run_cli("export", "receipts", "--out", as_csv, "--year", "2026", "--site", "cel", home=filled.home)
    assert run.code == 0, run
    assert run.stdout.strip() == f"Esportate 3 ricevute in {as_csv}"
    rows = read_csv(as_csv)
    assert [(r["Numero"], r["Beneficiario"], r["Importo"], r["Stato"]) for r in rows] == [
        ("CEL/2026/0001", "Mazzà Giulia", "600,00", "emessa"),
        ("CEL/2026/0002", "Çelik Mehmet", "452,30", "annullata"),
        ("CEL/2026/0003", "Rossi Mario", "380,00", "emessa"),
    ]
    assert rows[1]["Motivo annullamento"] == "Importo registrato per errore"

    run = run_cli("export", "receipts", "--format", "xlsx", "--from", "2026-11-21", "--to", "2026-11-21", "--out", as_xlsx, home=filled.home)
    assert run.code == 0, run
    assert [(r["Numero"], r["Stato"]) for r in read_xlsx(as_xlsx)] == [
        ("CEL/2026/0001", "emessa"),
        ("CEL/2026/0002", "annullata"),
        ("CEL/2026/0003", "emessa"),
    ]

    for arguments in (("--year", "2025"), ("--site", "COL"), ("--from", "2026-11-22", "--to", "2026-12-31")):
        empty = run_cli("export", "receipts", *arguments, "--out", tmp_path / "vuoto.csv", home=filled.home)
        assert empty.code == 0, empty
        assert empty.stdout.strip() == f"Esportate 0 ricevute in {tmp_path / 'vuoto.csv'}"
        assert read_csv(tmp_path / "vuoto.csv") == []


def test_export_usage_errors(filled: Filled, tmp_path: Path) -> None:
    backwards = run_cli("export", "receipts", "--from", "2026-11-30", "--to", "2026-11-01", "--out", tmp_path / "r.csv", home=filled.home)
    assert backwards.code == 2 and "--from (30/11/2026) viene dopo --to (01/11/2026)" in backwards.stderr
    no_format = run_cli("export", "contributions", "--out", tmp_path / "domande.txt", home=filled.home)
    assert no_format.code == 2 and "--format csv o --format xlsx" in no_format.stderr
    bad_year = run_cli("export", "receipts", "--year", "duemila", "--out", tmp_path / "r.csv", home=filled.home)
    assert bad_year.code == 2 and "--year" in bad_year.stderr
    assert not list(tmp_path.glob("*.csv")) and not list(tmp_path.glob("*.txt"))


def test_export_to_a_missing_folder_is_refused(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "manca" / "domande.csv"

    run = run_cli("export", "contributions", "--out", out, home=filled.home)

    refused_quietly(run, out)
