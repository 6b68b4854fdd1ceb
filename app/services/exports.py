"""Exports to CSV (for any spreadsheet) and XLSX (Excel): the visits list and the repayment plans' list,
each as filtered in its view, the contribution applications and the receipts register.

What an export holds, and why (DESIGN 2.7, data minimisation): the visit's facts, the person's name and
the household code, and nothing more about the person. No codice fiscale, no contact details, no free
text (notes and referral outcomes may hold sensitive details: they stay in the program). An export is
for the project's own work and reporting, never for publication.

The plans' export is the tenant manager's list (:func:`plan_list.plan_list`): one row per plan with its
situation on a day, the holder's name and the household code, and no notes. Amounts are numbers in XLSX
(euros, two decimals, from ``Decimal`` so no cent is lost to floating point) and ``1.234,56`` in CSV, which
an Italian Excel reads as a number.

The contributions' export has one row per application (household code, holder, state, figures, dates,
receipt number; no codice fiscale, no checklist data such as the ISEE value). The receipts' export is
the register: every number in order, cancelled ones with their reason.

The file is written beside its destination and moved there only when complete, so a failed or stopped
export never leaves half a file under the chosen name. Rows are read as a stream in one read
transaction: a consistent picture, in memory one row at a time, whatever the number of visits.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.clock import ROME
from app.messages import msg
from app.messages import say_in_italian as italian
from app.services.audit_trail import AuditFilter, AuditLine, audit_lines
from app.services.contributions.applications import ApplicationRow, list_applications
from app.services.contributions.receipts import receipts_register
from app.services.contributions.views import RegisterLine
from app.services.dates import format_date
from app.services.desk.visit_list import VisitFilter, VisitRow, VisitSort, all_rows_query, count_query, visit_rows
from app.services.errors import ServiceError
from app.services.money import format_amount
from app.services.plans.listing import PlanFilter, PlanRow, plan_list
from app.services.plans.plans import OPEN_STATES
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import AgeBracket, Channel, ContributionState, Outcome, PlanState, ReceiptMethod, Sex

PROGRESS_EVERY = 1000
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
AMOUNT_FORMAT = "#,##0.00"
"""Excel shows it with the separators of the reader's locale: 1.234,56 on an Italian Windows."""
SHEETS = {
    "visits": "Visite",
    "plans": "Piani di rientro",
    "contributions": "Contributi",
    "receipts": "Registro ricevute",
    "audit": "Registro modifiche",
}
"""The sheet of each export: the files are written in Italian, as the Comune and the funder read them."""


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class ExportFailed(ServiceError):
    """The file could not be written (folder missing, no permission, disk full); nothing was left."""


class ExportStopped(ServiceError):
    """The operator stopped the export; nothing was left."""


VISIT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Data e ora", 17),
    ("Sportello", 10),
    ("Operatore", 24),
    ("Canale", 22),
    ("Durata (minuti)", 10),
    ("Persona", 30),
    ("Nucleo", 12),
    ("Sesso (contatto anonimo)", 12),
    ("Età (contatto anonimo)", 16),
    ("Argomenti", 60),
    ("Mediazione linguistica", 16),
    ("Inviato a", 24),
    ("Seguito", 24),
    ("Scadenza del seguito", 12),
    ("Annullata", 10),
    ("Motivo dell'annullamento", 40),
)
"""Header and column width (in characters) of the XLSX sheet."""


def visit_values(row: VisitRow) -> list[Any]:
    """One line of the export, as typed values: the moment as a Europe/Rome ``datetime`` without zone
    (what a spreadsheet shows), the due date as a ``date``."""
    return [
        row.started_at.astimezone(ROME).replace(tzinfo=None),
        row.office_code,
        row.operator_name,
        italian(Channel(row.channel)),
        row.duration_minutes,
        italian(row.person_label) or "anonimo",
        row.household_code,
        italian(Sex(row.anonymous_sex)) if row.anonymous_sex else "",
        italian(AgeBracket(row.anonymous_age_bracket)) if row.anonymous_age_bracket else "",
        row.topics,
        row.interpreter_language,
        row.referral,
        italian(row.follow_up) if row.follow_up is not None else "",
        row.follow_up_due,
        "sì" if row.cancelled else "",
        row.cancel_reason,
    ]


