"""Group activities (issue 3, point 8): assemblies, workshops, courses of several sessions, clean-up and
cultural events, neighbourhood network meetings, with attendance per session.

Attendance is the registered persons present plus a head count of the others (seed 004: network meetings
of 15-35 people, many of them not in the registry). Decisions:

- An activity has at least one session. Sessions are matched by id when the activity is edited; a form
  session without id is new, a stored session missing from the form is removed.
- Removing a session that has attendance asks for confirmation (:class:`NeedsConfirmation`, listing what
  would be lost); confirmed, the session and its attendance go (the audit trail keeps them).
- Attendance is recorded only for sessions that have taken place (today or earlier); a session with
  attendance cannot be moved into the future.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, selectinload

from app.clock import today
from app.messages import Message, counted, msg
from app.models.activity import Activity, ActivitySession, Attendance
from app.models.catalogue import ActivityType, PartnerOrganisation
from app.models.household import Household
from app.models.office import Office
from app.models.person import Person
from app.services.errors import NeedsConfirmation, NotFound, ValidationFailed
from app.services.local_time import day_bounds, local_day, moment_label, require_aware
from app.services.unit_of_work import UnitOfWork

MAX_OTHER_PARTICIPANTS = 10_000


@dataclass(frozen=True)
class SessionForm:
    starts_at: datetime
    """Aware; any zone."""
    ends_at: datetime | None = None
    id: uuid.UUID | None = None
    """The stored session this line edits; ``None`` for a new session."""


@dataclass(frozen=True)
class ActivityForm:
    activity_type_id: uuid.UUID | None
    title: str
    place: str = ""
    office_code: str = ""
    """``""``: not tied to a desk (a city-wide event)."""
    organisers: str = ""
    partner_ids: Sequence[uuid.UUID] = ()
    notes: str = ""
    sessions: Sequence[SessionForm] = field(default_factory=list)


@dataclass(frozen=True)
class PartnerView:
    id: uuid.UUID
    name: str
    kind: str
    contact: str


@dataclass(frozen=True)
class AttendeeView:
    person_id: uuid.UUID
    name: str
    household_id: uuid.UUID | None
    household_code: str


@dataclass(frozen=True)
class SessionView:
    id: uuid.UUID
    starts_at: datetime
    ends_at: datetime | None
    label: str
    """``25/11/2026 18:00`` in Rome time."""
    attendees: tuple[AttendeeView, ...]
    other_participants: int

    @property
    def presences(self) -> int:
        return len(self.attendees) + self.other_participants


@dataclass(frozen=True)
class ActivityView:
    id: uuid.UUID
    activity_type_id: uuid.UUID
    type_name: str
    title: str
    place: str
    office_code: str
    office_name: str
    organisers: str
    partners: tuple[PartnerView, ...]
    notes: str
    sessions: tuple[SessionView, ...]

    @property
    def registered_persons(self) -> int:
        """Distinct registered persons over all sessions (a course attended five times counts once)."""
        return len({a.person_id for s in self.sessions for a in s.attendees})

    @property
    def total_presences(self) -> int:
        """Presences over all sessions: registered persons plus the others, session by session."""
        return sum(s.presences for s in self.sessions)

    @property
    def other_participants(self) -> int:
        return sum(s.other_participants for s in self.sessions)

    def form(self) -> ActivityForm:
        """The activity as the edit form starts from it."""
        return ActivityForm(
            activity_type_id=self.activity_type_id,
            title=self.title,
            place=self.place,
            office_code=self.office_code,
            organisers=self.organisers,
            partner_ids=[p.id for p in self.partners],
            notes=self.notes,
            sessions=[SessionForm(s.starts_at, s.ends_at, s.id) for s in self.sessions],
        )


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    title: str
    type_name: str
    office_code: str
    place: str
    first_session_at: datetime
    last_session_at: datetime
    session_count: int
    registered_persons: int
    total_presences: int


# --- reading the form ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Checked:
    activity_type: ActivityType
    office_id: uuid.UUID | None
    partners: list[PartnerOrganisation]
    sessions: list[tuple[datetime, datetime | None, uuid.UUID | None]]


def _check_form(
    session: Session, form: ActivityForm, current: Activity | None
) -> tuple[_Checked | None, dict[str, Message]]:
    errors: dict[str, Message] = {}
    title = form.title.strip()
    if not title:
        errors["title"] = msg("Titolo: campo obbligatorio.")
    elif len(title) > 200:
        errors["title"] = msg("Titolo: al massimo 200 caratteri.")
    if len(form.place.strip()) > 200:
        errors["place"] = msg("Luogo: al massimo 200 caratteri.")
    if len(form.organisers.strip()) > 300:
        errors["organisers"] = msg("Organizzatori: al massimo 300 caratteri.")

    activity_type = session.get(ActivityType, form.activity_type_id) if form.activity_type_id else None
    if activity_type is None:
        errors["activity_type_id"] = msg("Tipo di attività: sceglierne uno dall'elenco.")
    elif activity_type.retired and (current is None or current.activity_type_id != activity_type.id):
        errors["activity_type_id"] = msg("Tipo di attività: «{name}» non è più in uso.").fill(name=activity_type.name)

    office_id: uuid.UUID | None = None
    if form.office_code:
        office_id = session.scalar(select(Office.id).where(Office.code == form.office_code))
        if office_id is None:
            errors["office_code"] = msg("Sportello: {code} non esiste.").fill(code=form.office_code)

    already = {p.id for p in current.partners} if current else set()
    partners: list[PartnerOrganisation] = []
    for partner_id in dict.fromkeys(form.partner_ids):
        partner = session.get(PartnerOrganisation, partner_id)
        if partner is None:
            errors["partner_ids"] = msg("Enti partner: uno degli enti scelti non esiste più.")
        elif partner.retired and partner.id not in already:
            errors["partner_ids"] = msg("Enti partner: «{name}» non è più in uso.").fill(name=partner.name)
        else:
            partners.append(partner)

    sessions: list[tuple[datetime, datetime | None, uuid.UUID | None]] = []
    if not form.sessions:
        errors["sessions"] = msg("Incontri: indicare almeno la data e l'ora del primo incontro.")
    seen: dict[datetime, int] = {}
    seen_ids: set[uuid.UUID] = set()
    for number, line in enumerate(form.sessions, start=1):
        starts_at = require_aware(line.starts_at, "starts_at")
        ends_at = require_aware(line.ends_at, "ends_at") if line.ends_at is not None else None
        if ends_at is not None and ends_at <= starts_at:
            errors[f"session_{number}"] = msg("Incontro {number}: la fine deve venire dopo l'inizio.").fill(number=number)
        elif starts_at in seen:
            errors[f"session_{number}"] = msg("Incontro {number}: stesso inizio dell'incontro {other}.").fill(number=number, other=seen[starts_at])
        elif line.id is not None and line.id in seen_ids:
            errors[f"session_{number}"] = msg("Incontro {number}: compare due volte.").fill(number=number)
        seen.setdefault(starts_at, number)
        if line.id is not None:
            seen_ids.add(line.id)
        sessions.append((starts_at, ends_at, line.id))
    if errors:
        return None, errors
    assert activity_type is not None
    return _Checked(activity_type, office_id, partners, sessions), errors


def _apply(activity: Activity, form: ActivityForm, checked: _Checked) -> None:
    values = {
        "activity_type_id": checked.activity_type.id,
        "title": form.title.strip(),
        "place": form.place.strip(),
        "office_id": checked.office_id,
        "organisers": form.organisers.strip(),
        "notes": form.notes.strip(),
    }
    for name, value in values.items():
        if getattr(activity, name) != value:
            setattr(activity, name, value)
    if {p.id for p in activity.partners} != {p.id for p in checked.partners}:
        activity.partners = checked.partners


# --- writing -------------------------------------------------------------------------------------------


def create_activity(uow: UnitOfWork, form: ActivityForm) -> uuid.UUID:
    with uow:
        checked, errors = _check_form(uow.session, form, None)
        if checked is None:
            raise ValidationFailed(errors)
        if any(session_id is not None for _, _, session_id in checked.sessions):
            raise ValidationFailed({"sessions": msg("Incontri: una nuova attività non ha ancora incontri registrati.")})
        activity = Activity(id=uuid.uuid4())
        _apply(activity, form, checked)
        activity.sessions = [
            ActivitySession(starts_at=starts_at, ends_at=ends_at, other_participants=0)
            for starts_at, ends_at, _ in checked.sessions
        ]
        uow.session.add(activity)
        uow.commit()
        return activity.id


def update_activity(uow: UnitOfWork, activity_id: uuid.UUID, form: ActivityForm, *, confirmed: bool = False) -> None:
    """Saves the edited activity; see the module's rules for sessions removed or moved."""
    day = today()
    with uow:
        session = uow.session
        activity = _activity(session, activity_id)
        checked, errors = _check_form(session, form, activity)
        if checked is None:
            raise ValidationFailed(errors)
        stored = {s.id: s for s in activity.sessions}
        registered = _registered_counts(session, stored)
        for number, (starts_at, _, session_id) in enumerate(checked.sessions, start=1):
            if session_id is None:
                continue
            if session_id not in stored:
                errors[f"session_{number}"] = msg("Incontro {number}: non appartiene a questa attività.").fill(number=number)
            elif _has_attendance(stored[session_id], registered) and local_day(starts_at) > day:
                errors[f"session_{number}"] = msg(
                    "Incontro {number}: ha già delle presenze, non può essere spostato a una data futura."
                ).fill(number=number)
        if errors:
            raise ValidationFailed(errors)
        kept = {session_id for _, _, session_id in checked.sessions if session_id is not None}
        removed = [s for s in activity.sessions if s.id not in kept]
        losing = [s for s in removed if _has_attendance(s, registered)]
        if losing and not confirmed:
            raise NeedsConfirmation(
                [
                    msg("L'incontro del {moment} ha {presences}.").fill(
                        moment=moment_label(s.starts_at),
                        presences=counted(
                            registered.get(s.id, 0) + s.other_participants,
                            msg("{n} presenza, che verrà cancellata"),
                            msg("{n} presenze, che verranno cancellate"),
                        ),
                    )
                    for s in losing
                ]
                + [msg("Eliminare comunque?")]
            )
        if removed:
            for attendance in session.scalars(
                select(Attendance).where(Attendance.session_id.in_([s.id for s in removed]))
            ):
                session.delete(attendance)
            session.flush()
        _apply(activity, form, checked)
        sessions: list[ActivitySession] = []
        for starts_at, ends_at, session_id in checked.sessions:
            if session_id is None:
                sessions.append(ActivitySession(starts_at=starts_at, ends_at=ends_at, other_participants=0))
                continue
            existing = stored[session_id]
            if existing.starts_at != starts_at:
                existing.starts_at = starts_at
            if existing.ends_at != ends_at:
                existing.ends_at = ends_at
            sessions.append(existing)
        activity.sessions = sessions
        uow.commit()


