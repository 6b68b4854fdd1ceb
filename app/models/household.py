"""Households (nuclei familiari), their holder history and their ISEE attestations."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Row, enum_type
from app.models.dwelling import Dwelling
from app.vocabulary import Change, IseeKind, SapArea


class Household(Row, Base):
    """A household of the registry.

    The ``sort_*`` columns and ``search_text`` are derived (kept by app/services/registry/households.py). Each
    sortable column has an index that also carries ``search_text``: the list walks the index in the
    chosen order and stops after one page of matches, so a search stays fast over 50,000 households
    whatever the sort (benchmarks/registry_search.py).
    """

    __tablename__ = "households"
    change_kind = Change.HOUSEHOLDS
    __table_args__ = (
        Index("ix_households_by_holder", "sort_holder", "code", "search_text"),
        Index("ix_households_by_code", "code", "search_text"),
        Index("ix_households_by_address", "sort_address", "code", "search_text"),
        Index("ix_households_by_neighbourhood", "sort_neighbourhood", "sort_address", "code", "search_text"),
        Index("ix_households_by_area", "sap_area", "sort_holder", "code", "search_text"),
    )

    code: Mapped[str] = mapped_column(String(40), unique=True)
    dwelling_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dwellings.id"), index=True)
    office_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("offices.id"), index=True)
    assignment_date: Mapped[date | None] = mapped_column(Date)
    sap_area: Mapped[SapArea | None] = mapped_column(enum_type(SapArea, "sap_area"))
    monthly_income_cents: Mapped[int | None] = mapped_column(Integer)
    arrears_cents: Mapped[int | None] = mapped_column(Integer)
    """Arrears as known to the landlord; ``None`` is "dato mancante" (unknown), never zero."""
    arrears_as_of: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    """Folded (lower case, no accents) code, address and members' names and codes."""
    sort_holder: Mapped[str] = mapped_column(String(200), default="")
    sort_address: Mapped[str] = mapped_column(String(240), default="")
    sort_neighbourhood: Mapped[str] = mapped_column(String(80), default="")

    dwelling: Mapped[Dwelling] = relationship()
    attestations: Mapped[list[IseeAttestation]] = relationship(
        back_populates="household", order_by="IseeAttestation.filing_date.desc()"
    )


class HolderChange(Row, Base):
    """A change of holder (voltura): the previous holder stays in the household's history."""

    __tablename__ = "holder_changes"
    change_kind = Change.HOUSEHOLDS

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    previous_holder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))
    new_holder_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"))
    previous_holder_name: Mapped[str] = mapped_column(String(200), default="")
    new_holder_name: Mapped[str] = mapped_column(String(200))
    changed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="")


class IseeAttestation(Row, Base):
    __tablename__ = "isee_attestations"
    change_kind = Change.HOUSEHOLDS

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    kind: Mapped[IseeKind] = mapped_column(enum_type(IseeKind, "isee_kind"))
    protocol: Mapped[str] = mapped_column(String(40), default="")
    filing_date: Mapped[date] = mapped_column(Date)
    value_cents: Mapped[int] = mapped_column(Integer)
    valid_until: Mapped[date] = mapped_column(Date)
    """Computed from kind and filing date when saved (app/services/registry/isee.py), kept for queries."""

    household: Mapped[Household] = relationship(back_populates="attestations")
