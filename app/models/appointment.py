"""Appointments booked into a desk's coming openings."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Row, UtcDateTime, enum_type
from app.vocabulary import AppointmentStatus, Change


class Appointment(Row, Base):
    """For a registered person, or just a name and a phone number (someone who called)."""

    __tablename__ = "appointments"
    change_kind = Change.APPOINTMENTS
    __table_args__ = (Index("ix_appointments_by_office_and_time", "office_id", "starts_at"),)

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offices.id"))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=20)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"), index=True)
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    topic_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("topics.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[AppointmentStatus] = mapped_column(enum_type(AppointmentStatus, "appointment_status"))
    booked_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operators.id"))
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visits.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancelled_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operators.id"))
    cancel_reason: Mapped[str] = mapped_column(String(300), default="")
