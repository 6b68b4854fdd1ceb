"""The audit trail as a coordinator reads it (issue 10, point 3.3): who wrote, changed, removed or opened
which record, when, on which laptop, with every field before and after.

The trail is written by the unit of work (app/services/unit_of_work.py); here it is only read, and only by
a coordinator: it holds every field of every record, the redacted ones aside. Entries are shown newest
first by moment, and by their sequence on the laptop among entries of the same moment. The fields are named
as a person calls them (app/record_labels.py) and their values are shown as the screens show them:
amounts in euros, dates as dd/mm/yyyy, moments in Rome's time, the vocabulary's labels, "sì" and "no".

The record filter takes a record's identifier, or the start of one (as copied from the viewer), or a
household's code: a household's code finds the household and its members, as the household's page does.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Date, Select, Time, func, or_, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from app.messages import Message, msg
from app.models.audit import AuditEntry
from app.models import Base, Household, Person
from app.models.base import UtcDateTime
from app.record_labels import field_label, table_label
from app.services.dates import format_date, format_local_datetime
from app.services.local_time import start_of_local_day
from app.services.money import format_amount
from app.services.permissions import require_coordinator
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import AuditAction, Labelled

PAGE_SIZE = 500
"""The viewer shows the newest entries that match, this many at most; the export writes all of them."""
HOUSEHOLD_PAGE_LINES = 30
"""How many of the latest accesses and changes a household's page lists."""


@dataclass(frozen=True)
class AuditFilter:
    since: date | None = None
    until: date | None = None
    """Both included, as Rome calendar days."""
    operator_name: str = ""
    table: str = ""
    record: str = ""


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: Message | str
    before: Message | str
    after: Message | str


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    site: str
    sequence: int
    operator_name: str
    table: str
    table_label: Message | str
    record_id: str
    action: AuditAction | str
    changes: tuple[FieldChange, ...]

    @property
    def action_label(self) -> Message | str:
        return self.action.label if isinstance(self.action, AuditAction) else self.action


@dataclass(frozen=True)
class AuditPage:
    lines: list[AuditLine]
    total: int
    """How many entries match, shown or not."""


def record_household_opening(uow: UnitOfWork, household_id: uuid.UUID) -> None:
    """Writes that the acting operator opened the household's page (its members' data with it)."""
    with uow:
        uow.record_opening(Household.__tablename__, household_id)
        uow.commit()


def audit_page(uow: UnitOfWork, wanted: AuditFilter, *, limit: int = PAGE_SIZE) -> AuditPage:
    require_coordinator(uow.actor, msg("consultare il registro modifiche"))
    with uow:
        query = _filtered(uow.session, wanted)
        total = uow.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        entries = uow.session.scalars(_newest_first(query).limit(limit)).all()
        return AuditPage([audit_line(entry) for entry in entries], total)


def audit_lines(uow: UnitOfWork, wanted: AuditFilter) -> Iterator[AuditLine]:
    """Every matching entry, newest first, read as a stream in one transaction (for the export)."""
    require_coordinator(uow.actor, msg("esportare il registro modifiche"))
    return _streamed_lines(uow, wanted)


def _streamed_lines(uow: UnitOfWork, wanted: AuditFilter) -> Iterator[AuditLine]:
    with uow:
        for entry in uow.session.scalars(_newest_first(_filtered(uow.session, wanted)).execution_options(yield_per=500)):
            yield audit_line(entry)


def audit_operators(uow: UnitOfWork) -> list[str]:
    """The names that wrote or opened something, for the operator filter."""
    require_coordinator(uow.actor, msg("consultare il registro modifiche"))
    with uow:
        return list(uow.session.scalars(select(AuditEntry.operator_name).distinct().order_by(AuditEntry.operator_name)))


def audit_tables() -> list[tuple[str, Message | str]]:
    """The tables an entry can be about, with their labels, for the table filter."""
    tables = {mapper.class_.__tablename__ for mapper in Base.registry.mappers} - {AuditEntry.__tablename__}
    return sorted(((table, table_label(table)) for table in tables), key=lambda pair: str(pair[1]))


