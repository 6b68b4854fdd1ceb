"""The payments import from the landlord's statement (app/services/plans/payment_import.py), on a real database.

Every plan here is tests.plan_samples' one: 1.000,00 € in three installments (15/09, 15/10, 15/11/2026),
signed on 01/09/2026; "today" is 21/11/2026.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.models.audit import AuditEntry
from app.models.repayment_plan import PlanPayment
from app.services.errors import PermissionDenied
from app.services.plans import plans as repayment_plans
from app.services.plans.payment_import import PaymentImportReport, import_payments, preview_payment_import
from app.services.plans.plans import PaymentForm, PaymentView
from app.services.registry.spreadsheet import ImportFileError
from app.vocabulary import PaymentMethod, PlanState
from tests.conftest import TODAY, Desk
from tests.plan_samples import active_plan, plan_form
from tests.visit_samples import household_with_holder

COLUMNS = ["codice_nucleo", "data", "importo", "riferimento", "metodo", "note"]
"""As the landlord's statement names them (spelled out here, not taken from the code under test)."""


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    header: Sequence[str] = COLUMNS,
    separator: str = ";",
    encoding: str = "utf-8",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as file:
        writer = csv.writer(file, delimiter=separator)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, header: Sequence[str] = COLUMNS) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def payments(desk: Desk, plan_id: uuid.UUID) -> list[tuple[date, int, PaymentMethod, str, str, bool]]:
    detail = repayment_plans.plan_detail(desk.uow(write=False), plan_id)
    return [(p.paid_on, p.amount_cents, p.method, p.reference, p.note, p.imported) for p in detail.payments]


def payment_views(desk: Desk, plan_id: uuid.UUID) -> tuple[PaymentView, ...]:
    return repayment_plans.plan_detail(desk.uow(write=False), plan_id).payments


