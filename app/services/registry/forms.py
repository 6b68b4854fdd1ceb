"""What the registry forms and the import carry, as typed, and how it is read and checked (pure rules).

Forms and import rows both arrive as text. Reading them in one place means a date, an amount or a codice
fiscale is accepted or refused with the same Italian message wherever it was typed. Every field is
checked before anything is refused, so the operator sees all problems at once and keeps what was typed.
Warnings (a birth date that disagrees with the codice fiscale, an unusual ISEE protocol) never block:
the operator confirms them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from app.messages import Message, msg
from app.services.dates import DateError, parse_date
from app.services.money import AmountError, parse_amount
from app.services.registry.codice_fiscale import (
    CodiceFiscale,
    InvalidCodiceFiscale,
    disagreements,
    parse_codice_fiscale,
)
from app.services.registry.isee import PROTOCOL_EXAMPLE, protocol_looks_right
from app.vocabulary import IseeKind, Labelled, SapArea, Sex

L = TypeVar("L", bound=Labelled)


@dataclass(frozen=True)
class HouseholdForm:
    code: str
    street: str
    house_number: str = ""
    staircase: str = ""
    floor: str = ""
    unit: str = ""
    neighbourhood: str = ""
    centralised_heating: bool = False
    assignment_date: str = ""
    sap_area: str = ""
    monthly_income: str = ""
    arrears_known: bool = False
    arrears_amount: str = ""
    arrears_as_of: str = ""
    office_code: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonForm:
    surname: str
    name: str
    codice_fiscale: str = ""
    birth_date: str = ""
    sex: str = ""
    phone: str = ""
    email: str = ""
    preferred_language: str = ""
    notes: str = ""


@dataclass(frozen=True)
class IseeForm:
    kind: str
    filing_date: str
    value: str
    protocol: str = ""


@dataclass(frozen=True)
class HouseholdData:
    code: str
    street: str
    house_number: str
    staircase: str
    floor: str
    unit: str
    neighbourhood: str
    centralised_heating: bool
    assignment_date: date | None
    sap_area: SapArea | None
    monthly_income_cents: int | None
    arrears_cents: int | None
    arrears_as_of: date | None
    office_code: str
    notes: str


@dataclass(frozen=True)
class PersonData:
    surname: str
    name: str
    codice_fiscale: CodiceFiscale | None
    birth_date: date | None
    sex: Sex | None
    phone: str
    email: str
    preferred_language: str
    notes: str


@dataclass(frozen=True)
class IseeData:
    kind: IseeKind
    filing_date: date
    value_cents: int
    protocol: str


@dataclass
class Findings:
    """Field errors (block saving) and warnings (the operator confirms) collected while reading a form."""

    errors: dict[str, Message] = field(default_factory=dict)
    warnings: list[Message] = field(default_factory=list)


def _date_field(findings: Findings, name: str, text: str, caption: Message, *, required: bool = False) -> date | None:
    if not text.strip():
        if required:
            findings.errors[name] = msg("{field}: campo obbligatorio (gg/mm/aaaa).").fill(field=caption)
        return None
    try:
        return parse_date(text)
    except DateError as error:
        findings.errors[name] = msg("{field}: {problem}").fill(field=caption, problem=error.said)
        return None


def _past_date_field(
    findings: Findings, name: str, text: str, caption: Message, today: date, *, required: bool = False
) -> date | None:
    day = _date_field(findings, name, text, caption, required=required)
    if day is not None and day > today:
        findings.errors[name] = msg("{field}: è nel futuro.").fill(field=caption)
    return day


def _amount_field(findings: Findings, name: str, text: str, caption: Message, *, required: bool = False) -> int | None:
    if not text.strip():
        if required:
            findings.errors[name] = msg("{field}: campo obbligatorio.").fill(field=caption)
        return None
    try:
        return parse_amount(text)
    except AmountError as error:
        findings.errors[name] = msg("{field}: {problem}").fill(field=caption, problem=error.said)
        return None


def _choice(findings: Findings, name: str, text: str, caption: Message, values: type[L], *, required: bool = False) -> L | None:
    """The value whose stored code or Italian label was typed (case ignored): forms send the code, the
    landlord's file has the label. The words a file may hold are listed as they must be written, in
    Italian, whatever the interface's language (as the file's column names are)."""
    typed = text.strip()
    allowed = ", ".join(str(value.label) for value in values)
    if not typed:
        if required:
            findings.errors[name] = msg("{field}: campo obbligatorio ({allowed}).").fill(field=caption, allowed=allowed)
        return None
    for value in values:
        if typed.lower() in (value.value.lower(), str(value.label).lower()):
            return value
    findings.errors[name] = msg("{field}: «{text}» non è tra i valori ammessi ({allowed}).").fill(
        field=caption, text=typed, allowed=allowed
    )
    return None


def _required_text(findings: Findings, name: str, text: str, caption: Message) -> str:
    value = " ".join(text.split())
    if not value:
        findings.errors[name] = msg("{field}: campo obbligatorio.").fill(field=caption)
    return value


def read_household(form: HouseholdForm, today: date, findings: Findings) -> HouseholdData:
    code = _required_text(findings, "code", form.code, msg("Codice nucleo")).upper()
    street = _required_text(findings, "street", form.street, msg("Indirizzo"))
    assignment = _past_date_field(findings, "assignment_date", form.assignment_date, msg("Data di assegnazione"), today)
    area = _choice(findings, "sap_area", form.sap_area, msg("Area SAP"), SapArea)
    income = _amount_field(findings, "monthly_income", form.monthly_income, msg("Reddito mensile"))
    arrears: int | None = None
    arrears_as_of: date | None = None
    if form.arrears_known:
        arrears = _amount_field(findings, "arrears_amount", form.arrears_amount, msg("Morosità"), required=True)
        arrears_as_of = _past_date_field(
            findings, "arrears_as_of", form.arrears_as_of, msg("Morosità alla data"), today, required=True
        )
    return HouseholdData(
        code=code,
        street=street,
        house_number=form.house_number.strip(),
        staircase=form.staircase.strip(),
        floor=form.floor.strip(),
        unit=form.unit.strip(),
        neighbourhood=" ".join(form.neighbourhood.split()),
        centralised_heating=form.centralised_heating,
        assignment_date=assignment,
        sap_area=area,
        monthly_income_cents=income,
        arrears_cents=arrears,
        arrears_as_of=arrears_as_of,
        office_code=form.office_code.strip().upper(),
        notes=form.notes.strip(),
    )


def read_person(form: PersonForm, today: date, findings: Findings) -> PersonData:
    surname = _required_text(findings, "surname", form.surname, msg("Cognome"))
    name = _required_text(findings, "name", form.name, msg("Nome"))
    birth = _past_date_field(findings, "birth_date", form.birth_date, msg("Data di nascita"), today)
    sex = _choice(findings, "sex", form.sex, msg("Sesso"), Sex)
    parsed: CodiceFiscale | None = None
    if form.codice_fiscale.strip():
        try:
            parsed = parse_codice_fiscale(form.codice_fiscale)
        except InvalidCodiceFiscale as error:
            findings.errors["codice_fiscale"] = msg("{field}: {problem}").fill(field=msg("Codice fiscale"), problem=error.said)
    if parsed is not None:
        findings.warnings.extend(disagreements(parsed, birth, sex))
    email = form.email.strip()
    if email and ("@" not in email or "." not in email.rsplit("@", 1)[-1] or " " in email):
        findings.errors["email"] = msg("E-mail: indirizzo non valido (esempio: nome@dominio.it).")
    return PersonData(
        surname=surname,
        name=name,
        codice_fiscale=parsed,
        birth_date=birth,
        sex=sex,
        phone=form.phone.strip(),
        email=email,
        preferred_language=form.preferred_language.strip(),
        notes=form.notes.strip(),
    )


def read_isee(form: IseeForm, today: date, findings: Findings) -> IseeData:
    kind = _choice(findings, "kind", form.kind, msg("Tipo di ISEE"), IseeKind, required=True)
    filing = _past_date_field(findings, "filing_date", form.filing_date, msg("Data di presentazione"), today, required=True)
    value = _amount_field(findings, "value", form.value, msg("Valore ISEE"), required=True)
    protocol = form.protocol.strip().upper()
    if protocol and not protocol_looks_right(protocol):
        findings.warnings.append(
            msg("Il protocollo «{protocol}» non ha la forma consueta ({example}): controllarlo.").fill(
                protocol=protocol, example=PROTOCOL_EXAMPLE
            )
        )
    return IseeData(kind=kind or IseeKind.ORDINARIO, filing_date=filing or today, value_cents=value or 0, protocol=protocol)
