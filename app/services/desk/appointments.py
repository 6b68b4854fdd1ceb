"""Appointments: a person (or a name and a phone) booked into one of a desk's coming openings (issue 3, point 6).

Rules, decided here so the desk and the tests agree:

- Someone must be named: a registered person, or a name with a phone number to call back.
- The appointment starts now or later and lies wholly inside one opening of the desk: a 20-minute
  appointment at 11:50 in a 9:00-12:00 opening is refused, since it would end after closing time.
- The same person twice at overlapping times at the same desk is an error (a double booking by mistake).
  Two different people at overlapping times is allowed, as two operators may be on duty, but it is a
  warning to confirm (:class:`NeedsConfirmation`), so that nobody books over a colleague unawares.
  Cancelled appointments free their time.
- ``booked`` becomes ``attended`` (linked to the visit), ``no_show`` (only once its time has come) or
  ``cancelled`` (with a reason). A late arrival after ``no_show`` may still become ``attended``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now_utc
from app.messages import Message, joined, msg
from app.models.appointment import Appointment
from app.models.catalogue import Topic
from app.models.household import Household
from app.models.office import Office
from app.models.operator import Operator
from app.models.person import Person
from app.models.visit import Visit
from app.services.dates import format_date
from app.services.errors import NeedsConfirmation, NotFound, PermissionDenied, ValidationFailed
from app.services.local_time import clock_label, day_bounds, local_day, local_moment, moment_label, require_aware
from app.services.offices import Slot, office_by_code
from app.services.registry.text_search import fold
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import WEEKDAYS, AppointmentStatus

DEFAULT_DURATION_MINUTES = 20
MIN_DURATION_MINUTES = 5
MAX_DURATION_MINUTES = 240
MIN_PHONE_DIGITS = 6

# --- openings (pure rules) -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Opening:
    """One concrete opening of a desk: a weekly slot on a given day."""

    starts_at: datetime
    """Aware, UTC."""
    ends_at: datetime
    local_label: Message
    """``mercoledì 25/11/2026 9:00-12:00`` in Rome time."""

    def contains(self, starts_at: datetime, ends_at: datetime) -> bool:
        return self.starts_at <= starts_at and ends_at <= self.ends_at


def opening_on(day: date, slot: Slot) -> Opening:
    """The opening of ``slot`` on the Rome calendar day ``day``."""
    starts_at = local_moment(day, slot.starts)
    ends_at = local_moment(day, slot.ends)
    label = msg("{weekday} {day} {starts}-{ends}").fill(
        weekday=WEEKDAYS[slot.weekday], day=format_date(day), starts=clock_label(slot.starts), ends=clock_label(slot.ends)
    )
    return Opening(starts_at, ends_at, label)


def _usable(slots: Sequence[Slot]) -> list[Slot]:
    return sorted((s for s in slots if 0 <= s.weekday <= 6 and s.starts < s.ends), key=lambda s: (s.weekday, s.starts))


def coming_openings(slots: Sequence[Slot], after: datetime, count: int) -> list[Opening]:
    """The next ``count`` openings from the weekly ``slots``, in Rome time whatever the season.

    An opening already under way at ``after`` is included (someone can still be booked into what is left
    of it); one that has ended is not."""
    moment = require_aware(after, "after")
    usable = _usable(slots)
    if count <= 0 or not usable:
        return []
    found: list[Opening] = []
    day = local_day(moment)
    while len(found) < count:
        for slot in (s for s in usable if s.weekday == day.weekday()):
            opening = opening_on(day, slot)
            if opening.ends_at > moment:
                found.append(opening)
                if len(found) == count:
                    break
        day += timedelta(days=1)
    return found


def openings_on_day(slots: Sequence[Slot], day: date) -> list[Opening]:
    """The openings of a Rome calendar day, in time order."""
    return [opening_on(day, s) for s in _usable(slots) if s.weekday == day.weekday()]


def opening_containing(slots: Sequence[Slot], starts_at: datetime, ends_at: datetime) -> Opening | None:
    """The opening that holds the whole interval, if any."""
    start = require_aware(starts_at, "starts_at")
    return next((o for o in openings_on_day(slots, local_day(start)) if o.contains(start, ends_at)), None)


def _slots(office: Office) -> list[Slot]:
    return [Slot(s.weekday, s.starts, s.ends) for s in office.slots]


def _hours_label(slots: Sequence[Slot]) -> Message:
    return joined(
        (
            msg("{weekday} {starts}-{ends}").fill(weekday=WEEKDAYS[s.weekday], starts=clock_label(s.starts), ends=clock_label(s.ends))
            for s in _usable(slots)
        ),
        ", ",
    )


def desk_openings(uow: UnitOfWork, office_code: str, *, count: int = 8, after: datetime | None = None) -> list[Opening]:
    """The desk's coming openings, to choose an appointment's day from."""
    with uow:
        slots = _slots(office_by_code(uow, office_code))
    return coming_openings(slots, after or now_utc(), count)


# --- booking -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AppointmentForm:
    office_code: str
    starts_at: datetime
    """Aware; any zone (the UI passes Rome time)."""
    duration_minutes: int = DEFAULT_DURATION_MINUTES
    person_id: uuid.UUID | None = None
    contact_name: str = ""
    """For someone not in the registry (or to say who called for the person)."""
    contact_phone: str = ""
    topic_id: uuid.UUID | None = None
    note: str = ""


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def _read_form(form: AppointmentForm, errors: dict[str, Message]) -> tuple[datetime, datetime]:
    """Checks what needs no database; returns the interval in UTC."""
    starts_at = require_aware(form.starts_at, "starts_at")
    duration = form.duration_minutes
    if not MIN_DURATION_MINUTES <= duration <= MAX_DURATION_MINUTES:
        errors["duration_minutes"] = msg("Durata: tra {least} e {most} minuti.").fill(least=MIN_DURATION_MINUTES, most=MAX_DURATION_MINUTES)
        duration = MIN_DURATION_MINUTES
    if form.person_id is None:
        if not form.contact_name.strip():
            errors["person_id"] = msg(
                "Persona: scegliere una persona registrata oppure scrivere nome e telefono di chi chiede l'appuntamento."
            )
        elif not form.contact_phone.strip():
            errors["contact_phone"] = msg("Telefono: necessario quando la persona non è registrata, per poterla richiamare.")
    if form.contact_phone.strip() and len(_digits(form.contact_phone)) < MIN_PHONE_DIGITS:
        errors["contact_phone"] = msg("Telefono: scrivere il numero completo (almeno {digits} cifre).").fill(digits=MIN_PHONE_DIGITS)
    if len(form.contact_name.strip()) > 200:
        errors["contact_name"] = msg("Nome: al massimo 200 caratteri.")
    now = now_utc()
    if starts_at < now.replace(second=0, microsecond=0):
        errors["starts_at"] = msg("Data e ora: {moment} è già passato; scegliere una delle prossime aperture.").fill(
            moment=moment_label(starts_at)
        )
    return starts_at, starts_at + timedelta(minutes=duration)


def _check_within_opening(office: Office, starts_at: datetime, ends_at: datetime, errors: dict[str, Message]) -> None:
    if "starts_at" in errors:
        return
    slots = _slots(office)
    if opening_containing(slots, starts_at, ends_at) is not None:
        return
    same_day = [o for o in openings_on_day(slots, local_day(starts_at)) if o.starts_at <= starts_at < o.ends_at]
    if same_day:
        errors["starts_at"] = msg(
            "Data e ora: l'appuntamento finirebbe alle {ends}, dopo la chiusura delle {closing}; anticiparlo o accorciarlo."
        ).fill(ends=clock_label(ends_at), closing=clock_label(same_day[0].ends_at))
    elif slots:
        errors["starts_at"] = msg("Data e ora: lo sportello {code} è aperto {hours}; scegliere un orario di apertura.").fill(
            code=office.code, hours=_hours_label(slots)
        )
    else:
        errors["starts_at"] = msg("Data e ora: lo sportello {code} non ha orari di apertura.").fill(code=office.code)


def _party_name(session: Session, person_id: uuid.UUID | None, contact_name: str) -> str:
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is not None:
            return f"{person.surname} {person.name}"
    return contact_name.strip()


def _same_party(a: Appointment, person_id: uuid.UUID | None, contact_name: str) -> bool:
    if person_id is not None or a.person_id is not None:
        return a.person_id == person_id
    return fold(a.contact_name) == fold(contact_name)


def _overlapping(session: Session, office_id: uuid.UUID, starts_at: datetime, ends_at: datetime) -> list[Appointment]:
    """Booked appointments of the desk whose time overlaps ``[starts_at, ends_at)``."""
    near = session.scalars(
        select(Appointment)
        .where(
            Appointment.office_id == office_id,
            Appointment.status == AppointmentStatus.BOOKED,
            Appointment.starts_at > starts_at - timedelta(minutes=MAX_DURATION_MINUTES),
            Appointment.starts_at < ends_at,
        )
        .order_by(Appointment.starts_at)
    )
    return [a for a in near if starts_at < a.starts_at + timedelta(minutes=a.duration_minutes)]


def book_appointment(uow: UnitOfWork, form: AppointmentForm, *, confirmed: bool = False) -> uuid.UUID:
    """Books an appointment; refuses with per-field errors, or asks to confirm a booking over another."""
    booked_by = uow.actor.operator_id
    if booked_by is None:
        raise PermissionDenied(msg("Per prenotare un appuntamento bisogna essere collegati come operatore."))
    errors: dict[str, Message] = {}
    starts_at, ends_at = _read_form(form, errors)
    with uow:
        session = uow.session
        office = session.scalars(select(Office).where(Office.code == form.office_code)).one_or_none()
        if not form.office_code:
            errors["office_code"] = msg("Sportello: scegliere uno sportello.")
        elif office is None:
            errors["office_code"] = msg("Sportello: {code} non esiste.").fill(code=form.office_code)
        elif not office.active:
            errors["office_code"] = msg("Sportello: {name} non è più attivo.").fill(name=office.name)
        else:
            _check_within_opening(office, starts_at, ends_at, errors)
        if form.person_id is not None and session.get(Person, form.person_id) is None:
            errors["person_id"] = msg("Persona: non trovata nell'anagrafe.")
        if form.topic_id is not None:
            topic = session.get(Topic, form.topic_id)
            if topic is None:
                errors["topic_id"] = msg("Argomento: non trovato.")
            elif topic.retired:
                errors["topic_id"] = msg("Argomento: «{name}» non è più in uso; sceglierne un altro.").fill(name=topic.name)
        if errors:
            raise ValidationFailed(errors)
        assert office is not None
        clashes = _overlapping(session, office.id, starts_at, ends_at)
        same = [a for a in clashes if _same_party(a, form.person_id, form.contact_name)]
        if same:
            who = _party_name(session, same[0].person_id, same[0].contact_name)
            raise ValidationFailed(
                {
                    "starts_at": msg("Data e ora: {who} ha già un appuntamento alle {time} in questo sportello.").fill(
                        who=who, time=clock_label(same[0].starts_at)
                    )
                }
            )
        if clashes and not confirmed:
            raise NeedsConfirmation(
                [
                    msg("Alle {time} è già prenotato {who}.").fill(
                        time=clock_label(a.starts_at), who=_party_name(session, a.person_id, a.contact_name)
                    )
                    for a in clashes
                ]
                + [msg("Prenotare comunque un secondo appuntamento in contemporanea?")]
            )
        appointment = Appointment(
            office_id=office.id,
            starts_at=starts_at,
            duration_minutes=form.duration_minutes,
            person_id=form.person_id,
            contact_name=form.contact_name.strip(),
            contact_phone=form.contact_phone.strip(),
            topic_id=form.topic_id,
            note=form.note.strip(),
            status=AppointmentStatus.BOOKED,
            booked_by_id=booked_by,
        )
        session.add(appointment)
        uow.commit()
        return appointment.id


# --- reading -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AppointmentView:
    id: uuid.UUID
    office_code: str
    starts_at: datetime
    ends_at: datetime
    time_label: str
    """``9:20-9:40`` in Rome time."""
    person_id: uuid.UUID | None
    household_id: uuid.UUID | None
    household_code: str
    name: str
    """The person's ``Surname Name``, or the contact name for someone not registered."""
    contact_name: str
    phone: str
    """The phone given when booking, else the person's."""
    topic_id: uuid.UUID | None
    topic_name: str
    note: str
    status: AppointmentStatus
    visit_id: uuid.UUID | None
    booked_by_name: str
    cancel_reason: str


