"""Declarative base shared by every model.

Every row carries a UUID primary key (rows written on different laptops must merge without collisions),
``created_at``/``updated_at`` in UTC and the ``site`` code of the laptop that last wrote it. The unit of
work fills the timestamps and the site (app/services/unit_of_work.py), so models stay plain data.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import ClassVar

from sqlalchemy import DateTime, MetaData, String, TypeDecorator, Uuid
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.vocabulary import Change

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A moment stored as naive UTC (SQLite keeps no zone) and always returned as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous: pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _utc_now() -> datetime:
    from app.clock import now_utc

    return now_utc()


class Row:
    """Columns every table has (DESIGN 3): merge-safe identity and who/when wrote the row.

    ``change_kind`` says which kind of data a row is, so the unit of work can tell the screens what a
    transaction changed (app/services/unit_of_work.py)."""

    change_kind: ClassVar[Change]

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=_utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=_utc_now)
    site: Mapped[str] = mapped_column(String(16), default="")


def enum_type(enum_class: type[StrEnum], name: str) -> SAEnum:
    """A string column limited to the enum's values by a named CHECK constraint (portable, merge-friendly)."""
    return SAEnum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum_class),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )
