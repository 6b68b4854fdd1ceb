"""Participant data for the funder (EU ESF+ common indicators, DESIGN 2.6), one row per person.

Asked once, at the first visit; each item may stay unanswered (``None``) and be completed later. The
sensitive ones accept "prefers not to answer". Reports only ever count these, never list names.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Row, enum_type
from app.vocabulary import Answer, Change, Education, LabourStatus


class ParticipantProfile(Row, Base):
    __tablename__ = "participant_profiles"
    change_kind = Change.PERSONS

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), unique=True)
    recorded_on: Mapped[date] = mapped_column(Date)
    labour_status: Mapped[LabourStatus | None] = mapped_column(enum_type(LabourStatus, "labour_status"))
    education: Mapped[Education | None] = mapped_column(enum_type(Education, "education"))
    third_country_national: Mapped[Answer | None] = mapped_column(enum_type(Answer, "third_country_national"))
    foreign_background: Mapped[Answer | None] = mapped_column(enum_type(Answer, "foreign_background"))
    minority: Mapped[Answer | None] = mapped_column(enum_type(Answer, "minority"))
    disability: Mapped[Answer | None] = mapped_column(enum_type(Answer, "disability"))
    homeless_or_excluded: Mapped[Answer | None] = mapped_column(enum_type(Answer, "homeless_or_excluded"))
