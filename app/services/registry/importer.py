"""Import of the landlord's tenant registry (Anagrafe Utenza) from a CSV or XLSX file, one row per person.

Rows with the same ``codice_nucleo`` form one household; its dwelling, area, arrears and ISEE come from its
one ``intestatario`` row, and those columns are ignored on ``componente`` rows. Cells are read by the same
functions as the registry forms (app/services/registry/forms.py), so a date, an amount or a codice fiscale
is refused with the same Italian message wherever it was typed; the message is reported with the
spreadsheet line number and the column name of the file.

Decisions worth knowing:

- **Validate everything, then write in one short transaction** (DESIGN 3). The file is read and every row
  checked before the unit of work opens; the checks that need the database (a codice fiscale belonging to
  a person of another household) and the writing then share one transaction, so nothing slips in between.
  With any bad row nothing is written, unless ``skip_invalid``: then every household with a bad row is
  left out whole (half a household would be worse than none) and the others are imported.
- **Reading** the file: :mod:`app.services.registry.spreadsheet` (encodings, separators, headers, XLSX cells).
- **Booleans** (``riscaldamento_centralizzato``): sì/si/s/x/1/vero/true/yes, or no/n/0/falso/false/empty.
- **Matching on re-import.** A person is the one with the same codice fiscale (omocodia ignored), else the
  member of the same household with the same surname and name and a compatible birth date (equal, or
  missing on either side), so a person saved "CF da completare" is recognised, and completed when the
  file brings the code. Two different codes are never the same person. So a codice fiscale may appear
  once in the file, and not at all for a person of another household in the database (a person cannot be
  in two households); and one household may not list the same person twice without a code.
- **An empty cell never erases what is stored.** The landlord's file often lacks what the desk collected
  (codice fiscale, birth date, sex, phone, e-mail, ISEE protocol, assignment date, area) and the registry keeps
  what the file does not say: arrears stay as last known with their date, an empty cell only means
  "unknown" for a new record. Monthly income, notes and preferred language are not in the file at all.
  Arrears: an absent ``morosita_importo`` column or an empty cell is unknown (``None``), never zero.
- **The desk** of a household without one is derived from ``quartiere``: the active desk whose name, or one
  part of a name like "Conca Fiorita - Lazzaretto", appears in it, or whose code is one of its words
  (Celadina -> CEL, Colognola -> COL, Lazzaretto or Conca Fiorita -> LAZ). No match, or more than one: no
  desk. A desk already set (perhaps chosen by hand) is kept: it is the project's organisation, not the
  landlord's data.
- **ISEE.** The four ``isee_*`` columns all empty: no attestation; partly filled: a bad row. An attestation
  of the household with the same kind and filing date, or the same protocol, is updated rather than
  duplicated. An unusual protocol is imported with a warning (:attr:`ImportReport.warnings`), as is a
  birth date or sex that disagrees with the codice fiscale: the forms ask to confirm those, a file cannot.
- **Holder and members.** A different ``intestatario`` from the stored holder is a change of holder
  (voltura), dated the day of the import. Members stored for a household but absent from its rows in the
  file leave it (they are kept in the registry, as :func:`households.remove_member` does); the previous
  holder stays a member when the file still lists them. Households absent from the file are not touched.
- **Idempotence.** Only values that really differ are assigned, so importing the same file again writes
  no row, moves no ``updated_at`` and adds no audit entry.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from app.clock import today
from app.messages import Message, counted, joined, msg
from app.models.dwelling import Dwelling
from app.models.household import HolderChange, Household, IseeAttestation
from app.models.office import Office
from app.models.person import Person
from app.services.registry.forms import (
    Findings,
    HouseholdData,
    HouseholdForm,
    IseeData,
    IseeForm,
    PersonData,
    PersonForm,
    read_household,
    read_isee,
    read_person,
)
from app.services.registry.households import (
    IMPORTED_CHANGE_REASON,
    apply_isee,
    codice_fiscale_taken,
    set_derived_columns,
    set_if_changed,
    set_person_search_columns,
)
from app.services.registry.spreadsheet import (
    BadRow,
    Progress,
    ProgressReporter,
    column_positions,
    read_sheet,
)
from app.services.registry.text_search import fold
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import HouseholdRole

REQUIRED_COLUMNS = (
    "codice_nucleo",
    "codice_fiscale",
    "cognome",
    "nome",
    "data_nascita",
    "sesso",
    "ruolo",
    "indirizzo",
    "civico",
    "scala",
    "piano",
    "interno",
    "quartiere",
    "riscaldamento_centralizzato",
    "data_assegnazione",
    "area",
    "isee_tipo",
    "isee_protocollo",
    "isee_data_presentazione",
    "isee_valore",
    "telefono",
    "email",
)
OPTIONAL_COLUMNS = ("morosita_importo", "morosita_al")
PREVIEW_ROWS = 50

_HOUSEHOLD_COLUMNS = {
    "code": "codice_nucleo",
    "street": "indirizzo",
    "house_number": "civico",
    "staircase": "scala",
    "floor": "piano",
    "unit": "interno",
    "neighbourhood": "quartiere",
    "assignment_date": "data_assegnazione",
    "sap_area": "area",
    "arrears_amount": "morosita_importo",
    "arrears_as_of": "morosita_al",
}
_PERSON_COLUMNS = {
    "surname": "cognome",
    "name": "nome",
    "codice_fiscale": "codice_fiscale",
    "birth_date": "data_nascita",
    "sex": "sesso",
    "email": "email",
}
_ISEE_COLUMNS = {
    "kind": "isee_tipo",
    "filing_date": "isee_data_presentazione",
    "value": "isee_valore",
    "protocol": "isee_protocollo",
}
_COLUMN_ORDER = {name: index for index, name in enumerate(("", *REQUIRED_COLUMNS, *OPTIONAL_COLUMNS))}
_TRUE = frozenset({"si", "s", "x", "1", "vero", "true", "yes"})
_FALSE = frozenset({"no", "n", "0", "falso", "false", ""})
_ROLES = {"intestatario": HouseholdRole.HOLDER, "componente": HouseholdRole.MEMBER}


@dataclass(frozen=True)
class ImportReport:
    households_created: int
    households_updated: int
    households_unchanged: int
    persons_created: int
    persons_updated: int
    skipped_households: int
    """Households left out because a row of theirs was bad (only with ``skip_invalid``)."""
    bad_rows: tuple[BadRow, ...]
    imported: bool
    """False when nothing was written because of bad rows."""
    persons_left: int = 0
    """Stored members absent from their household's rows in the file, who left the household."""
    warnings: tuple[BadRow, ...] = ()
    """Imported anyway: an unusual ISEE protocol, a birth date or sex that disagrees with the code."""

    def summary(self) -> Message:
        """One line for a status bar or the command line's standard error."""
        bad = counted(len(self.bad_rows), msg("{n} riga non valida"), msg("{n} righe non valide"))
        if not self.imported:
            return msg("Nessun dato importato: {bad}. Correggere il file e ripetere l'importazione.").fill(bad=bad)
        persons = self.persons_created + self.persons_updated
        parts = [
            msg("Importati {created} e {updated} ({persons}), {unchanged}").fill(
                created=counted(self.households_created, msg("{n} nucleo nuovo"), msg("{n} nuclei nuovi")),
                updated=counted(self.households_updated, msg("{n} aggiornato"), msg("{n} aggiornati")),
                persons=counted(persons, msg("{n} persona"), msg("{n} persone")),
                unchanged=counted(self.households_unchanged, msg("{n} invariato"), msg("{n} invariati")),
            )
        ]
        if self.persons_left:
            parts.append(counted(self.persons_left, msg("{n} persona uscita dal nucleo"), msg("{n} persone uscite dal nucleo")))
        if self.bad_rows:
            skipped = counted(self.skipped_households, msg("{n} nucleo saltato"), msg("{n} nuclei saltati"))
            parts.append(msg("{bad} ({skipped})").fill(bad=bad, skipped=skipped))
        if self.warnings:
            parts.append(counted(len(self.warnings), msg("{n} avviso"), msg("{n} avvisi")))
        return msg("{parts}.").fill(parts=joined(parts, "; "))


