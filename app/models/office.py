"""Help desks (sportelli) and their weekly opening slots."""

from __future__ import annotations

import uuid
from datetime import time

from sqlalchemy import Boolean, ForeignKey, SmallInteger, String, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Row
from app.vocabulary import Change


class Office(Row, Base):
    __tablename__ = "offices"
    change_kind = Change.OFFICES

    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    slots: Mapped[list[OpeningSlot]] = relationship(
        back_populates="office", cascade="all, delete-orphan", order_by="(OpeningSlot.weekday, OpeningSlot.starts)"
    )


class OpeningSlot(Row, Base):
    """One weekly opening: ``weekday`` 0 is Monday, as in :meth:`datetime.date.weekday`."""

    __tablename__ = "opening_slots"
    change_kind = Change.OFFICES

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offices.id"), index=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)
    starts: Mapped[time] = mapped_column(Time)
    ends: Mapped[time] = mapped_column(Time)
    office: Mapped[Office] = relationship(back_populates="slots")
