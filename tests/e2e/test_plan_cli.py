"""``portierato import payments`` and ``portierato export plans`` end to end, on a home of their own: the
laptop set up and the registry imported by the command line, two plans agreed at the desk, then the
landlord's statement imported and the plans exported, the files read back as a spreadsheet would."""

from __future__ import annotations

import csv
import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.config import resolve_paths
from app.models.household import Household
from app.services.operators import log_in
from app.services.plans import plans as repayment_plans
from app.services.plans.plans import PlanTerms
from app.services.unit_of_work import Store, UnitOfWork
from app.store.opening import open_database
from tests.e2e.conftest import count, run_cli
from tests.plan_samples import plan_form
from tests.registry_files import GIULIA, MARIO, MEHMET
from tests.registry_files import write_csv as write_registry_csv

STATEMENT_COLUMNS = ["Codice nucleo", "Data", "Importo", "Riferimento", "Metodo", "Note"]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """Desk CEL set up by the command line, households N001 (Mazzà), N002 (Çelik) and N003 (Rossi) from the
    registry, and two signed plans of 1.000,00 €: N001 at CEL in three installments from 01/09/2026
    (15/09, 15/10, 15/11), N002 at COL in four from 01/11/2026 (15/11, 15/12, 15/01, 15/02)."""
    home = tmp_path / "home"
    setup = ("setup", "--office", "CEL", "--username", "admin", "--full-name", "Maria Rossi", "--password-stdin")
    assert run_cli(*setup, home=home, stdin="segreta-lunga\n").code == 0
    registry = write_registry_csv(tmp_path / "anagrafe.csv", [GIULIA, MEHMET, MARIO])
    imported = run_cli("import", "households", registry, home=home)
    assert imported.code == 0, imported

    opened = open_database(resolve_paths(home))
    try:
        store = Store(opened.engine, "CEL")
        admin = log_in(store, "admin", "segreta-lunga")
        with UnitOfWork(store, admin, write=False) as uow:
            ids = {code: household_id for code, household_id in uow.session.execute(select(Household.code, Household.id))}
        terms = PlanTerms(start_date=date(2026, 11, 1), due_day=15, installment_count=4)
        for code, office, changes in (("N001", "CEL", {}), ("N002", "COL", {"terms": terms})):
            form = plan_form(ids[code], office_code=office, **changes)
            plan_id: uuid.UUID = repayment_plans.create_plan(UnitOfWork(store, admin), form)
            repayment_plans.sign_plan(UnitOfWork(store, admin), plan_id, form.terms.start_date)
    finally:
        opened.engine.dispose()
    return home


