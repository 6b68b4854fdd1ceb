"""Visits to the desk (accessi: also phone calls, home visits, outreach contacts), recorded in one screen.

Rules decided here, so that the desk, the command line and the tests agree:

- At least one topic. Who came: a person (their household is taken with them), a household, or nobody
  by name (an anonymous contact, of which only sex and age bracket are recorded).
- A visit may be recorded afterwards but not on a future day; its duration is 0 to 8 hours.
- Retired topics and referral services are not offered for new visits; a visit that already had one
  keeps it when edited.
- A visit outside the desk's opening hours is allowed, and shown as such (:func:`outside_opening`).
- A follow-up is due on the visit's day or later. Editing a visit changes its open follow-up (or adds
  one); follow-ups are closed, never removed by an edit.
- The author of a visit is the operator it is recorded under, and the one who recorded it (the audit
  trail says who inserted it). The author or a coordinator edits and cancels it; only the author deletes
  it, and only on the day it was recorded: later it is cancelled with a reason and stays in the list,
  marked as cancelled (DESIGN 2.7: records are never silently deleted).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import ROME, now_utc, today
from app.messages import Message, msg
from app.models.appointment import Appointment
from app.models.audit import AuditEntry
from app.models.catalogue import PartnerOrganisation, ReferralService, Topic
from app.models.household import Household
from app.models.office import Office
from app.models.operator import Operator
from app.models.person import Person
from app.models.visit import FollowUp, Visit
from app.services.catalogues import catalogue_item
from app.services.dates import format_date
from app.services.desk.follow_ups import (
    CANCELLATION_NOTE,
    VISIT_FORM_FIELDS,
    CheckedFollowUp,
    FollowUpForm,
    FollowUpView,
    check_follow_up,
    close,
    new_follow_up,
    visit_follow_ups,
)
from app.services.errors import NotFound, PermissionDenied, ValidationFailed
from app.services.local_time import local_day, require_aware
from app.services.offices import Slot
from app.services.registry.households import set_if_changed
from app.services.unit_of_work import Actor, UnitOfWork
from app.vocabulary import AgeBracket, AppointmentStatus, CatalogueKind, Channel, Sex

MAX_DURATION_MINUTES = 8 * 60
LANGUAGE_LENGTH = 60
CANCEL_REASON_LENGTH = 300



@dataclass(frozen=True)
class VisitForm:
    """A visit as the quick entry sends it: plain values, already typed (ids from the lists)."""

    office_code: str
    started_at: datetime
    """Aware; stored in UTC."""
    duration_minutes: int
    channel: Channel
    person_id: uuid.UUID | None = None
    household_id: uuid.UUID | None = None
    """Only a person: their household is taken."""
    anonymous_sex: Sex | None = None
    anonymous_age_bracket: AgeBracket | None = None
    topic_ids: tuple[uuid.UUID, ...] = ()
    interpreter_language: str = ""
    notes: str = ""
    referral_service_id: uuid.UUID | None = None
    referral_outcome: str = ""
    referral_partner_id: uuid.UUID | None = None
    """A partner organisation the person was sent to, instead of a service of the list."""
    follow_up: FollowUpForm | None = None
    """On a new visit: creates it. On an edit: changes the open follow-up, or adds one; ``None`` leaves
    the visit's follow-ups as they are."""
    operator_id: uuid.UUID | None = None
    """Who held the visit; ``None`` is the operator recording it."""


