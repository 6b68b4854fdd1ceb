"""The tenant registry: households, their members, holder changes and ISEE attestations.

Every function is one user action in one unit of work. Forms arrive as typed text and are read by
app/services/registry/forms.py; errors come back per field (:class:`ValidationFailed`) and warnings ask
for confirmation (:class:`NeedsConfirmation`), so the UI keeps what was typed and shows where to fix it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from app.clock import today
from app.messages import Message, RecordedSentence, msg
from app.models.dwelling import Dwelling
from app.models.household import HolderChange, Household, IseeAttestation
from app.models.office import Office
from app.models.person import Person
from app.services.dates import format_date
from app.services.errors import NeedsConfirmation, NotFound, ValidationFailed
from app.services.money import format_amount
from app.services.registry.codice_fiscale import mask_codice_fiscale
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
from app.services.registry.isee import applicable_attestation, isee_valid_until
from app.services.registry.text_search import fold, like_pattern, search_words
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import HouseholdRole, IseeKind, SapArea, Sex

PAGE_SIZE = 100
IMPORTED_CHANGE_REASON = RecordedSentence(msg("Anagrafe utenza dell'ente gestore (importazione)"))
"""The reason of a change of holder the registry import finds in the landlord's file: stored in Italian
like every reason typed at the desk, read back as its message so that the screens translate it."""


class HouseholdSort(StrEnum):
    CODE = "code"
    HOLDER = "holder"
    ADDRESS = "address"
    NEIGHBOURHOOD = "neighbourhood"
    AREA = "area"


@dataclass(frozen=True)
class HouseholdRow:
    id: uuid.UUID
    code: str
    holder_name: str
    holder_codice_fiscale_masked: str
    address: str
    neighbourhood: str
    sap_area: SapArea | None


@dataclass(frozen=True)
class MemberView:
    id: uuid.UUID
    surname: str
    name: str
    codice_fiscale: str | None
    birth_date: date | None
    sex: Sex | None
    role: HouseholdRole | None
    phone: str
    email: str

    @property
    def full_name(self) -> str:
        return f"{self.surname} {self.name}"


@dataclass(frozen=True)
class AttestationView:
    id: uuid.UUID
    kind: IseeKind
    protocol: str
    filing_date: date
    value_cents: int
    valid_until: date
    valid_today: bool
    applies_today: bool


@dataclass(frozen=True)
class HolderChangeView:
    changed_on: date
    previous_holder_name: str
    new_holder_name: str
    reason: Message | str
    """As typed at the desk, or :data:`IMPORTED_CHANGE_REASON`."""


@dataclass(frozen=True)
class HouseholdDetail:
    id: uuid.UUID
    form: HouseholdForm
    """The household as the edit form shows it (text as an operator would type it)."""
    office_name: str
    sap_area: SapArea | None
    assignment_date: date | None
    monthly_income_cents: int | None
    arrears_cents: int | None
    arrears_as_of: date | None
    members: tuple[MemberView, ...]
    attestations: tuple[AttestationView, ...]
    holder_changes: tuple[HolderChangeView, ...]

    @property
    def code(self) -> str:
        return self.form.code

    @property
    def holder(self) -> MemberView | None:
        return next((m for m in self.members if m.role is HouseholdRole.HOLDER), None)

    @property
    def address(self) -> str:
        return dwelling_address(
            self.form.street, self.form.house_number, self.form.staircase, self.form.floor, self.form.unit
        )


@dataclass(frozen=True)
class PersonToComplete:
    id: uuid.UUID
    surname: str
    name: str
    birth_date: date | None
    household_id: uuid.UUID | None
    household_code: str


def dwelling_address(street: str, number: str, staircase: str = "", floor: str = "", unit: str = "") -> str:
    parts = [f"{street} {number}".strip()]
    if staircase:
        parts.append(f"scala {staircase}")
    if floor:
        parts.append(f"piano {floor}")
    if unit:
        parts.append(f"int. {unit}")
    return ", ".join(parts)


# --- reading -----------------------------------------------------------------------------------------


_holder = aliased(Person)

_SORT_COLUMNS = {
    HouseholdSort.CODE: (Household.code,),
    HouseholdSort.HOLDER: (Household.sort_holder, Household.code),
    HouseholdSort.ADDRESS: (Household.sort_address, Household.code),
    HouseholdSort.NEIGHBOURHOOD: (Household.sort_neighbourhood, Household.sort_address, Household.code),
    HouseholdSort.AREA: (Household.sap_area, Household.sort_holder, Household.code),
}
"""Each order matches an index of the Household model that also carries ``search_text``."""


def _matching(statement: Select, query: str) -> Select:
    for word in search_words(query):
        statement = statement.where(Household.search_text.like(like_pattern(word), escape="\\"))
    return statement


def search_page_query(query: str, sort: HouseholdSort, descending: bool, offset: int, limit: int) -> Select:
    """One page of the list in one statement. The inner query walks the sort's index, checks
    ``search_text`` in it and stops after the page; the outer one joins what the list shows for those rows."""
    columns = _SORT_COLUMNS[sort]
    order = [c.desc() if descending else c.asc() for c in columns]
    page = _matching(select(Household.id), query).order_by(*order).offset(offset).limit(limit)
    return (
        select(
            Household.id,
            Household.code,
            _holder.surname,
            _holder.name,
            _holder.codice_fiscale,
            Dwelling.street,
            Dwelling.house_number,
            Dwelling.neighbourhood,
            Household.sap_area,
        )
        .join(Dwelling, Household.dwelling_id == Dwelling.id)
        .outerjoin(_holder, and_(_holder.household_id == Household.id, _holder.household_role == HouseholdRole.HOLDER))
        .where(Household.id.in_(page.scalar_subquery()))
        .order_by(*order)
    )


def search_households(
    uow: UnitOfWork,
    query: str,
    *,
    sort: HouseholdSort = HouseholdSort.HOLDER,
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> list[HouseholdRow]:
    """One page of households matching every word typed (surname, name, codice fiscale, code, address)."""
    with uow:
        return [
            HouseholdRow(
                id=row.id,
                code=row.code,
                holder_name=f"{row.surname} {row.name}" if row.surname else "",
                holder_codice_fiscale_masked=mask_codice_fiscale(row.codice_fiscale),
                address=f"{row.street} {row.house_number}".strip(),
                neighbourhood=row.neighbourhood,
                sap_area=row.sap_area,
            )
            for row in uow.session.connection().execute(search_page_query(query, sort, descending, offset, limit))
        ]


COUNT_CAP = 1000


def count_households(uow: UnitOfWork, query: str, *, cap: int = COUNT_CAP) -> int:
    """How many households match, counting no further than ``cap + 1``: past a thousand the exact number
    does not help the operator (who types more), and stopping early keeps each keystroke fast."""
    matching = _matching(select(Household.id), query).limit(cap + 1).subquery()
    with uow:
        return uow.session.scalar(select(func.count()).select_from(matching)) or 0


def household_detail(uow: UnitOfWork, household_id: uuid.UUID) -> HouseholdDetail:
    day = today()
    with uow:
        household = household_row(uow.session, household_id)
        dwelling = household.dwelling
        office = uow.session.get(Office, household.office_id) if household.office_id else None
        members = uow.session.scalars(
            select(Person)
            .where(Person.household_id == household.id)
            .order_by(Person.household_role != HouseholdRole.HOLDER, Person.birth_date, Person.surname)
        ).all()
        attestations = list(household.attestations)
        applying = applicable_attestation(attestations, day)
        changes = uow.session.scalars(
            select(HolderChange).where(HolderChange.household_id == household.id).order_by(HolderChange.changed_on.desc())
        ).all()
        return HouseholdDetail(
            id=household.id,
            form=HouseholdForm(
                code=household.code,
                street=dwelling.street,
                house_number=dwelling.house_number,
                staircase=dwelling.staircase,
                floor=dwelling.floor,
                unit=dwelling.unit,
                neighbourhood=dwelling.neighbourhood,
                centralised_heating=dwelling.centralised_heating,
                assignment_date=format_date(household.assignment_date),
                sap_area=household.sap_area.value if household.sap_area else "",
                monthly_income=_amount_text(household.monthly_income_cents),
                arrears_known=household.arrears_cents is not None,
                arrears_amount=_amount_text(household.arrears_cents),
                arrears_as_of=format_date(household.arrears_as_of),
                office_code=office.code if office else "",
                notes=household.notes,
            ),
            office_name=office.name if office else "",
            sap_area=household.sap_area,
            assignment_date=household.assignment_date,
            monthly_income_cents=household.monthly_income_cents,
            arrears_cents=household.arrears_cents,
            arrears_as_of=household.arrears_as_of,
            members=tuple(_member_view(p) for p in members),
            attestations=tuple(
                AttestationView(
                    id=a.id,
                    kind=a.kind,
                    protocol=a.protocol,
                    filing_date=a.filing_date,
                    value_cents=a.value_cents,
                    valid_until=a.valid_until,
                    valid_today=a.filing_date <= day <= a.valid_until,
                    applies_today=a is applying,
                )
                for a in attestations
            ),
            holder_changes=tuple(
                HolderChangeView(c.changed_on, c.previous_holder_name, c.new_holder_name, IMPORTED_CHANGE_REASON.read(c.reason))
                for c in changes
            ),
        )


def _amount_text(cents: int | None) -> str:
    return "" if cents is None else format_amount(cents, symbol=False)


def _member_view(person: Person) -> MemberView:
    return MemberView(
        id=person.id,
        surname=person.surname,
        name=person.name,
        codice_fiscale=person.codice_fiscale,
        birth_date=person.birth_date,
        sex=person.sex,
        role=person.household_role,
        phone=person.phone,
        email=person.email,
    )


def person_form(uow: UnitOfWork, person_id: uuid.UUID) -> PersonForm:
    with uow:
        person = _person(uow.session, person_id)
        return PersonForm(
            surname=person.surname,
            name=person.name,
            codice_fiscale=person.codice_fiscale or "",
            birth_date=format_date(person.birth_date),
            sex=person.sex.value if person.sex else "",
            phone=person.phone,
            email=person.email,
            preferred_language=person.preferred_language,
            notes=person.notes,
        )


def attestation_form(uow: UnitOfWork, attestation_id: uuid.UUID) -> IseeForm:
    with uow:
        attestation = _attestation(uow.session, attestation_id)
        return IseeForm(
            kind=attestation.kind.value,
            filing_date=format_date(attestation.filing_date),
            value=_amount_text(attestation.value_cents),
            protocol=attestation.protocol,
        )


def persons_to_complete(uow: UnitOfWork) -> list[PersonToComplete]:
    """Persons saved without a codice fiscale ("CF da completare"), oldest first."""
    with uow:
        rows = uow.session.execute(
            select(Person.id, Person.surname, Person.name, Person.birth_date, Person.household_id, Household.code)
            .outerjoin(Household, Person.household_id == Household.id)
            .where(Person.codice_fiscale.is_(None))
            .order_by(Person.created_at)
        )
        return [PersonToComplete(r.id, r.surname, r.name, r.birth_date, r.household_id, r.code or "") for r in rows]


# --- writing -----------------------------------------------------------------------------------------


def refuse_or_continue(findings: Findings, confirmed: bool) -> None:
    if findings.errors:
        raise ValidationFailed(findings.errors)
    if findings.warnings and not confirmed:
        raise NeedsConfirmation(findings.warnings)


def create_household(
    uow: UnitOfWork, household: HouseholdForm, holder: PersonForm, *, confirmed: bool = False
) -> uuid.UUID:
    """A new household with its holder. Holder field errors are keyed ``holder_<field>``."""
    day = today()
    findings = Findings()
    data = read_household(household, day, findings)
    person_findings = Findings()
    holder_data = read_person(holder, day, person_findings)
    findings.errors.update({f"holder_{k}": v for k, v in person_findings.errors.items()})
    findings.warnings.extend(person_findings.warnings)
    with uow:
        session = uow.session
        if data.code and session.scalar(select(Household.id).where(Household.code == data.code)):
            findings.errors["code"] = msg("Codice nucleo: {code} è già registrato.").fill(code=data.code)
        check_codice_fiscale_free(session, holder_data, None, findings, field="holder_codice_fiscale")
        office_id = _office_id(session, data.office_code, findings)
        refuse_or_continue(findings, confirmed)
        new = Household(id=uuid.uuid4(), code=data.code, dwelling=_dwelling_for(session, data))
        _apply_household(new, data, office_id)
        person = Person(household_id=new.id, household_role=HouseholdRole.HOLDER)
        apply_person(person, holder_data)
        set_derived_columns(new, new.dwelling, [person], person)
        session.add(new)
        session.flush()  # persons refer to households by key only, so the household goes in first
        session.add(person)
        uow.commit()
        return new.id


def update_household(uow: UnitOfWork, household_id: uuid.UUID, form: HouseholdForm) -> None:
    findings = Findings()
    data = read_household(form, today(), findings)
    with uow:
        session = uow.session
        household = household_row(session, household_id)
        if data.code != household.code and session.scalar(select(Household.id).where(Household.code == data.code)):
            findings.errors["code"] = msg("Codice nucleo: {code} è già registrato.").fill(code=data.code)
        office_id = _office_id(session, data.office_code, findings)
        refuse_or_continue(findings, True)
        household.code = data.code
        household.dwelling = _dwelling_for(session, data)
        _apply_household(household, data, office_id)
        session.flush()
        refresh_derived_columns(session, household)
        uow.commit()


def add_member(uow: UnitOfWork, household_id: uuid.UUID, form: PersonForm, *, confirmed: bool = False) -> uuid.UUID:
    findings = Findings()
    data = read_person(form, today(), findings)
    with uow:
        session = uow.session
        household = household_row(session, household_id)
        check_codice_fiscale_free(session, data, None, findings)
        refuse_or_continue(findings, confirmed)
        person = Person(household_id=household.id, household_role=HouseholdRole.MEMBER)
        apply_person(person, data)
        session.add(person)
        session.flush()
        refresh_derived_columns(session, household)
        uow.commit()
        return person.id


def update_person(uow: UnitOfWork, person_id: uuid.UUID, form: PersonForm, *, confirmed: bool = False) -> None:
    findings = Findings()
    data = read_person(form, today(), findings)
    with uow:
        session = uow.session
        person = _person(session, person_id)
        check_codice_fiscale_free(session, data, person.id, findings)
        refuse_or_continue(findings, confirmed)
        apply_person(person, data)
        session.flush()
        if person.household_id is not None:
            refresh_derived_columns(session, household_row(session, person.household_id))
        else:
            set_person_search_columns(person)
        uow.commit()


def remove_member(uow: UnitOfWork, person_id: uuid.UUID) -> None:
    """A member leaves the household; the person stays in the registry (visits and history keep them)."""
    with uow:
        session = uow.session
        person = _person(session, person_id)
        if person.household_role is HouseholdRole.HOLDER:
            raise ValidationFailed(
                {"role": msg("L'intestatario non può uscire dal nucleo: prima registrare il cambio di intestatario.")}
            )
        household_id = person.household_id
        person.household_id = None
        person.household_role = None
        set_person_search_columns(person)
        session.flush()
        if household_id is not None:
            refresh_derived_columns(session, household_row(session, household_id))
        uow.commit()


def change_holder(uow: UnitOfWork, household_id: uuid.UUID, new_holder_id: uuid.UUID, on: date, reason: str) -> None:
    """Voltura: a member becomes holder; the previous holder stays a member and in the history."""
    if on > today():
        raise ValidationFailed({"changed_on": msg("Data del cambio: è nel futuro.")})
    with uow:
        session = uow.session
        household = household_row(session, household_id)
        new_holder = _person(session, new_holder_id)
        if new_holder.household_id != household.id:
            raise ValidationFailed({"new_holder": msg("Il nuovo intestatario deve essere un componente del nucleo.")})
        if new_holder.household_role is HouseholdRole.HOLDER:
            raise ValidationFailed({"new_holder": msg("Questa persona è già l'intestatario.")})
        previous = session.scalars(
            select(Person).where(Person.household_id == household.id, Person.household_role == HouseholdRole.HOLDER)
        ).one_or_none()
        if previous is not None:
            previous.household_role = HouseholdRole.MEMBER
            session.flush()  # the one-holder index must see the old holder step down first
        new_holder.household_role = HouseholdRole.HOLDER
        session.add(
            HolderChange(
                household_id=household.id,
                previous_holder_id=previous.id if previous else None,
                previous_holder_name=f"{previous.surname} {previous.name}" if previous else "",
                new_holder_id=new_holder.id,
                new_holder_name=f"{new_holder.surname} {new_holder.name}",
                changed_on=on,
                reason=reason.strip(),
            )
        )
        session.flush()
        refresh_derived_columns(session, household)
        uow.commit()


def add_attestation(uow: UnitOfWork, household_id: uuid.UUID, form: IseeForm, *, confirmed: bool = False) -> uuid.UUID:
    findings = Findings()
    data = read_isee(form, today(), findings)
    refuse_or_continue(findings, confirmed)
    with uow:
        household = household_row(uow.session, household_id)
        attestation = IseeAttestation(household_id=household.id)
        apply_isee(attestation, data)
        uow.session.add(attestation)
        uow.commit()
        return attestation.id


def update_attestation(uow: UnitOfWork, attestation_id: uuid.UUID, form: IseeForm, *, confirmed: bool = False) -> None:
    findings = Findings()
    data = read_isee(form, today(), findings)
    refuse_or_continue(findings, confirmed)
    with uow:
        apply_isee(_attestation(uow.session, attestation_id), data)
        uow.commit()


def delete_attestation(uow: UnitOfWork, attestation_id: uuid.UUID) -> None:
    """For an attestation entered by mistake; the audit trail keeps what it said."""
    with uow:
        uow.session.delete(_attestation(uow.session, attestation_id))
        uow.commit()


# --- helpers shared with the registry import ----------------------------------------------------------


def household_row(session: Session, household_id: uuid.UUID) -> Household:
    """The household inside a caller's transaction, or :class:`NotFound` with the Italian message."""
    household = session.get(Household, household_id)
    if household is None:
        raise NotFound(msg("Nucleo non trovato."))
    return household


