"""Import of the payments on repayment plans from the landlord's statement (DESIGN 2.5), CSV or XLSX, one
row per payment: ``codice_nucleo, data, importo, riferimento`` and optionally ``metodo, note``.

The file is read exactly as the registry import reads its own (:func:`app.services.registry.spreadsheet.read_sheet`): ``;``
or ``,``, UTF-8 with or without BOM or Windows-1252, the first XLSX sheet, headers in any order with case,
accents, spaces and underscores ignored, empty rows skipped but counted in the line numbers. Dates are
``dd/mm/yyyy`` or ISO, amounts ``12.345,67`` (:func:`money.parse_amount`): the same words of refusal as
everywhere else in the program.

Decisions worth knowing:

- **Validate everything, then write in one transaction.** Every row is checked first; with any bad row
  nothing is written, unless ``skip_invalid``: then the good rows are imported and the bad ones listed.
  Checking and writing share one unit of work, so nothing slips in between.
- **Each row is checked as the desk's own form is**, by :func:`repayment_plans.payment_problems` on the
  household's running plan (active or suspended): a future date, a date before the plan, an amount above
  what the plan still owes. Rows of the same plan count together, in file order: two payments that
  together exceed the debt make the second one bad, and only rows that are good count for the next ones.
- **The reference is required: it makes the import idempotent.** A row whose reference is already
  recorded for its household (on any of its plans, even on a reversed payment: a payment reversed at the
  desk must not come back when the same statement is imported again) is *already imported*: listed and
  skipped, not an error. The same reference twice for one household within the file is a bad row, both
  times: which of the two is the real payment is for a person to say.
- **Method**: empty means "from the statement" (:attr:`PaymentMethod.STATEMENT`); otherwise the Italian
  words the statements use (:data:`METHOD_WORDS`).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.messages import Message, counted, joined, msg
from app.models.household import Household
from app.models.repayment_plan import PlanPayment, RepaymentPlan
from app.services.dates import DateError, parse_date
from app.services.money import AmountError, format_amount, parse_amount
from app.services.plans.plans import OPEN_STATES, PaymentForm, add_payment, payment_problems, require_plan_manager
from app.services.registry.spreadsheet import BadRow, Progress, ProgressReporter, column_positions, read_sheet
from app.services.registry.text_search import fold
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import PaymentMethod, PlanState

REQUIRED_COLUMNS = ("codice_nucleo", "data", "importo", "riferimento")
OPTIONAL_COLUMNS = ("metodo", "note")

METHOD_WORDS: dict[str, PaymentMethod] = {
    "pagopa": PaymentMethod.PAGOPA,
    "pago pa": PaymentMethod.PAGOPA,
    "bonifico": PaymentMethod.BANK_TRANSFER,
    "bonifico bancario": PaymentMethod.BANK_TRANSFER,
    "domiciliazione": PaymentMethod.DIRECT_DEBIT,
    "domiciliazione bancaria": PaymentMethod.DIRECT_DEBIT,
    "rid": PaymentMethod.DIRECT_DEBIT,
    "sdd": PaymentMethod.DIRECT_DEBIT,
    "addebito diretto": PaymentMethod.DIRECT_DEBIT,
    "bollettino": PaymentMethod.POSTAL_SLIP,
    "bollettino postale": PaymentMethod.POSTAL_SLIP,
    "contanti": PaymentMethod.CASH,
    "estratto conto": PaymentMethod.STATEMENT,
    "altro": PaymentMethod.OTHER,
}
"""``metodo`` cells, compared ignoring case, accents and extra spaces."""

_ACCEPTED_METHODS = ", ".join(word for word in METHOD_WORDS if " " not in word)
"""The words a refusal suggests: the one-word spellings of :data:`METHOD_WORDS` (an empty cell stands for the
statement itself). Words of the file, so they stay as they are in every language."""
_COLUMN_OF_FIELD = {"plan": "codice_nucleo", "paid_on": "data", "amount": "importo", "reference": "riferimento"}
_COLUMN_ORDER = {name: index for index, name in enumerate(("", *REQUIRED_COLUMNS, *OPTIONAL_COLUMNS))}
_CHUNK = 500
"""SQLite limits the parameters of one statement: codes and ids are asked for 500 at a time."""


@dataclass(frozen=True)
class PaymentRow:
    """A readable row of the file."""

    line: int
    """The spreadsheet line number: the header is line 1 in a file that starts with it."""
    household_code: str
    paid_on: date
    amount_cents: int
    method: PaymentMethod
    reference: str
    note: str


@dataclass(frozen=True)
class PaymentImportPreview:
    rows: tuple[PaymentRow, ...]
    """The rows that would be imported, in file order."""
    already_imported: tuple[PaymentRow, ...]
    """Rows whose reference is already recorded for their household: skipped."""
    bad_rows: tuple[BadRow, ...]
    """Every problem, by line and column; one line may have several."""

    @property
    def total_cents(self) -> int:
        return sum(row.amount_cents for row in self.rows)

    @property
    def already_imported_cents(self) -> int:
        return sum(row.amount_cents for row in self.already_imported)

    @property
    def bad_lines(self) -> int:
        return len({row.line for row in self.bad_rows})

    @property
    def households(self) -> int:
        """Households whose plan would receive payments."""
        return len({row.household_code for row in self.rows})


@dataclass(frozen=True)
class PaymentImportReport:
    imported: bool
    """False when nothing was written because of bad rows."""
    payments: tuple[PaymentRow, ...]
    """The payments recorded (none when ``imported`` is false)."""
    plan_ids: tuple[uuid.UUID, ...]
    """The plans that received them, for the screens to refresh."""
    already_imported: tuple[PaymentRow, ...]
    bad_rows: tuple[BadRow, ...]
    """With ``skip_invalid``, the rows left out; otherwise the reasons nothing was imported."""

    @property
    def total_cents(self) -> int:
        return sum(row.amount_cents for row in self.payments)

    @property
    def bad_lines(self) -> int:
        return len({row.line for row in self.bad_rows})

    def summary(self) -> Message:
        """One line for a status bar or the command line's standard error."""
        bad = counted(self.bad_lines, msg("{n} riga non valida"), msg("{n} righe non valide"))
        if not self.imported:
            return msg("Nessun pagamento importato: {bad}. Correggere il file e ripetere l'importazione.").fill(bad=bad)
        parts: list[Message] = []
        if self.payments:
            parts.append(
                msg("{payments} ({total}) su {plans}").fill(
                    payments=counted(len(self.payments), msg("Importato {n} pagamento"), msg("Importati {n} pagamenti")),
                    total=format_amount(self.total_cents),
                    plans=counted(len(self.plan_ids), msg("{n} piano"), msg("{n} piani")),
                )
            )
        else:
            parts.append(msg("Nessun pagamento nuovo da importare"))
        if self.already_imported:
            parts.append(counted(len(self.already_imported), msg("{n} già importato, saltato"), msg("{n} già importati, saltati")))
        if self.bad_rows:
            parts.append(counted(self.bad_lines, msg("{n} riga non valida saltata"), msg("{n} righe non valide saltate")))
        return msg("{parts}.").fill(parts=joined(parts, "; "))


