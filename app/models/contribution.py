"""Contribution programmes (action L.1 heating contribution, regional solidarity contribution), their
terms with the date each takes effect, applications (domande) with their eligibility snapshot, receipts
with their gap-free counters, and the record of households informed about a programme (DESIGN 2.3, 2.4).

Terms are never edited in place: a change is a new row with the date from which it applies, and each
decision keeps the terms it was taken under and a snapshot of the data it used, so a later change of the
registry or of the terms never rewrites a past decision. Receipts are never edited or deleted: a wrong
one is cancelled with a reason and keeps its number.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Row, enum_type
from app.vocabulary import (
    ArrearsRule,
    CapPeriod,
    Change,
    ContributionState,
    InformedWay,
    ReceiptMethod,
    StampDuty,
)


class ContributionProgramme(Row, Base):
    __tablename__ = "contribution_programmes"
    change_kind = Change.PROGRAMMES

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    issues_receipts: Mapped[bool] = mapped_column(Boolean, default=True)
    """False for programmes the desk only helps tenants apply for (the regional solidarity contribution):
    they are screened for outreach, but the desk grants and pays nothing."""

    terms: Mapped[list[ProgrammeTerms]] = relationship(
        order_by="ProgrammeTerms.effective_from", cascade="all, delete-orphan"
    )


class ProgrammeTerms(Row, Base):
    """Every parameter of a programme from ``effective_from`` on (until the next row's date)."""

    __tablename__ = "programme_terms"
    change_kind = Change.PROGRAMMES
    __table_args__ = (UniqueConstraint("programme_id", "effective_from", name="uq_programme_terms_day"),)

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contribution_programmes.id"), index=True)
    effective_from: Mapped[date] = mapped_column(Date)
    years: Mapped[str] = mapped_column(String(60))
    """Programme years (annualità) as comma-separated calendar years, e.g. "2025,2026"."""
    budget_cents: Mapped[int] = mapped_column(Integer)
    cap_cents: Mapped[int] = mapped_column(Integer)
    cap_period: Mapped[CapPeriod] = mapped_column(enum_type(CapPeriod, "cap_period"))
    isee_min_cents: Mapped[int] = mapped_column(Integer)
    isee_max_cents: Mapped[int] = mapped_column(Integer)
    months_since_assignment: Mapped[int] = mapped_column(Integer)
    areas: Mapped[str] = mapped_column(String(120))
    """Accepted SAP areas, comma-separated values of :class:`SapArea`."""
    centralised_heating_required: Mapped[bool] = mapped_column(Boolean)
    arrears_rule: Mapped[ArrearsRule] = mapped_column(enum_type(ArrearsRule, "arrears_rule"))
    opening_spent_cents: Mapped[int] = mapped_column(Integer, default=0)
    """Already spent before the program was used (L.1 in 2025: 7,869.78 EUR)."""
    opening_households: Mapped[int] = mapped_column(Integer, default=0)
    stamp_duty: Mapped[StampDuty] = mapped_column(enum_type(StampDuty, "stamp_duty"))
    stamp_exemption_rule: Mapped[str] = mapped_column(Text, default="")
    funding_statement: Mapped[str] = mapped_column(Text, default="")
    cup: Mapped[str] = mapped_column(String(20), default="")
    act_reference: Mapped[str] = mapped_column(String(200), default="")
    """The determina that grants the contributions (number and date), printed on receipts."""
    recorded_by_name: Mapped[str] = mapped_column(String(120), default="")


class Contribution(Row, Base):
    """An application (domanda) and, when granted, the contribution paid on it."""

    __tablename__ = "contributions"
    change_kind = Change.CONTRIBUTIONS
    __table_args__ = (Index("ix_contributions_programme_year_state", "programme_id", "programme_year", "state"),)

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contribution_programmes.id"))
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    programme_year: Mapped[int] = mapped_column(Integer)
    state: Mapped[ContributionState] = mapped_column(enum_type(ContributionState, "contribution_state"))
    applied_on: Mapped[date] = mapped_column(Date)
    terms_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme_terms.id"))
    """The terms in force on the application date: the decision is taken under them."""
    checklist: Mapped[str] = mapped_column(Text)
    """JSON snapshot: each rule's outcome and the data it used, as computed on ``checked_on``."""
    checked_on: Mapped[date] = mapped_column(Date)
    protocol_number: Mapped[str] = mapped_column(String(60), default="")
    protocol_date: Mapped[date | None] = mapped_column(Date)
    created_by_name: Mapped[str] = mapped_column(String(120), default="")
    assessed_on: Mapped[date | None] = mapped_column(Date)
    assessed_by_name: Mapped[str] = mapped_column(String(120), default="")
    assessment_note: Mapped[str] = mapped_column(Text, default="")
    """Why an undecided rule was decided by a coordinator, or why the application was rejected."""
    heating_cost_cents: Mapped[int | None] = mapped_column(Integer)
    bill_reference: Mapped[str] = mapped_column(String(120), default="")
    granted_cents: Mapped[int | None] = mapped_column(Integer)
    granted_on: Mapped[date | None] = mapped_column(Date)
    granted_by_name: Mapped[str] = mapped_column(String(120), default="")
    paid_on: Mapped[date | None] = mapped_column(Date)
    paid_by_name: Mapped[str] = mapped_column(String(120), default="")
    payment_method: Mapped[ReceiptMethod | None] = mapped_column(enum_type(ReceiptMethod, "receipt_method"))
    iban: Mapped[str] = mapped_column(String(34), default="")
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancelled_by_name: Mapped[str] = mapped_column(String(120), default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    cancelled_from: Mapped[ContributionState | None] = mapped_column(
        enum_type(ContributionState, "contribution_cancelled_from")
    )

    programme: Mapped[ContributionProgramme] = relationship()
    terms: Mapped[ProgrammeTerms] = relationship()


class ReceiptCounter(Row, Base):
    """The last number issued in one series (site, calendar year); incremented in the transaction that
    stores the receipt, which on SQLite began with ``BEGIN IMMEDIATE`` (never MAX()+1)."""

    __tablename__ = "receipt_counters"
    change_kind = Change.RECEIPTS
    __table_args__ = (UniqueConstraint("series_site", "year", name="uq_receipt_counters_series"),)

    series_site: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer)


class Receipt(Row, Base):
    """A receipt as issued: every printed field is stored, so a reprint is identical (but for DUPLICATO)."""

    __tablename__ = "receipts"
    change_kind = Change.RECEIPTS
    __table_args__ = (UniqueConstraint("series_site", "year", "sequence", name="uq_receipts_series_sequence"),)

    number: Mapped[str] = mapped_column(String(30), unique=True)
    series_site: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    contribution_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contributions.id"), index=True)
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    beneficiary_name: Mapped[str] = mapped_column(String(200))
    beneficiary_fiscal_code: Mapped[str] = mapped_column(String(16), default="")
    beneficiary_address: Mapped[str] = mapped_column(String(300), default="")
    amount_cents: Mapped[int] = mapped_column(Integer)
    amount_words: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(Text)
    programme_name: Mapped[str] = mapped_column(String(200))
    programme_year: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(120))
    office_name: Mapped[str] = mapped_column(String(120), default="")
    issued_by_name: Mapped[str] = mapped_column(String(120))
    payment_method: Mapped[ReceiptMethod] = mapped_column(enum_type(ReceiptMethod, "receipt_payment_method"))
    iban: Mapped[str] = mapped_column(String(34), default="")
    act_reference: Mapped[str] = mapped_column(String(200), default="")
    funding_statement: Mapped[str] = mapped_column(Text, default="")
    cup: Mapped[str] = mapped_column(String(20), default="")
    stamp_duty_line: Mapped[str] = mapped_column(Text)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    """Printed copies including the first; every copy after the first says DUPLICATO."""
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancelled_by_name: Mapped[str] = mapped_column(String(120), default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class OutreachContact(Row, Base):
    """A household informed about a programme: when, how and by whom (informed tenants who do not apply
    may lose rights, so the record matters)."""

    __tablename__ = "outreach_contacts"
    change_kind = Change.OUTREACH

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contribution_programmes.id"), index=True)
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    informed_on: Mapped[date] = mapped_column(Date)
    way: Mapped[InformedWay] = mapped_column(enum_type(InformedWay, "informed_way"))
    operator_name: Mapped[str] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(Text, default="")