def _registered_counts(session: Session, sessions: dict[uuid.UUID, ActivitySession]) -> dict[uuid.UUID, int]:
    if not sessions:
        return {}
    rows = session.execute(
        select(Attendance.session_id, func.count())
        .where(Attendance.session_id.in_(list(sessions)))
        .group_by(Attendance.session_id)
    )
    return {session_id: count for session_id, count in rows}


def _has_attendance(activity_session: ActivitySession, registered: dict[uuid.UUID, int]) -> bool:
    return registered.get(activity_session.id, 0) > 0 or activity_session.other_participants > 0


# --- attendance ----------------------------------------------------------------------------------------


def _session_that_took_place(session: Session, session_id: uuid.UUID) -> ActivitySession:
    activity_session = session.get(ActivitySession, session_id)
    if activity_session is None:
        raise NotFound(msg("Incontro non trovato."))
    if local_day(activity_session.starts_at) > today():
        raise ValidationFailed(
            {
                "session": msg("L'incontro è del {moment}: le presenze si registrano dal giorno dell'incontro.").fill(
                    moment=moment_label(activity_session.starts_at)
                )
            }
        )
    return activity_session


def _check_persons(session: Session, person_ids: Iterable[uuid.UUID]) -> None:
    wanted = set(person_ids)
    if not wanted:
        return
    found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
    if wanted - found:
        raise ValidationFailed({"person_ids": msg("Presenti: una delle persone scelte non è nell'anagrafe.")})