def preview_payment_import(uow: UnitOfWork, path: Path, progress: Progress | None = None) -> PaymentImportPreview:
    """Reads and checks the file as :func:`import_payments` would, and writes nothing."""
    require_plan_manager(uow.actor, msg("importare i pagamenti dei piani di rientro"))
    lines = _read_file(path)
    tracker = ProgressReporter(progress, len(lines))
    with uow:
        checked = _check(uow.session, lines, tracker)
    tracker.finish()
    return PaymentImportPreview(tuple(checked.good), tuple(checked.already), checked.bad_rows)


def import_payments(
    uow: UnitOfWork, path: Path, *, skip_invalid: bool = False, progress: Progress | None = None
) -> PaymentImportReport:
    """Records the payments of the file on the households' running plans; ``progress(done, total)`` may be
    called from this thread."""
    require_plan_manager(uow.actor, msg("importare i pagamenti dei piani di rientro"))
    lines = _read_file(path)
    tracker = ProgressReporter(progress, 2 * len(lines))
    with uow:
        session = uow.session
        checked = _check(session, lines, tracker)
        if checked.bad_rows and not skip_invalid:
            tracker.finish()
            return PaymentImportReport(False, (), (), tuple(checked.already), checked.bad_rows)
        plan_ids: list[uuid.UUID] = []
        for row in checked.good:
            plan = checked.plans[row.line]
            add_payment(session, plan, _form(row), uow.actor, imported=True)
            if plan.id not in plan_ids:
                plan_ids.append(plan.id)
            tracker.advance()
        uow.commit()
    tracker.finish()
    return PaymentImportReport(True, tuple(checked.good), tuple(plan_ids), tuple(checked.already), checked.bad_rows)


def _form(row: PaymentRow) -> PaymentForm:
    return PaymentForm(paid_on=row.paid_on, amount_cents=row.amount_cents, method=row.method, reference=row.reference, note=row.note)


# --- reading the file ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    number: int
    code: str
    reference: str
    row: PaymentRow | None
    """None when a cell could not be read."""
    problems: tuple[BadRow, ...]


