"""The tenant manager's list of repayment plans (DESIGN 2.5, issue 4 point 6): every plan with its
situation on a date, filtered by desk, state and aging bucket, riskiest first, with the totals.

There are at most a few thousand plans, so the situations are computed in Python from the stored
schedules and payments, loaded in four queries (not one per plan) as plain columns.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, String, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, aliased

from app.clock import today
from app.models.household import Household
from app.models.office import Office
from app.models.person import Person
from app.models.repayment_plan import PlanInstallment, PlanPayment, PlanSuspension, RepaymentPlan
from app.services.plans.plans import OPEN_STATES, Proposal, propose
from app.services.plans.rules import Installment, Payment, Period, Situation, situation
from app.services.settings import read_setting
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import AgingBucket, HouseholdRole, PlanState

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
        found = session.execute(
            _filtered(
                select(
                    RepaymentPlan.id,
                    _key(RepaymentPlan.id).label("plan_key"),
                    RepaymentPlan.household_id,
                    RepaymentPlan.state,
                    RepaymentPlan.start_date,
                    RepaymentPlan.signed_on,
                    Household.code,
                    Office.code,
                    holder.surname,
                    holder.name,
                )
                .join(Household, RepaymentPlan.household_id == Household.id)
                .outerjoin(holder, (holder.household_id == Household.id) & (holder.household_role == HouseholdRole.HOLDER)),
                plan_filter,
            )
        ).all()
        # the rows below go through Core, not the ORM's loading machinery: plain columns need none of it,
        # and it was most of the time spent on a hundred thousand installments (benchmarks/plans.py)
        connection = session.connection()
        schedules: dict[str, list[Installment]] = defaultdict(list)
        payments: dict[str, list[Payment]] = defaultdict(list)
        suspensions: dict[str, list[Period]] = defaultdict(list)
        for key, number, due_date, amount in connection.execute(
            _filtered(
                select(_key(PlanInstallment.plan_id), PlanInstallment.number, PlanInstallment.due_date, PlanInstallment.amount_cents)
                .join(RepaymentPlan, PlanInstallment.plan_id == RepaymentPlan.id)
                .order_by(PlanInstallment.plan_id, PlanInstallment.number),
                plan_filter,
            )
        ):
            schedules[key].append(Installment(number, due_date, amount))
        for key, paid_on, amount in connection.execute(
            _filtered(
                select(_key(PlanPayment.plan_id), PlanPayment.paid_on, PlanPayment.amount_cents)
                .join(RepaymentPlan, PlanPayment.plan_id == RepaymentPlan.id)
                .where(PlanPayment.reversed_at.is_(None)),
                plan_filter,
            )
        ):
            payments[key].append(Payment(paid_on, amount))
        for key, starts_on, ends_on in connection.execute(
            _filtered(
                select(_key(PlanSuspension.plan_id), PlanSuspension.starts_on, PlanSuspension.ends_on).join(
                    RepaymentPlan, PlanSuspension.plan_id == RepaymentPlan.id
                ),
                plan_filter,
            )
        ):
            suspensions[key].append(Period(starts_on, ends_on))
        grace = read_setting(session, "plan_grace_days")
        tolerance = read_setting(session, "plan_lapse_tolerance")
    rows = []
    for plan_id, key, household_id, state, start_date, signed_on, household_code, office_code, surname, name in found:
        state_now = situation(schedules[key], payments[key], day, grace, suspensions[key])
        if plan_filter.bucket is not None and (state not in OPEN_STATES or state_now.bucket != plan_filter.bucket):
            continue  # a bucket is the age of what a running plan owes; closed and draft plans have none
        rows.append(
            PlanRow(
                plan_id=plan_id,
                household_id=household_id,
                household_code=household_code,
                holder_name=f"{surname} {name}" if surname else "",
                office_code=office_code,
                state=state,
                start_date=start_date,
                signed_on=signed_on,
                situation=state_now,
                proposal=propose(state, state_now, tolerance),
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


def _filtered(statement: Select[Any], plan_filter: PlanFilter) -> Select[Any]:
    """The filter's conditions on a statement that already reads ``repayment_plans``: the plans and the
    rows of their schedules, payments and suspensions are chosen the same way, each in one query."""
    statement = statement.join(Office, RepaymentPlan.office_id == Office.id)
    if plan_filter.office_code:
        statement = statement.where(Office.code == plan_filter.office_code)
    if plan_filter.states:
        statement = statement.where(RepaymentPlan.state.in_(plan_filter.states))
    return statement


def _key(column: InstrumentedAttribute[uuid.UUID]) -> ColumnElement[str]:
    """A plan id as the database returns it, without making a UUID object: grouping tens of thousands of
    rows by it then costs nothing, where building the UUIDs was most of the list's time
    (benchmarks/plans.py). The plans are read with the same key, so it matches on any database."""
    return type_coerce(column, String)