@dataclass(frozen=True)
class ImportPreview:
    columns: tuple[str, ...]
    """The header as written in the file."""
    rows: tuple[tuple[str, ...], ...]
    """The first data rows as read, one cell per column."""
    row_lines: tuple[int, ...]
    """The spreadsheet line of each of ``rows`` (what the bad rows refer to)."""
    households: int
    persons: int
    bad_rows: tuple[BadRow, ...]
    warnings: tuple[BadRow, ...] = ()


def preview_import(uow: UnitOfWork, path: Path) -> ImportPreview:
    """Reads and checks the file as :func:`import_households` would, and writes nothing."""
    day = today()
    table = _read_table(path)
    lines = _read_lines(table, day, ProgressReporter(None, len(table.rows)))
    with uow:
        bad_rows = _file_problems(lines) + _codes_owned_elsewhere(lines, _Registry(uow.session))
    return ImportPreview(
        columns=table.header,
        rows=tuple(cells for _, cells in table.rows[:PREVIEW_ROWS]),
        row_lines=tuple(line for line, _ in table.rows[:PREVIEW_ROWS]),
        households=len(table.household_codes()),
        persons=len(lines),
        bad_rows=_in_order(bad_rows),
        warnings=_in_order(w for line in lines for w in line.warnings),
    )


