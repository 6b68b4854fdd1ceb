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
from enum import StrEnum
from typing import TypeVar

from app.services.dates import DateError, parse_date
from app.services.money import AmountError, parse_amount
from app.services.registry.codice_fiscale import (
    CodiceFiscale,
    InvalidCodiceFiscale,
    disagreements,
    parse_codice_fiscale,
)
from app.services.registry.isee import PROTOCOL_EXAMPLE, protocol_looks_right
from app.vocabulary import IseeKind, SapArea, Sex

SAP_AREA_LABELS = {
    SapArea.PROTEZIONE: "protezione",
    SapArea.ACCESSO: "accesso",
    SapArea.PERMANENZA: "permanenza",
    SapArea.DECADENZA: "decadenza",
}
SEX_LABELS = {Sex.FEMALE: "femmina", Sex.MALE: "maschio", Sex.NON_BINARY: "non binario"}
ISEE_KIND_LABELS = {IseeKind.ORDINARIO: "ordinario", IseeKind.CORRENTE: "corrente"}

E = TypeVar("E", bound=StrEnum)


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

    errors: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _date_field(findings: Findings, name: str, text: str, label: str, *, required: bool = False) -> date | None:
    if not text.strip():
        if required:
            findings.errors[name] = f"{label}: campo obbligatorio (gg/mm/aaaa)."
        return None
    try:
        return parse_date(text)
    except DateError as error:
        findings.errors[name] = f"{label}: {error}"
        return None


def _amount_field(findings: Findings, name: str, text: str, label: str, *, required: bool = False) -> int | None:
    if not text.strip():
        if required:
            findings.errors[name] = f"{label}: campo obbligatorio."
        return None
    try:
        return parse_amount(text)
    except AmountError as error:
        findings.errors[name] = f"{label}: {error}"
        return None


def _choice(
    findings: Findings, name: str, text: str, label: str, choices: dict[E, str], *, required: bool = False
) -> E | None:
    value = text.strip().lower()
    if not value:
        if required:
            findings.errors[name] = f"{label}: campo obbligatorio ({', '.join(choices.values())})."
        return None
    for member, member_label in choices.items():
        if value in (member.value.lower(), member_label.lower()):
            return member
    findings.errors[name] = f"{label}: «{text.strip()}» non è tra i valori ammessi ({', '.join(choices.values())})."
    return None


def _required_text(findings: Findings, name: str, text: str, label: str) -> str:
    value = " ".join(text.split())
    if not value:
        findings.errors[name] = f"{label}: campo obbligatorio."
    return value


def read_household(form: HouseholdForm, today: date, findings: Findings) -> HouseholdData:
    code = _required_text(findings, "code", form.code, "Codice nucleo").upper()
    street = _required_text(findings, "street", form.street, "Indirizzo")
    assignment = _date_field(findings, "assignment_date", form.assignment_date, "Data di assegnazione")
    if assignment is not None and assignment > today:
        findings.errors["assignment_date"] = "Data di assegnazione: è nel futuro."
    area = _choice(findings, "sap_area", form.sap_area, "Area SAP", SAP_AREA_LABELS)
    income = _amount_field(findings, "monthly_income", form.monthly_income, "Reddito mensile")
    arrears: int | None = None
    arrears_as_of: date | None = None
    if form.arrears_known:
        arrears = _amount_field(findings, "arrears_amount", form.arrears_amount, "Morosità", required=True)
        arrears_as_of = _date_field(findings, "arrears_as_of", form.arrears_as_of, "Morosità alla data", required=True)
        if arrears_as_of is not None and arrears_as_of > today:
            findings.errors["arrears_as_of"] = "Morosità alla data: è nel futuro."
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
    surname = _required_text(findings, "surname", form.surname, "Cognome")
    name = _required_text(findings, "name", form.name, "Nome")
    birth = _date_field(findings, "birth_date", form.birth_date, "Data di nascita")
    if birth is not None and birth > today:
        findings.errors["birth_date"] = "Data di nascita: è nel futuro."
    sex = _choice(findings, "sex", form.sex, "Sesso", SEX_LABELS)
    parsed: CodiceFiscale | None = None
    if form.codice_fiscale.strip():
        try:
            parsed = parse_codice_fiscale(form.codice_fiscale)
        except InvalidCodiceFiscale as error:
            findings.errors["codice_fiscale"] = f"Codice fiscale: {error}"
    if parsed is not None:
        findings.warnings.extend(disagreements(parsed, birth, sex))
    email = form.email.strip()
    if email and ("@" not in email or "." not in email.rsplit("@", 1)[-1] or " " in email):
        findings.errors["email"] = "E-mail: indirizzo non valido (esempio: nome@dominio.it)."
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
    kind = _choice(findings, "kind", form.kind, "Tipo di ISEE", ISEE_KIND_LABELS, required=True)
    filing = _date_field(findings, "filing_date", form.filing_date, "Data di presentazione", required=True)
    if filing is not None and filing > today:
        findings.errors["filing_date"] = "Data di presentazione: è nel futuro."
    value = _amount_field(findings, "value", form.value, "Valore ISEE", required=True)
    protocol = form.protocol.strip().upper()
    if protocol and not protocol_looks_right(protocol):
        findings.warnings.append(
            f"Il protocollo «{protocol}» non ha la forma consueta ({PROTOCOL_EXAMPLE}): controllarlo."
        )
    return IseeData(kind=kind or IseeKind.ORDINARIO, filing_date=filing or today, value_cents=value or 0, protocol=protocol)