def holder_of(session: Session, household_id: uuid.UUID) -> Person | None:
    """The household's holder (intestatario) inside a caller's transaction; ``None`` while it has none."""
    return session.scalar(
        select(Person).where(Person.household_id == household_id, Person.household_role == HouseholdRole.HOLDER).limit(1)
    )


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(msg("Persona non trovata."))
    return person


def _attestation(session: Session, attestation_id: uuid.UUID) -> IseeAttestation:
    attestation = session.get(IseeAttestation, attestation_id)
    if attestation is None:
        raise NotFound(msg("Attestazione ISEE non trovata."))
    return attestation


def _office_id(session: Session, code: str, findings: Findings) -> uuid.UUID | None:
    if not code:
        return None
    office_id = session.scalar(select(Office.id).where(Office.code == code))
    if office_id is None:
        findings.errors["office_code"] = msg("Sportello: {code} non esiste.").fill(code=code)
    return office_id


def check_codice_fiscale_free(
    session: Session, data: PersonData, person_id: uuid.UUID | None, findings: Findings, *, field: str = "codice_fiscale"
) -> None:
    if data.codice_fiscale is None:
        return
    other = session.scalars(
        select(Person).where(Person.codice_fiscale_key == data.codice_fiscale.key)
    ).one_or_none()
    if other is not None and other.id != person_id:
        code: str | None = None
        if other.household_id is not None:
            code = session.scalar(select(Household.code).where(Household.id == other.household_id))
        findings.errors[field] = codice_fiscale_taken(other, code, data.codice_fiscale.code)


