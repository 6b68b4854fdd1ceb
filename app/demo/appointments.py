"""Appointments (:func:`fill_appointments`): at the past openings attended, missed or cancelled, at the coming
openings of every desk still booked.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.demo.desk_context import (
    DemoContext,
    DeskPlace,
    Member,
    moment_at,
    poisson,
    some_time,
)
from app.demo.people import MOBILE_PREFIXES, draw_origin
from app.demo.visits import (
    DESK_VISITS_PER_HOUSEHOLD,
    MAX_VISITS_PER_OPENING,
    VisitMade,
    pick_topics,
    topic_weights,
)
from app.models.appointment import Appointment
from app.services.desk.appointments import (
    DEFAULT_DURATION_MINUTES,
    Opening,
    coming_openings,
    opening_containing,
    openings_on_day,
)
from app.services.local_time import local_day
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import AppointmentStatus, Channel

APPOINTMENT_SHARE = 0.3
"""Of the registered persons seen at a desk, how many had booked."""
COMING_OPENINGS = 2
_APPOINTMENT_NOTES = (
    "Porta l'ISEE aggiornato.",
    "Viene con la figlia che traduce.",
    "Chiede aiuto per lo SPID: portare il telefono.",
    "Richiamare il giorno prima per conferma.",
    "Porta l'ultima bolletta del riscaldamento.",
)
_APPOINTMENT_CANCEL_REASONS = (
    "Ha chiamato per disdire.",
    "Risolto al telefono.",
    "Spostato a un'altra apertura.",
)


@dataclass
class _Appointments:
    """The appointments section at work."""

    rng: random.Random
    context: DemoContext
    written: list[Appointment] = field(default_factory=list)

    def add(
        self,
        desk: DeskPlace,
        starts_at: datetime,
        member: Member | None,
        status: AppointmentStatus,
        *,
        topic_id: uuid.UUID | None = None,
        visit_id: uuid.UUID | None = None,
    ) -> None:
        """Booked one to twelve days before (before today for the coming ones), by an operator of the desk;
        for someone not in the registry, a name and a phone number (fictional, as the registry's)."""
        rng = self.rng
        start_of_today = moment_at(self.context.day, 0)
        booked_on = min(local_day(starts_at), self.context.day) - timedelta(days=rng.randint(1, 12))
        booked_at = some_time(rng, booked_on, 9, 17)
        contact_name = contact_phone = ""
        if member is None:
            origin = draw_origin(rng)
            contact_name = f"{rng.choice(origin.surnames)} {rng.choice(origin.female_names + origin.male_names)}"
            contact_phone = f"{rng.choice(MOBILE_PREFIXES)} {rng.randint(1_000_000, 9_999_999)}"
        if topic_id is None and rng.random() < 0.8:
            weights = topic_weights(None, member, False, local_day(starts_at))
            topic_id = next((t.id for t in pick_topics(rng, weights, self.context.topics, 1)), None)
        appointment = Appointment(
            office_id=desk.id,
            starts_at=starts_at,
            duration_minutes=DEFAULT_DURATION_MINUTES,
            person_id=member.id if member else None,
            contact_name=contact_name,
            contact_phone=contact_phone,
            topic_id=topic_id,
            note=rng.choice(_APPOINTMENT_NOTES) if rng.random() < 0.25 else "",
            status=status,
            booked_by_id=desk.operator(rng),
            visit_id=visit_id,
            created_at=booked_at,
        )
        if status is AppointmentStatus.CANCELLED:
            appointment.cancelled_at = booked_at + (min(starts_at, start_of_today) - booked_at) * rng.random()
            appointment.cancelled_by_id = appointment.booked_by_id
            appointment.cancel_reason = rng.choice(_APPOINTMENT_CANCEL_REASONS)
        self.written.append(appointment)


def _marks(opening: Opening) -> list[datetime]:
    """The times an appointment may start at: every twenty minutes, ending by closing time."""
    step = timedelta(minutes=DEFAULT_DURATION_MINUTES)
    marks, moment = [], opening.starts_at
    while moment + step <= opening.ends_at:
        marks.append(moment)
        moment += step
    return marks


def fill_appointments(uow: UnitOfWork, rng: random.Random, context: DemoContext, visits: list[VisitMade]) -> int:
    """Past openings: some of the persons seen at the desk had booked (attended, linked to their visit),
    some who booked did not come (no-show), a few cancelled. The coming openings of every desk, today's
    included when the desk opens today, have appointments booked, so the desk's day has someone to
    expect; they are all still booked, whatever the hour the demo is made at.

    Not through ``book_appointment``, which books from now on only, as it should at the desk."""
    work = _Appointments(rng, context)
    desks = {desk.id: desk for desk in context.desks}
    came: dict[tuple[uuid.UUID, date], set[uuid.UUID]] = {}
    for visit in visits:
        if visit.channel is not Channel.DESK or visit.person is None or visit.cancelled:
            continue
        day = local_day(visit.started_at)
        came.setdefault((visit.office_id, day), set()).add(visit.person.id)
        desk = desks[visit.office_id]
        opening = opening_containing(desk.slots, visit.started_at, visit.started_at)
        assert opening is not None  # the desk's visits were made inside its openings
        if rng.random() >= APPOINTMENT_SHARE:
            continue
        booked_at = max(m for m in _marks(opening) if m <= visit.started_at)
        work.add(desk, booked_at, visit.person, AppointmentStatus.ATTENDED, topic_id=visit.topic_id, visit_id=visit.id)
    for desk in context.desks:
        expected = min(MAX_VISITS_PER_OPENING, DESK_VISITS_PER_HOUSEHOLD * len(desk.families))
        for day in context.past_days():
            for opening in openings_on_day(desk.slots, day):
                if not (marks := _marks(opening)):
                    continue  # an opening too short for an appointment
                present = came.get((desk.id, day), set())
                absent = [m for m in desk.adults(day) if m.id not in present]
                for _ in range(poisson(rng, 0.08 * expected)):
                    member = absent.pop(rng.randrange(len(absent))) if absent and rng.random() < 0.85 else None
                    work.add(desk, rng.choice(marks), member, AppointmentStatus.NO_SHOW)
                if rng.random() < 0.15:
                    work.add(desk, rng.choice(marks), None, AppointmentStatus.CANCELLED)
        adults = desk.adults(context.day)
        for opening in coming_openings(desk.slots, moment_at(context.day, 0), COMING_OPENINGS):
            if not (marks := _marks(opening)):
                continue
            count = min(len(marks), max(1, round(0.45 * expected)))
            members = rng.sample(adults, min(count, len(adults)))
            for starts_at, member in zip(sorted(rng.sample(marks, count)), members + [None] * count):
                work.add(desk, starts_at, member if rng.random() < 0.85 else None, AppointmentStatus.BOOKED)
            if rng.random() < 0.5:
                work.add(desk, rng.choice(marks), None, AppointmentStatus.CANCELLED)
    uow.session.add_all(work.written)
    uow.session.flush()
    return len(work.written)
