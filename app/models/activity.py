"""Group activities: assemblies, workshops, courses of several sessions, events, network meetings."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Row, UtcDateTime
from app.models.catalogue import PartnerOrganisation
from app.vocabulary import Change

activity_partners = Table(
    "activity_partners",
    Base.metadata,
    Column("activity_id", ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partner_organisations.id"), primary_key=True),
)


class Activity(Row, Base):
    __tablename__ = "activities"
    change_kind = Change.ACTIVITIES

    activity_type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity_types.id"))
    title: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    office_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("offices.id"), index=True)
    organisers: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    sessions: Mapped[list[ActivitySession]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="ActivitySession.starts_at"
    )
    partners: Mapped[list[PartnerOrganisation]] = relationship(secondary=activity_partners)


class ActivitySession(Row, Base):
    """One meeting of an activity; attendance is per session (registered persons plus a head count)."""

    __tablename__ = "activity_sessions"
    change_kind = Change.ACTIVITIES

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    other_participants: Mapped[int] = mapped_column(Integer, default=0)
    """People who took part without being registered (a head count)."""

    activity: Mapped[Activity] = relationship(back_populates="sessions")


class Attendance(Row, Base):
    __tablename__ = "attendances"
    change_kind = Change.ACTIVITIES
    __table_args__ = (UniqueConstraint("session_id", "person_id", name="uq_attendances_session_person"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity_sessions.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