def _read_file(path: Path) -> list[_Line]:
    header, rows = read_sheet(path)
    positions = column_positions(path, header, REQUIRED_COLUMNS, OPTIONAL_COLUMNS)

    def cell(cells: tuple[str, ...], column: str) -> str:
        position = positions.get(column)
        return "" if position is None else cells[position]

    return [_read_line(number, partial(cell, cells)) for number, cells in rows]


def _read_line(number: int, cell: Callable[[str], str]) -> _Line:
    problems: list[BadRow] = []
    # as registry_forms.read_household keeps a household code, so that the file and the registry compare equal
    code = " ".join(cell("codice_nucleo").split()).upper()
    if not code:
        problems.append(BadRow(number, "codice_nucleo", msg("Codice nucleo: campo obbligatorio.")))
    paid_on = _paid_on(number, cell("data"), problems)
    amount = _amount(number, cell("importo"), problems)
    reference = cell("riferimento").strip()
    if not reference:
        missing = msg("Riferimento: campo obbligatorio (serve a riconoscere un pagamento già importato).")
        problems.append(BadRow(number, "riferimento", missing))
    method = _method(number, cell("metodo"), problems)
    note = cell("note").strip()
    row = None
    if not problems and paid_on is not None and amount is not None and method is not None:
        row = PaymentRow(number, code, paid_on, amount, method, reference, note)
    return _Line(number, code, reference, row, tuple(problems))


def _paid_on(number: int, text: str, problems: list[BadRow]) -> date | None:
    if not text:
        problems.append(BadRow(number, "data", msg("Data: campo obbligatorio.")))
        return None
    try:
        return parse_date(text)
    except DateError as error:
        problems.append(BadRow(number, "data", error.said))
        return None


def _amount(number: int, text: str, problems: list[BadRow]) -> int | None:
    if not text:
        problems.append(BadRow(number, "importo", msg("Importo: campo obbligatorio.")))
        return None
    try:
        return parse_amount(text, allow_zero=False)
    except AmountError as error:
        problems.append(BadRow(number, "importo", error.said))
        return None


def _method(number: int, text: str, problems: list[BadRow]) -> PaymentMethod | None:
    if not text:
        return PaymentMethod.STATEMENT
    method = METHOD_WORDS.get(fold(text))
    if method is None:
        refusal = msg("Metodo: «{typed}» non è tra i valori ammessi ({accepted}).")
        problems.append(BadRow(number, "metodo", refusal.fill(typed=text, accepted=_ACCEPTED_METHODS)))
    return method


# --- checking the rows against the database ------------------------------------------------------------


@dataclass
class _Checked:
    good: list[PaymentRow]
    already: list[PaymentRow]
    problems: list[BadRow]
    plans: dict[int, RepaymentPlan]
    """The plan each good row goes to, by line."""

    @property
    def bad_rows(self) -> tuple[BadRow, ...]:
        return tuple(
            sorted(set(self.problems), key=lambda row: (row.line, _COLUMN_ORDER.get(row.column, 0), str(row.reason)))
        )


def _check(session: Session, lines: Sequence[_Line], tracker: ProgressReporter) -> _Checked:
    household_ids = _household_ids(session, {line.code for line in lines if line.code})
    known = _recorded_references(session, household_ids.values())
    running, other_states = _plans(session, household_ids.values())
    repeated = _repeated_references(lines)
    checked = _Checked([], [], [], {})
    pending: dict[uuid.UUID, list[PaymentRow]] = defaultdict(list)
    for line in lines:
        tracker.advance()
        problems = list(line.problems) + repeated.get(line.number, [])
        household_id = household_ids.get(line.code)
        if line.code and household_id is None:
            unknown = msg(
                "Codice nucleo: il nucleo {code} non è nell'anagrafe del programma "
                "(correggere il codice o importare prima l'anagrafe)."
            )
            problems.append(BadRow(line.number, "codice_nucleo", unknown.fill(code=line.code)))
        if problems or line.row is None or household_id is None:
            checked.problems.extend(problems)
            continue
        row = line.row
        if (household_id, row.reference) in known:
            checked.already.append(row)
            continue
        plans = running.get(household_id, [])
        if len(plans) != 1:
            checked.problems.append(BadRow(line.number, "codice_nucleo", _no_plan(row.household_code, plans, other_states[household_id])))
            continue
        plan = plans[0]
        form = _form(row)
        errors = payment_problems(session, plan, form)
        earlier = pending[plan.id]
        if not errors and earlier:
            together = sum(p.amount_cents for p in earlier) + row.amount_cents
            amount_error = payment_problems(session, plan, replace(form, amount_cents=together)).get("amount")
            if amount_error:
                errors["amount"] = _other_lines(
                    [p.line for p in earlier],
                    msg("{problem} Insieme alla riga {lines} dello stesso nucleo i pagamenti del file arrivano a {together}."),
                    msg("{problem} Insieme alle righe {lines} dello stesso nucleo i pagamenti del file arrivano a {together}."),
                    problem=amount_error,
                    together=format_amount(together),
                )
        if errors:
            checked.problems.extend(BadRow(line.number, _COLUMN_OF_FIELD.get(f, ""), reason) for f, reason in errors.items())
            continue
        earlier.append(row)
        checked.good.append(row)
        checked.plans[line.number] = plan
    return checked