def codice_fiscale_taken(owner: Person, owner_household_code: str | None, typed_code: str) -> Message:
    """Why a code cannot go to another person; one wording for the forms and the registry import."""
    who: Message | str = f"{owner.surname} {owner.name}"
    if owner_household_code:
        who = msg("{person}, nucleo {household}").fill(person=who, household=owner_household_code)
    if owner.codice_fiscale != typed_code:
        who = msg("{person} (scritto {code})").fill(person=who, code=owner.codice_fiscale)
    return msg("Codice fiscale: appartiene già a {person}. Una persona non può stare in due nuclei.").fill(person=who)


def _dwelling_for(session: Session, data: HouseholdData) -> Dwelling:
    dwelling = session.scalars(
        select(Dwelling).where(
            Dwelling.street == data.street,
            Dwelling.house_number == data.house_number,
            Dwelling.staircase == data.staircase,
            Dwelling.floor == data.floor,
            Dwelling.unit == data.unit,
        )
    ).one_or_none()
    if dwelling is None:
        dwelling = Dwelling(
            street=data.street,
            house_number=data.house_number,
            staircase=data.staircase,
            floor=data.floor,
            unit=data.unit,
        )
        session.add(dwelling)
    if dwelling.neighbourhood != data.neighbourhood:
        dwelling.neighbourhood = data.neighbourhood
    if dwelling.centralised_heating != data.centralised_heating:
        dwelling.centralised_heating = data.centralised_heating
    return dwelling


