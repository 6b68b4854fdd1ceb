"""Records the desk's day is made of, written for the service tests of appointments, activities, the
timeline and the desk's day.

Households and members go through the registry services. Catalogue items, visits and follow-ups are
written here through the ORM in a unit of work until the catalogue and visit services exist; then these
helpers call them instead, and the tests stay as they are.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select

from app.clock import ROME
from app.models.catalogue import ActivityType, PartnerOrganisation, Topic
from app.models.office import Office
from app.models.person import Person
from app.models.visit import FollowUp, Visit
from app.services.registry import households
from app.services.registry.forms import HouseholdForm, PersonForm
from app.services.unit_of_work import Actor
from app.vocabulary import AgeBracket, Channel, Sex
from tests.conftest import Desk


def rome(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ROME)


def catalogue_item(
    desk: Desk, model: type[Topic] | type[ActivityType] | type[PartnerOrganisation], name: str, **extra: str
) -> uuid.UUID:
    """The id of the item named ``name`` (seeded on first run, like DESIGN 2.1's topics), added if missing."""
    with desk.uow() as uow:
        found = uow.session.scalar(select(model.id).where(model.name == name))
        if found is not None:
            return found
        item = model(name=name, position=0, retired=False, **extra)
        uow.session.add(item)
        uow.commit()
        return item.id


def add_household(desk: Desk, code: str, holder: tuple[str, str], *members: tuple[str, str], phone: str = "") -> list[uuid.UUID]:
    """A household with its holder and members (no codice fiscale); the persons' ids, holder first."""
    household_id = households.create_household(
        desk.uow(),
        HouseholdForm(code=code, street="via Pizzo Tre Signori", house_number="2", neighbourhood="Celadina"),
        PersonForm(surname=holder[0], name=holder[1], phone=phone),
        confirmed=True,
    )
    detail = households.household_detail(desk.uow(write=False), household_id)
    assert detail.holder is not None
    ids = [detail.holder.id]
    for surname, name in members:
        ids.append(households.add_member(desk.uow(), household_id, PersonForm(surname=surname, name=name), confirmed=True))
    return ids


def household_of(desk: Desk, person_id: uuid.UUID) -> uuid.UUID:
    with desk.uow(write=False) as uow:
        person = uow.session.get(Person, person_id)
        assert person is not None and person.household_id is not None
        return person.household_id


def add_visit(
    desk: Desk,
    at: datetime,
    *,
    by: Actor,
    office: str = "CEL",
    person_id: uuid.UUID | None = None,
    household_id: uuid.UUID | None = None,
    topic_ids: Sequence[uuid.UUID] = (),
    channel: Channel = Channel.DESK,
    anonymous: tuple[Sex, AgeBracket] | None = None,
    cancel_reason: str | None = None,
) -> uuid.UUID:
    with desk.uow(by) as uow:
        visit = Visit(
            office_id=uow.session.scalar(select(Office.id).where(Office.code == office)),
            operator_id=by.operator_id,
            started_at=at,
            duration_minutes=15,
            channel=channel,
            person_id=person_id,
            household_id=household_id,
            anonymous_sex=anonymous[0] if anonymous else None,
            anonymous_age_bracket=anonymous[1] if anonymous else None,
        )
        visit.topics = [uow.session.get_one(Topic, topic_id) for topic_id in topic_ids]
        if cancel_reason is not None:
            visit.cancelled_at = at
            visit.cancelled_by_id = by.operator_id
            visit.cancel_reason = cancel_reason
        uow.session.add(visit)
        uow.commit()
        return visit.id


def add_follow_up(
    desk: Desk,
    due: date,
    *,
    owner: Actor,
    office: str = "CEL",
    description: str = "",
    person_id: uuid.UUID | None = None,
    household_id: uuid.UUID | None = None,
    visit_id: uuid.UUID | None = None,
    closed_at: datetime | None = None,
    closing_note: str = "",
) -> uuid.UUID:
    with desk.uow(owner) as uow:
        follow_up = FollowUp(
            office_id=uow.session.scalar(select(Office.id).where(Office.code == office)),
            owner_id=owner.operator_id,
            due_date=due,
            description=description,
            person_id=person_id,
            household_id=household_id,
            visit_id=visit_id,
            closed_at=closed_at,
            closed_by_id=owner.operator_id if closed_at else None,
            closing_note=closing_note,
        )
        uow.session.add(follow_up)
        uow.commit()
        return follow_up.id