def count(desk: Desk, model: type) -> int:
    with desk.uow(write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def problems(report: Any) -> list[tuple[int, str]]:
    return [(row.line, row.column) for row in report.bad_rows]


@pytest.fixture
def plan(desk: Desk) -> uuid.UUID:
    _, plan_id = active_plan(desk, code="N001")
    return plan_id


# --- reading the file ----------------------------------------------------------------------------------


def test_semicolon_csv_with_italian_amounts_records_the_payments_as_imported(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "estratto.csv",
        [
            ["N001", "15/09/2026", "333,33", "BON-0915", "bonifico", "rata di settembre"],
            ["n001", "16/10/2026", "€ 300,00", "PPA-1016", "PagoPA", ""],
            ["N001", "17/11/2026", "33,33", "EST-1117", "", ""],
        ],
    )

    report = import_payments(desk.uow(desk.tenant_manager), path)

    assert report.imported and report.bad_rows == () and report.already_imported == ()
    assert str(report.summary()) == "Importati 3 pagamenti (666,66 €) su 1 piano."
    assert report.plan_ids == (plan,)
    assert payments(desk, plan) == [
        (date(2026, 9, 15), 33_333, PaymentMethod.BANK_TRANSFER, "BON-0915", "rata di settembre", True),
        (date(2026, 10, 16), 30_000, PaymentMethod.PAGOPA, "PPA-1016", "", True),
        (date(2026, 11, 17), 3_333, PaymentMethod.STATEMENT, "EST-1117", "", True),
    ]
    assert {view.recorded_by_name for view in payment_views(desk, plan)} == {"Anna Maria Calvi"}
    detail = repayment_plans.plan_detail(desk.uow(write=False), plan)
    assert detail.situation.paid_cents == 66_666
    assert detail.situation.installments[1].paid_cents == 33_333


@pytest.mark.parametrize(
    ("separator", "encoding"),
    [(";", "utf-8"), (",", "utf-8"), (";", "utf-8-sig"), (",", "utf-8-sig"), (";", "cp1252")],
)
def test_separators_and_encodings_as_excel_writes_them(
    desk: Desk, plan: uuid.UUID, tmp_path: Path, separator: str, encoding: str
) -> None:
    path = write_csv(
        tmp_path / "estratto.csv",
        [["N001", "2026-10-15", "1.000,00", "RIF-1", "contanti", "versato allo sportello – più tardi €"]],
        header=[" Codice Nucleo", "DATA", "Importo ", "Riferimento", "Metodo", "Note"],
        separator=separator,
        encoding=encoding,
    )

    report = import_payments(desk.uow(), path)

    assert report.imported, report.bad_rows
    assert payments(desk, plan) == [
        (date(2026, 10, 15), 100_000, PaymentMethod.CASH, "RIF-1", "versato allo sportello – più tardi €", True)
    ]


def test_headers_in_any_order_and_without_the_optional_columns(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "estratto.csv",
        [["R-7", "250", "N001", "01/11/2026"]],
        header=["riferimento", "importo", "codice_nucleo", "data"],
    )

    assert import_payments(desk.uow(), path).imported

    assert payments(desk, plan) == [(date(2026, 11, 1), 25_000, PaymentMethod.STATEMENT, "R-7", "", True)]


def test_xlsx_with_number_and_date_cells(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "estratto.xlsx",
        [
            ["N001", datetime(2026, 9, 15), 333.33, "X-1", "RID", None],
            ["N001", "15/10/2026", "1.234,56", "X-2", None, None],  # too much: refused
            ["N001", date(2026, 10, 15), 100, 20261015, "bollettino", "numero come riferimento"],
        ],
    )

    refused = import_payments(desk.uow(), path)
    assert not refused.imported
    assert problems(refused) == [(3, "importo")]
    assert payments(desk, plan) == []

    report = import_payments(desk.uow(), path, skip_invalid=True)

    assert report.imported
    assert payments(desk, plan) == [
        (date(2026, 9, 15), 33_333, PaymentMethod.DIRECT_DEBIT, "X-1", "", True),
        (date(2026, 10, 15), 10_000, PaymentMethod.POSTAL_SLIP, "20261015", "numero come riferimento", True),
    ]


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("333,33", 33_333), ("1.000", 100_000), ("€ 1.000,00", 100_000), ("12.5", 1_250), ("99", 9_900), ("0,01", 1)],
)
def test_amounts_the_italian_way(desk: Desk, plan: uuid.UUID, tmp_path: Path, typed: str, cents: int) -> None:
    path = write_csv(tmp_path / "estratto.csv", [["N001", "20/11/2026", typed, "R", "", ""]])

    assert import_payments(desk.uow(), path).imported

    assert [amount for _, amount, *_ in payments(desk, plan)] == [cents]


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("12,345", "Importo non leggibile: «12,345»"),
        ("1,234.56", "Importo non leggibile"),
        ("-50,00", "L'importo non può essere negativo"),
        ("0,00", "L'importo deve essere maggiore di zero"),
        ("dieci", "Importo non leggibile"),
        ("", "Importo: campo obbligatorio"),
    ],
)
def test_amounts_that_cannot_be_read_are_bad_rows(desk: Desk, plan: uuid.UUID, tmp_path: Path, typed: str, reason: str) -> None:
    path = write_csv(tmp_path / "estratto.csv", [["N001", "20/11/2026", "10,00", "A", "", ""], ["N001", "20/11/2026", typed, "B", "", ""]])

    report = import_payments(desk.uow(), path)

    assert not report.imported
    [bad] = report.bad_rows
    assert (bad.line, bad.column) == (3, "importo")
    assert reason in str(bad.reason)
    assert payments(desk, plan) == []


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("31/02/2026", "La data 31/02/2026 non esiste nel calendario."),
        ("2026/11/05", "Data non leggibile: «2026/11/05». Scrivere gg/mm/aaaa, per esempio 15/03/2026."),
        ("22/11/2026", "La data del pagamento non può essere futura."),
        ("31/08/2026", "La data precede l'inizio del piano (01/09/2026)."),
        ("", "Data: campo obbligatorio."),
    ],
)
def test_dates_that_cannot_be_accepted_are_bad_rows(desk: Desk, plan: uuid.UUID, tmp_path: Path, typed: str, reason: str) -> None:
    path = write_csv(tmp_path / "estratto.csv", [["N001", typed, "10,00", "A", "", ""]])

    report = import_payments(desk.uow(), path)

    assert [(row.line, row.column, str(row.reason)) for row in report.bad_rows] == [(2, "data", reason)]


def test_dates_day_first_and_iso_are_both_read(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "estratto.csv", [["N001", "5/9/2026", "1", "A", "", ""], ["N001", "2026-11-21", "1", "B", "", ""]])

    assert import_payments(desk.uow(), path).imported

    assert [paid_on for paid_on, *_ in payments(desk, plan)] == [date(2026, 9, 5), date(2026, 11, 21)]