@dataclass(frozen=True)
class VisitView:
    id: uuid.UUID
    office_code: str
    office_name: str
    operator_id: uuid.UUID
    operator_name: str
    started_at: datetime
    duration_minutes: int
    channel: Channel
    person_id: uuid.UUID | None
    person_name: str
    household_id: uuid.UUID | None
    household_code: str
    anonymous_sex: Sex | None
    anonymous_age_bracket: AgeBracket | None
    topic_ids: tuple[uuid.UUID, ...]
    topic_names: tuple[str, ...]
    interpreter_language: str
    notes: str
    referral_service_id: uuid.UUID | None
    referral_service_name: str
    referral_outcome: str
    referral_partner_id: uuid.UUID | None
    referral_partner_name: str
    follow_ups: tuple[FollowUpView, ...]
    cancelled_at: datetime | None
    cancelled_by_name: str
    cancel_reason: str
    outside_opening: bool
    created_at: datetime
    author_ids: frozenset[uuid.UUID]
    """The operator of the visit and the one who recorded it: see :func:`may_edit`, :func:`may_delete`."""

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None

    @property
    def anonymous(self) -> bool:
        return self.person_id is None and self.household_id is None

    @property
    def follow_up(self) -> FollowUpView | None:
        """The open follow-up an edit of the visit changes (the first still open), if any."""
        return next((f for f in self.follow_ups if f.is_open), None)

    @property
    def form(self) -> VisitForm:
        """The visit as the edit form starts from."""
        open_one = self.follow_up
        return VisitForm(
            office_code=self.office_code,
            started_at=self.started_at,
            duration_minutes=self.duration_minutes,
            channel=self.channel,
            person_id=self.person_id,
            household_id=self.household_id,
            anonymous_sex=self.anonymous_sex,
            anonymous_age_bracket=self.anonymous_age_bracket,
            topic_ids=self.topic_ids,
            interpreter_language=self.interpreter_language,
            notes=self.notes,
            referral_service_id=self.referral_service_id,
            referral_outcome=self.referral_outcome,
            referral_partner_id=self.referral_partner_id,
            follow_up=open_one.form if open_one else None,
            operator_id=self.operator_id,
        )


class LastVisit(NamedTuple):
    """What "same as last visit" copies: topics and where the person was referred."""

    topic_ids: tuple[uuid.UUID, ...]
    referral_service_id: uuid.UUID | None
    referral_partner_id: uuid.UUID | None = None


# --- pure rules --------------------------------------------------------------------------------------


def outside_opening(slots: Iterable[Slot], started_at: datetime) -> bool:
    """Whether a visit starting at ``started_at`` falls outside every weekly opening of the desk, read on
    the Europe/Rome clock (so 9:30 is 9:30 in winter and in summer). A slot holds its start and not its
    end: at 12:00 a desk open 9:00-12:00 is closed."""
    wall = require_aware(started_at, "started_at").astimezone(ROME)
    moment = time(wall.hour, wall.minute, wall.second)
    return not any(slot.weekday == wall.weekday() and slot.starts <= moment < slot.ends for slot in slots)


def may_edit(actor: Actor, author_ids: Iterable[uuid.UUID]) -> bool:
    return actor.is_coordinator or (actor.operator_id is not None and actor.operator_id in set(author_ids))


def may_delete(actor: Actor, author_ids: Iterable[uuid.UUID], created_at: datetime, day: date) -> bool:
    """Only an author, on the (Rome) day the visit was recorded."""
    return actor.operator_id is not None and actor.operator_id in set(author_ids) and local_day(created_at) == day


# --- reading -----------------------------------------------------------------------------------------


