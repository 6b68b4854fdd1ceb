"""The desk's day, the start screen (issue 3, point 7): today's opening, appointments, visits logged, and the
follow-ups due today or overdue, read in one unit of work.

Follow-ups are split in two lists: ``mine`` (owned by the operator on duty, whatever the desk) and
``desk`` (this desk's, owned by colleagues), so a colleague's overdue work is visible at the desk it
belongs to. Each row carries its ids for the UI to open or close it in place.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.clock import now_utc
from app.messages import Message, joined, msg
from app.models.catalogue import Topic
from app.models.household import Household
from app.models.office import Office
from app.models.operator import Operator
from app.models.person import Person
from app.models.visit import FollowUp, Visit, visit_topics
from app.services.desk.appointments import AppointmentView, Opening, coming_openings, office_appointments_on, openings_on_day
from app.services.errors import NotFound
from app.services.local_time import clock_label, day_bounds, local_day, require_aware
from app.services.offices import Slot
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import AppointmentStatus, Channel


@dataclass(frozen=True)
class OpeningToday:
    opening: Opening
    open_now: bool
    over: bool


@dataclass(frozen=True)
class DeskOpenings:
    today: tuple[OpeningToday, ...]
    open_now: bool
    next_opening: Opening | None
    """The first opening that has not started yet (later today, or another day)."""


def desk_openings_at(slots: Sequence[Slot], now: datetime) -> DeskOpenings:
    """Pure: where the desk stands at ``now`` in its week (Rome time)."""
    moment = require_aware(now, "now")
    today = tuple(
        OpeningToday(o, open_now=o.starts_at <= moment < o.ends_at, over=o.ends_at <= moment)
        for o in openings_on_day(slots, local_day(moment))
    )
    upcoming = coming_openings(slots, moment, len(slots) + 1)
    return DeskOpenings(
        today=today,
        open_now=any(o.open_now for o in today),
        next_opening=next((o for o in upcoming if o.starts_at > moment), None),
    )


@dataclass(frozen=True)
class DayVisit:
    id: uuid.UUID
    started_at: datetime
    time_label: str
    channel: Channel
    person_id: uuid.UUID | None
    household_id: uuid.UUID | None
    who: str | Message
    """``Surname Name``, or a message: ``nucleo N001``, ``Anonimo (femmina, 30-54 anni)``."""
    topics: tuple[str, ...]
    operator_id: uuid.UUID
    operator_name: str
    cancelled: bool


@dataclass(frozen=True)
class DueFollowUp:
    id: uuid.UUID
    due_date: date
    days_late: int
    """0 when due today."""
    description: str
    person_id: uuid.UUID | None
    household_id: uuid.UUID | None
    who: str | Message
    """``Surname Name``, a message ``nucleo N001``, or empty."""
    owner_id: uuid.UUID
    owner_name: str
    office_code: str
    visit_id: uuid.UUID | None

    @property
    def overdue(self) -> bool:
        return self.days_late > 0


@dataclass(frozen=True)
class DeskDayCounts:
    appointments: int
    """Not cancelled."""
    waiting: int
    """Still booked: neither come nor marked absent."""
    visits: int
    """Not cancelled."""
    mine: int
    desk: int
    overdue: int
    """Among ``mine`` and ``desk``."""


@dataclass(frozen=True)
class DeskDay:
    office_code: str
    office_name: str
    day: date
    openings: DeskOpenings
    appointments: tuple[AppointmentView, ...]
    visits: tuple[DayVisit, ...]
    mine: tuple[DueFollowUp, ...]
    desk: tuple[DueFollowUp, ...]

    @property
    def counts(self) -> DeskDayCounts:
        return DeskDayCounts(
            appointments=len(self.appointments),
            waiting=sum(a.status is AppointmentStatus.BOOKED for a in self.appointments),
            visits=sum(not v.cancelled for v in self.visits),
            mine=len(self.mine),
            desk=len(self.desk),
            overdue=sum(f.overdue for f in (*self.mine, *self.desk)),
        )


def desk_day(uow: UnitOfWork, office_code: str, *, operator_id: uuid.UUID | None, now: datetime | None = None) -> DeskDay:
    moment = require_aware(now, "now") if now is not None else now_utc()
    day = local_day(moment)
    with uow:
        session = uow.session
        office = session.scalars(select(Office).where(Office.code == office_code)).one_or_none()
        if office is None:
            raise NotFound(msg("Lo sportello {code} non esiste.").fill(code=office_code))
        slots = [Slot(s.weekday, s.starts, s.ends) for s in office.slots]
        mine, desk = _due_follow_ups(session, office, operator_id, day)
        return DeskDay(
            office_code=office.code,
            office_name=office.name,
            day=day,
            openings=desk_openings_at(slots, moment),
            appointments=tuple(office_appointments_on(session, office, day)),
            visits=tuple(_visits_on(session, office, day)),
            mine=mine,
            desk=desk,
        )


def _who(surname: str | None, name: str | None, household_code: str | None) -> str | Message:
    """The person's name; else the household, by its code; else empty."""
    if surname:
        return f"{surname} {name}"
    return msg("nucleo {code}").fill(code=household_code) if household_code else ""