@pytest.mark.parametrize(
    ("word", "method"),
    [
        ("PagoPA", PaymentMethod.PAGOPA),
        ("bonifico", PaymentMethod.BANK_TRANSFER),
        ("Domiciliazione", PaymentMethod.DIRECT_DEBIT),
        ("rid", PaymentMethod.DIRECT_DEBIT),
        ("SDD", PaymentMethod.DIRECT_DEBIT),
        ("bollettino", PaymentMethod.POSTAL_SLIP),
        ("contanti", PaymentMethod.CASH),
        ("altro", PaymentMethod.OTHER),
        ("", PaymentMethod.STATEMENT),
    ],
)
def test_payment_methods_from_italian_words(desk: Desk, plan: uuid.UUID, tmp_path: Path, word: str, method: PaymentMethod) -> None:
    path = write_csv(tmp_path / "estratto.csv", [["N001", "20/11/2026", "10,00", "A", word, ""]])

    assert import_payments(desk.uow(), path).imported

    assert [stored for _, _, stored, *_ in payments(desk, plan)] == [method]


def test_an_unknown_method_and_a_missing_reference_or_code_are_bad_rows(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "estratto.csv",
        [["N001", "20/11/2026", "10,00", "A", "assegno", ""], ["N001", "20/11/2026", "10,00", "", "", ""], ["", "20/11/2026", "10,00", "C", "", ""]],
    )

    report = import_payments(desk.uow(), path)

    assert [(row.line, row.column, str(row.reason)) for row in report.bad_rows] == [
        (2, "metodo", "Metodo: «assegno» non è tra i valori ammessi (pagopa, bonifico, domiciliazione, rid, sdd, bollettino, contanti, altro)."),
        (3, "riferimento", "Riferimento: campo obbligatorio (serve a riconoscere un pagamento già importato)."),
        (4, "codice_nucleo", "Codice nucleo: campo obbligatorio."),
    ]