def visit_detail(uow: UnitOfWork, visit_id: uuid.UUID) -> VisitView:
    with uow:
        session = uow.session
        visit = _visit(session, visit_id)
        office = session.get(Office, visit.office_id)
        assert office is not None  # a foreign key
        operator = session.get(Operator, visit.operator_id)
        person = session.get(Person, visit.person_id) if visit.person_id else None
        household = session.get(Household, visit.household_id) if visit.household_id else None
        referral = session.get(ReferralService, visit.referral_service_id) if visit.referral_service_id else None
        partner = session.get(PartnerOrganisation, visit.referral_partner_id) if visit.referral_partner_id else None
        canceller = session.get(Operator, visit.cancelled_by_id) if visit.cancelled_by_id else None
        slots = [Slot(s.weekday, s.starts, s.ends) for s in office.slots]
        topics = list(visit.topics)
        return VisitView(
            id=visit.id,
            office_code=office.code,
            office_name=office.name,
            operator_id=visit.operator_id,
            operator_name=operator.full_name if operator else "",
            started_at=visit.started_at,
            duration_minutes=visit.duration_minutes,
            channel=visit.channel,
            person_id=visit.person_id,
            person_name=f"{person.surname} {person.name}" if person else "",
            household_id=visit.household_id,
            household_code=household.code if household else "",
            anonymous_sex=visit.anonymous_sex,
            anonymous_age_bracket=visit.anonymous_age_bracket,
            topic_ids=tuple(t.id for t in topics),
            topic_names=tuple(t.name for t in topics),
            interpreter_language=visit.interpreter_language,
            notes=visit.notes,
            referral_service_id=visit.referral_service_id,
            referral_service_name=referral.name if referral else "",
            referral_outcome=visit.referral_outcome,
            referral_partner_id=visit.referral_partner_id,
            referral_partner_name=partner.name if partner else "",
            follow_ups=tuple(visit_follow_ups(session, visit.id)),
            cancelled_at=visit.cancelled_at,
            cancelled_by_name=canceller.full_name if canceller else "",
            cancel_reason=visit.cancel_reason,
            outside_opening=outside_opening(slots, visit.started_at),
            created_at=visit.created_at,
            author_ids=frozenset(_authors(session, visit)),
        )


def last_visit_template(uow: UnitOfWork, person_id: uuid.UUID) -> LastVisit | None:
    """Topics and referral of the person's latest visit that was not cancelled, without what has been
    retired since (it could not be saved again); ``None`` if the person has no visit yet."""
    with uow:
        session = uow.session
        visit = session.scalars(
            select(Visit)
            .where(Visit.person_id == person_id, Visit.cancelled_at.is_(None))
            .order_by(Visit.started_at.desc())
            .limit(1)
        ).first()
        if visit is None:
            return None
        referral = session.get(ReferralService, visit.referral_service_id) if visit.referral_service_id else None
        partner = session.get(PartnerOrganisation, visit.referral_partner_id) if visit.referral_partner_id else None
        return LastVisit(
            topic_ids=tuple(t.id for t in visit.topics if not t.retired),
            referral_service_id=referral.id if referral is not None and not referral.retired else None,
            referral_partner_id=partner.id if partner is not None and not partner.retired else None,
        )


# --- writing -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Checked:
    office_id: uuid.UUID
    operator_id: uuid.UUID
    started_at: datetime
    duration_minutes: int
    channel: Channel
    person_id: uuid.UUID | None
    household_id: uuid.UUID | None
    anonymous_sex: Sex | None
    anonymous_age_bracket: AgeBracket | None
    topics: list[Topic]
    interpreter_language: str
    notes: str
    referral_service_id: uuid.UUID | None
    referral_partner_id: uuid.UUID | None
    referral_outcome: str
    follow_up: CheckedFollowUp | None


def record_visit(uow: UnitOfWork, form: VisitForm) -> uuid.UUID:
    """Saves a new visit (and its follow-up) recorded by the acting operator."""
    with uow:
        session = uow.session
        checked = _check(session, form, uow.actor, None)
        visit = Visit(id=uuid.uuid4())
        _apply(visit, checked)
        session.add(visit)
        if checked.follow_up is not None:
            session.flush()  # the follow-up refers to the visit by key only: the visit goes in first
            session.add(new_follow_up(visit, checked.follow_up))
        uow.commit()
        return visit.id