def import_households(
    uow: UnitOfWork, path: Path, *, skip_invalid: bool = False, progress: Progress | None = None
) -> ImportReport:
    """Creates or updates the households of the file; ``progress(done, total)`` may be called from this thread."""
    day = today()
    table = _read_table(path)
    tracker = ProgressReporter(progress, len(table.rows) + len(table.household_codes()))
    lines = _read_lines(table, day, tracker)
    warnings = _in_order(w for line in lines for w in line.warnings)
    with uow:
        registry = _Registry(uow.session)
        bad_rows = _in_order(_file_problems(lines) + _codes_owned_elsewhere(lines, registry))
        if bad_rows and not skip_invalid:
            tracker.finish()
            return ImportReport(0, 0, 0, 0, 0, 0, bad_rows, imported=False, warnings=warnings)
        bad_lines = {row.line for row in bad_rows}
        skipped = {line.code for line in lines if line.number in bad_lines and line.code}
        tracker.advance(len(skipped))
        counts = _Writer(uow.session, registry, day).write(_households(lines, skipped), tracker)
        uow.commit()
    tracker.finish()
    return ImportReport(
        households_created=counts.households_created,
        households_updated=counts.households_updated,
        households_unchanged=counts.households_unchanged,
        persons_created=counts.persons_created,
        persons_updated=counts.persons_updated,
        skipped_households=len(skipped),
        bad_rows=bad_rows,
        imported=True,
        persons_left=counts.persons_left,
        warnings=warnings,
    )


def _in_order(rows: Iterable[BadRow]) -> tuple[BadRow, ...]:
    return tuple(sorted(set(rows), key=lambda row: (row.line, _COLUMN_ORDER.get(row.column, 0), str(row.reason))))


# --- reading the file ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Table:
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    """(line number, one stripped cell per header column) for every row that is not empty."""
    positions: dict[str, int]
    """Where each known column of the specification is."""

    def cell(self, cells: tuple[str, ...], column: str) -> str:
        """The cell of ``column`` in a row, "" when the column is one of the optional ones and absent."""
        position = self.positions.get(column)
        return "" if position is None else cells[position]

    def household_codes(self) -> set[str]:
        return {code for _, cells in self.rows if (code := _household_code(self.cell(cells, "codice_nucleo")))}