def set_if_changed(target: object, name: str, value: object) -> None:
    """Assign only real changes, so an unchanged save or re-import writes no update and no audit entry."""
    if getattr(target, name) != value:
        setattr(target, name, value)


def _apply_household(household: Household, data: HouseholdData, office_id: uuid.UUID | None) -> None:
    set_if_changed(household, "office_id", office_id)
    set_if_changed(household, "assignment_date", data.assignment_date)
    set_if_changed(household, "sap_area", data.sap_area)
    set_if_changed(household, "monthly_income_cents", data.monthly_income_cents)
    set_if_changed(household, "arrears_cents", data.arrears_cents)
    set_if_changed(household, "arrears_as_of", data.arrears_as_of)
    set_if_changed(household, "notes", data.notes)


def apply_person(person: Person, data: PersonData) -> None:
    set_if_changed(person, "surname", data.surname)
    set_if_changed(person, "name", data.name)
    set_if_changed(person, "codice_fiscale", data.codice_fiscale.code if data.codice_fiscale else None)
    set_if_changed(person, "codice_fiscale_key", data.codice_fiscale.key if data.codice_fiscale else None)
    set_if_changed(person, "birth_date", data.birth_date)
    set_if_changed(person, "sex", data.sex)
    set_if_changed(person, "phone", data.phone)
    set_if_changed(person, "email", data.email)
    set_if_changed(person, "preferred_language", data.preferred_language)
    set_if_changed(person, "notes", data.notes)