def set_attendance(uow: UnitOfWork, session_id: uuid.UUID, person_ids: Sequence[uuid.UUID], other_participants: int) -> None:
    """Replaces the session's list of registered persons present and the count of the others."""
    if not 0 <= other_participants <= MAX_OTHER_PARTICIPANTS:
        raise ValidationFailed(
            {"other_participants": msg("Altri partecipanti: un numero da 0 a {most}.").fill(most=MAX_OTHER_PARTICIPANTS)}
        )
    wanted = list(dict.fromkeys(person_ids))
    with uow:
        session = uow.session
        activity_session = _session_that_took_place(session, session_id)
        _check_persons(session, wanted)
        present = {a.person_id: a for a in session.scalars(select(Attendance).where(Attendance.session_id == session_id))}
        for person_id, attendance in present.items():
            if person_id not in wanted:
                session.delete(attendance)
        session.flush()
        for person_id in wanted:
            if person_id not in present:
                session.add(Attendance(session_id=session_id, person_id=person_id))
        if activity_session.other_participants != other_participants:
            activity_session.other_participants = other_participants
        uow.commit()


def add_attendee(uow: UnitOfWork, session_id: uuid.UUID, person_id: uuid.UUID) -> bool:
    """Marks one person present; ``False`` when they already were (nothing changes)."""
    with uow:
        session = uow.session
        _session_that_took_place(session, session_id)
        _check_persons(session, [person_id])
        if session.scalar(
            select(Attendance.id).where(Attendance.session_id == session_id, Attendance.person_id == person_id)
        ):
            return False
        session.add(Attendance(session_id=session_id, person_id=person_id))
        uow.commit()
        return True