def household_accesses(uow: UnitOfWork, household_id: uuid.UUID, *, limit: int = HOUSEHOLD_PAGE_LINES) -> list[AuditLine]:
    """The latest openings and changes of the household and of its present members."""
    require_coordinator(uow.actor, msg("vedere chi ha consultato e modificato il nucleo"))
    with uow:
        ids = _household_record_ids(uow.session, [household_id])
        query = select(AuditEntry).where(AuditEntry.entity_id.in_(ids))
        return [audit_line(entry) for entry in uow.session.scalars(_newest_first(query).limit(limit))]


def audit_line(entry: AuditEntry) -> AuditLine:
    try:
        action: AuditAction | str = AuditAction(entry.action)
    except ValueError:
        action = entry.action
    return AuditLine(
        at=entry.at,
        site=entry.site,
        sequence=entry.sequence,
        operator_name=entry.operator_name,
        table=entry.entity,
        table_label=table_label(entry.entity),
        record_id=entry.entity_id,
        action=action,
        changes=_field_changes(entry.entity, entry.changes),
    )


def shown_value(table: str, field: str, value: Any) -> Message | str:
    """A stored value as the screens show it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return msg("sì") if value else msg("no")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    kind = _COLUMN_KINDS.get((table, field))
    if isinstance(value, int) and field.endswith("_cents"):
        return format_amount(value)
    if isinstance(value, str):
        if isinstance(kind, type) and issubclass(kind, Labelled):
            try:
                return kind(value).label
            except ValueError:
                return value
        try:
            if kind is datetime:
                return format_local_datetime(datetime.fromisoformat(value))
            if kind is date:
                return format_date(date.fromisoformat(value))
            if kind is time:
                return f"{time.fromisoformat(value):%H:%M}"
        except ValueError:
            return value
    return str(value)


def _field_changes(table: str, stored: str) -> tuple[FieldChange, ...]:
    try:
        changes = json.loads(stored or "{}")
    except ValueError:
        return ()
    if not isinstance(changes, dict):
        return ()
    found = []
    for field in sorted(changes, key=lambda key: str(field_label(key))):
        pair = changes[field]
        before, after = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        found.append(FieldChange(field, field_label(field), shown_value(table, field, before), shown_value(table, field, after)))
    return tuple(found)


def _filtered(session: Session, wanted: AuditFilter) -> Select[tuple[AuditEntry]]:
    query = select(AuditEntry)
    if wanted.since is not None:
        query = query.where(AuditEntry.at >= start_of_local_day(wanted.since))
    if wanted.until is not None:
        query = query.where(AuditEntry.at < start_of_local_day(wanted.until + timedelta(days=1)))
    if wanted.operator_name:
        query = query.where(AuditEntry.operator_name == wanted.operator_name)
    if wanted.table:
        query = query.where(AuditEntry.entity == wanted.table)
    record = wanted.record.strip()
    if record:
        households = session.scalars(select(Household.id).where(func.upper(Household.code) == record.upper())).all()
        if households:
            query = query.where(AuditEntry.entity_id.in_(_household_record_ids(session, households)))
        else:
            query = query.where(or_(AuditEntry.entity_id == record.lower(), AuditEntry.entity_id.startswith(record.lower(), autoescape=True)))
    return query


def _newest_first(query: Select[tuple[AuditEntry]]) -> Select[tuple[AuditEntry]]:
    return query.order_by(AuditEntry.at.desc(), AuditEntry.site, AuditEntry.sequence.desc())


def _household_record_ids(session: Session, household_ids: Sequence[uuid.UUID]) -> list[str]:
    members = session.scalars(select(Person.id).where(Person.household_id.in_(household_ids))).all()
    return [str(record_id) for record_id in [*household_ids, *members]]


def _column_kinds() -> dict[tuple[str, str], type]:
    """What each column holds, where it changes how a stored value reads: an enum, a date, a moment, a time."""
    kinds: dict[tuple[str, str], type] = {}
    for mapper in Base.registry.mappers:
        table = mapper.class_.__tablename__
        for attribute in mapper.column_attrs:
            column_type = attribute.columns[0].type
            if isinstance(column_type, SAEnum) and isinstance(column_type.enum_class, type) and issubclass(column_type.enum_class, StrEnum):
                kinds[(table, attribute.key)] = column_type.enum_class
            elif isinstance(column_type, UtcDateTime):
                kinds[(table, attribute.key)] = datetime
            elif isinstance(column_type, Date):
                kinds[(table, attribute.key)] = date
            elif isinstance(column_type, Time):
                kinds[(table, attribute.key)] = time
    return kinds


_COLUMN_KINDS = _column_kinds()