def update_visit(uow: UnitOfWork, visit_id: uuid.UUID, form: VisitForm) -> None:
    with uow:
        session = uow.session
        visit = _visit(session, visit_id)
        if not may_edit(uow.actor, _authors(session, visit)):
            raise PermissionDenied(msg("Solo chi ha registrato la visita o un coordinatore può modificarla."))
        if visit.cancelled_at is not None:
            raise ValidationFailed({"visit": msg("La visita è annullata: non si può modificare.")})
        checked = _check(session, form, uow.actor, visit)
        _apply(visit, checked)
        follow_ups = list(session.scalars(select(FollowUp).where(FollowUp.visit_id == visit.id).order_by(FollowUp.created_at)))
        for follow_up in follow_ups:
            set_if_changed(follow_up, "office_id", visit.office_id)
            set_if_changed(follow_up, "person_id", visit.person_id)
            set_if_changed(follow_up, "household_id", visit.household_id)
        if checked.follow_up is not None:
            open_one = next((f for f in follow_ups if f.closed_at is None), None)
            if open_one is None:
                session.add(new_follow_up(visit, checked.follow_up))
            else:
                set_if_changed(open_one, "due_date", checked.follow_up.due_date)
                set_if_changed(open_one, "owner_id", checked.follow_up.owner_id)
                set_if_changed(open_one, "description", checked.follow_up.description)
        uow.commit()


def cancel_visit(uow: UnitOfWork, visit_id: uuid.UUID, reason: str) -> None:
    """The visit stays, marked as cancelled with the reason; its open follow-ups are closed with it."""
    text = " ".join(reason.split())
    if not text:
        raise ValidationFailed({"reason": msg("Motivo dell'annullamento: campo obbligatorio.")})
    if len(text) > CANCEL_REASON_LENGTH:
        raise ValidationFailed({"reason": msg("Motivo dell'annullamento: al massimo {most} caratteri.").fill(most=CANCEL_REASON_LENGTH)})
    with uow:
        session = uow.session
        visit = _visit(session, visit_id)
        if not may_edit(uow.actor, _authors(session, visit)):
            raise PermissionDenied(msg("Solo chi ha registrato la visita o un coordinatore può annullarla."))
        if visit.cancelled_at is not None:
            raise ValidationFailed({"reason": msg("La visita è già annullata.")})
        visit.cancelled_at = now_utc()
        visit.cancelled_by_id = uow.actor.operator_id
        visit.cancel_reason = text
        for follow_up in session.scalars(select(FollowUp).where(FollowUp.visit_id == visit.id, FollowUp.closed_at.is_(None))):
            close(follow_up, uow.actor.operator_id, CANCELLATION_NOTE.written(reason=text))
        uow.commit()


def delete_visit(uow: UnitOfWork, visit_id: uuid.UUID) -> None:
    """For a visit recorded by mistake, by its author on the same day; the audit trail keeps what it said.
    An appointment it came from goes back to booked."""
    with uow:
        session = uow.session
        visit = _visit(session, visit_id)
        if not may_delete(uow.actor, _authors(session, visit), visit.created_at, today()):
            raise PermissionDenied(
                msg(
                    "Una visita può essere eliminata solo da chi l'ha registrata e solo nel giorno in cui è stata "
                    "registrata (questa il {recorded_on}). Annullarla invece, indicando il motivo: resterà "
                    "nell'elenco come annullata."
                ).fill(recorded_on=format_date(local_day(visit.created_at)))
            )
        for follow_up in session.scalars(select(FollowUp).where(FollowUp.visit_id == visit.id)):
            session.delete(follow_up)
        for appointment in session.scalars(select(Appointment).where(Appointment.visit_id == visit.id)):
            appointment.visit_id = None
            if appointment.status is AppointmentStatus.ATTENDED:
                appointment.status = AppointmentStatus.BOOKED
        session.flush()  # the rows that refer to the visit go first
        session.delete(visit)
        uow.commit()


# --- helpers -----------------------------------------------------------------------------------------


def _visit(session: Session, visit_id: uuid.UUID) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(msg("Visita non trovata."))
    return visit


