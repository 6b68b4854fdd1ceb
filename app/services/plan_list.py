"""The tenant manager's list of repayment plans (DESIGN 2.5, issue 4 point 6): every plan with its
situation on a date, filtered by desk, state and aging bucket, riskiest first, with the totals.

There are at most a few thousand plans, so the situations are computed in Python from the stored
schedules and payments, loaded in three queries (not one per plan).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.clock import today
from app.models.household import Household
from app.models.office import Office
from app.models.person import HouseholdRole, Person
from app.models.repayment_plan import PlanInstallment, PlanPayment, PlanState, PlanSuspension, RepaymentPlan
from app.services.repayment_plans import OPEN_STATES, Proposal, propose
from app.services.repayment_rules import AgingBucket, Installment, Payment, Period, Situation, situation
from app.services.settings import read_setting
from app.services.unit_of_work import UnitOfWork

_BUCKET_RANK = {bucket: rank for rank, bucket in enumerate(AgingBucket)}
_STATE_RANK = {
    PlanState.ACTIVE: 0,
    PlanState.SUSPENDED: 1,
    PlanState.DRAFT: 2,
    PlanState.LAPSED: 3,
    PlanState.RENEGOTIATED: 4,
    PlanState.COMPLETED: 5,
    PlanState.WITHDRAWN: 6,
}


@dataclass(frozen=True)
class PlanFilter:
    office_code: str | None = None
    states: frozenset[PlanState] = frozenset()
    """Empty: every state."""
    bucket: AgingBucket | None = None


@dataclass(frozen=True)
class PlanRow:
    plan_id: uuid.UUID
    household_id: uuid.UUID
    household_code: str
    holder_name: str
    office_code: str
    state: PlanState
    start_date: date
    signed_on: date | None
    situation: Situation
    proposal: Proposal | None


@dataclass(frozen=True)
class PlanTotals:
    plans: int
    outstanding_cents: int
    overdue_cents: int


@dataclass(frozen=True)
class PlanList:
    on: date
    rows: tuple[PlanRow, ...]
    totals: PlanTotals
    """Of the running plans (active or suspended) among the rows: closed plans owe nothing to the desk."""


def risk_key(row: PlanRow) -> tuple[int, int, int, int, int, str]:
    """Running plans first; among them the oldest bucket, then the most missed installments, the largest
    overdue amount and the most days in arrears; then by household code, so the order is stable."""
    s = row.situation
    return (_STATE_RANK[row.state], -_BUCKET_RANK[s.bucket], -s.missed_count, -s.overdue_cents, -s.days_in_arrears, row.household_code)


def plan_list(uow: UnitOfWork, plan_filter: PlanFilter = PlanFilter(), on: date | None = None) -> PlanList:
    day = on or today()
    with uow:
        session = uow.session
        holder = aliased(Person)
        statement = (
            select(RepaymentPlan, Household.code, Office.code, holder.surname, holder.name)
            .join(Household, RepaymentPlan.household_id == Household.id)
            .join(Office, RepaymentPlan.office_id == Office.id)
            .outerjoin(holder, (holder.household_id == Household.id) & (holder.household_role == HouseholdRole.HOLDER))
        )
        if plan_filter.office_code:
            statement = statement.where(Office.code == plan_filter.office_code)
        if plan_filter.states:
            statement = statement.where(RepaymentPlan.state.in_(plan_filter.states))
        found = session.execute(statement).all()
        ids = [row[0].id for row in found]
        schedules: dict[uuid.UUID, list[Installment]] = defaultdict(list)
        payments: dict[uuid.UUID, list[Payment]] = defaultdict(list)
        suspensions: dict[uuid.UUID, list[Period]] = defaultdict(list)
        for chunk in _chunks(ids):
            for i in session.scalars(select(PlanInstallment).where(PlanInstallment.plan_id.in_(chunk)).order_by(PlanInstallment.number)):
                schedules[i.plan_id].append(Installment(i.number, i.due_date, i.amount_cents))
            for p in session.scalars(select(PlanPayment).where(PlanPayment.plan_id.in_(chunk), PlanPayment.reversed_at.is_(None))):
                payments[p.plan_id].append(Payment(p.paid_on, p.amount_cents))
            for s in session.scalars(select(PlanSuspension).where(PlanSuspension.plan_id.in_(chunk))):
                suspensions[s.plan_id].append(Period(s.starts_on, s.ends_on))
        grace = read_setting(session, "plan_grace_days")
        tolerance = read_setting(session, "plan_lapse_tolerance")
    rows = []
    for plan, household_code, office_code, surname, name in found:
        state_now = situation(schedules[plan.id], payments[plan.id], day, grace, suspensions[plan.id])
        if plan_filter.bucket is not None and (plan.state not in OPEN_STATES or state_now.bucket != plan_filter.bucket):
            continue  # a bucket is the age of what a running plan owes; closed and draft plans have none
        rows.append(
            PlanRow(
                plan_id=plan.id,
                household_id=plan.household_id,
                household_code=household_code,
                holder_name=f"{surname} {name}" if surname else "",
                office_code=office_code,
                state=plan.state,
                start_date=plan.start_date,
                signed_on=plan.signed_on,
                situation=state_now,
                proposal=propose(plan.state, state_now, tolerance),
            )
        )
    rows.sort(key=risk_key)
    running = [r for r in rows if r.state in OPEN_STATES]
    totals = PlanTotals(
        plans=len(rows),
        outstanding_cents=sum(r.situation.outstanding_cents for r in running),
        overdue_cents=sum(r.situation.overdue_cents for r in running),
    )
    return PlanList(on=day, rows=tuple(rows), totals=totals)


def _chunks(ids: list[uuid.UUID], size: int = 500) -> list[list[uuid.UUID]]:
    """SQLite limits the parameters of one statement; 500 ids at a time stays well inside it."""
    return [ids[start : start + size] for start in range(0, len(ids), size)]
