"""What the repayment-plan tests share: a household in arrears and a plan form to vary."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Any

from app.services.plans import plans as repayment_plans
from app.services.plans.plans import DebtItemForm, PlanForm, PlanTerms
from app.vocabulary import DebtKind
from tests.visit_samples import Desk, household_with_holder


def plan_form(household_id: uuid.UUID, **changes: Any) -> PlanForm:
    """1.000,00 € of rent arrears in 3 installments from 01/09/2026 on the 15th: 15/09, 15/10, 15/11."""
    form = PlanForm(
        household_id=household_id,
        office_code="CEL",
        debt_items=(DebtItemForm(DebtKind.RENT, "gen-giu 2026", 100_000),),
        terms=PlanTerms(start_date=date(2026, 9, 1), due_day=15, installment_count=3),
    )
    return replace(form, **changes)


def active_plan(desk: Desk, code: str = "N001", **changes: Any) -> tuple[uuid.UUID, uuid.UUID]:
    """A household and its plan, signed on the start date: ``(household_id, plan_id)``."""
    household_id, _ = household_with_holder(desk, code=code)
    form = plan_form(household_id, **changes)
    plan_id = repayment_plans.create_plan(desk.uow(), form)
    repayment_plans.sign_plan(desk.uow(), plan_id, form.terms.start_date)
    return household_id, plan_id