def appointments_on(
    uow: UnitOfWork, office_code: str, day: date, *, include_cancelled: bool = False
) -> list[AppointmentView]:
    """A desk's appointments on a Rome calendar day, in time order (cancelled ones only when asked)."""
    with uow:
        office = office_by_code(uow, office_code)
        return office_appointments_on(uow.session, office, day, include_cancelled=include_cancelled)


def office_appointments_on(
    session: Session, office: Office, day: date, *, include_cancelled: bool = False
) -> list[AppointmentView]:
    """:func:`appointments_on` inside a unit of work already open (the desk's day reads it with the rest)."""
    first, last = day_bounds(day)
    query = (
        select(Appointment, Person, Household.code, Topic.name, Operator.full_name)
        .outerjoin(Person, Appointment.person_id == Person.id)
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(Topic, Appointment.topic_id == Topic.id)
        .join(Operator, Appointment.booked_by_id == Operator.id)
        .where(Appointment.office_id == office.id, Appointment.starts_at >= first, Appointment.starts_at < last)
        .order_by(Appointment.starts_at, Appointment.created_at)
    )
    if not include_cancelled:
        query = query.where(Appointment.status != AppointmentStatus.CANCELLED)
    return [
        _view(office.code, appointment, person, household_code, topic_name, booked_by)
        for appointment, person, household_code, topic_name, booked_by in session.execute(query)
    ]


