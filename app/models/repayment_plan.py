"""Repayment plans (piani di rientro) of rent arrears: debt items, the schedule as agreed, payments,
decisions on the plan's state and suspensions (DESIGN 2.5).

The schedule is stored as generated when the plan was created, so a later change of the rules never
rewrites an agreement a tenant signed. Payments are never edited: a wrong one is reversed with a reason.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Row, UtcDateTime, enum_type
from app.vocabulary import Change, DebtKind, PaymentMethod, PlanState


class RepaymentPlan(Row, Base):
    __tablename__ = "repayment_plans"
    change_kind = Change.PLANS

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offices.id"), index=True)
    state: Mapped[PlanState] = mapped_column(enum_type(PlanState, "plan_state"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    due_day: Mapped[int] = mapped_column(Integer)
    total_cents: Mapped[int] = mapped_column(Integer)
    installment_count: Mapped[int] = mapped_column(Integer)
    requested_installment_cents: Mapped[int | None] = mapped_column(Integer)
    """Set when the plan was built from an installment amount rather than a number of installments."""
    monthly_income_cents: Mapped[int | None] = mapped_column(Integer)
    """The household's monthly income when the plan was made (the sustainability warning used it)."""
    signed_on: Mapped[date | None] = mapped_column(Date)
    replaces_plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("repayment_plans.id"), index=True)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operators.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    reminders_printed: Mapped[int] = mapped_column(Integer, default=0)

    debt_items: Mapped[list[DebtItem]] = relationship(order_by="DebtItem.position", cascade="all, delete-orphan")
    installments: Mapped[list[PlanInstallment]] = relationship(order_by="PlanInstallment.number", cascade="all, delete-orphan")
    payments: Mapped[list[PlanPayment]] = relationship(order_by="PlanPayment.paid_on")
    state_changes: Mapped[list[PlanStateChange]] = relationship(order_by="PlanStateChange.created_at")
    suspensions: Mapped[list[PlanSuspension]] = relationship(order_by="PlanSuspension.starts_on")


class DebtItem(Row, Base):
    __tablename__ = "plan_debt_items"
    change_kind = Change.PLANS

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("repayment_plans.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[DebtKind] = mapped_column(enum_type(DebtKind, "debt_kind"))
    period: Mapped[str] = mapped_column(String(80))
    """The period the debt refers to, as written on the landlord's statement (e.g. "gen-giu 2026")."""
    amount_cents: Mapped[int] = mapped_column(Integer)


class PlanInstallment(Row, Base):
    __tablename__ = "plan_installments"
    change_kind = Change.PLANS
    __table_args__ = (UniqueConstraint("plan_id", "number", name="uq_plan_installments_number"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("repayment_plans.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)


class PlanPayment(Row, Base):
    __tablename__ = "plan_payments"
    change_kind = Change.PLANS
    __table_args__ = (Index("ix_plan_payments_by_household_reference", "household_id", "reference"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("repayment_plans.id"), index=True)
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"))
    paid_on: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    method: Mapped[PaymentMethod] = mapped_column(enum_type(PaymentMethod, "payment_method"))
    reference: Mapped[str] = mapped_column(String(80), default="")
    """The bank or landlord reference; a payment with the same reference is not imported twice."""
    note: Mapped[str] = mapped_column(Text, default="")
    imported: Mapped[bool] = mapped_column(default=False)
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operators.id"))
    reversed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reversed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operators.id"))
    reversal_reason: Mapped[str] = mapped_column(Text, default="")


class PlanStateChange(Row, Base):
    """A decision on the plan: from which state to which, when, by whom and why."""

    __tablename__ = "plan_state_changes"
    change_kind = Change.PLANS

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("repayment_plans.id"), index=True)
    from_state: Mapped[PlanState | None] = mapped_column(enum_type(PlanState, "plan_state_from"))
    to_state: Mapped[PlanState] = mapped_column(enum_type(PlanState, "plan_state_to"))
    decided_on: Mapped[date] = mapped_column(Date)
    operator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operators.id"))
    operator_name: Mapped[str] = mapped_column(String(120), default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class PlanSuspension(Row, Base):
    """Days the plan is suspended (e.g. morosità incolpevole): arrears days do not grow. Never overlapping."""

    __tablename__ = "plan_suspensions"
    change_kind = Change.PLANS

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("repayment_plans.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
