"""Visits to the desk (and phone calls, home visits, outreach contacts) and their follow-ups."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Column, Date, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Row, UtcDateTime, enum_type
from app.models.catalogue import Topic
from app.vocabulary import AgeBracket, Change, Channel, Sex

visit_topics = Table(
    "visit_topics",
    Base.metadata,
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id"), primary_key=True),
)


class Visit(Row, Base):
    """One contact. ``person_id`` and/or ``household_id`` say who; without both it is anonymous and only
    ``anonymous_sex`` and ``anonymous_age_bracket`` are known. A visit is cancelled with a reason, not
    deleted (its author may delete it on the same day)."""

    __tablename__ = "visits"
    change_kind = Change.VISITS
    __table_args__ = (
        Index("ix_visits_by_office_and_time", "office_id", "started_at"),
        Index("ix_visits_by_operator_and_time", "operator_id", "started_at"),
        Index("ix_visits_by_time", "started_at"),
    )

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offices.id"))
    operator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operators.id"))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[Channel] = mapped_column(enum_type(Channel, "channel"))
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"), index=True)
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"), index=True)
    anonymous_sex: Mapped[Sex | None] = mapped_column(enum_type(Sex, "anonymous_sex"))
    anonymous_age_bracket: Mapped[AgeBracket | None] = mapped_column(enum_type(AgeBracket, "age_bracket"))
    interpreter_language: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    referral_service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("referral_services.id"))
    referral_partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_organisations.id"))
    """A referral goes to a service of the list or to a partner organisation of the registry (never both)."""
    referral_outcome: Mapped[str] = mapped_column(Text, default="")
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancelled_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operators.id"))
    cancel_reason: Mapped[str] = mapped_column(String(300), default="")

    topics: Mapped[list[Topic]] = relationship(secondary=visit_topics, order_by=Topic.position)


class FollowUp(Row, Base):
    """Something to do after a visit, by a due date, owned by an operator; closed with a note."""

    __tablename__ = "follow_ups"
    change_kind = Change.FOLLOW_UPS
    __table_args__ = (Index("ix_follow_ups_open_by_due", "closed_at", "due_date"),)

    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offices.id"))
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operators.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"), index=True)
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"), index=True)
    due_date: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operators.id"))
    closing_note: Mapped[str] = mapped_column(Text, default="")
