"""Follow-ups (seguiti): something to do after a visit, by a due date, owned by an operator, closed with a
note. The desk's day lists the ones due or overdue; any operator of the desk may close one (the work is
shared), and the closing is recorded with who and when.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session, aliased

from app.clock import now_utc, today
from app.messages import Message, RecordedSentence, msg
from app.models.household import Household
from app.models.office import Office
from app.models.operator import Operator
from app.models.person import Person
from app.models.visit import FollowUp, Visit
from app.services.dates import format_date
from app.services.errors import NotFound, ValidationFailed
from app.services.local_time import local_day
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import FollowUpState

CANCELLATION_NOTE = RecordedSentence(msg("Chiuso perché la visita è stata annullata: {reason}"))
"""The closing note stored on the open follow-ups of a visit being cancelled (app/services/desk/visits.py);
read back as its message, so the screens say it in their language."""


@dataclass(frozen=True)
class FollowUpForm:
    due_date: date
    owner_id: uuid.UUID | None = None
    """``None``: the operator of the visit."""
    description: str = ""


FORM_FIELDS = {"due_date": "due_date", "owner_id": "owner_id", "description": "description"}
"""Error keys when a follow-up is added on its own (its form's attribute names)."""
VISIT_FORM_FIELDS = {"due_date": "follow_up_due", "owner_id": "follow_up_owner", "description": "follow_up_description"}
"""Error keys when the follow-up comes inside the visit form (the quick entry's field names)."""


@dataclass(frozen=True)
class FollowUpView:
    id: uuid.UUID
    visit_id: uuid.UUID | None
    office_code: str
    owner_id: uuid.UUID
    owner_name: str
    person_id: uuid.UUID | None
    person_name: str
    household_id: uuid.UUID | None
    household_code: str
    due_date: date
    description: str
    visit_started_at: datetime | None
    closed_at: datetime | None
    closed_by_name: str
    closing_note: Message | str
    overdue: bool
    """Open and due before today (due today is not late yet)."""

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def state(self) -> FollowUpState:
        if self.closed_at is not None:
            return FollowUpState.CLOSED
        return FollowUpState.OVERDUE if self.overdue else FollowUpState.OPEN

    @property
    def form(self) -> FollowUpForm:
        return FollowUpForm(due_date=self.due_date, owner_id=self.owner_id, description=self.description)


@functools.lru_cache(maxsize=1024)
def follow_up_label(state: FollowUpState | None, due_date: date | None) -> Message | None:
    """How lists and exports say it: ``entro il 05/12/2026``, ``scaduto il 01/12/2026``, ``chiuso``;
    ``None`` without a follow-up. Remembered: the visits list asks for it on every row it reads (building
    a message takes longer than the rest of a row), and a month's rows share a few due dates."""
    if state is FollowUpState.OPEN:
        return msg("entro il {due}").fill(due=format_date(due_date))
    if state is FollowUpState.OVERDUE:
        return msg("scaduto il {due}").fill(due=format_date(due_date))
    if state is FollowUpState.CLOSED:
        return state.label
    return None


# --- reading -----------------------------------------------------------------------------------------

_owner = aliased(Operator)
_closer = aliased(Operator)


def _view_query() -> Select:
    return (
        select(
            FollowUp,
            Office.code.label("office_code"),
            _owner.full_name.label("owner_name"),
            Person.surname,
            Person.name,
            Household.code.label("household_code"),
            Visit.started_at,
            _closer.full_name.label("closer_name"),
        )
        .join(Office, FollowUp.office_id == Office.id)
        .join(_owner, FollowUp.owner_id == _owner.id)
        .outerjoin(Person, FollowUp.person_id == Person.id)
        .outerjoin(Household, FollowUp.household_id == Household.id)
        .outerjoin(Visit, FollowUp.visit_id == Visit.id)
        .outerjoin(_closer, FollowUp.closed_by_id == _closer.id)
    )


def _view(row: Row[Any], day: date) -> FollowUpView:
    follow_up: FollowUp = row.FollowUp
    return FollowUpView(
        id=follow_up.id,
        visit_id=follow_up.visit_id,
        office_code=row.office_code,
        owner_id=follow_up.owner_id,
        owner_name=row.owner_name,
        person_id=follow_up.person_id,
        person_name=f"{row.surname} {row.name}" if row.surname is not None else "",
        household_id=follow_up.household_id,
        household_code=row.household_code or "",
        due_date=follow_up.due_date,
        description=follow_up.description,
        visit_started_at=row.started_at,
        closed_at=follow_up.closed_at,
        closed_by_name=row.closer_name or "",
        closing_note=CANCELLATION_NOTE.read(follow_up.closing_note),
        overdue=follow_up.closed_at is None and follow_up.due_date < day,
    )


def list_follow_ups(
    uow: UnitOfWork,
    *,
    office_code: str | None = None,
    owner_id: uuid.UUID | None = None,
    open_only: bool = True,
    due_until: date | None = None,
    limit: int | None = None,
) -> list[FollowUpView]:
    """Open ones first, by due date (so the overdue come first), then the closed ones.

    The open ones are read through the index on (closed_at, due_date): the desk's day asks for them on
    every refresh, and they stay few while the closed ones pile up over the years."""
    query = _view_query()
    if office_code:
        query = query.where(Office.code == office_code)
    if owner_id is not None:
        query = query.where(FollowUp.owner_id == owner_id)
    if open_only:
        query = query.where(FollowUp.closed_at.is_(None)).order_by(FollowUp.due_date, FollowUp.created_at)
    else:
        query = query.order_by(FollowUp.closed_at.is_not(None), FollowUp.due_date, FollowUp.created_at)
    if due_until is not None:
        query = query.where(FollowUp.due_date <= due_until)
    if limit is not None:
        query = query.limit(limit)
    day = today()
    with uow:
        return [_view(row, day) for row in uow.session.execute(query)]


def visit_follow_ups(session: Session, visit_id: uuid.UUID) -> list[FollowUpView]:
    """A visit's follow-ups in the order they were added, inside a caller's transaction."""
    day = today()
    rows = session.execute(_view_query().where(FollowUp.visit_id == visit_id).order_by(FollowUp.created_at))
    return [_view(row, day) for row in rows]


# --- writing -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckedFollowUp:
    due_date: date
    owner_id: uuid.UUID
    description: str


def check_follow_up(
    session: Session,
    form: FollowUpForm,
    visit_day: date,
    default_owner_id: uuid.UUID | None,
    errors: dict[str, Message],
    keys: dict[str, str] = FORM_FIELDS,
) -> CheckedFollowUp | None:
    """Reads a follow-up for a visit held on ``visit_day``; problems go into ``errors`` under ``keys``."""
    problems = len(errors)
    due = form.due_date
    if isinstance(due, datetime) or not isinstance(due, date):
        errors[keys["due_date"]] = msg("Scadenza: indicare un giorno (gg/mm/aaaa).")
    elif due < visit_day:
        errors[keys["due_date"]] = (
            msg("Scadenza: il {due} viene prima della visita ({day}).").fill(due=format_date(due), day=format_date(visit_day))
        )
    owner_id = form.owner_id or default_owner_id
    if owner_id is None:
        errors[keys["owner_id"]] = msg("Chi se ne occupa: indicare un operatore.")
    else:
        owner = session.get(Operator, owner_id)
        if owner is None:
            errors[keys["owner_id"]] = msg("Chi se ne occupa: operatore non trovato.")
        elif not owner.active:
            errors[keys["owner_id"]] = msg("Chi se ne occupa: {name} è disattivato, sceglierne un altro.").fill(name=owner.full_name)
    if len(errors) > problems or owner_id is None:
        return None
    return CheckedFollowUp(due_date=due, owner_id=owner_id, description=form.description.strip())


def add_follow_up(uow: UnitOfWork, visit_id: uuid.UUID, form: FollowUpForm) -> uuid.UUID:
    """One more thing to do after a visit (a visit may have several). Not on a cancelled visit."""
    with uow:
        session = uow.session
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFound(msg("Visita non trovata."))
        errors: dict[str, Message] = {}
        if visit.cancelled_at is not None:
            errors["visit"] = msg("La visita è annullata: non le si aggiungono seguiti.")
        checked = check_follow_up(session, form, local_day(visit.started_at), visit.operator_id, errors)
        if errors or checked is None:
            raise ValidationFailed(errors)
        follow_up = new_follow_up(visit, checked)
        session.add(follow_up)
        uow.commit()
        return follow_up.id


def new_follow_up(visit: Visit, checked: CheckedFollowUp) -> FollowUp:
    return FollowUp(
        id=uuid.uuid4(),
        visit_id=visit.id,
        office_id=visit.office_id,
        person_id=visit.person_id,
        household_id=visit.household_id,
        owner_id=checked.owner_id,
        due_date=checked.due_date,
        description=checked.description,
    )


def close_follow_up(uow: UnitOfWork, follow_up_id: uuid.UUID, note: str) -> None:
    """Done: with what came of it (``note``, may be empty), who closed it and when."""
    with uow:
        follow_up = uow.session.get(FollowUp, follow_up_id)
        if follow_up is None:
            raise NotFound(msg("Seguito non trovato."))
        if follow_up.closed_at is not None:
            raise ValidationFailed({"note": msg("Il seguito è già chiuso (il {day}).").fill(day=format_date(local_day(follow_up.closed_at)))})
        close(follow_up, uow.actor.operator_id, note.strip())
        uow.commit()


def close(follow_up: FollowUp, by: uuid.UUID | None, note: str) -> None:
    follow_up.closed_at = now_utc()
    follow_up.closed_by_id = by
    follow_up.closing_note = note