def apply_isee(attestation: IseeAttestation, data: IseeData) -> None:
    set_if_changed(attestation, "kind", data.kind)
    set_if_changed(attestation, "filing_date", data.filing_date)
    set_if_changed(attestation, "value_cents", data.value_cents)
    set_if_changed(attestation, "protocol", data.protocol)
    set_if_changed(attestation, "valid_until", isee_valid_until(data.kind, data.filing_date))


def set_derived_columns(
    household: Household, dwelling: Dwelling, members: Iterable[Person], holder: Person | None
) -> None:
    """Keeps what the registry list searches and sorts on (see the Household model): the folded code,
    address and every member's names and code, and the holder, address and neighbourhood sort keys; and
    each member's own search columns, which carry the household's code and address."""
    place = [household.code, dwelling.street, dwelling.house_number, dwelling.neighbourhood]
    parts = list(place)
    for member in members:
        parts.extend([member.surname, member.name, member.codice_fiscale or ""])
        set_person_search_columns(member, place)
    set_if_changed(household, "search_text", fold(" ".join(p for p in parts if p)))
    set_if_changed(household, "sort_holder", fold(f"{holder.surname} {holder.name}") if holder else "")
    number = re.sub(r"^\d+", lambda digits: digits.group().zfill(6), fold(dwelling.house_number))
    set_if_changed(household, "sort_address", f"{fold(dwelling.street)} {number}".strip())
    set_if_changed(household, "sort_neighbourhood", fold(dwelling.neighbourhood))


def set_person_search_columns(person: Person, place: Iterable[str] = ()) -> None:
    """What the person search looks at: names and code, plus ``place`` (household code and address)."""
    parts = [person.surname, person.name, person.codice_fiscale or "", *place]
    set_if_changed(person, "search_text", fold(" ".join(p for p in parts if p)))
    set_if_changed(person, "sort_name", fold(f"{person.surname} {person.name}"))


def refresh_derived_columns(session: Session, household: Household) -> None:
    members = list(session.scalars(select(Person).where(Person.household_id == household.id)))
    holder = next((m for m in members if m.household_role is HouseholdRole.HOLDER), None)
    set_derived_columns(household, household.dwelling, members, holder)