def _authors(session: Session, visit: Visit) -> set[uuid.UUID]:
    recorded_by = session.scalar(
        select(AuditEntry.operator_id).where(
            AuditEntry.entity_id == str(visit.id), AuditEntry.entity == Visit.__tablename__, AuditEntry.action == "insert"
        )
    )
    return {visit.operator_id} | ({recorded_by} if recorded_by is not None else set())


def _apply(visit: Visit, checked: _Checked) -> None:
    for name in (
        "office_id",
        "operator_id",
        "started_at",
        "duration_minutes",
        "channel",
        "person_id",
        "household_id",
        "anonymous_sex",
        "anonymous_age_bracket",
        "interpreter_language",
        "notes",
        "referral_service_id",
        "referral_partner_id",
        "referral_outcome",
    ):
        set_if_changed(visit, name, getattr(checked, name))
    if [t.id for t in visit.topics] != [t.id for t in checked.topics]:
        visit.topics = checked.topics


def _check(session: Session, form: VisitForm, actor: Actor, existing: Visit | None) -> _Checked:
    """Every field checked before anything is refused, so the operator sees all problems at once."""
    errors: dict[str, Message] = {}
    started_at = require_aware(form.started_at, "started_at")
    visit_day = local_day(started_at)
    if visit_day > today():
        errors["started_at"] = msg("Data e ora: il {day} è nel futuro.").fill(day=format_date(visit_day))

    office = session.scalars(select(Office).where(Office.code == form.office_code.strip().upper())).one_or_none()
    if office is None:
        errors["office_code"] = msg("Sportello: scegliere uno sportello.")
    elif not office.active and (existing is None or existing.office_id != office.id):
        errors["office_code"] = msg("Sportello: {name} non è più attivo.").fill(name=office.name)

    operator_id = form.operator_id or actor.operator_id
    if operator_id is None:
        errors["operator_id"] = msg("Operatore: indicare chi ha fatto la visita.")
    else:
        operator = session.get(Operator, operator_id)
        if operator is None:
            errors["operator_id"] = msg("Operatore: non trovato.")
        elif not operator.active and (existing is None or existing.operator_id != operator.id):
            errors["operator_id"] = msg("Operatore: {name} è disattivato.").fill(name=operator.full_name)

    duration = form.duration_minutes
    if not isinstance(duration, int) or isinstance(duration, bool):
        errors["duration_minutes"] = msg("Durata: scrivere i minuti come numero intero.")
    elif duration < 0:
        errors["duration_minutes"] = msg("Durata: non può essere negativa.")
    elif duration > MAX_DURATION_MINUTES:
        errors["duration_minutes"] = msg("Durata: {duration} minuti sono più di 8 ore, controllare.").fill(duration=duration)

    try:
        channel = Channel(form.channel)
    except ValueError:
        errors["channel"] = msg("Canale: scegliere sportello, telefono, visita a domicilio o contatto sul territorio.")
        channel = Channel.DESK

    person_id, household_id = _who(session, form, errors)
    anonymous = person_id is None and household_id is None
    sex = age_bracket = None
    if anonymous and "person_id" not in errors and "household_id" not in errors:
        sex, age_bracket = _anonymous(form, errors)

    topics = _topics(session, form.topic_ids, existing, errors)
    referral_id = _referral(session, CatalogueKind.REFERRAL_SERVICES, form.referral_service_id, existing, errors)
    partner_id = _referral(session, CatalogueKind.PARTNERS, form.referral_partner_id, existing, errors)
    if referral_id is not None and partner_id is not None:
        errors["referral_service_id"] = msg("Inviato a: un servizio o un ente partner, non entrambi.")
    outcome = form.referral_outcome.strip()
    if outcome and referral_id is None and partner_id is None and "referral_service_id" not in errors:
        errors["referral_outcome"] = msg("Esito dell'invio: indicare prima a quale servizio è stato inviato.")

    language = " ".join(form.interpreter_language.split())
    if len(language) > LANGUAGE_LENGTH:
        errors["interpreter_language"] = msg("Mediazione linguistica: al massimo {most} caratteri.").fill(most=LANGUAGE_LENGTH)

    follow_up = None
    if form.follow_up is not None:
        follow_up = check_follow_up(session, form.follow_up, visit_day, operator_id, errors, VISIT_FORM_FIELDS)

    if errors:
        raise ValidationFailed(errors)
    assert office is not None and operator_id is not None
    return _Checked(
        office_id=office.id,
        operator_id=operator_id,
        started_at=started_at,
        duration_minutes=duration,
        channel=channel,
        person_id=person_id,
        household_id=household_id,
        anonymous_sex=sex,
        anonymous_age_bracket=age_bracket,
        topics=topics,
        interpreter_language=language,
        notes=form.notes.strip(),
        referral_service_id=referral_id,
        referral_partner_id=partner_id,
        referral_outcome=outcome,
        follow_up=follow_up,
    )