def remove_attendee(uow: UnitOfWork, session_id: uuid.UUID, person_id: uuid.UUID) -> bool:
    """Takes one person off the list; ``False`` when they were not on it."""
    with uow:
        session = uow.session
        attendance = session.scalars(
            select(Attendance).where(Attendance.session_id == session_id, Attendance.person_id == person_id)
        ).one_or_none()
        if attendance is None:
            return False
        session.delete(attendance)
        uow.commit()
        return True


# --- reading -------------------------------------------------------------------------------------------


def _activity(session: Session, activity_id: uuid.UUID) -> Activity:
    activity = session.get(Activity, activity_id, options=[selectinload(Activity.sessions), selectinload(Activity.partners)])
    if activity is None:
        raise NotFound(msg("Attività non trovata."))
    return activity


def activity_detail(uow: UnitOfWork, activity_id: uuid.UUID) -> ActivityView:
    with uow:
        session = uow.session
        activity = _activity(session, activity_id)
        type_name = session.scalar(select(ActivityType.name).where(ActivityType.id == activity.activity_type_id)) or ""
        office = session.get(Office, activity.office_id) if activity.office_id else None
        attendees: dict[uuid.UUID, list[AttendeeView]] = defaultdict(list)
        rows = session.execute(
            select(Attendance.session_id, Person.id, Person.surname, Person.name, Person.household_id, Household.code)
            .join(Person, Attendance.person_id == Person.id)
            .outerjoin(Household, Person.household_id == Household.id)
            .join(ActivitySession, Attendance.session_id == ActivitySession.id)
            .where(ActivitySession.activity_id == activity.id)
            .order_by(Person.sort_name, Person.surname, Person.name)
        )
        for session_id, person_id, surname, name, household_id, household_code in rows:
            attendees[session_id].append(AttendeeView(person_id, f"{surname} {name}", household_id, household_code or ""))
        return ActivityView(
            id=activity.id,
            activity_type_id=activity.activity_type_id,
            type_name=type_name,
            title=activity.title,
            place=activity.place,
            office_code=office.code if office else "",
            office_name=office.name if office else "",
            organisers=activity.organisers,
            partners=tuple(
                PartnerView(p.id, p.name, p.kind, p.contact) for p in sorted(activity.partners, key=lambda p: p.name)
            ),
            notes=activity.notes,
            sessions=tuple(
                SessionView(
                    id=s.id,
                    starts_at=s.starts_at,
                    ends_at=s.ends_at,
                    label=moment_label(s.starts_at),
                    attendees=tuple(attendees[s.id]),
                    other_participants=s.other_participants,
                )
                for s in activity.sessions
            ),
        )


