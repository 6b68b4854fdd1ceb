"""The visits list: filtered, sorted and paged in SQL over hundreds of thousands of visits.

A page is one statement (as app/services/registry/households.py does for the registry): the inner query finds the
rows of the page, walking the index that fits the filter, ``(office_id, started_at)`` for a desk,
``(operator_id, started_at)`` for an operator, ``(started_at)`` otherwise, so a desk's month is one
range scan in time order that stops after the page; the outer query joins what the list shows for those
rows only. Topic, channel and follow-up filters are checked on the rows of that range (by primary key
lookups), never by scanning the link tables.

Visits at the same moment are ordered by their place in the table (:class:`_RowPosition`): on SQLite the
``rowid``, which every index holds, so the inner query reads the index alone. Ordered by ``id`` instead,
it had to read each visit's row to learn its id: scrolling a desk's month of 3,000 visits to its end
read the rows before every page again, 0.6 s for 500,000 visits (benchmarks/visits.py).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import Integer, Row, Select, String, bindparam, case, cast, exists, func, literal, select, type_coerce
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement

from app.clock import today
from app.messages import Message, msg
from app.models.catalogue import PartnerOrganisation, ReferralService, Topic
from app.models.household import Household
from app.models.office import Office
from app.models.operator import Operator
from app.models.person import Person
from app.models.visit import FollowUp, Visit, visit_topics
from app.services.desk.follow_ups import follow_up_label
from app.services.local_time import day_bounds
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import AgeBracket, Channel, FollowUpState, Sex

PAGE_SIZE = 100


class VisitSort(StrEnum):
    STARTED_AT = "started_at"
    OFFICE = "office"
    OPERATOR = "operator"
    CHANNEL = "channel"
    PERSON = "person"


@dataclass(frozen=True)
class VisitFilter:
    date_from: date | None = None
    date_to: date | None = None
    """Both included; Rome calendar days."""
    office_code: str | None = None
    operator_id: uuid.UUID | None = None
    topic_id: uuid.UUID | None = None
    channel: Channel | None = None
    person_id: uuid.UUID | None = None
    household_id: uuid.UUID | None = None
    """The household's visits: those of any member recorded with it, and those of the household itself."""
    open_follow_ups: bool = False
    """Only visits with a follow-up still open."""
    include_cancelled: bool = True


class VisitRow(NamedTuple):
    """One row of the list. A named tuple, built many thousands of times while a month is scrolled: it
    costs a fraction of a frozen dataclass, and the visit's id is turned into a UUID only when asked for
    (when the row is opened), as that conversion was most of the Python time of a page
    (benchmarks/visits.py)."""

    stored_id: str | uuid.UUID
    started_at: datetime
    office_code: str
    operator_name: str
    channel: Channel
    person_label: str | Message
    """The person's name; a message ``nucleo CODE`` for a household without a named person; empty if
    anonymous."""
    household_code: str
    topics: str
    """Names joined by ", ", in the list's order."""
    referral: str
    follow_up: Message | None
    """``entro il 05/12/2026``, ``scaduto il 01/12/2026``, ``chiuso``, or ``None`` without a follow-up
    (see follow_up_state)."""
    follow_up_state: FollowUpState | None
    follow_up_due: date | None
    """The earliest due date among the open follow-ups."""
    cancelled: bool
    duration_minutes: int
    interpreter_language: str
    anonymous_sex: Sex | None
    anonymous_age_bracket: AgeBracket | None
    cancel_reason: str
    anonymous: bool
    """Neither a person nor a household."""

    @property
    def id(self) -> uuid.UUID:
        return _uuid(self.stored_id)


def _filtered(statement: Select, visit_filter: VisitFilter) -> Select:
    f = visit_filter
    if f.office_code:
        office_id = select(Office.id).where(Office.code == f.office_code).scalar_subquery()
        statement = statement.where(Visit.office_id == office_id)
    if f.operator_id is not None:
        statement = statement.where(Visit.operator_id == f.operator_id)
    if f.date_from is not None:
        statement = statement.where(Visit.started_at >= day_bounds(f.date_from)[0])
    if f.date_to is not None:
        statement = statement.where(Visit.started_at < day_bounds(f.date_to)[1])
    if f.channel is not None:
        statement = statement.where(Visit.channel == Channel(f.channel))
    if f.person_id is not None:
        statement = statement.where(Visit.person_id == f.person_id)
    if f.household_id is not None:
        statement = statement.where(Visit.household_id == f.household_id)
    if f.topic_id is not None:
        statement = statement.where(
            exists().where(visit_topics.c.visit_id == Visit.id, visit_topics.c.topic_id == f.topic_id)
        )
    if f.open_follow_ups:
        # the open follow-ups are few (index on closed_at, due_date): their visits, looked up by key
        statement = statement.where(Visit.id.in_(select(FollowUp.visit_id).where(FollowUp.closed_at.is_(None))))
    if not f.include_cancelled:
        statement = statement.where(Visit.cancelled_at.is_(None))
    return statement


