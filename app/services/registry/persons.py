"""Persons as the quick visit entry needs them: found as the operator types, added inline, the privacy
notice recorded, and the funder's participant data (DESIGN 2.6) asked once.

A person added here has no household ("CF da completare" is allowed: the code is completed later from
the list of data to complete). The registry rules (codice fiscale read and unique, search columns kept)
are those of app/services/registry/households.py, shared rather than repeated.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Row, Select, exists, select
from sqlalchemy.orm import Session

from app.clock import today
from app.messages import Message, msg
from app.models.dwelling import Dwelling
from app.models.household import Household
from app.models.participant import ParticipantProfile
from app.models.person import Person
from app.services.dates import format_date
from app.services.errors import NotFound, ValidationFailed
from app.services.registry.codice_fiscale import mask_codice_fiscale
from app.services.registry.forms import Findings, PersonForm, read_person
from app.services.registry.households import (
    apply_person,
    check_codice_fiscale_free,
    dwelling_address,
    refuse_or_continue,
    set_if_changed,
    set_person_search_columns,
)
from app.services.registry.text_search import like_pattern, search_words
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import Answer, Education, HouseholdRole, LabourStatus, Sex

SEARCH_LIMIT = 20
PRIVACY_VERSION_LENGTH = 20


@dataclass(frozen=True)
class PersonHit:
    id: uuid.UUID
    surname: str
    name: str
    codice_fiscale_masked: str
    """Empty when the code is still to complete (DESIGN 2.7: lists show codes masked)."""
    birth_date: date | None
    household_id: uuid.UUID | None
    household_code: str
    """Empty for a person without household."""
    address: str
    privacy_notice_date: date | None
    has_participant_profile: bool
    privacy_notice_version: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.surname} {self.name}"


@dataclass(frozen=True)
class PersonSummary:
    """One person at a glance (the quick entry's side panel): not a list, so the code is shown whole."""

    id: uuid.UUID
    surname: str
    name: str
    codice_fiscale: str | None
    birth_date: date | None
    sex: Sex | None
    phone: str
    email: str
    preferred_language: str
    household_id: uuid.UUID | None
    household_code: str
    household_role: HouseholdRole | None
    address: str
    privacy_notice_date: date | None
    privacy_notice_version: str
    needs_participant_data: bool

    @property
    def full_name(self) -> str:
        return f"{self.surname} {self.name}"


@dataclass(frozen=True)
class ParticipantForm:
    """The funder's indicators (DESIGN 2.6); ``None`` is "not asked yet", to complete later. The last four
    accept :attr:`Answer.PREFERS_NOT`; whether a person is a third-country national is a plain fact."""

    labour_status: LabourStatus | None = None
    education: Education | None = None
    third_country_national: Answer | None = None
    foreign_background: Answer | None = None
    minority: Answer | None = None
    disability: Answer | None = None
    homeless_or_excluded: Answer | None = None


_PARTICIPANT_CHOICES: dict[str, type[StrEnum]] = {
    "labour_status": LabourStatus,
    "education": Education,
    "third_country_national": Answer,
    "foreign_background": Answer,
    "minority": Answer,
    "disability": Answer,
    "homeless_or_excluded": Answer,
}


# --- finding -----------------------------------------------------------------------------------------


def _hit_query() -> Select:
    has_profile = exists().where(ParticipantProfile.person_id == Person.id)
    return (
        select(
            Person.id,
            Person.surname,
            Person.name,
            Person.codice_fiscale,
            Person.birth_date,
            Person.household_id,
            Household.code,
            Dwelling.street,
            Dwelling.house_number,
            Dwelling.staircase,
            Dwelling.floor,
            Dwelling.unit,
            Person.privacy_notice_date,
            Person.privacy_notice_version,
            has_profile.label("has_profile"),
        )
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(Dwelling, Household.dwelling_id == Dwelling.id)
    )


def search_page_query(query: str, limit: int) -> Select:
    """One statement: the inner query walks ``ix_persons_by_name`` in name order, checks every typed word
    against ``search_text`` held in the index, and stops after ``limit`` matches; the outer one adds the
    household and the address of those few rows."""
    page = select(Person.id)
    for word in search_words(query):
        page = page.where(Person.search_text.like(like_pattern(word), escape="\\"))
    page = page.order_by(Person.sort_name).limit(limit)
    return _hit_query().where(Person.id.in_(page.scalar_subquery())).order_by(Person.sort_name, Person.id)


def search_persons(uow: UnitOfWork, query: str, *, limit: int = SEARCH_LIMIT) -> list[PersonHit]:
    """Persons whose names, codice fiscale, household code or address contain every word typed (accents
    and case ignored), by name."""
    with uow:
        return [_hit(row) for row in uow.session.execute(search_page_query(query, limit))]


def person_hit(uow: UnitOfWork, person_id: uuid.UUID) -> PersonHit:
    """The same line the search shows, for a person already known (just added, or edited)."""
    with uow:
        row = uow.session.execute(_hit_query().where(Person.id == person_id)).one_or_none()
        if row is None:
            raise NotFound(msg("Persona non trovata."))
        return _hit(row)


def _hit(row: Row[Any]) -> PersonHit:
    return PersonHit(
        id=row.id,
        surname=row.surname,
        name=row.name,
        codice_fiscale_masked=mask_codice_fiscale(row.codice_fiscale),
        birth_date=row.birth_date,
        household_id=row.household_id,
        household_code=row.code or "",
        address=_address(row),
        privacy_notice_date=row.privacy_notice_date,
        has_participant_profile=bool(row.has_profile),
        privacy_notice_version=row.privacy_notice_version,
    )


def _address(row: Row[Any]) -> str:
    if not row.street:
        return ""
    return dwelling_address(row.street, row.house_number, row.staircase, row.floor, row.unit)


def person_summary(uow: UnitOfWork, person_id: uuid.UUID) -> PersonSummary:
    with uow:
        session = uow.session
        person = _person(session, person_id)
        row = session.execute(
            select(Household.code, Dwelling.street, Dwelling.house_number, Dwelling.staircase, Dwelling.floor, Dwelling.unit)
            .join(Dwelling, Household.dwelling_id == Dwelling.id)
            .where(Household.id == person.household_id)
        ).one_or_none()
        profile = session.scalar(select(ParticipantProfile.id).where(ParticipantProfile.person_id == person.id))
        return PersonSummary(
            id=person.id,
            surname=person.surname,
            name=person.name,
            codice_fiscale=person.codice_fiscale,
            birth_date=person.birth_date,
            sex=person.sex,
            phone=person.phone,
            email=person.email,
            preferred_language=person.preferred_language,
            household_id=person.household_id,
            household_code=row.code if row else "",
            household_role=person.household_role,
            address=_address(row) if row else "",
            privacy_notice_date=person.privacy_notice_date,
            privacy_notice_version=person.privacy_notice_version,
            needs_participant_data=profile is None,
        )


# --- adding and recording ----------------------------------------------------------------------------


def add_person(uow: UnitOfWork, form: PersonForm, *, confirmed: bool = False) -> uuid.UUID:
    """A person who comes to the desk and is not in a household of the registry. Without a codice fiscale
    they are saved as "CF da completare"; a code already held by someone else is refused (naming them)."""
    findings = Findings()
    data = read_person(form, today(), findings)
    with uow:
        session = uow.session
        check_codice_fiscale_free(session, data, None, findings)
        refuse_or_continue(findings, confirmed)
        person = Person(id=uuid.uuid4(), household_id=None, household_role=None)
        apply_person(person, data)
        set_person_search_columns(person)
        session.add(person)
        uow.commit()
        return person.id


def record_privacy_notice(uow: UnitOfWork, person_id: uuid.UUID, on: date, version: str) -> None:
    """The notice was handed (or read) to the person on ``on``, in ``version`` (DESIGN 2.7)."""
    errors: dict[str, Message] = {}
    if on > today():
        errors["privacy_notice_date"] = msg("Data dell'informativa: il {day} è nel futuro.").fill(day=format_date(on))
    clean = version.strip()
    if not clean:
        errors["privacy_notice_version"] = msg("Versione dell'informativa: campo obbligatorio.")
    elif len(clean) > PRIVACY_VERSION_LENGTH:
        errors["privacy_notice_version"] = msg("Versione dell'informativa: al massimo {length} caratteri.").fill(
            length=PRIVACY_VERSION_LENGTH
        )
    if errors:
        raise ValidationFailed(errors)
    with uow:
        person = _person(uow.session, person_id)
        set_if_changed(person, "privacy_notice_date", on)
        set_if_changed(person, "privacy_notice_version", clean)
        uow.commit()


# --- participant data (DESIGN 2.6) -------------------------------------------------------------------


def participant_profile(uow: UnitOfWork, person_id: uuid.UUID) -> ParticipantForm | None:
    """``None`` until the data were asked the first time."""
    with uow:
        profile = uow.session.scalars(
            select(ParticipantProfile).where(ParticipantProfile.person_id == person_id)
        ).one_or_none()
        if profile is None:
            return None
        return ParticipantForm(**{name: getattr(profile, name) for name in _PARTICIPANT_CHOICES})


def needs_participant_data(uow: UnitOfWork, person_id: uuid.UUID) -> bool:
    """Whether the funder's questions were never asked to this person (a profile, even all "not asked",
    means they were: the rest is completed from the person's page, not asked again at every visit)."""
    with uow:
        return uow.session.scalar(select(ParticipantProfile.id).where(ParticipantProfile.person_id == person_id)) is None


def save_participant_profile(uow: UnitOfWork, person_id: uuid.UUID, form: ParticipantForm) -> None:
    """Creates the profile (dated today: the indicators are "at entry") or completes it."""
    values = _participant_values(form)
    with uow:
        session = uow.session
        person = _person(session, person_id)
        profile = session.scalars(
            select(ParticipantProfile).where(ParticipantProfile.person_id == person.id)
        ).one_or_none()
        if profile is None:
            profile = ParticipantProfile(person_id=person.id, recorded_on=today())
            session.add(profile)
        for name, value in values.items():
            set_if_changed(profile, name, value)
        uow.commit()


def _participant_values(form: ParticipantForm) -> dict[str, StrEnum | None]:
    values: dict[str, StrEnum | None] = {}
    errors: dict[str, Message] = {}
    for field in fields(form):
        raw = getattr(form, field.name)
        choices = _PARTICIPANT_CHOICES[field.name]
        try:
            values[field.name] = None if raw is None else choices(raw)
        except ValueError:
            errors[field.name] = msg("Valore non ammesso: «{value}».").fill(value=raw)
    if values.get("third_country_national") is Answer.PREFERS_NOT:
        errors["third_country_national"] = msg("Cittadinanza extra UE: rispondere sì o no, oppure lasciare «non chiesto».")
    if errors:
        raise ValidationFailed(errors)
    return values


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(msg("Persona non trovata."))
    return person