def _view(
    office_code: str,
    appointment: Appointment,
    person: Person | None,
    household_code: str | None,
    topic_name: str | None,
    booked_by: str,
) -> AppointmentView:
    ends_at = appointment.starts_at + timedelta(minutes=appointment.duration_minutes)
    return AppointmentView(
        id=appointment.id,
        office_code=office_code,
        starts_at=appointment.starts_at,
        ends_at=ends_at,
        time_label=f"{clock_label(appointment.starts_at)}-{clock_label(ends_at)}",
        person_id=appointment.person_id,
        household_id=person.household_id if person else None,
        household_code=household_code or "",
        name=f"{person.surname} {person.name}" if person else appointment.contact_name,
        contact_name=appointment.contact_name,
        phone=appointment.contact_phone or (person.phone if person else ""),
        topic_id=appointment.topic_id,
        topic_name=topic_name or "",
        note=appointment.note,
        status=appointment.status,
        visit_id=appointment.visit_id,
        booked_by_name=booked_by,
        cancel_reason=appointment.cancel_reason,
    )


@dataclass(frozen=True)
class AppointmentPrefill:
    """What the quick visit entry starts from when an appointment becomes a visit."""

    appointment_id: uuid.UUID
    person_id: uuid.UUID | None
    household_id: uuid.UUID | None
    contact_name: str
    contact_phone: str
    topic_ids: tuple[uuid.UUID, ...]
    note: str
    office_code: str
    starts_at: datetime