def _no_plan(code: str, running: Sequence[RepaymentPlan], states: Iterable[PlanState]) -> Message:
    if running:
        several = msg("Il nucleo {code} ha {count} piani di rientro in corso: registrare il pagamento a mano sul piano giusto.")
        return several.fill(code=code, count=len(running))
    if PlanState.DRAFT in states:
        draft = msg("Il piano di rientro del nucleo {code} è ancora in bozza: va firmato prima di registrare pagamenti.")
        return draft.fill(code=code)
    return msg("Il nucleo {code} non ha un piano di rientro attivo o sospeso: il pagamento non si può registrare.").fill(code=code)


def _other_lines(numbers: Sequence[int], one: Message, many: Message, **values: object) -> Message:
    """``one`` or ``many``, whichever agrees with how many other lines of the file there are, with
    ``{lines}`` filled with their numbers and the other fields with ``values``."""
    return (one if len(numbers) == 1 else many).fill(lines=", ".join(str(number) for number in numbers), **values)


def _repeated_references(lines: Sequence[_Line]) -> dict[int, list[BadRow]]:
    numbers_by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for line in lines:
        if line.code and line.reference:
            numbers_by_key[(line.code, line.reference)].append(line.number)
    found: dict[int, list[BadRow]] = defaultdict(list)
    for (code, reference), numbers in numbers_by_key.items():
        for number in numbers if len(numbers) > 1 else ():
            repeated = _other_lines(
                [other for other in numbers if other != number],
                msg(
                    "Riferimento: «{reference}» compare anche alla riga {lines} per il nucleo {code}. "
                    "Ogni pagamento va indicato una sola volta."
                ),
                msg(
                    "Riferimento: «{reference}» compare anche alle righe {lines} per il nucleo {code}. "
                    "Ogni pagamento va indicato una sola volta."
                ),
                reference=reference,
                code=code,
            )
            found[number].append(BadRow(number, "riferimento", repeated))
    return found


def _chunks(values: Iterable[object]) -> list[list[object]]:
    items = list(values)
    return [items[start : start + _CHUNK] for start in range(0, len(items), _CHUNK)]


def _household_ids(session: Session, codes: set[str]) -> dict[str, uuid.UUID]:
    found: dict[str, uuid.UUID] = {}
    for chunk in _chunks(sorted(codes)):
        statement = select(Household.code, Household.id).where(Household.code.in_(chunk))
        found.update((code, household_id) for code, household_id in session.execute(statement))
    return found


def _recorded_references(session: Session, household_ids: Iterable[uuid.UUID]) -> set[tuple[uuid.UUID, str]]:
    """Every payment's reference of these households, reversed ones included (module docstring)."""
    found: set[tuple[uuid.UUID, str]] = set()
    for chunk in _chunks(household_ids):
        statement = select(PlanPayment.household_id, PlanPayment.reference).where(PlanPayment.household_id.in_(chunk))
        found.update((household_id, reference) for household_id, reference in session.execute(statement))
    return found


def _plans(
    session: Session, household_ids: Iterable[uuid.UUID]
) -> tuple[dict[uuid.UUID, list[RepaymentPlan]], dict[uuid.UUID, set[PlanState]]]:
    """The running plans of each household with their payments loaded, and the states of all its plans."""
    running: dict[uuid.UUID, list[RepaymentPlan]] = defaultdict(list)
    states: dict[uuid.UUID, set[PlanState]] = defaultdict(set)
    for chunk in _chunks(household_ids):
        for household_id, state in session.execute(
            select(RepaymentPlan.household_id, RepaymentPlan.state).where(RepaymentPlan.household_id.in_(chunk))
        ):
            states[household_id].add(state)
        statement = (
            select(RepaymentPlan)
            .where(RepaymentPlan.household_id.in_(chunk), RepaymentPlan.state.in_(OPEN_STATES))
            .options(selectinload(RepaymentPlan.payments))
        )
        for plan in session.scalars(statement):
            running[plan.household_id].append(plan)
    return running, states