def _household_code(text: str) -> str:
    """As :func:`registry_forms.read_household` keeps it, so that rows and stored households compare equal."""
    return " ".join(text.split()).upper()


def _read_table(path: Path) -> _Table:
    header, rows = read_sheet(path)
    return _Table(header=header, rows=rows, positions=column_positions(path, header, REQUIRED_COLUMNS, OPTIONAL_COLUMNS))


# --- checking the rows ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One data row as read, with what is wrong with it."""

    number: int
    code: str
    role: HouseholdRole | None
    person: PersonData
    household: HouseholdData | None
    """Only on the holder's row."""
    isee: IseeData | None
    problems: tuple[BadRow, ...]
    warnings: tuple[BadRow, ...]


def _read_lines(table: _Table, day: date, progress: ProgressReporter) -> list[_Line]:
    lines = []
    for number, cells in table.rows:
        lines.append(_read_line(number, partial(table.cell, cells), day))
        progress.advance()
    return lines


def _read_line(number: int, cell: Callable[[str], str], day: date) -> _Line:
    problems: list[BadRow] = []
    warnings: list[BadRow] = []
    code = _household_code(cell("codice_nucleo"))
    role = _role(number, cell("ruolo"), problems)
    findings = Findings()
    person = read_person(
        PersonForm(
            surname=cell("cognome"),
            name=cell("nome"),
            codice_fiscale=cell("codice_fiscale"),
            birth_date=cell("data_nascita"),
            sex=cell("sesso"),
            phone=cell("telefono"),
            email=cell("email"),
        ),
        day,
        findings,
    )
    problems.extend(BadRow(number, _PERSON_COLUMNS[field], reason) for field, reason in findings.errors.items())
    warnings.extend(BadRow(number, "codice_fiscale", warning) for warning in findings.warnings)
    household: HouseholdData | None = None
    isee: IseeData | None = None
    if role is HouseholdRole.HOLDER:
        household = _read_household(number, cell, day, problems)
        isee = _read_isee(number, cell, day, problems, warnings)
    elif not code:  # the holder's row has it checked by read_household, with the same words
        problems.append(BadRow(number, "codice_nucleo", msg("Codice nucleo: campo obbligatorio.")))
    return _Line(number, code, role, person, household, isee, tuple(problems), tuple(warnings))


def _role(number: int, text: str, problems: list[BadRow]) -> HouseholdRole | None:
    role = _ROLES.get(fold(text))
    if role is None:
        allowed = ", ".join(_ROLES)
        problems.append(
            BadRow(
                number,
                "ruolo",
                msg("Ruolo: campo obbligatorio ({allowed}).").fill(allowed=allowed)
                if not text
                else msg("Ruolo: «{text}» non è tra i valori ammessi ({allowed}).").fill(text=text, allowed=allowed),
            )
        )
    return role


def _read_household(number: int, cell: Callable[[str], str], day: date, problems: list[BadRow]) -> HouseholdData:
    heating = fold(cell("riscaldamento_centralizzato"))
    if heating not in _TRUE | _FALSE:
        problems.append(
            BadRow(
                number,
                "riscaldamento_centralizzato",
                msg("Riscaldamento centralizzato: «{text}» non è tra i valori ammessi (sì, no, x, 1, 0).").fill(
                    text=cell("riscaldamento_centralizzato")
                ),
            )
        )
    findings = Findings()
    data = read_household(
        HouseholdForm(
            code=cell("codice_nucleo"),
            street=cell("indirizzo"),
            house_number=cell("civico"),
            staircase=cell("scala"),
            floor=cell("piano"),
            unit=cell("interno"),
            neighbourhood=cell("quartiere"),
            centralised_heating=heating in _TRUE,
            assignment_date=cell("data_assegnazione"),
            sap_area=cell("area"),
            arrears_known=bool(cell("morosita_importo")),
            arrears_amount=cell("morosita_importo"),
            arrears_as_of=cell("morosita_al"),
        ),
        day,
        findings,
    )
    problems.extend(BadRow(number, _HOUSEHOLD_COLUMNS[field], reason) for field, reason in findings.errors.items())
    return data