class _RowPosition(ColumnElement[Any]):
    """A visit's place in the table, the last key of every order so that pages never overlap: SQLite's
    ``rowid`` (in every index of the table, so a page is found in the index alone), the ``id`` elsewhere.
    A rowid may change only when the file is rebuilt (``VACUUM``), which leaves the order of a list well
    defined whenever it is read."""

    _traverse_internals: list[Any] = []  # nothing to tell one apart from another: statements using it are cached
    inherit_cache = True


@compiles(_RowPosition)
def _row_position(_element: _RowPosition, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(Visit.__table__.c.id, **kw)


@compiles(_RowPosition, "sqlite")
def _sqlite_row_position(_element: _RowPosition, _compiler: SQLCompiler, **_kw: Any) -> str:
    return f"{Visit.__tablename__}.rowid"


_POSITION = _RowPosition()

_SORT_COLUMNS: dict[VisitSort, tuple[Any, ...]] = {
    VisitSort.STARTED_AT: (Visit.started_at,),
    VisitSort.OFFICE: (Office.code, Visit.started_at),
    VisitSort.OPERATOR: (Operator.full_name, Visit.started_at),
    VisitSort.CHANNEL: (Visit.channel, Visit.started_at),
    VisitSort.PERSON: (Person.sort_name, Visit.started_at),
}


def _sorted(statement: Select, sort: VisitSort, descending: bool, *, joined: bool) -> Select:
    """Orders by the sort's columns and the row's position (a stable order, so pages never overlap). The
    inner query joins only the table the sort needs; the outer one has them all already (``joined``)."""
    if not joined:
        if sort is VisitSort.OFFICE:
            statement = statement.join(Office, Visit.office_id == Office.id)
        elif sort is VisitSort.OPERATOR:
            statement = statement.join(Operator, Visit.operator_id == Operator.id)
        elif sort is VisitSort.PERSON:
            statement = statement.outerjoin(Person, Visit.person_id == Person.id)
    columns = (*_SORT_COLUMNS[sort], _POSITION)
    return statement.order_by(*(c.desc() if descending else c.asc() for c in columns))


_TOPIC_SEPARATOR = "\x1e"
_POSITION_SEPARATOR = "\x1f"
"""Control characters no catalogue name can hold (names are saved with their whitespace collapsed, and
Python counts these two as whitespace)."""


def _as_stored(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """The column as the driver returns it, without SQLAlchemy's conversion of each value: :func:`_row`
    converts only what the list needs, which halves the Python time of a page (benchmarks/visits.py).
    SQLite gives text; a driver with native types (PostgreSQL) gives UUIDs and datetimes already."""
    return type_coerce(column, String()).label(column.key)


def _uuid(value: str | uuid.UUID) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=value)


def _moment(value: str | datetime | None) -> datetime | None:
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _build_rows_statement() -> Select:
    # the visit's own follow-ups through the index on visit_id: a condition on closed_at here would let
    # the planner pick the index on (closed_at, due_date) and read every open follow-up for each row
    open_due = (
        select(func.min(case((FollowUp.closed_at.is_(None), FollowUp.due_date))))
        .where(FollowUp.visit_id == Visit.id)
        .scalar_subquery()
    )
    any_follow_up = exists().where(FollowUp.visit_id == Visit.id)
    # one row per visit: the topics come aggregated as "position<US>name" items, put in the list's order
    # here in Python (an aggregate's order is not guaranteed in SQL)
    topics = (
        select(
            func.aggregate_strings(
                cast(Topic.position, String) + literal(_POSITION_SEPARATOR) + Topic.name, _TOPIC_SEPARATOR
            )
        )
        .select_from(visit_topics)
        .join(Topic, visit_topics.c.topic_id == Topic.id)
        .where(visit_topics.c.visit_id == Visit.id)
        .scalar_subquery()
    )
    return (
        select(
            _as_stored(Visit.id),
            _as_stored(Visit.started_at),
            _as_stored(Visit.channel),
            _as_stored(Visit.cancelled_at),
            Visit.duration_minutes,
            Visit.interpreter_language,
            _as_stored(Visit.anonymous_sex),
            _as_stored(Visit.anonymous_age_bracket),
            Visit.cancel_reason,
            Office.code.label("office_code"),
            Operator.full_name.label("operator_name"),
            Person.surname,
            Person.name,
            Household.code.label("household_code"),
            func.coalesce(ReferralService.name, PartnerOrganisation.name).label("referral"),
            topics.label("topics"),
            open_due.label("open_due"),
            any_follow_up.label("any_follow_up"),
        )
        .select_from(Visit)
        .join(Office, Visit.office_id == Office.id)
        .join(Operator, Visit.operator_id == Operator.id)
        .outerjoin(Person, Visit.person_id == Person.id)
        .outerjoin(Household, Visit.household_id == Household.id)
        .outerjoin(ReferralService, Visit.referral_service_id == ReferralService.id)
        .outerjoin(PartnerOrganisation, Visit.referral_partner_id == PartnerOrganisation.id)
    )


_ROWS = _build_rows_statement()
"""Built once: every page and export adds its conditions and order to it."""


@functools.lru_cache(maxsize=64)
def _pages_query(visit_filter: VisitFilter, sort: VisitSort, descending: bool) -> Select:
    """The pages of one list, the page chosen by the ``offset`` and ``limit`` parameters. Kept while the
    list is scrolled: building the statement and its cache key again for every page took longer than
    running the page's SQL itself."""
    page = _sorted(_filtered(select(_POSITION).select_from(Visit), visit_filter), sort, descending, joined=False)
    page = page.offset(bindparam("offset", type_=Integer)).limit(bindparam("limit", type_=Integer))
    return _sorted(_ROWS.where(_POSITION.in_(page.scalar_subquery())), sort, descending, joined=True)


def page_query(visit_filter: VisitFilter, sort: VisitSort, descending: bool, offset: int, limit: int) -> Select:
    """One page in one statement, as :func:`visit_page` runs it."""
    return _pages_query(visit_filter, sort, descending).params(offset=offset, limit=limit)


def all_rows_query(visit_filter: VisitFilter, sort: VisitSort, descending: bool) -> Select:
    """Every matching visit, for an export read as a stream."""
    return _sorted(_filtered(_ROWS, visit_filter), sort, descending, joined=True)


def visit_rows(session: Session, statement: Select, parameters: dict[str, Any] | None = None) -> Iterator[VisitRow]:
    """Runs ``statement`` on the session's connection: plain rows, no ORM objects to build."""
    day = today()
    for row in session.connection().execute(statement, parameters):
        yield _row(row, day)


@functools.lru_cache(maxsize=4096)
def _topic_names(aggregated: str | None) -> str:
    """The names in the list's order. Remembered, as a few combinations of topics make most visits (the
    key holds the names themselves, so a renamed topic is never shown by its old name)."""
    if not aggregated:
        return ""
    items = [item.partition(_POSITION_SEPARATOR) for item in aggregated.split(_TOPIC_SEPARATOR)]
    return ", ".join(name for _, _, name in sorted(items, key=lambda item: (int(item[0]), item[2])))


@functools.lru_cache(maxsize=4096)
def _household_label(household_code: str) -> Message:
    """Remembered, as :func:`_topic_names`: building a message takes longer than the rest of a row."""
    return msg("nucleo {code}").fill(code=household_code)


def _row(row: Row[Any], day: date) -> VisitRow:
    # unpacked by position (the order of _build_rows_statement): a tenth of the cost of reading each
    # column by name, which on a page of a hundred rows is most of the time spent in Python
    (
        visit_id, started_at, channel, cancelled_at, duration, language, sex, age_bracket,
        cancel_reason, office_code, operator_name, surname, name, household_code, referral, topics, open_due,
        any_follow_up,
    ) = row
    state: FollowUpState | None = None
    if open_due is not None:
        state = FollowUpState.OVERDUE if open_due < day else FollowUpState.OPEN
    elif any_follow_up:
        state = FollowUpState.CLOSED
    if surname is not None:
        label: str | Message = f"{surname} {name}"
    elif household_code is not None:
        label = _household_label(household_code)
    else:
        label = ""
    return VisitRow(
        stored_id=visit_id,
        started_at=_moment(started_at),
        office_code=office_code,
        operator_name=operator_name,
        channel=Channel(channel),
        person_label=label,
        household_code=household_code or "",
        topics=_topic_names(topics),
        referral=referral or "",
        follow_up=follow_up_label(state, open_due),
        follow_up_state=state,
        follow_up_due=open_due,
        cancelled=cancelled_at is not None,
        duration_minutes=duration,
        interpreter_language=language,
        anonymous_sex=Sex(sex) if sex else None,
        anonymous_age_bracket=AgeBracket(age_bracket) if age_bracket else None,
        cancel_reason=cancel_reason,
        anonymous=surname is None and household_code is None,
    )


def visit_page(
    uow: UnitOfWork,
    visit_filter: VisitFilter,
    sort: VisitSort = VisitSort.STARTED_AT,
    descending: bool = True,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> list[VisitRow]:
    with uow:
        statement = _pages_query(visit_filter, sort, descending)
        # fetched at once: a page is small, and one fetch is cheaper than a hundred
        rows = uow.session.connection().execute(statement, {"offset": offset, "limit": limit}).all()
        day = today()
        return [_row(row, day) for row in rows]


@functools.lru_cache(maxsize=64)
def count_query(visit_filter: VisitFilter) -> Select:
    """Kept like the pages' statement: the list counts again whenever it is refreshed."""
    return select(func.count()).select_from(_filtered(select(Visit.id), visit_filter).subquery())


def count_visits(uow: UnitOfWork, visit_filter: VisitFilter) -> int:
    with uow:
        return uow.session.scalar(count_query(visit_filter)) or 0