def appointment_prefill(uow: UnitOfWork, appointment_id: uuid.UUID) -> AppointmentPrefill:
    with uow:
        appointment = _appointment(uow.session, appointment_id)
        if appointment.status is AppointmentStatus.CANCELLED:
            raise ValidationFailed({"status": msg("L'appuntamento è stato annullato.")})
        if appointment.status is AppointmentStatus.ATTENDED:
            raise ValidationFailed({"status": msg("L'appuntamento è già registrato come visita.")})
        person = uow.session.get(Person, appointment.person_id) if appointment.person_id else None
        office_code = uow.session.scalar(select(Office.code).where(Office.id == appointment.office_id)) or ""
        return AppointmentPrefill(
            appointment_id=appointment.id,
            person_id=appointment.person_id,
            household_id=person.household_id if person else None,
            contact_name=appointment.contact_name,
            contact_phone=appointment.contact_phone,
            topic_ids=(appointment.topic_id,) if appointment.topic_id else (),
            note=appointment.note,
            office_code=office_code,
            starts_at=appointment.starts_at,
        )


# --- what happened -------------------------------------------------------------------------------------


def _appointment(session: Session, appointment_id: uuid.UUID) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound(msg("Appuntamento non trovato."))
    return appointment


def _refuse_unless(appointment: Appointment, allowed: tuple[AppointmentStatus, ...], action: Message) -> None:
    if appointment.status not in allowed:
        raise ValidationFailed(
            {"status": msg("Non si può {action}: l'appuntamento è già «{status}».").fill(action=action, status=appointment.status)}
        )


