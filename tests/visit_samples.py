"""What the tests of visits, follow-ups, the visits list and its export share: a household with its
holder, a person without household, the seeded lists by name, and a visit form to vary."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Protocol

from app.clock import ROME
from app.services.catalogues import list_items
from app.services.desk.visits import VisitForm
from app.services.registry import households, persons
from app.services.registry.forms import HouseholdForm, PersonForm
from app.services.unit_of_work import Actor, UnitOfWork
from app.vocabulary import AgeBracket, CatalogueKind, Channel, Sex


class Desk(Protocol):
    """A database to work on as some operator: tests.conftest.Desk, or a home opened by an e2e test."""

    def uow(self, actor: Actor | None = None, *, write: bool = True) -> UnitOfWork: ...

LISTENING = "Ascolto e orientamento"
ARREARS = "Piano di rientro / morosità"
DIGITAL = "Alfabetizzazione digitale / pratiche online (SPID, PagoPA, moduli)"


def rome(year: int, month: int, day: int, hour: int = 9, minute: int = 30) -> datetime:
    """A Europe/Rome wall-clock moment as the aware UTC datetime the services take."""
    return datetime(year, month, day, hour, minute, tzinfo=ROME).astimezone(UTC)


WEDNESDAY_MORNING = rome(2026, 11, 18, 9, 30)
"""Inside CEL's opening (Wednesday 9-12), three days before the pinned today (Saturday 21/11/2026)."""


def item_id(desk: Desk, kind: CatalogueKind, name: str) -> uuid.UUID:
    items = list_items(desk.uow(write=False), kind, include_retired=True)
    return next(item.id for item in items if item.name == name)


def topic(desk: Desk, name: str) -> uuid.UUID:
    return item_id(desk, CatalogueKind.TOPICS, name)


def referral(desk: Desk, name: str) -> uuid.UUID:
    return item_id(desk, CatalogueKind.REFERRAL_SERVICES, name)


def household_with_holder(desk: Desk, code: str = "N001", surname: str = "Mazzà", name: str = "Giulia") -> tuple[uuid.UUID, uuid.UUID]:
    household_id = households.create_household(
        desk.uow(),
        HouseholdForm(code=code, street="via Pizzo Tre Signori", house_number="2", neighbourhood="Celadina"),
        PersonForm(surname=surname, name=name),
    )
    detail = households.household_detail(desk.uow(write=False), household_id)
    assert detail.holder is not None
    return household_id, detail.holder.id


def lone_person(desk: Desk, surname: str = "Diop", name: str = "Aminata") -> uuid.UUID:
    return persons.add_person(desk.uow(), PersonForm(surname=surname, name=name))


def visit_form(desk: Desk, **changes: Any) -> VisitForm:
    """An anonymous visit at CEL on Wednesday morning, about listening; with a person the anonymous
    fields are ignored by the service."""
    form = VisitForm(
        office_code="CEL",
        started_at=WEDNESDAY_MORNING,
        duration_minutes=20,
        channel=Channel.DESK,
        anonymous_sex=Sex.FEMALE,
        anonymous_age_bracket=AgeBracket.FROM_30,
        topic_ids=(topic(desk, LISTENING),),
    )
    return replace(form, **changes)