def _who(session: Session, form: VisitForm, errors: dict[str, Message]) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    household_id = form.household_id
    if household_id is not None and session.get(Household, household_id) is None:
        errors["household_id"] = msg("Nucleo: non trovato.")
    if form.person_id is None:
        return None, household_id
    person = session.get(Person, form.person_id)
    if person is None:
        errors["person_id"] = msg("Persona: non trovata.")
        return None, household_id
    return person.id, household_id if household_id is not None else person.household_id


def _anonymous(form: VisitForm, errors: dict[str, Message]) -> tuple[Sex | None, AgeBracket | None]:
    sex = age_bracket = None
    try:
        sex = Sex(form.anonymous_sex) if form.anonymous_sex is not None else None
    except ValueError:
        pass
    try:
        age_bracket = AgeBracket(form.anonymous_age_bracket) if form.anonymous_age_bracket is not None else None
    except ValueError:
        pass
    if sex is None:
        errors["anonymous_sex"] = msg("Sesso: per un contatto anonimo indicare almeno sesso e fascia d'età.")
    if age_bracket is None:
        errors["anonymous_age_bracket"] = msg("Età: per un contatto anonimo indicare la fascia d'età.")
    return sex, age_bracket


def _topics(session: Session, topic_ids: Iterable[uuid.UUID], existing: Visit | None, errors: dict[str, Message]) -> list[Topic]:
    wanted = list(dict.fromkeys(topic_ids))
    if not wanted:
        errors["topic_ids"] = msg("Argomenti: sceglierne almeno uno.")
        return []
    found = {t.id: t for t in session.scalars(select(Topic).where(Topic.id.in_(wanted)))}
    kept = {t.id for t in existing.topics} if existing is not None else set()
    topics: list[Topic] = []
    for topic_id in wanted:
        topic = found.get(topic_id)
        if topic is None:
            errors["topic_ids"] = msg("Argomenti: uno degli argomenti scelti non esiste più, sceglierli di nuovo.")
        elif topic.retired and topic.id not in kept:
            errors["topic_ids"] = msg("Argomenti: «{name}» non è più in uso, sceglierne un altro.").fill(name=topic.name)
        else:
            topics.append(topic)
    return sorted(topics, key=lambda t: (t.position, t.name))


def _referral(
    session: Session, kind: CatalogueKind, referral_id: uuid.UUID | None, existing: Visit | None, errors: dict[str, Message]
) -> uuid.UUID | None:
    """A service of the list or a partner organisation; a retired one only if the visit already had it."""
    if referral_id is None:
        return None
    referral = catalogue_item(session, kind, referral_id)
    if referral is None:
        errors["referral_service_id"] = msg("Inviato a: la scelta non esiste più.")
        return None
    had = existing is not None and referral.id in (existing.referral_service_id, existing.referral_partner_id)
    if referral.retired and not had:
        errors["referral_service_id"] = msg("Inviato a: «{name}» non è più in uso, sceglierne un altro.").fill(name=referral.name)
    return referral.id