def export_visits(
    uow: UnitOfWork,
    visit_filter: VisitFilter,
    path: Path,
    format: ExportFormat | str,  # noqa: A002 (the word the command line uses)
    *,
    sort: VisitSort = VisitSort.STARTED_AT,
    descending: bool = False,
    progress: Callable[[int, int], object] | None = None,
    stop: Callable[[], bool] | None = None,
) -> int:
    """Writes every visit that matches to ``path``; returns how many. ``progress(done, total)`` is called
    every thousand rows; ``stop()`` returning true ends the export (:class:`ExportStopped`)."""
    kind = ExportFormat(format)
    target = Path(path)
    with uow:
        session = uow.session
        total = session.scalar(count_query(visit_filter)) or 0
        rows = _watched(visit_rows(session, all_rows_query(visit_filter, sort, descending)), total, progress, stop)
        lines = (visit_values(row) for row in rows)
        if kind is ExportFormat.CSV:
            return _write_atomically(target, lambda file: _write_csv(file, VISIT_COLUMNS, lines))
        return _write_atomically(target, lambda file: _write_xlsx(file, SHEETS["visits"], VISIT_COLUMNS, lines))


PLAN_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Nucleo", 12),
    ("Intestatario", 28),
    ("Sportello", 10),
    ("Stato", 16),
    ("Inizio", 12),
    ("Firmato il", 12),
    ("Totale (€)", 13),
    ("Pagato (€)", 13),
    ("Da pagare (€)", 13),
    ("Scaduto (€)", 13),
    ("Rate scadute", 10),
    ("Rate mancate", 10),
    ("Giorni di ritardo", 10),
    ("Giorni di morosità", 10),
    ("Fascia (giorni di morosità)", 16),
    ("Prossima scadenza", 12),
    ("Importo prossima scadenza (€)", 13),
    ("Proposta", 60),
)
"""Header and column width (in characters) of the XLSX sheet."""

_PROPOSED_DECISIONS = {PlanState.COMPLETED: "concludere", PlanState.LAPSED: "dichiarare decaduto"}


def euros(cents: int) -> Decimal:
    """``123456`` -> ``Decimal("1234.56")``: exact, always with two decimals."""
    return Decimal(cents).scaleb(-2)


def plan_values(row: PlanRow) -> list[Any]:
    """One line of the plans' export, as typed values: dates as ``date``, amounts as :func:`euros`. A plan
    that is not running (a draft, or closed) owes nothing to the desk's follow-up: its arrears figures are
    left empty, as on screen; what a lapsed plan still owed is in "Da pagare"."""
    s = row.situation
    running = row.state in OPEN_STATES
    proposal = ""
    if row.proposal is not None:
        decision = _PROPOSED_DECISIONS.get(row.proposal.to_state, italian(row.proposal.to_state))
        proposal = f"{decision}: {row.proposal.reason}"
    return [
        row.household_code,
        row.holder_name,
        row.office_code,
        italian(row.state),
        row.start_date,
        row.signed_on,
        euros(s.total_cents),
        euros(s.paid_cents),
        euros(s.outstanding_cents) if running or row.state is PlanState.LAPSED else None,
        *(
            (
                euros(s.overdue_cents),
                s.overdue_count,
                s.missed_count,
                s.days_late,
                s.days_in_arrears,
                italian(s.bucket),
                s.next_due.due_date if s.next_due else None,
                euros(s.next_due.due_cents) if s.next_due else None,
            )
            if running
            else (None,) * 8
        ),
        proposal,
    ]