def _read_isee(
    number: int, cell: Callable[[str], str], day: date, problems: list[BadRow], warnings: list[BadRow]
) -> IseeData | None:
    if not any(cell(column) for column in _ISEE_COLUMNS.values()):
        return None
    findings = Findings()
    data = read_isee(
        IseeForm(
            kind=cell("isee_tipo"),
            filing_date=cell("isee_data_presentazione"),
            value=cell("isee_valore"),
            protocol=cell("isee_protocollo"),
        ),
        day,
        findings,
    )
    problems.extend(BadRow(number, _ISEE_COLUMNS[field], reason) for field, reason in findings.errors.items())
    warnings.extend(BadRow(number, "isee_protocollo", warning) for warning in findings.warnings)
    return data


def _file_problems(lines: Sequence[_Line]) -> list[BadRow]:
    """Every problem the file shows by itself: bad cells, households without exactly one holder, repeats."""
    problems = [problem for line in lines for problem in line.problems]
    by_code: dict[str, list[_Line]] = defaultdict(list)
    for line in lines:
        if line.code:
            by_code[line.code].append(line)
    for code, members in by_code.items():
        problems.extend(_holder_problems(code, members))
        problems.extend(_repeated_persons(members))
    problems.extend(_repeated_codes(lines))
    return problems


def _holder_problems(code: str, members: Sequence[_Line]) -> list[BadRow]:
    if any(line.role is None for line in members):
        return []  # an unreadable role is reported on its own row; counting holders would only add noise
    holders = [line.number for line in members if line.role is HouseholdRole.HOLDER]
    if len(holders) == 1:
        return []
    if holders:
        reason = msg("Il nucleo {code} ha {count} intestatari (righe {lines}): ce ne deve essere uno solo.").fill(
            code=code, count=len(holders), lines=", ".join(map(str, holders))
        )
    else:
        reason = msg("Il nucleo {code} non ha un intestatario: una delle sue righe deve avere ruolo «intestatario».").fill(
            code=code
        )
    return [BadRow(line.number, "ruolo", reason) for line in members]


def _repeated_persons(members: Sequence[_Line]) -> list[BadRow]:
    """Two rows of one household for the same person without a code could not be told apart on re-import."""
    problems = []
    seen: dict[tuple[str, str, date | None], int] = {}
    for line in members:
        person = line.person
        if line.problems or person.codice_fiscale is not None:
            continue
        key = (fold(person.surname), fold(person.name), person.birth_date)
        if key in seen:
            problems.append(
                BadRow(
                    line.number,
                    "",
                    msg("{person} compare già alla riga {line} dello stesso nucleo: indicare ogni persona una sola volta.").fill(
                        person=f"{person.surname} {person.name}", line=seen[key]
                    ),
                )
            )
        else:
            seen[key] = line.number
    return problems


def _repeated_codes(lines: Sequence[_Line]) -> list[BadRow]:
    numbers_by_key: dict[str, list[int]] = defaultdict(list)
    for line in lines:
        if line.person.codice_fiscale is not None:
            numbers_by_key[line.person.codice_fiscale.key].append(line.number)
    problems = []
    for numbers in numbers_by_key.values():
        for number in numbers if len(numbers) > 1 else ():
            others = [str(other) for other in numbers if other != number]
            reason = (
                msg(
                    "Codice fiscale: lo stesso codice (o una sua variante per omocodia) compare anche alla riga {line}. "
                    "Una persona non può stare in due nuclei né comparire due volte."
                ).fill(line=others[0])
                if len(others) == 1
                else msg(
                    "Codice fiscale: lo stesso codice (o una sua variante per omocodia) compare anche alle righe {lines}. "
                    "Una persona non può stare in due nuclei né comparire due volte."
                ).fill(lines=", ".join(others))
            )
            problems.append(BadRow(number, "codice_fiscale", reason))
    return problems