def mark_no_show(uow: UnitOfWork, appointment_id: uuid.UUID) -> None:
    """The person did not come. Only once the appointment's time has come."""
    with uow:
        appointment = _appointment(uow.session, appointment_id)
        _refuse_unless(appointment, (AppointmentStatus.BOOKED,), msg("segnare l'assenza"))
        if appointment.starts_at > now_utc():
            raise ValidationFailed(
                {
                    "status": msg("L'appuntamento è alle {moment}: non è ancora il momento di segnare l'assenza.").fill(
                        moment=moment_label(appointment.starts_at)
                    )
                }
            )
        appointment.status = AppointmentStatus.NO_SHOW
        uow.commit()


def cancel_appointment(uow: UnitOfWork, appointment_id: uuid.UUID, reason: str) -> None:
    """Cancels a booked appointment; its time becomes free. Who, when and why are kept."""
    text = " ".join(reason.split())
    if not text:
        raise ValidationFailed({"reason": msg("Motivo: campo obbligatorio (per esempio «ha chiamato per disdire»).")})
    with uow:
        appointment = _appointment(uow.session, appointment_id)
        _refuse_unless(appointment, (AppointmentStatus.BOOKED,), msg("annullare"))
        appointment.status = AppointmentStatus.CANCELLED
        appointment.cancelled_at = now_utc()
        appointment.cancelled_by_id = uow.actor.operator_id
        appointment.cancel_reason = text
        uow.commit()


def mark_attended(uow: UnitOfWork, appointment_id: uuid.UUID, visit_id: uuid.UUID) -> None:
    """The appointment became ``visit_id``; also after a ``no_show`` (the person came late)."""
    with uow:
        session = uow.session
        appointment = _appointment(session, appointment_id)
        if appointment.status is AppointmentStatus.ATTENDED and appointment.visit_id == visit_id:
            return
        _refuse_unless(appointment, (AppointmentStatus.BOOKED, AppointmentStatus.NO_SHOW), msg("registrare la presenza"))
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFound(msg("Visita non trovata."))
        if visit.cancelled_at is not None:
            raise ValidationFailed({"visit_id": msg("La visita è annullata: non può chiudere un appuntamento.")})
        other = session.scalar(
            select(Appointment.id).where(Appointment.visit_id == visit_id, Appointment.id != appointment.id)
        )
        if other is not None:
            raise ValidationFailed({"visit_id": msg("La visita è già collegata a un altro appuntamento.")})
        appointment.status = AppointmentStatus.ATTENDED
        appointment.visit_id = visit_id
        uow.commit()