def export_plans(
    uow: UnitOfWork,
    path: Path,
    kind: ExportFormat | str,
    plan_filter: PlanFilter = PlanFilter(),
    on: date | None = None,
) -> int:
    """Writes the plans of the tenant manager's list that match, riskiest first, with their situation at
    the end of day ``on`` (today by default); returns how many."""
    file_kind = ExportFormat(kind)
    rows = plan_list(uow, plan_filter, on).rows
    lines = (plan_values(row) for row in rows)
    if file_kind is ExportFormat.CSV:
        return _write_atomically(Path(path), lambda file: _write_csv(file, PLAN_COLUMNS, lines))
    return _write_atomically(Path(path), lambda file: _write_xlsx(file, SHEETS["plans"], PLAN_COLUMNS, lines))


CONTRIBUTION_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Nucleo", 12),
    ("Intestatario", 28),
    ("Annualità", 10),
    ("Stato", 12),
    ("Data domanda", 12),
    ("Protocollo", 16),
    ("Esito verifica", 16),
    ("Spesa documentata", 14),
    ("Importo concesso", 14),
    ("Concesso il", 12),
    ("Pagato il", 12),
    ("Modalità di pagamento", 22),
    ("Ricevuta", 16),
    ("Annullato il", 12),
    ("Motivo annullamento", 30),
)

RECEIPT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Numero", 16),
    ("Data", 12),
    ("Beneficiario", 28),
    ("Nucleo", 12),
    ("Annualità", 10),
    ("Importo", 12),
    ("Stato", 12),
    ("Annullata il", 12),
    ("Motivo annullamento", 30),
    ("Copie stampate", 10),
)


def contribution_values(row: ApplicationRow) -> list[Any]:
    return [
        row.household_code,
        row.holder_name,
        row.programme_year,
        italian(ContributionState(row.state)),
        row.applied_on,
        row.protocol_number,
        italian(Outcome(row.outcome)),
        euros(row.heating_cost_cents) if row.heating_cost_cents is not None else None,
        euros(row.granted_cents) if row.granted_cents is not None else None,
        row.granted_on,
        row.paid_on,
        italian(ReceiptMethod(row.payment_method)) if row.payment_method else "",
        row.receipt_number,
        row.cancelled_on,
        italian(row.cancel_reason),
    ]


def receipt_values(line: RegisterLine) -> list[Any]:
    return [
        line.number,
        line.issued_on,
        line.beneficiary_name,
        line.household_code,
        line.programme_year,
        euros(line.amount_cents),
        "annullata" if line.cancelled_on else "emessa",
        line.cancelled_on,
        line.cancel_reason,
        line.print_count,
    ]


def export_contributions(
    uow: UnitOfWork, path: Path, kind: ExportFormat | str, *, programme_code: str, since: date | None = None, until: date | None = None
) -> int:
    """The programme's applications presented between ``since`` and ``until`` (both included), newest first."""
    file_kind = ExportFormat(kind)
    lines = [contribution_values(row) for row in list_applications(uow, programme_code, since=since, until=until)]
    if file_kind is ExportFormat.CSV:
        return _write_atomically(Path(path), lambda file: _write_csv(file, CONTRIBUTION_COLUMNS, lines))
    return _write_atomically(Path(path), lambda file: _write_xlsx(file, SHEETS["contributions"], CONTRIBUTION_COLUMNS, lines))


def export_receipts(
    uow: UnitOfWork,
    path: Path,
    kind: ExportFormat | str,
    *,
    site: str | None = None,
    year: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> int:
    """The register of the chosen series (every series when none), each number in order with its state."""
    file_kind = ExportFormat(kind)
    lines = [receipt_values(line) for line in receipts_register(uow, site, year, since=since, until=until)]
    if file_kind is ExportFormat.CSV:
        return _write_atomically(Path(path), lambda file: _write_csv(file, RECEIPT_COLUMNS, lines))
    return _write_atomically(Path(path), lambda file: _write_xlsx(file, SHEETS["receipts"], RECEIPT_COLUMNS, lines))


AUDIT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Momento", 17),
    ("Postazione", 10),
    ("N.", 8),
    ("Operatore", 24),
    ("Azione", 14),
    ("Tabella", 24),
    ("Record", 38),
    ("Campo", 28),
    ("Prima", 30),
    ("Dopo", 30),
)