def _codes_owned_elsewhere(lines: Sequence[_Line], registry: _Registry) -> list[BadRow]:
    problems = []
    for line in lines:
        code = line.person.codice_fiscale
        if code is None:
            continue
        owner = registry.persons_by_key.get(code.key)
        if owner is None or owner.household_id is None:
            continue
        owner_household = registry.household_codes[owner.household_id]
        if owner_household != line.code:
            reason = codice_fiscale_taken(owner, owner_household, code.code)
            problems.append(BadRow(line.number, "codice_fiscale", reason))
    return problems


# --- writing -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _HouseholdRows:
    """The rows of one household of the file, all valid."""

    data: HouseholdData
    holder: _Line
    lines: tuple[_Line, ...]


def _households(lines: Sequence[_Line], skipped: set[str]) -> list[_HouseholdRows]:
    by_code: dict[str, list[_Line]] = defaultdict(list)
    for line in lines:
        if line.code and line.code not in skipped:  # a row without a code is bad and belongs to no household
            by_code[line.code].append(line)
    return [
        _HouseholdRows(line.household, line, tuple(members))
        for members in by_code.values()
        for line in members
        if line.household is not None  # the one holder row of a valid household
    ]


class _Registry:
    """The persons the file is compared with, loaded in two queries rather than one per row."""

    def __init__(self, session: Session) -> None:
        households = session.execute(select(Household.id, Household.code))
        self.household_codes = {household_id: code for household_id, code in households}
        persons = session.scalars(select(Person)).all()
        self.persons_by_key = {p.codice_fiscale_key: p for p in persons if p.codice_fiscale_key is not None}
        self.members: dict[uuid.UUID, list[Person]] = defaultdict(list)
        for person in persons:
            if person.household_id is not None:
                self.members[person.household_id].append(person)


@dataclass
class _Counts:
    households_created: int = 0
    households_updated: int = 0
    households_unchanged: int = 0
    persons_created: int = 0
    persons_updated: int = 0
    persons_left: int = 0


@dataclass
class _Placed:
    """A household after the first step, with what the second step will do to its members."""

    rows: _HouseholdRows
    household: Household
    created: bool
    changed: bool
    """Whether the first step changed anything of an existing household."""
    persons: list[Person]
    """One per row, in row order, with the file's values already applied."""
    holder: Person
    new: list[Person]
    """Persons of this household not yet in the database; added in the second step."""
    updated: set[uuid.UUID]
    """Stored persons whose own columns changed in the first step."""
    previous_holder: Person | None