def _anonymous(visit: Visit) -> Message:
    known = [value.label for value in (visit.anonymous_sex, visit.anonymous_age_bracket) if value]
    return msg("Anonimo ({known})").fill(known=joined(known, ", ")) if known else msg("Anonimo")


def _visits_on(session: Session, office: Office, day: date) -> list[DayVisit]:
    first, last = day_bounds(day)
    in_day = (Visit.office_id == office.id, Visit.started_at >= first, Visit.started_at < last)
    topics: dict[uuid.UUID, list[str]] = defaultdict(list)
    for visit_id, name in session.execute(
        select(visit_topics.c.visit_id, Topic.name)
        .join(Topic, visit_topics.c.topic_id == Topic.id)
        .join(Visit, visit_topics.c.visit_id == Visit.id)
        .where(*in_day)
        .order_by(Topic.position, Topic.name)
    ):
        topics[visit_id].append(name)
    rows = session.execute(
        select(Visit, Operator.full_name, Person.surname, Person.name, Household.code)
        .join(Operator, Visit.operator_id == Operator.id)
        .outerjoin(Person, Visit.person_id == Person.id)
        .outerjoin(Household, Visit.household_id == Household.id)
        .where(*in_day)
        .order_by(Visit.started_at)
    )
    return [
        DayVisit(
            id=visit.id,
            started_at=visit.started_at,
            time_label=clock_label(visit.started_at),
            channel=visit.channel,
            person_id=visit.person_id,
            household_id=visit.household_id,
            who=_who(surname, name, household_code) or _anonymous(visit),
            topics=tuple(topics[visit.id]),
            operator_id=visit.operator_id,
            operator_name=operator_name,
            cancelled=visit.cancelled_at is not None,
        )
        for visit, operator_name, surname, name, household_code in rows
    ]


def _due_follow_ups(
    session: Session, office: Office, operator_id: uuid.UUID | None, day: date
) -> tuple[tuple[DueFollowUp, ...], tuple[DueFollowUp, ...]]:
    owner = aliased(Operator)
    follow_up_office = aliased(Office)
    rows = session.execute(
        select(FollowUp, owner.full_name, follow_up_office.code, Person.surname, Person.name, Household.code)
        .join(owner, FollowUp.owner_id == owner.id)
        .join(follow_up_office, FollowUp.office_id == follow_up_office.id)
        .outerjoin(Person, FollowUp.person_id == Person.id)
        .outerjoin(Household, FollowUp.household_id == Household.id)
        .where(FollowUp.closed_at.is_(None), FollowUp.due_date <= day)
        .where((FollowUp.owner_id == operator_id) | (FollowUp.office_id == office.id))
        .order_by(FollowUp.due_date, FollowUp.created_at)
    )
    mine: list[DueFollowUp] = []
    desk: list[DueFollowUp] = []
    for follow_up, owner_name, office_code, surname, name, household_code in rows:
        due = DueFollowUp(
            id=follow_up.id,
            due_date=follow_up.due_date,
            days_late=(day - follow_up.due_date).days,
            description=follow_up.description,
            person_id=follow_up.person_id,
            household_id=follow_up.household_id,
            who=_who(surname, name, household_code),
            owner_id=follow_up.owner_id,
            owner_name=owner_name,
            office_code=office_code,
            visit_id=follow_up.visit_id,
        )
        (mine if operator_id is not None and follow_up.owner_id == operator_id else desk).append(due)
    return tuple(mine), tuple(desk)