def list_activities(
    uow: UnitOfWork,
    *,
    date_from: date,
    date_to: date,
    office_code: str | None = None,
    type_id: uuid.UUID | None = None,
) -> list[ActivityRow]:
    """Activities with a session in the period (Rome calendar days, both included), newest first.
    Each row sums up the whole activity (all its sessions), not only the sessions in the period."""
    first, _ = day_bounds(date_from)
    _, last = day_bounds(date_to)
    in_period = (
        select(ActivitySession.activity_id)
        .where(ActivitySession.starts_at >= first, ActivitySession.starts_at < last)
        .distinct()
    )
    registered = (
        select(ActivitySession.activity_id, func.count(distinct(Attendance.person_id)).label("persons"), func.count().label("presences"))
        .join(Attendance, Attendance.session_id == ActivitySession.id)
        .group_by(ActivitySession.activity_id)
        .subquery()
    )
    sessions = (
        select(
            ActivitySession.activity_id,
            func.min(ActivitySession.starts_at).label("first"),
            func.max(ActivitySession.starts_at).label("last"),
            func.count().label("count"),
            func.sum(ActivitySession.other_participants).label("others"),
        )
        .group_by(ActivitySession.activity_id)
        .subquery()
    )
    query = (
        select(
            Activity.id,
            Activity.title,
            ActivityType.name,
            Office.code,
            Activity.place,
            sessions.c.first,
            sessions.c.last,
            sessions.c.count,
            sessions.c.others,
            registered.c.persons,
            registered.c.presences,
        )
        .join(ActivityType, Activity.activity_type_id == ActivityType.id)
        .join(sessions, sessions.c.activity_id == Activity.id)
        .outerjoin(Office, Activity.office_id == Office.id)
        .outerjoin(registered, registered.c.activity_id == Activity.id)
        .where(Activity.id.in_(in_period))
        .order_by(sessions.c.first.desc(), Activity.title)
    )
    if office_code:
        query = query.where(Office.code == office_code)
    if type_id is not None:
        query = query.where(Activity.activity_type_id == type_id)
    with uow:
        return [
            ActivityRow(
                id=row.id,
                title=row.title,
                type_name=row.name,
                office_code=row.code or "",
                place=row.place,
                first_session_at=row.first,
                last_session_at=row.last,
                session_count=row.count,
                registered_persons=row.persons or 0,
                total_presences=(row.presences or 0) + (row.others or 0),
            )
            for row in uow.session.execute(query)
        ]

