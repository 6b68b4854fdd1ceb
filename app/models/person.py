"""Persons known to the desk: household members and people who come to the desk."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Row, enum_type
from app.vocabulary import Change, HouseholdRole, Sex


class Person(Row, Base):
    __tablename__ = "persons"
    change_kind = Change.PERSONS
    __table_args__ = (
        Index("ix_persons_by_name", "sort_name", "search_text"),
        Index(
            "uq_persons_one_holder_per_household",
            "household_id",
            unique=True,
            sqlite_where=text("household_role = 'holder'"),
            postgresql_where=text("household_role = 'holder'"),
        ),
    )

    codice_fiscale: Mapped[str | None] = mapped_column(String(16))
    """Exactly as issued (upper case); ``None`` means "CF da completare" or an anonymous contact."""
    codice_fiscale_key: Mapped[str | None] = mapped_column(String(16), unique=True)
    """The code with omocodia undone, so that two spellings of one person's code collide."""
    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[Sex | None] = mapped_column(enum_type(Sex, "sex"))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    preferred_language: Mapped[str] = mapped_column(String(40), default="")
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"), index=True)
    household_role: Mapped[HouseholdRole | None] = mapped_column(enum_type(HouseholdRole, "household_role"))
    privacy_notice_date: Mapped[date | None] = mapped_column(Date)
    privacy_notice_version: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    """Folded names, code, and the household's code and address: what the person search looks at."""
    sort_name: Mapped[str] = mapped_column(String(200), default="")