class _Writer:
    """Writes the checked households in three steps, flushing in between: persons refer to their household
    by key only (no relationship orders the inserts), and the one-holder index must see an old holder step
    down before the new one steps up. First the households with their dwellings, ISEE and search text,
    members leaving or stepping down, and the persons' own columns; then the new persons and everyone's
    place in the household; last the holder changes, which name persons inserted by the second step."""

    def __init__(self, session: Session, registry: _Registry, day: date) -> None:
        self.session = session
        self.registry = registry
        self.day = day
        self.dwellings = {_location(d): d for d in session.scalars(select(Dwelling))}
        self.households = {
            h.code: h for h in session.scalars(select(Household).options(selectinload(Household.attestations)))
        }
        self.offices = [
            (office.id, fold(office.code), _name_parts(office.name))
            for office in session.scalars(select(Office).where(Office.active.is_(True)))
        ]

    def write(self, households: Sequence[_HouseholdRows], progress: ProgressReporter) -> _Counts:
        counts = _Counts()
        placed = [self._place_household(rows, counts) for rows in households]
        self.session.flush()
        changes: list[HolderChange] = []
        for item in placed:
            changed = self._place_members(item, counts, changes)
            if item.created:
                counts.households_created += 1
            elif changed:
                counts.households_updated += 1
            else:
                counts.households_unchanged += 1
            progress.advance()
        self.session.flush()
        self.session.add_all(changes)
        return counts

    def _changed(self, row: object) -> bool:
        # inspect().pending rather than ``row in session.new``, which copies every new object on each call
        return inspect(row).pending or self.session.is_modified(row, include_collections=False)

    def _place_household(self, rows: _HouseholdRows, counts: _Counts) -> _Placed:
        data = rows.data
        household = self.households.get(data.code)
        created = household is None
        if household is None:
            household = Household(id=uuid.uuid4(), code=data.code)
            self.session.add(household)
        dwelling = self._dwelling(data)
        set_if_changed(household, "dwelling", dwelling)
        if household.office_id is None:
            set_if_changed(household, "office_id", _office_for(data.neighbourhood, self.offices))
        for name, value in (("assignment_date", data.assignment_date), ("sap_area", data.sap_area)):
            if value is not None:
                set_if_changed(household, name, value)
        if data.arrears_cents is not None:
            set_if_changed(household, "arrears_cents", data.arrears_cents)
            set_if_changed(household, "arrears_as_of", data.arrears_as_of)
        touched: list[object] = [dwelling]
        if rows.holder.isee is not None:
            touched.append(self._attestation(household, rows.holder.isee))

        current = [] if created else self.registry.members.get(household.id, [])
        matches, leaving = _match_members(current, rows.lines, self.registry.persons_by_key)
        for person in leaving:
            set_if_changed(person, "household_id", None)
            set_if_changed(person, "household_role", None)
            set_person_search_columns(person)
        counts.persons_left += len(leaving)
        touched.extend(leaving)
        previous = next((p for p in current if p.household_role is HouseholdRole.HOLDER), None)
        if previous is not None and previous not in leaving and previous is not matches[rows.holder.number]:
            previous.household_role = HouseholdRole.MEMBER
        persons: list[Person] = []
        new: list[Person] = []
        for line in rows.lines:
            person = matches[line.number]
            if person is None:
                person = Person(id=uuid.uuid4())
                new.append(person)
            _apply_person_columns(person, line.person)
            persons.append(person)
        set_derived_columns(household, dwelling, persons, persons[rows.lines.index(rows.holder)])
        updated = {p.id for p in persons if p not in new and self.session.is_modified(p)}
        return _Placed(
            rows=rows,
            household=household,
            created=created,
            changed=bool(new or updated) or self._changed(household) or any(self._changed(row) for row in touched),
            persons=persons,
            holder=persons[rows.lines.index(rows.holder)],
            new=new,
            updated=updated,
            previous_holder=previous,
        )

    def _dwelling(self, data: HouseholdData) -> Dwelling:
        """Like :func:`households._dwelling_for`, from the dwellings loaded once: one query per household would
        be slow for thousands of rows, and would miss a dwelling added earlier in the same import."""
        location = (data.street, data.house_number, data.staircase, data.floor, data.unit)
        dwelling = self.dwellings.get(location)
        if dwelling is None:
            dwelling = Dwelling(
                id=uuid.uuid4(),
                street=data.street,
                house_number=data.house_number,
                staircase=data.staircase,
                floor=data.floor,
                unit=data.unit,
            )
            self.session.add(dwelling)
            self.dwellings[location] = dwelling
        set_if_changed(dwelling, "neighbourhood", data.neighbourhood)
        set_if_changed(dwelling, "centralised_heating", data.centralised_heating)
        return dwelling

    def _attestation(self, household: Household, data: IseeData) -> IseeAttestation:
        attestation = next(
            (
                a
                for a in household.attestations
                if (a.kind, a.filing_date) == (data.kind, data.filing_date)
                or (data.protocol and a.protocol == data.protocol)
            ),
            None,
        )
        if attestation is None:
            attestation = IseeAttestation(id=uuid.uuid4(), household=household)
            self.session.add(attestation)
        elif not data.protocol:
            data = dataclasses.replace(data, protocol=attestation.protocol)
        apply_isee(attestation, data)
        return attestation

    def _place_members(self, placed: _Placed, counts: _Counts, changes: list[HolderChange]) -> bool:
        """Puts every person of the rows in the household; True when anything of the household changed."""
        household = placed.household
        self.session.add_all(placed.new)
        counts.persons_created += len(placed.new)
        changed = placed.changed
        for line, person in zip(placed.rows.lines, placed.persons, strict=True):
            set_if_changed(person, "household_id", household.id)
            set_if_changed(person, "household_role", line.role)
            if person.id in placed.updated or (person not in placed.new and self.session.is_modified(person)):
                counts.persons_updated += 1
                changed = True
        previous, holder = placed.previous_holder, placed.holder
        if previous is not None and previous is not holder:
            changes.append(
                HolderChange(
                    id=uuid.uuid4(),
                    household_id=household.id,
                    previous_holder_id=previous.id,
                    previous_holder_name=f"{previous.surname} {previous.name}",
                    new_holder_id=holder.id,
                    new_holder_name=f"{holder.surname} {holder.name}",
                    changed_on=self.day,
                    reason=IMPORTED_CHANGE_REASON.written(),
                )
            )
            changed = True
        return changed


