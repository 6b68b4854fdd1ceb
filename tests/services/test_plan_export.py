"""The repayment plans' export (app/services/exports.py ``export_plans``), read back as a spreadsheet would.

Situations on the pinned today, 21/11/2026, with the default settings (grace 10 days, tolerance 1):

- N001 (CEL): 1.000,00 € in 333,33 + 333,33 + 333,34 on 15/09, 15/10, 15/11; 333,33 paid on 15/09. The
  15/10 and 15/11 installments are overdue (666,67 €); the 15/10 one is missed since 26/10 (27 days in
  arrears, 37 days late); nothing falls due any more; the program proposes to lapse the plan.
- N002 (COL): 1.000,00 € in four 250,00 on 15/11, 15/12, 15/01, 15/02 from 01/11; 100,00 paid on 20/11.
  150,00 € overdue from 15/11 (6 days late, inside the grace period); next 15/12, 250,00 €.
- N003 (CEL): a draft never signed.
"""

from __future__ import annotations

import csv
import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.services.exports import ExportFailed, ExportFormat, export_plans
from app.services.plans import plans as repayment_plans
from app.services.plans.listing import PlanFilter
from app.services.plans.plans import PaymentForm, PlanTerms
from app.vocabulary import PaymentMethod, PlanState
from tests.conftest import Desk
from tests.plan_samples import plan_form
from tests.visit_samples import household_with_holder

HEADER = [
    "Nucleo",
    "Intestatario",
    "Sportello",
    "Stato",
    "Inizio",
    "Firmato il",
    "Totale (€)",
    "Pagato (€)",
    "Da pagare (€)",
    "Scaduto (€)",
    "Rate scadute",
    "Rate mancate",
    "Giorni di ritardo",
    "Giorni di morosità",
    "Fascia (giorni di morosità)",
    "Prossima scadenza",
    "Importo prossima scadenza (€)",
    "Proposta",
]
LAPSE_PROPOSAL = (
    "dichiarare decaduto: 1 rata non pagata dopo i giorni di tolleranza; per la regola il piano decade già con una sola rata mancata."
)


def plan_for(desk: Desk, code: str, surname: str, *, sign: bool = True, **changes: object) -> uuid.UUID:
    household_id, _ = household_with_holder(desk, code=code, surname=surname, name="Anna")
    form = plan_form(household_id, **changes)
    plan_id = repayment_plans.create_plan(desk.uow(), form)
    if sign:
        repayment_plans.sign_plan(desk.uow(), plan_id, form.terms.start_date)
    return plan_id


@pytest.fixture
def plans(desk: Desk) -> Desk:
    late = plan_for(desk, "N001", "Rossi")
    repayment_plans.record_payment(desk.uow(), late, PaymentForm(date(2026, 9, 15), 33_333, PaymentMethod.PAGOPA, "P1"))
    recent = plan_for(
        desk, "N002", "Bianchi", office_code="COL", terms=PlanTerms(start_date=date(2026, 11, 1), due_day=15, installment_count=4)
    )
    repayment_plans.record_payment(desk.uow(), recent, PaymentForm(date(2026, 11, 20), 10_000, PaymentMethod.CASH, "C1"))
    plan_for(desk, "N003", "Verdi", sign=False)
    return desk


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))


def test_csv_has_one_row_per_plan_riskiest_first_with_italian_amounts(plans: Desk, tmp_path: Path) -> None:
    out = tmp_path / "piani.csv"

    written = export_plans(plans.uow(write=False), out, "csv")

    assert written == 3
    header, *rows = read_csv(out)
    assert header == HEADER
    assert [row[0] for row in rows] == ["N001", "N002", "N003"]
    assert rows[0] == [
        "N001", "Rossi Anna", "CEL", "attivo", "01/09/2026", "01/09/2026",
        "1.000,00", "333,33", "666,67", "666,67", "2", "1", "37", "27", "1-30 giorni", "", "", LAPSE_PROPOSAL,
    ]  # fmt: skip
    assert rows[1] == [
        "N002", "Bianchi Anna", "COL", "attivo", "01/11/2026", "01/11/2026",
        "1.000,00", "100,00", "900,00", "150,00", "1", "0", "6", "0", "in tolleranza", "15/12/2026", "250,00", "",
    ]  # fmt: skip
    assert rows[2][:7] == ["N003", "Verdi Anna", "CEL", "bozza", "01/09/2026", "", "1.000,00"]


def test_xlsx_has_numbers_with_two_decimals_and_real_dates(plans: Desk, tmp_path: Path) -> None:
    out = tmp_path / "piani.xlsx"

    assert export_plans(plans.uow(write=False), out, ExportFormat.XLSX) == 3

    sheet = load_workbook(out).active
    assert sheet.title == "Piani di rientro"
    assert [cell.value for cell in sheet[1]] == HEADER
    assert all(cell.font.bold for cell in sheet[1]) and sheet.freeze_panes == "A2"
    first = [cell.value for cell in sheet[2]]
    assert first[:6] == ["N001", "Rossi Anna", "CEL", "attivo", datetime(2026, 9, 1), datetime(2026, 9, 1)]
    assert [Decimal(str(value)) for value in first[6:10]] == [Decimal("1000"), Decimal("333.33"), Decimal("666.67"), Decimal("666.67")]
    assert first[10:15] == [2, 1, 37, 27, "1-30 giorni"]
    assert first[15] is None and first[16] is None
    assert first[17] == LAPSE_PROPOSAL
    second = [cell.value for cell in sheet[3]]
    assert second[15] == datetime(2026, 12, 15) and Decimal(str(second[16])) == Decimal("250")
    amount, due = sheet.cell(row=3, column=10), sheet.cell(row=3, column=16)
    assert isinstance(amount.value, float | int) and amount.number_format == "#,##0.00"
    assert due.number_format == "dd/mm/yyyy"
    assert sheet.cell(row=4, column=6).value is None, "a draft is not signed"
    assert sheet.auto_filter.ref == "A1:R4"


def test_filters_by_desk_and_state_and_the_situation_on_another_day(plans: Desk, tmp_path: Path) -> None:
    out = tmp_path / "piani.csv"

    assert export_plans(plans.uow(write=False), out, "csv", PlanFilter(office_code="CEL")) == 2
    assert [row[0] for row in read_csv(out)[1:]] == ["N001", "N003"]

    assert export_plans(plans.uow(write=False), out, "csv", PlanFilter(states=frozenset({PlanState.DRAFT}))) == 1
    assert [row[0] for row in read_csv(out)[1:]] == ["N003"]

    assert export_plans(plans.uow(write=False), out, "csv", PlanFilter(office_code="LAZ")) == 0
    assert read_csv(out) == [HEADER]

    export_plans(plans.uow(write=False), out, "csv", PlanFilter(office_code="COL"), on=date(2026, 11, 10))
    [row] = read_csv(out)[1:]
    assert (row[7], row[9], row[15], row[16]) == ("0,00", "0,00", "15/11/2026", "250,00"), "the 20/11 payment not yet made"


def test_a_folder_that_does_not_exist_leaves_no_file(plans: Desk, tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="non esiste"):
        export_plans(plans.uow(write=False), tmp_path / "manca" / "piani.xlsx", "xlsx")
    assert list(tmp_path.glob("**/*.tmp")) == []
