"""What the sections after the registry share: the registry as the desks see it, read once
(:func:`read_context` gives a :class:`DemoContext` with its :class:`DeskPlace` desks, their :class:`Family`
households and their :class:`Member` persons), and the helpers for moments and counts of events
(:func:`moment_at`, :func:`some_time`, :func:`poisson`).
"""

from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo.accounts import COORDINATOR, DEMO_ACCOUNTS, EDUCATOR, MEDIATOR
from app.models.catalogue import ReferralService, Topic
from app.models.dwelling import Dwelling
from app.models.household import Household
from app.models.office import Office
from app.models.operator import Operator
from app.models.person import Person
from app.services.local_time import local_moment
from app.services.offices import Slot
from app.vocabulary import HouseholdRole

HISTORY_DAYS = 182
"""Visits, appointments and activities cover the six months before today."""

_ROSTERS: dict[str, tuple[tuple[str, int], ...]] = {
    "CEL": ((EDUCATOR, 6), (COORDINATOR, 3), (MEDIATOR, 1)),
    "COL": ((MEDIATOR, 6), (EDUCATOR, 2), (COORDINATOR, 2)),
    "LAZ": ((MEDIATOR, 4), (EDUCATOR, 4), (COORDINATOR, 2)),
}
"""Who holds each desk (demo usernames, with how often)."""
_OTHER_DESK_ROSTER = ((EDUCATOR, 1), (MEDIATOR, 1), (COORDINATOR, 1))
"""For a desk a coordinator added."""


@dataclass(frozen=True)
class Member:
    """A person of the registry as the desk sections need them."""

    id: uuid.UUID
    household_id: uuid.UUID
    birth_date: date
    language: str
    birthplace: str
    """Belfiore code or Z-code from the codice fiscale; empty when the code is still to complete."""

    def age(self, day: date) -> int:
        born = self.birth_date
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    @property
    def born_abroad(self) -> bool:
        return self.birthplace.startswith("Z")


@dataclass(frozen=True)
class Family:
    """A household of the registry with its members."""

    id: uuid.UUID
    office_id: uuid.UUID
    building: str
    """Street and house number: the households of a building meet in its assembly."""
    arrears: bool
    assigned: date | None
    members: tuple[Member, ...]
    """The holder first."""

    def adults(self, day: date) -> list[Member]:
        return [m for m in self.members if m.age(day) >= 18]


@dataclass(frozen=True)
class DeskPlace:
    """A desk with its hours, who holds it and the households it follows."""

    id: uuid.UUID
    code: str
    place: str
    """Name and address, where the desk's own activities meet."""
    slots: tuple[Slot, ...]
    roster: tuple[tuple[uuid.UUID, int], ...]
    families: tuple[Family, ...]

    def operator(self, rng: random.Random) -> uuid.UUID:
        return rng.choices([o for o, _ in self.roster], weights=[w for _, w in self.roster])[0]

    def adults(self, day: date) -> list[Member]:
        return [m for family in self.families for m in family.adults(day)]


@dataclass(frozen=True)
class DemoContext:
    """What the registry section wrote and the lists the desk picks from, read once for the later sections
    (reading consumes no random numbers, so each section still depends only on its own generator)."""

    day: date
    desks: tuple[DeskPlace, ...]
    operators: dict[str, uuid.UUID]
    """The demo operators by username."""
    topics: dict[str, Topic]
    """Active topics by name."""
    referrals: dict[str, uuid.UUID]
    """Active referral services by name."""

    @property
    def first_day(self) -> date:
        return self.day - timedelta(days=HISTORY_DAYS)

    def past_days(self) -> list[date]:
        return [self.first_day + timedelta(days=n) for n in range(HISTORY_DAYS)]

    def desk(self, code: str) -> DeskPlace | None:
        return next((d for d in self.desks if d.code == code), None)


def read_context(session: Session, day: date) -> DemoContext:
    """Households are read in code order, members holder first: the same registry gives the same
    context, whatever ids the rows were given."""
    operators = dict(
        session.execute(
            select(Operator.username, Operator.id).where(Operator.username.in_([a.username for a in DEMO_ACCOUNTS]))
        ).all()
    )
    families: dict[uuid.UUID, list[Family]] = {}
    current: list[Any] = []
    rows = session.execute(
        select(
            Household.id,
            Household.office_id,
            Household.arrears_cents,
            Household.assignment_date,
            Dwelling.street,
            Dwelling.house_number,
            Person.id,
            Person.birth_date,
            Person.preferred_language,
            Person.codice_fiscale,
        )
        .join(Dwelling, Household.dwelling_id == Dwelling.id)
        .join(Person, Person.household_id == Household.id)
        .where(Household.office_id.is_not(None), Person.birth_date.is_not(None))
        .order_by(
            Household.code, Person.household_role != HouseholdRole.HOLDER, Person.birth_date, Person.surname, Person.name
        )
    )
    for row in rows:
        if current and current[0][0] != row[0]:
            _add_family(families, current)
            current = []
        current.append(row)
    if current:
        _add_family(families, current)
    desks = []
    for office in session.scalars(select(Office).where(Office.active.is_(True)).order_by(Office.code)):
        roster = _ROSTERS.get(office.code, _OTHER_DESK_ROSTER)
        desks.append(
            DeskPlace(
                id=office.id,
                code=office.code,
                place=f"sportello di {office.name}, {office.address}".removesuffix(", "),
                slots=tuple(Slot(s.weekday, s.starts, s.ends) for s in office.slots),
                roster=tuple((operators[name], weight) for name, weight in roster if name in operators),
                families=tuple(families.get(office.id, ())),
            )
        )
    topics = {t.name: t for t in session.scalars(select(Topic).where(Topic.retired.is_(False)))}
    referrals = dict(
        session.execute(select(ReferralService.name, ReferralService.id).where(ReferralService.retired.is_(False))).all()
    )
    return DemoContext(day, tuple(d for d in desks if d.roster), operators, topics, referrals)


def _add_family(families: dict[uuid.UUID, list[Family]], rows: list[Any]) -> None:
    household_id, office_id, arrears, assigned, street, number = rows[0][:6]
    members = tuple(
        Member(person_id, household_id, born, language, code[11:15] if code else "")
        for *_, person_id, born, language, code in rows
    )
    family = Family(household_id, office_id, f"{street} {number}", bool(arrears), assigned, members)
    families.setdefault(office_id, []).append(family)


def poisson(rng: random.Random, mean: float) -> int:
    """How many events happen when ``mean`` are expected (Knuth's method: fine for the small means here)."""
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def moment_at(day: date, hour: int, minute: int = 0) -> datetime:
    return local_moment(day, time(hour, minute))


def some_time(rng: random.Random, day: date, first_hour: int, last_hour: int) -> datetime:
    """A Rome wall-clock moment of ``day`` on a five-minute mark, from ``first_hour`` to before ``last_hour``."""
    return moment_at(day, rng.randint(first_hour, last_hour - 1), rng.randrange(0, 60, 5))