def audit_values(line: AuditLine) -> Iterator[list[Any]]:
    """One row per field the entry changed; an entry that changed none (an opening) is one row alone."""
    common = [
        line.at.astimezone(ROME).replace(tzinfo=None),
        line.site,
        line.sequence,
        line.operator_name,
        italian(line.action_label),
        italian(line.table_label),
        line.record_id,
    ]
    if not line.changes:
        yield [*common, None, None, None]
    for change in line.changes:
        yield [*common, italian(change.label), italian(change.before) or None, italian(change.after) or None]


def export_audit(uow: UnitOfWork, path: Path, wanted: AuditFilter) -> int:
    """The audit trail's entries that match, newest first, as XLSX (the coordinator's copy for an
    inspection or a data subject's request): every field before and after, as the viewer shows them.
    Returns the number of rows written."""
    lines = audit_lines(uow, wanted)
    rows = (values for line in lines for values in audit_values(line))
    return _write_atomically(Path(path), lambda file: _write_xlsx(file, SHEETS["audit"], AUDIT_COLUMNS, rows))


def _watched(
    rows: Iterable[VisitRow], total: int, progress: Callable[[int, int], object] | None, stop: Callable[[], bool] | None
) -> Iterator[VisitRow]:
    done = 0
    for row in rows:
        yield row
        done += 1
        if done % PROGRESS_EVERY == 0:
            if stop is not None and stop():
                raise ExportStopped(msg("Esportazione interrotta: nessun file scritto."))
            if progress is not None:
                progress(done, total)
    if progress is not None:
        progress(done, total)


def _write_atomically(target: Path, write: Callable[[Path], int]) -> int:
    if target.is_dir():
        raise ExportFailed(msg("{target} è una cartella: indicare il nome del file da scrivere.").fill(target=target))
    if not target.parent.is_dir():
        raise ExportFailed(msg("La cartella {folder} non esiste.").fill(folder=target.parent))
    try:
        handle, temporary_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise ExportFailed(
            msg("Non si può scrivere nella cartella {folder}: {reason}.").fill(folder=target.parent, reason=error.strerror)
        ) from error
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        written = write(temporary)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportFailed(msg("Il file {target} non è stato scritto: {reason}.").fill(target=target, reason=error.strerror)) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return written


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_text(value: Any) -> str:
    """Italian forms (``21/11/2026 09:30``); text that a spreadsheet would run as a formula is quoted with
    an apostrophe (CSV injection), as Excel itself does for text typed so."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_amount(int(value * 100), symbol=False)
    text = str(value)
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def _write_csv(file: Path, columns: Sequence[tuple[str, int]], lines: Iterable[list[Any]]) -> int:
    """``;``-separated UTF-8 with a byte order mark, CRLF: what Excel opens as is on an Italian Windows."""
    count = 0
    with file.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow([header for header, _ in columns])
        for values in lines:
            writer.writerow([_csv_text(value) for value in values])
            count += 1
    return count


def _write_xlsx(file: Path, title: str, columns: Sequence[tuple[str, int]], lines: Iterable[list[Any]]) -> int:
    """A write-only workbook (rows streamed to disk): real date cells, amounts as numbers with two decimals,
    a bold frozen header with filters."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    for index, (_, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for heading, _ in columns:
        cell = WriteOnlyCell(sheet, value=heading)
        cell.font = bold
        header.append(cell)
    sheet.append(header)

    def cell(value: Any) -> Any:
        if isinstance(value, datetime):
            typed = WriteOnlyCell(sheet, value=value)
            typed.number_format = DATETIME_FORMAT
            return typed
        if isinstance(value, date):
            typed = WriteOnlyCell(sheet, value=value)
            typed.number_format = "dd/mm/yyyy"
            return typed
        if isinstance(value, Decimal):
            typed = WriteOnlyCell(sheet, value=value)
            typed.number_format = AMOUNT_FORMAT
            return typed
        if isinstance(value, str) and value.startswith("="):
            text = WriteOnlyCell(sheet, value=value)
            text.data_type = "s"  # text, never a formula
            return text
        return value

    count = 0
    for values in lines:
        sheet.append([cell(value) for value in values])
        count += 1
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    workbook.save(file)
    return count