def _location(dwelling: Dwelling) -> tuple[str, str, str, str, str]:
    return (dwelling.street, dwelling.house_number, dwelling.staircase, dwelling.floor, dwelling.unit)


def _name_parts(name: str) -> tuple[str, ...]:
    """"Conca Fiorita - Lazzaretto" -> ("conca fiorita", "lazzaretto"): a neighbourhood names one part."""
    return tuple(part for part in (fold(p) for p in re.split(r"\s[-–/]\s|,", name)) if len(part) >= 3)


def _office_for(
    neighbourhood: str, offices: Sequence[tuple[uuid.UUID, str, tuple[str, ...]]]
) -> uuid.UUID | None:
    folded = fold(neighbourhood)
    if not folded:
        return None
    words = set(re.findall(r"\w+", folded))
    found = {
        office_id
        for office_id, code, parts in offices
        if code in words or any(part in folded for part in parts)
    }
    return found.pop() if len(found) == 1 else None


def _match_members(
    current: Sequence[Person], lines: Sequence[_Line], persons_by_key: dict[str, Person]
) -> tuple[dict[int, Person | None], list[Person]]:
    """The stored person of each row (see the module docstring), and the stored members no row matched.

    Rows with a code go first, so a row without one cannot take the person a code names.
    """
    unmatched = list(current)
    matches: dict[int, Person | None] = {}
    for line in sorted(lines, key=lambda row: row.person.codice_fiscale is None):
        data = line.person
        person = persons_by_key.get(data.codice_fiscale.key) if data.codice_fiscale is not None else None
        if person is None:
            person = _same_person(unmatched, data)
        if person is not None and person in unmatched:
            unmatched.remove(person)
        matches[line.number] = person
    return matches, unmatched


def _same_person(candidates: Iterable[Person], data: PersonData) -> Person | None:
    for person in candidates:
        if data.codice_fiscale is not None and person.codice_fiscale_key is not None:
            continue  # two different codes are two people
        if (fold(person.surname), fold(person.name)) != (fold(data.surname), fold(data.name)):
            continue
        if data.birth_date is None or person.birth_date is None or data.birth_date == person.birth_date:
            return person
    return None


def _apply_person_columns(person: Person, data: PersonData) -> None:
    """What the file says about a person; an empty cell keeps what the desk recorded (module docstring)."""
    set_if_changed(person, "surname", data.surname)
    set_if_changed(person, "name", data.name)
    if data.codice_fiscale is not None:
        set_if_changed(person, "codice_fiscale", data.codice_fiscale.code)
        set_if_changed(person, "codice_fiscale_key", data.codice_fiscale.key)
    optional = {"birth_date": data.birth_date, "sex": data.sex, "phone": data.phone, "email": data.email}
    for name, value in optional.items():
        if value:
            set_if_changed(person, name, value)