def test_a_file_without_a_required_column_or_in_another_format_is_refused_whole(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    missing = write_csv(tmp_path / "estratto.csv", [["N001", "20/11/2026", "10,00"]], header=["codice_nucleo", "data", "importo"])
    with pytest.raises(ImportFileError, match="mancano le colonne riferimento"):
        import_payments(desk.uow(), missing)
    old_excel = tmp_path / "estratto.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError, match=r"\.xls \(Excel 97-2003\) non è supportato"):
        preview_payment_import(desk.uow(), old_excel)
    assert count(desk, PlanPayment) == 0


# --- all or nothing, skipping, idempotence ----------------------------------------------------------


def test_one_bad_row_and_nothing_is_written(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "estratto.csv",
        [["N001", "15/09/2026", "333,33", "A", "", ""], ["N001", "32/10/2026", "333,33", "B", "", ""], ["N001", "15/11/2026", "100", "C", "", ""]],
    )
    audit_before = count(desk, AuditEntry)

    report = import_payments(desk.uow(), path)

    assert report == PaymentImportReport(False, (), (), (), report.bad_rows)
    assert problems(report) == [(3, "data")]
    assert str(report.summary()) == "Nessun pagamento importato: 1 riga non valida. Correggere il file e ripetere l'importazione."
    assert count(desk, PlanPayment) == 0
    assert count(desk, AuditEntry) == audit_before


def test_skip_invalid_imports_the_good_rows_and_lists_the_others(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "estratto.csv",
        [["N001", "15/09/2026", "333,33", "A", "", ""], ["N001", "32/10/2026", "333,33", "B", "", ""], ["N999", "15/11/2026", "100", "C", "", ""]],
    )

    report = import_payments(desk.uow(), path, skip_invalid=True)

    assert report.imported
    assert [row.line for row in report.payments] == [2]
    assert problems(report) == [(3, "data"), (4, "codice_nucleo")]
    assert "N999 non è nell'anagrafe" in str(report.bad_rows[1].reason)
    assert str(report.summary()) == "Importato 1 pagamento (333,33 €) su 1 piano; 2 righe non valide saltate."
    assert [reference for *_, reference, _, _ in payments(desk, plan)] == ["A"]


def test_importing_the_same_statement_again_records_nothing_new(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "ottobre.csv", [["N001", "15/09/2026", "333,33", "A", "", ""], ["N001", "15/10/2026", "333,33", "B", "", ""]])
    assert import_payments(desk.uow(), first).imported
    audit_before = count(desk, AuditEntry)

    again = import_payments(desk.uow(), first)

    assert again.imported and again.payments == ()
    assert [(row.line, row.reference) for row in again.already_imported] == [(2, "A"), (3, "B")]
    assert str(again.summary()) == "Nessun pagamento nuovo da importare; 2 già importati, saltati."
    assert count(desk, PlanPayment) == 2
    assert count(desk, AuditEntry) == audit_before

    # the next month's statement repeats the old lines and brings a new one
    later = write_csv(
        tmp_path / "novembre.csv",
        [["N001", "15/09/2026", "333,33", "A", "", ""], ["N001", "15/10/2026", "333,33", "B", "", ""], ["N001", "15/11/2026", "333,34", "C", "", ""]],
    )
    report = import_payments(desk.uow(), later)
    assert str(report.summary()) == "Importato 1 pagamento (333,34 €) su 1 piano; 2 già importati, saltati."
    assert repayment_plans.plan_detail(desk.uow(write=False), plan).situation.fully_paid


def test_a_payment_reversed_at_the_desk_does_not_come_back_with_the_statement(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "estratto.csv", [["N001", "15/09/2026", "333,33", "A", "", ""]])
    import_payments(desk.uow(), path)
    [view] = payment_views(desk, plan)
    repayment_plans.reverse_payment(desk.uow(), view.id, "attribuito al nucleo sbagliato")

    report = import_payments(desk.uow(), path)

    assert [row.reference for row in report.already_imported] == ["A"]
    assert count(desk, PlanPayment) == 1


def test_a_reference_typed_at_the_desk_is_already_imported(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    repayment_plans.record_payment(desk.uow(), plan, PaymentForm(date(2026, 9, 15), 33_333, PaymentMethod.PAGOPA, "PPA-1"))
    path = write_csv(tmp_path / "estratto.csv", [["N001", "15/09/2026", "333,33", "PPA-1", "pagopa", ""]])

    report = import_payments(desk.uow(), path)

    assert report.imported and report.payments == () and len(report.already_imported) == 1
    assert count(desk, PlanPayment) == 1


def test_the_same_reference_twice_in_the_file_is_a_bad_row_both_times(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    active_plan(desk, code="N002")
    path = write_csv(
        tmp_path / "estratto.csv",
        [
            ["N001", "15/09/2026", "100", "RATA-09", "", ""],
            ["N002", "15/09/2026", "100", "RATA-09", "", ""],  # another household may use the same words
            ["N001", "16/09/2026", "50", "RATA-09", "", ""],
        ],
    )

    report = import_payments(desk.uow(), path, skip_invalid=True)

    assert problems(report) == [(2, "riferimento"), (4, "riferimento")]
    assert str(report.bad_rows[0].reason) == (
        "Riferimento: «RATA-09» compare anche alla riga 4 per il nucleo N001. Ogni pagamento va indicato una sola volta."
    )
    assert [(row.line, row.household_code) for row in report.payments] == [(3, "N002")]
    assert payments(desk, plan) == []


# --- plans and amounts -------------------------------------------------------------------------------


def test_households_without_a_running_plan_are_bad_rows(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    household_with_holder(desk, code="N002")  # no plan at all
    draft_household, _ = household_with_holder(desk, code="N003")
    repayment_plans.create_plan(desk.uow(), plan_form(draft_household))  # never signed
    _, done = active_plan(desk, code="N004", debt_items=plan_form(draft_household).debt_items)
    repayment_plans.record_payment(desk.uow(), done, PaymentForm(date(2026, 10, 1), 100_000, PaymentMethod.CASH, "SALDO"))
    repayment_plans.change_state(desk.uow(), done, PlanState.COMPLETED, TODAY, "saldato")
    path = write_csv(
        tmp_path / "estratto.csv",
        [
            ["N002", "15/10/2026", "10", "A", "", ""],
            ["N003", "15/10/2026", "10", "B", "", ""],
            ["N004", "15/10/2026", "10", "C", "", ""],
            ["N004", "01/10/2026", "1.000,00", "SALDO", "", ""],  # already there, even on a closed plan
        ],
    )

    report = import_payments(desk.uow(), path)

    assert [(row.line, row.column, str(row.reason)) for row in report.bad_rows] == [
        (2, "codice_nucleo", "Il nucleo N002 non ha un piano di rientro attivo o sospeso: il pagamento non si può registrare."),
        (3, "codice_nucleo", "Il piano di rientro del nucleo N003 è ancora in bozza: va firmato prima di registrare pagamenti."),
        (4, "codice_nucleo", "Il nucleo N004 non ha un piano di rientro attivo o sospeso: il pagamento non si può registrare."),
    ]
    assert [row.line for row in report.already_imported] == [5]


def test_a_suspended_plan_takes_payments(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    repayment_plans.change_state(desk.uow(), plan, PlanState.SUSPENDED, TODAY, "morosità incolpevole")
    path = write_csv(tmp_path / "estratto.csv", [["N001", "21/11/2026", "50", "A", "", ""]])

    assert import_payments(desk.uow(), path).imported

    assert len(payments(desk, plan)) == 1


def test_payments_of_one_household_count_together(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    repayment_plans.record_payment(desk.uow(), plan, PaymentForm(date(2026, 9, 15), 30_000, PaymentMethod.CASH, "DESK-1"))
    active_plan(desk, code="N002")
    path = write_csv(
        tmp_path / "estratto.csv",
        [
            ["N001", "15/10/2026", "400,00", "A", "", ""],
            ["N002", "15/10/2026", "900,00", "X", "", ""],  # another plan: its own debt
            ["N001", "20/10/2026", "300,00", "B", "", ""],
            ["N001", "15/11/2026", "0,01", "C", "", ""],  # 300 + 400 + 300 = 1.000: nothing left
            ["N001", "16/11/2026", "0,01", "D", "", ""],
        ],
    )

    report = import_payments(desk.uow(), path, skip_invalid=True)

    assert problems(report) == [(5, "importo"), (6, "importo")]
    assert str(report.bad_rows[0].reason) == (
        "L'importo supera quanto resta da pagare sul piano (700,00 €). "
        "Insieme alle righe 2, 4 dello stesso nucleo i pagamenti del file arrivano a 700,01 €."
    )
    assert [row.line for row in report.payments] == [2, 3, 4]
    assert str(report.summary()) == "Importati 3 pagamenti (1.600,00 €) su 2 piani; 2 righe non valide saltate."
    assert repayment_plans.plan_detail(desk.uow(write=False), plan).situation.fully_paid


def test_two_payments_that_together_exceed_the_debt_refuse_the_file(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "estratto.csv", [["N001", "15/10/2026", "600,00", "A", "", ""], ["N001", "20/10/2026", "500,00", "B", "", ""]])

    report = import_payments(desk.uow(), path)

    assert not report.imported
    assert [(row.line, row.column) for row in report.bad_rows] == [(3, "importo")]
    assert "alla riga 2 dello stesso nucleo" in str(report.bad_rows[0].reason)
    assert count(desk, PlanPayment) == 0


# --- preview, permission, progress -------------------------------------------------------------------


def test_preview_shows_what_the_import_would_do_and_writes_nothing(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    repayment_plans.record_payment(desk.uow(), plan, PaymentForm(date(2026, 9, 15), 10_000, PaymentMethod.CASH, "OLD"))
    path = write_csv(
        tmp_path / "estratto.csv",
        [
            ["N001", "15/09/2026", "100,00", "OLD", "", ""],
            ["N001", "15/10/2026", "250,50", "A", "bonifico", ""],
            ["N001", "15/10/2026", "zero", "B", "", ""],
            ["N001", "16/10/2026", "49,50", "C", "", ""],
        ],
    )
    audit_before = count(desk, AuditEntry)

    preview = preview_payment_import(desk.uow(desk.tenant_manager), path)

    assert [(row.line, row.reference, row.amount_cents, row.method) for row in preview.rows] == [
        (3, "A", 25_050, PaymentMethod.BANK_TRANSFER),
        (5, "C", 4_950, PaymentMethod.STATEMENT),
    ]
    assert [row.line for row in preview.already_imported] == [2]
    assert (preview.total_cents, preview.already_imported_cents, preview.bad_lines, preview.households) == (30_000, 10_000, 1, 1)
    assert [(row.line, row.column) for row in preview.bad_rows] == [(4, "importo")]
    assert count(desk, PlanPayment) == 1
    assert count(desk, AuditEntry) == audit_before


def test_only_a_tenant_manager_or_a_coordinator_imports_payments(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "estratto.csv", [["N001", "15/10/2026", "10", "A", "", ""]])

    with pytest.raises(PermissionDenied, match="Solo il tenant manager o un coordinatore può importare i pagamenti"):
        preview_payment_import(desk.uow(desk.operator), path)
    with pytest.raises(PermissionDenied):
        import_payments(desk.uow(desk.operator), path)
    assert count(desk, PlanPayment) == 0

    assert import_payments(desk.uow(desk.coordinator), path).imported
    assert count(desk, PlanPayment) == 1


def test_progress_reaches_the_end(desk: Desk, plan: uuid.UUID, tmp_path: Path) -> None:
    rows = [["N001", "15/10/2026", "1", f"R{n}", "", ""] for n in range(250)]
    path = write_csv(tmp_path / "estratto.csv", rows)
    seen: list[tuple[int, int]] = []

    report = import_payments(desk.uow(), path, progress=lambda done, total: seen.append((done, total)))

    assert len(report.payments) == 250
    assert seen[-1] == (500, 500)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(seen) <= 101