def write_statement(path: Path, rows: list[list[str]]) -> Path:
    """As Excel saves "CSV (separato dal separatore di elenco)" on Italian Windows: ``;`` and Windows-1252."""
    with path.open("w", encoding="cp1252", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(STATEMENT_COLUMNS)
        writer.writerows(rows)
    return path


GOOD_ROWS = [
    ["N001", "15/09/2026", "333,33", "BOLL-0915", "bollettino", "rata di settembre"],
    ["N001", "16/10/2026", "333,33", "BOLL-1016", "bollettino", ""],
    ["N002", "2026-11-20", "100,00", "PPA-77", "pagoPA", "acconto è più"],
]


def test_payments_import_then_plans_export(home: Path, tmp_path: Path) -> None:
    statement = write_statement(
        tmp_path / "estratto.csv",
        [*GOOD_ROWS[:2], ["N003", "15/10/2026", "50,00", "X-1", "", ""], GOOD_ROWS[2], ["N001", "15/11/2026", "400,00", "BOLL-1115", "", ""]],
    )

    refused = run_cli("import", "payments", statement, home=home)

    assert refused.code == 1, refused
    assert refused.stdout.splitlines() == [
        "riga 4, colonna codice_nucleo: Il nucleo N003 non ha un piano di rientro attivo o sospeso: il pagamento non si può registrare.",
        "riga 6, colonna importo: L'importo supera quanto resta da pagare sul piano (1.000,00 €). "
        "Insieme alle righe 2, 3 dello stesso nucleo i pagamenti del file arrivano a 1.066,66 €.",
        "Nessun pagamento importato: 2 righe non valide. Correggere il file e ripetere l'importazione.",
    ]
    assert refused.stderr_lines == ["Nessun pagamento importato: 2 righe non valide. Correggere il file e ripetere l'importazione."]
    assert count(home, "plan_payments") == 0

    skipped = run_cli("import", "payments", statement, "--skip-invalid", home=home)

    assert skipped.code == 0, skipped
    assert skipped.stdout.splitlines()[-1] == "Importati 3 pagamenti (766,66 €) su 2 piani; 2 righe non valide saltate."
    assert skipped.stderr == ""
    assert count(home, "plan_payments") == 3

    again = run_cli("import", "payments", write_statement(tmp_path / "di nuovo.csv", GOOD_ROWS), home=home)

    assert again.code == 0, again
    assert again.stdout.splitlines() == [
        "riga 2: pagamento «BOLL-0915» del nucleo N001 (333,33 €) già importato, saltato.",
        "riga 3: pagamento «BOLL-1016» del nucleo N001 (333,33 €) già importato, saltato.",
        "riga 4: pagamento «PPA-77» del nucleo N002 (100,00 €) già importato, saltato.",
        "Nessun pagamento nuovo da importare; 3 già importati, saltati.",
    ]
    assert count(home, "plan_payments") == 3

    csv_out = tmp_path / "piani.csv"
    exported = run_cli("export", "plans", "--format", "csv", "--out", csv_out, home=home)

    assert exported.code == 0, exported
    assert exported.stdout.strip() == f"Esportati 2 piani in {csv_out}"
    rows = list(csv.reader(csv_out.read_bytes().decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["Nucleo", "Intestatario", "Sportello", "Stato"]
    assert rows[1] == [
        "N001", "Mazzà Giulia", "CEL", "attivo", "01/09/2026", "01/09/2026", "1.000,00", "666,66", "333,34",
        "333,34", "1", "0", "6", "0", "in tolleranza", "", "", "",
    ]  # fmt: skip
    assert rows[2][:10] == ["N002", "Çelik Mehmet", "COL", "attivo", "01/11/2026", "01/11/2026", "1.000,00", "100,00", "900,00", "150,00"]
    assert (rows[2][15], rows[2][16]) == ("15/12/2026", "250,00")

    xlsx_out = tmp_path / "piani col.xlsx"
    exported = run_cli("export", "plans", "--office", "col", "--state", "attivo", "--state", "sospeso", "--out", xlsx_out, home=home)

    assert exported.code == 0, exported
    assert exported.stdout.strip() == f"Esportato 1 piano in {xlsx_out}"
    sheet = load_workbook(xlsx_out).active
    assert sheet.max_row == 2
    values = [cell.value for cell in sheet[2]]
    assert values[:6] == ["N002", "Çelik Mehmet", "COL", "attivo", datetime(2026, 11, 1), datetime(2026, 11, 1)]
    assert [Decimal(str(v)) for v in values[6:10]] == [Decimal("1000"), Decimal("100"), Decimal("900"), Decimal("150")]
    assert sheet.cell(row=2, column=9).number_format == "#,##0.00"

    none = run_cli("export", "plans", "--state", "decaduto", "--out", tmp_path / "decaduti.csv", home=home)
    assert none.code == 0 and none.stdout.strip().startswith("Esportati 0 piani in ")


def test_import_payments_from_xlsx(home: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["riferimento", "importo", "data", "codice_nucleo"])
    sheet.append(["A-1", 333.33, datetime(2026, 9, 15), "N001"])
    sheet.append(["A-2", 250, datetime(2026, 11, 15), "N002"])
    path = tmp_path / "estratto.xlsx"
    workbook.save(path)

    run = run_cli("import", "payments", path, home=home)

    assert run.code == 0, run
    assert run.stdout.strip() == "Importati 2 pagamenti (583,33 €) su 2 piani."
    assert count(home, "plan_payments") == 2


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (("import", "payments", "manca.csv"), 1, "Il file manca.csv non esiste."),
        (("export", "plans", "--state", "chiuso", "--out", "p.csv"), 2, "--state: stato non valido «chiuso»"),
        (("export", "plans", "--out", "piani.txt"), 2, "indicare --format csv o --format xlsx"),
        (("export", "plans", "--office", "XYZ", "--out", "p.csv"), 1, "Lo sportello XYZ non esiste (sportelli: CEL, COL, LAZ)."),
        (("export", "plans", "--format", "csv"), 2, "mancano gli argomenti: --out"),
    ],
)
def test_refusals_and_usage_errors(home: Path, tmp_path: Path, arguments: tuple[str, ...], code: int, message: str) -> None:
    work = tmp_path / "lavoro"
    work.mkdir()

    run = run_cli(*arguments, home=home, cwd=work)

    assert run.code == code, run
    assert message in run.stderr
    assert list(work.iterdir()) == []
    assert count(home, "plan_payments") == 0
