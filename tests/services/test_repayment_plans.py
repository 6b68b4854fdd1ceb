"""Repayment plans at the desk (DESIGN 2.5, issue 4) on a real database: preview and create, sign, pay,
reverse, decide, renegotiate, the proposals, the household's arrears, who may do what, the tenant
manager's list and the household's timeline. Today is Saturday 21/11/2026.

The sample plan (tests.plan_samples): 1.000,00 € of rent arrears in 3 installments on the 15th from
01/09/2026, signed on 01/09/2026: 333,33 on 15/09, 333,33 on 15/10, 333,34 on 15/11.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from app import clock
from app.messages import say_in_italian
from app.models.repayment_plan import RepaymentPlan
from app.services.errors import NotFound, PermissionDenied, ValidationFailed
from app.services.money import MAX_CENTS
from app.services.plans import plans as repayment_plans
from app.services.plans.listing import PlanFilter, plan_list
from app.services.plans.plans import DebtItemForm, PaymentForm, PlanTerms
from app.services.plans.rules import Installment, Period
from app.services.registry import households
from app.services.settings import set_setting
from app.services.timeline import TimelineKind, household_timeline
from app.vocabulary import AgingBucket, DebtKind, PaymentMethod, PlanState
from tests.conftest import Desk
from tests.plan_samples import active_plan, plan_form
from tests.visit_samples import household_with_holder

SCHEDULE = (
    Installment(1, date(2026, 9, 15), 33_333),
    Installment(2, date(2026, 10, 15), 33_333),
    Installment(3, date(2026, 11, 15), 33_334),
)


def pay(desk: Desk, plan_id: uuid.UUID, paid_on: date, cents: int, reference: str = "", actor: object = None) -> uuid.UUID:
    form = PaymentForm(paid_on, cents, PaymentMethod.BANK_TRANSFER, reference)
    return repayment_plans.record_payment(desk.uow(actor or desk.tenant_manager), plan_id, form)  # type: ignore[arg-type]


def detail(desk: Desk, plan_id: uuid.UUID, on: date | None = None) -> repayment_plans.PlanView:
    return repayment_plans.plan_detail(desk.uow(desk.operator, write=False), plan_id, on)


def decide(desk: Desk, plan_id: uuid.UUID, to_state: PlanState, on: date, reason: str = "deciso con il nucleo") -> None:
    repayment_plans.change_state(desk.uow(desk.tenant_manager), plan_id, to_state, on, reason)


def refusal(call, *args: object, **kwargs: object) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as caught:
        call(*args, **kwargs)
    return caught.value.errors


def household_arrears(desk: Desk, household_id: uuid.UUID) -> tuple[int | None, date | None]:
    found = households.household_detail(desk.uow(write=False), household_id)
    return found.arrears_cents, found.arrears_as_of


def set_income(desk: Desk, household_id: uuid.UUID, typed: str) -> None:
    found = households.household_detail(desk.uow(write=False), household_id)
    households.update_household(desk.uow(), household_id, replace(found.form, monthly_income=typed))


def renegotiate(desk: Desk, plan_id: uuid.UUID, on: date, count: int = 4, reason: str = "perdita del lavoro") -> uuid.UUID:
    terms = PlanTerms(start_date=date(2026, 12, 1), due_day=10, installment_count=count)
    return repayment_plans.renegotiate(desk.uow(desk.tenant_manager), plan_id, terms, on, reason, "CEL")


PAST_START = "La prima rata scade il 15/09/2026, prima di oggi: 3 rate risulteranno già scadute."


def warnings(desk: Desk, form: repayment_plans.PlanForm) -> tuple[str, ...]:
    """The preview's warnings as the command line and the log read them."""
    return tuple(str(warning) for warning in repayment_plans.preview_plan(desk.uow(write=False), form).warnings)


# --- preview and creation ----------------------------------------------------------------------------


def test_the_stored_schedule_is_the_one_previewed(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    form = plan_form(household_id)
    preview = repayment_plans.preview_plan(desk.uow(desk.operator, write=False), form)
    assert preview.total_cents == 100_000
    assert preview.schedule == SCHEDULE
    assert tuple(map(str, preview.warnings)) == (PAST_START,)  # the sample plan starts in September, entered in November
    assert not preview.tiny_last

    plan_id = repayment_plans.create_plan(desk.uow(desk.tenant_manager), form)
    plan = detail(desk, plan_id)
    assert plan.schedule == preview.schedule
    assert plan.state is PlanState.DRAFT
    assert (plan.total_cents, plan.start_date, plan.due_day, plan.signed_on) == (100_000, date(2026, 9, 1), 15, None)
    assert plan.debt_items == (DebtItemForm(DebtKind.RENT, "gen-giu 2026", 100_000),)
    assert (plan.household_code, plan.holder_name, plan.office_code) == ("N001", "Mazzà Giulia", "CEL")
    assert [(c.from_state, c.to_state, c.decided_on, c.operator_name) for c in plan.state_changes] == [
        (None, PlanState.DRAFT, date(2026, 11, 21), "Anna Maria Calvi")
    ]
    assert repayment_plans.household_plan_ids(desk.uow(write=False), household_id) == [plan_id]


def test_the_day_a_plan_was_made_is_the_day_in_italy(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    plan_id = repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(household_id))
    with desk.uow() as uow:
        plan = uow.session.get(RepaymentPlan, plan_id)
        assert plan is not None
        plan.created_at = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)  # 00:30 on 21/11 in Bergamo
        uow.commit()
    assert detail(desk, plan_id).created_on == date(2026, 11, 21)


def test_several_debt_items_make_one_total(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    items = (
        DebtItemForm(DebtKind.RENT, "  gen-giu   2026 ", 60_000),
        DebtItemForm(DebtKind.SERVICE_CHARGES, "2025", 40_001),
    )
    plan_id = repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(household_id, debt_items=items))
    plan = detail(desk, plan_id)
    assert plan.total_cents == 100_001
    assert [i.amount_cents for i in plan.schedule] == [33_333, 33_333, 33_335]
    assert plan.debt_items == (
        DebtItemForm(DebtKind.RENT, "gen-giu 2026", 60_000),
        DebtItemForm(DebtKind.SERVICE_CHARGES, "2025", 40_001),
    )


def test_installment_amount_mode_keeps_the_amount_asked_and_shows_a_tiny_last_installment(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    terms = PlanTerms(start_date=date(2026, 9, 1), due_day=31, installment_cents=25_000)
    items = (DebtItemForm(DebtKind.RENT, "2026", 100_001),)
    form = plan_form(household_id, terms=terms, debt_items=items)
    preview = repayment_plans.preview_plan(desk.uow(write=False), form)
    assert [(i.due_date, i.amount_cents) for i in preview.schedule] == [
        (date(2026, 9, 30), 25_000),
        (date(2026, 10, 31), 25_000),
        (date(2026, 11, 30), 25_000),
        (date(2026, 12, 31), 25_000),
        (date(2027, 1, 31), 1),
    ]
    assert preview.tiny_last
    assert tuple(map(str, preview.warnings)) == (
        "L'ultima rata è molto più piccola delle altre.",
        "La prima rata scade il 30/09/2026, prima di oggi: 2 rate risulteranno già scadute.",
    )
    plan_id = repayment_plans.create_plan(desk.uow(desk.tenant_manager), form)
    plan = detail(desk, plan_id)
    assert plan.requested_installment_cents == 25_000
    assert plan.schedule == preview.schedule


def test_warnings_for_income_and_length_do_not_block(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    set_income(desk, household_id, "2.000,00")
    form = plan_form(household_id)
    assert warnings(desk, form) == (
        "La rata supera 1/8 del reddito mensile del nucleo (2.000,00 €: 1/8 è 250,00 €): il piano potrebbe non essere sostenibile.",
        PAST_START,
    )
    long_form = plan_form(household_id, terms=PlanTerms(date(2026, 12, 1), 1, installment_count=121))
    assert warnings(desk, long_form) == ("Il piano dura 121 mesi, oltre il massimo di 120.",)
    set_setting(desk.uow(), "plan_max_months", 24)
    assert "Il piano dura 121 mesi, oltre il massimo di 24." in warnings(desk, long_form)
    plan_id = repayment_plans.create_plan(desk.uow(desk.tenant_manager), form)
    assert detail(desk, plan_id).monthly_income_cents == 200_000


def test_an_income_large_enough_gives_no_warning(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    set_income(desk, household_id, "2.666,72")  # 1/8 is 333,34, the largest installment
    assert warnings(desk, plan_form(household_id)) == (PAST_START,)


def test_a_plan_starting_in_the_past_is_allowed_with_a_warning_and_one_from_today_has_none(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    today_on = plan_form(household_id, terms=PlanTerms(date(2026, 11, 21), 21, installment_count=3))
    assert warnings(desk, today_on) == ()
    one_past = plan_form(household_id, terms=PlanTerms(date(2026, 11, 1), 20, installment_count=3))
    assert warnings(desk, one_past) == ("La prima rata scade il 20/11/2026, prima di oggi: 1 rata risulterà già scaduta.",)
    assert repayment_plans.create_plan(desk.uow(desk.tenant_manager), one_past)


def test_a_draft_never_signed_is_withdrawn_with_a_reason_and_frees_the_household(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    draft = repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(household_id))
    with pytest.raises(ValidationFailed):
        repayment_plans.change_state(desk.uow(desk.tenant_manager), draft, PlanState.WITHDRAWN, date(2026, 11, 21), " ")
    repayment_plans.change_state(desk.uow(desk.tenant_manager), draft, PlanState.WITHDRAWN, date(2026, 11, 21), "il nucleo non accetta")
    withdrawn = detail(desk, draft)
    assert (withdrawn.state, withdrawn.signed_on) == (PlanState.WITHDRAWN, None)
    assert withdrawn.state_changes[-1].reason == "il nucleo non accetta"
    assert repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(household_id))


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"debt_items": ()}, "debt_items", "almeno una voce"),
        ({"debt_items": (DebtItemForm(DebtKind.RENT, "2026", 0),)}, "debt_items", "maggiore di zero"),
        ({"debt_items": (DebtItemForm(DebtKind.RENT, "2026", -500),)}, "debt_items", "maggiore di zero"),
        ({"debt_items": (DebtItemForm(DebtKind.RENT, "   ", 500),)}, "debt_items", "periodo"),
        ({"debt_items": (DebtItemForm(DebtKind.RENT, "x" * 81, 500),)}, "debt_items", "al massimo 80 caratteri"),
        (
            {"debt_items": (DebtItemForm(DebtKind.RENT, "2025", MAX_CENTS), DebtItemForm(DebtKind.OTHER, "2026", 1))},
            "debt_items",
            "troppo grande",
        ),
        ({"office_code": "XXX"}, "office_code", "sportello"),
        ({"terms": PlanTerms(date(2026, 9, 1), 32, installment_count=3)}, "due_day", "da 1 a 31"),
        ({"terms": PlanTerms(date(2026, 9, 1), 0, installment_count=3)}, "due_day", "da 1 a 31"),
        ({"terms": PlanTerms(date(2026, 9, 1), 15)}, "installments", "numero di rate oppure"),
        ({"terms": PlanTerms(date(2026, 9, 1), 15, 3, 10_000)}, "installments", "numero di rate oppure"),
        ({"terms": PlanTerms(date(2026, 9, 1), 15, installment_count=0)}, "installments", "da 1 a 600"),
        ({"terms": PlanTerms(date(2026, 9, 1), 15, installment_count=-2)}, "installments", "da 1 a 600"),
        ({"terms": PlanTerms(date(2026, 9, 1), 15, installment_count=601)}, "installments", "da 1 a 600"),
        ({"terms": PlanTerms(date(2026, 9, 1), 15, installment_cents=0)}, "installments", "importo della rata"),
        ({"terms": PlanTerms(date(2026, 9, 1), 15, installment_cents=100)}, "installments", "servirebbero 1000 rate"),
        (
            {"debt_items": (DebtItemForm(DebtKind.RENT, "2026", 2),), "terms": PlanTerms(date(2026, 9, 1), 15, installment_count=3)},
            "installments",
            "almeno un centesimo",
        ),
    ],
)
def test_a_plan_that_cannot_be_built_is_refused_and_nothing_is_saved(desk: Desk, changes: dict, field: str, message: str) -> None:  # type: ignore[type-arg]
    household_id, _ = household_with_holder(desk)
    form = plan_form(household_id, **changes)
    errors = refusal(repayment_plans.preview_plan, desk.uow(write=False), form)
    assert message in errors[field]
    assert message in refusal(repayment_plans.create_plan, desk.uow(desk.tenant_manager), form)[field]
    assert repayment_plans.household_plan_ids(desk.uow(write=False), household_id) == []


def test_an_unknown_household_or_plan_is_not_found(desk: Desk) -> None:
    with pytest.raises(NotFound):
        repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(uuid.uuid4()))
    with pytest.raises(NotFound):
        repayment_plans.plan_detail(desk.uow(write=False), uuid.uuid4())
    with pytest.raises(NotFound):
        repayment_plans.reverse_payment(desk.uow(desk.tenant_manager), uuid.uuid4(), "errore")


def test_one_plan_at_a_time_per_household(desk: Desk) -> None:
    household_id, plan_id = active_plan(desk)
    errors = refusal(repayment_plans.create_plan, desk.uow(desk.tenant_manager), plan_form(household_id))
    assert errors["household_id"] == (
        "Il nucleo ha già un piano nello stato «attivo» (dal 01/09/2026): rinegoziarlo invece di crearne un altro."
    )
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 11, 21))
    assert "già un piano nello stato «sospeso»" in refusal(repayment_plans.create_plan, desk.uow(desk.tenant_manager), plan_form(household_id))["household_id"]
    decide(desk, plan_id, PlanState.LAPSED, date(2026, 11, 21))
    second = repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(household_id))
    assert "già un piano nello stato «bozza»" in refusal(repayment_plans.create_plan, desk.uow(desk.tenant_manager), plan_form(household_id))["household_id"]
    assert repayment_plans.household_plan_ids(desk.uow(write=False), household_id) == [second, plan_id]
    other, _ = household_with_holder(desk, code="N002", surname="Haddad", name="Amina")
    assert repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(other))


# --- signing ---------------------------------------------------------------------------------------------


def test_signing_makes_the_plan_active_from_the_day_signed(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    plan_id = repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(household_id))
    assert not _has_active_plan(desk, household_id)
    assert "futura" in refusal(repayment_plans.sign_plan, desk.uow(desk.tenant_manager), plan_id, date(2026, 11, 22))["decided_on"]
    repayment_plans.sign_plan(desk.uow(desk.tenant_manager), plan_id, date(2026, 9, 1))
    plan = detail(desk, plan_id)
    assert (plan.state, plan.signed_on) == (PlanState.ACTIVE, date(2026, 9, 1))
    assert [(c.from_state, c.to_state, c.decided_on, c.reason) for c in plan.state_changes][-1] == (
        PlanState.DRAFT, PlanState.ACTIVE, date(2026, 9, 1), ""
    )
    assert _has_active_plan(desk, household_id)
    assert "«attivo» non può diventare «attivo»" in refusal(repayment_plans.sign_plan, desk.uow(desk.tenant_manager), plan_id, date(2026, 9, 2))["to_state"]


def test_activating_a_draft_through_a_decision_records_the_signature(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    plan_id = repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(household_id))
    decide(desk, plan_id, PlanState.ACTIVE, date(2026, 9, 2), "firmato allo sportello")
    plan = detail(desk, plan_id)
    assert (plan.state, plan.signed_on) == (PlanState.ACTIVE, date(2026, 9, 2))
    assert "precede l'inizio" in refusal(pay, desk, plan_id, date(2026, 8, 31), 1_000)["paid_on"]


def _has_active_plan(desk: Desk, household_id: uuid.UUID) -> bool:
    with desk.uow(write=False) as uow:
        return repayment_plans.has_active_plan(uow.session, household_id)


# --- payments ----------------------------------------------------------------------------------------------


def test_a_partial_payment_leaves_the_rest_of_the_installment_due(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    pay(desk, plan_id, date(2026, 9, 15), 20_000, "CRO 1")
    s = detail(desk, plan_id, date(2026, 9, 30)).situation
    assert (s.paid_cents, s.outstanding_cents, s.overdue_cents, s.overdue_count) == (20_000, 80_000, 13_333, 1)
    assert s.installments[0].paid_cents == 20_000
    assert (s.days_late, s.days_in_arrears, s.missed_count) == (15, 5, 1)
    assert s.next_due is not None and s.next_due.number == 2


def test_an_overpayment_is_credited_to_the_next_installments(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    pay(desk, plan_id, date(2026, 9, 10), 70_000)
    s = detail(desk, plan_id, date(2026, 11, 21)).situation
    assert [i.paid_cents for i in s.installments] == [33_333, 33_333, 3_334]
    assert [i.paid_on for i in s.installments] == [date(2026, 9, 10), date(2026, 9, 10), None]
    assert (s.paid_cents, s.outstanding_cents, s.overdue_cents, s.overdue_count, s.missed_count) == (70_000, 30_000, 30_000, 1, 0)
    assert s.days_late == 6


def test_the_plan_view_lists_payments_in_date_order_with_who_recorded_them(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    pay(desk, plan_id, date(2026, 10, 15), 33_333, "CRO 2")
    pay(desk, plan_id, date(2026, 9, 15), 33_333, " CRO 1 ", actor=desk.coordinator)
    plan = detail(desk, plan_id)
    assert [(p.paid_on, p.amount_cents, p.reference, p.recorded_by_name, p.reversed) for p in plan.payments] == [
        (date(2026, 9, 15), 33_333, "CRO 1", "Antonio Negro", False),
        (date(2026, 10, 15), 33_333, "CRO 2", "Anna Maria Calvi", False),
    ]
    assert plan.situation.paid_cents == 66_666


def test_a_payment_above_what_is_still_owed_is_refused(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    pay(desk, plan_id, date(2026, 9, 15), 60_000)
    errors = refusal(pay, desk, plan_id, date(2026, 10, 15), 40_001)
    assert errors["amount"] == "L'importo supera quanto resta da pagare sul piano (400,00 €)."
    pay(desk, plan_id, date(2026, 10, 15), 40_000)
    assert detail(desk, plan_id).situation.fully_paid


@pytest.mark.parametrize(
    ("paid_on", "cents", "field", "message"),
    [
        (date(2026, 11, 22), 1_000, "paid_on", "La data del pagamento non può essere futura."),
        (date(2026, 8, 31), 1_000, "paid_on", "La data precede l'inizio del piano (01/09/2026)."),
        (date(2026, 10, 1), 0, "amount", "L'importo deve essere maggiore di zero."),
        (date(2026, 10, 1), -100, "amount", "L'importo deve essere maggiore di zero."),
    ],
)
def test_a_wrong_payment_is_refused_and_not_saved(desk: Desk, paid_on: date, cents: int, field: str, message: str) -> None:
    _, plan_id = active_plan(desk)
    assert refusal(pay, desk, plan_id, paid_on, cents)[field] == message
    assert detail(desk, plan_id).payments == ()


def test_a_payment_today_is_accepted(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    pay(desk, plan_id, date(2026, 11, 21), 1_000)
    assert detail(desk, plan_id).situation.paid_cents == 1_000


def test_the_same_reference_is_refused_for_the_household_until_reversed(desk: Desk) -> None:
    household_id, plan_id = active_plan(desk)
    first = pay(desk, plan_id, date(2026, 9, 15), 10_000, "CRO 123")
    errors = refusal(pay, desk, plan_id, date(2026, 9, 16), 10_000, "CRO 123")
    assert errors["reference"] == "Un pagamento con riferimento «CRO 123» è già registrato per questo nucleo."
    assert "reference" in refusal(pay, desk, plan_id, date(2026, 9, 16), 10_000, "  CRO 123 ")
    pay(desk, plan_id, date(2026, 9, 16), 10_000)
    pay(desk, plan_id, date(2026, 9, 16), 10_000)  # no reference: no duplicate check
    repayment_plans.reverse_payment(desk.uow(desk.tenant_manager), first, "registrato due volte")
    pay(desk, plan_id, date(2026, 9, 17), 10_000, "CRO 123")
    assert detail(desk, plan_id).situation.paid_cents == 30_000
    other, other_plan = active_plan(desk, code="N002")
    assert other != household_id
    pay(desk, other_plan, date(2026, 9, 15), 10_000, "CRO 123")


def test_a_draft_or_closed_plan_takes_no_payments(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    draft = repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(household_id))
    assert refusal(pay, desk, draft, date(2026, 9, 15), 1_000)["plan"] == "Il piano è nello stato «bozza»: non riceve pagamenti."
    _, lapsed = active_plan(desk, code="N002")
    decide(desk, lapsed, PlanState.LAPSED, date(2026, 11, 21))
    assert refusal(pay, desk, lapsed, date(2026, 9, 15), 1_000)["plan"] == "Il piano è nello stato «decaduto»: non riceve pagamenti."
    _, completed = active_plan(desk, code="N003")
    pay(desk, completed, date(2026, 11, 1), 100_000)
    decide(desk, completed, PlanState.COMPLETED, date(2026, 11, 21))
    assert refusal(pay, desk, completed, date(2026, 11, 21), 1)["plan"] == "Il piano è nello stato «concluso»: non riceve pagamenti."


def test_a_suspended_plan_still_takes_payments(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 10, 1))
    pay(desk, plan_id, date(2026, 11, 2), 33_333)
    assert detail(desk, plan_id).situation.paid_cents == 33_333


# --- reversal ----------------------------------------------------------------------------------------------


def test_a_reversed_payment_stays_listed_and_no_longer_counts(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    kept = pay(desk, plan_id, date(2026, 9, 15), 33_333, "CRO 1")
    wrong = pay(desk, plan_id, date(2026, 10, 15), 33_333, "CRO 2")
    assert refusal(repayment_plans.reverse_payment, desk.uow(desk.tenant_manager), wrong, "   ")["reason"] == "Scrivere il motivo dello storno."
    repayment_plans.reverse_payment(desk.uow(desk.tenant_manager), wrong, "  bonifico  respinto ")
    plan = detail(desk, plan_id)
    assert [(p.id, p.amount_cents, p.reversed, p.reversal_reason, p.reversed_by_name) for p in plan.payments] == [
        (kept, 33_333, False, "", ""),
        (wrong, 33_333, True, "bonifico respinto", "Anna Maria Calvi"),
    ]
    assert plan.situation.paid_cents == 33_333
    assert plan.situation.overdue_count == 2
    assert refusal(repayment_plans.reverse_payment, desk.uow(desk.tenant_manager), wrong, "ancora")["reason"] == "Il pagamento è già stornato."
    # what was reversed can be paid again
    pay(desk, plan_id, date(2026, 11, 21), 66_667)
    assert detail(desk, plan_id).situation.fully_paid


def test_payments_of_a_closed_plan_cannot_be_reversed(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    payment = pay(desk, plan_id, date(2026, 9, 15), 100_000)
    decide(desk, plan_id, PlanState.COMPLETED, date(2026, 11, 21))
    errors = refusal(repayment_plans.reverse_payment, desk.uow(desk.tenant_manager), payment, "errore")
    assert errors["reason"] == "Il piano è nello stato «concluso»: i suoi pagamenti non si modificano più."
    assert not detail(desk, plan_id).payments[0].reversed


# --- decisions ------------------------------------------------------------------------------------------------


def test_every_decision_is_recorded_with_date_operator_and_reason(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 10, 1), "morosità  incolpevole")
    decide(desk, plan_id, PlanState.ACTIVE, date(2026, 11, 1), "nuovo lavoro")
    pay(desk, plan_id, date(2026, 11, 20), 100_000)
    repayment_plans.change_state(desk.uow(desk.coordinator), plan_id, PlanState.COMPLETED, date(2026, 11, 21), "saldato")
    plan = detail(desk, plan_id)
    assert plan.state is PlanState.COMPLETED
    assert [(c.from_state, c.to_state, c.decided_on, c.operator_name, c.reason) for c in plan.state_changes] == [
        (None, PlanState.DRAFT, date(2026, 11, 21), "Antonio Negro", ""),
        (PlanState.DRAFT, PlanState.ACTIVE, date(2026, 9, 1), "Antonio Negro", ""),
        (PlanState.ACTIVE, PlanState.SUSPENDED, date(2026, 10, 1), "Anna Maria Calvi", "morosità incolpevole"),
        (PlanState.SUSPENDED, PlanState.ACTIVE, date(2026, 11, 1), "Anna Maria Calvi", "nuovo lavoro"),
        (PlanState.ACTIVE, PlanState.COMPLETED, date(2026, 11, 21), "Antonio Negro", "saldato"),
    ]
    assert plan.suspensions == (Period(date(2026, 10, 1), date(2026, 10, 31)),)
    assert not plan.open


@pytest.mark.parametrize(
    ("reach", "to_state", "message"),
    [
        (PlanState.DRAFT, PlanState.COMPLETED, "Un piano nello stato «bozza» non può diventare «concluso»."),
        (PlanState.DRAFT, PlanState.SUSPENDED, "Un piano nello stato «bozza» non può diventare «sospeso»."),
        (PlanState.DRAFT, PlanState.LAPSED, "Un piano nello stato «bozza» non può diventare «decaduto»."),
        (PlanState.ACTIVE, PlanState.ACTIVE, "Un piano nello stato «attivo» non può diventare «attivo»."),
        (PlanState.ACTIVE, PlanState.DRAFT, "Un piano nello stato «attivo» non può diventare «bozza»."),
        (PlanState.SUSPENDED, PlanState.SUSPENDED, "Un piano nello stato «sospeso» non può diventare «sospeso»."),
        (PlanState.SUSPENDED, PlanState.COMPLETED, "Un piano nello stato «sospeso» non può diventare «concluso»."),
        (PlanState.LAPSED, PlanState.ACTIVE, "Un piano nello stato «decaduto» non può diventare «attivo»."),
        (PlanState.LAPSED, PlanState.SUSPENDED, "Un piano nello stato «decaduto» non può diventare «sospeso»."),
        (PlanState.COMPLETED, PlanState.ACTIVE, "Un piano nello stato «concluso» non può diventare «attivo»."),
        (PlanState.COMPLETED, PlanState.LAPSED, "Un piano nello stato «concluso» non può diventare «decaduto»."),
        (PlanState.RENEGOTIATED, PlanState.ACTIVE, "Un piano nello stato «rinegoziato» non può diventare «attivo»."),
    ],
)
def test_forbidden_decisions_are_refused(desk: Desk, reach: PlanState, to_state: PlanState, message: str) -> None:
    plan_id = _plan_in(desk, reach)
    changes_before = len(detail(desk, plan_id).state_changes)
    assert refusal(decide, desk, plan_id, to_state, date(2026, 11, 21))["to_state"] == message
    plan = detail(desk, plan_id)
    assert plan.state is reach
    assert len(plan.state_changes) == changes_before


def _plan_in(desk: Desk, state: PlanState) -> uuid.UUID:
    if state is PlanState.DRAFT:
        household_id, _ = household_with_holder(desk)
        return repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(household_id))
    _, plan_id = active_plan(desk)
    if state is PlanState.COMPLETED:
        pay(desk, plan_id, date(2026, 11, 1), 100_000)
    if state is PlanState.RENEGOTIATED:
        renegotiate(desk, plan_id, date(2026, 11, 21))
    elif state is not PlanState.ACTIVE:
        decide(desk, plan_id, state, date(2026, 11, 21))
    return plan_id


ENGLISH = {
    "Un piano nello stato «{state}» non può diventare «{to_state}».": "A plan that is «{state}» cannot become «{to_state}».",
    "decaduto": "lapsed",
    "attivo": "active",
    "{missed} dopo i giorni di tolleranza; per la regola il piano decade già con {rule}.": "{missed} after the grace days; by the rule the plan lapses at {rule}.",
    "{n} rate non pagate": "{n} unpaid installments",
    "una sola rata mancata": "a single missed installment",
}


def test_a_refusal_and_a_proposal_are_translated_with_the_states_and_the_counts_they_name(desk: Desk) -> None:
    """The screens translate what a service said, its values too: the states' labels and the nested counts."""
    plan_id = _plan_in(desk, PlanState.LAPSED)
    with pytest.raises(ValidationFailed) as refused:
        decide(desk, plan_id, PlanState.ACTIVE, date(2026, 11, 21))
    said = refused.value.field_messages["to_state"]
    assert said.render(lambda text: ENGLISH.get(text, text)) == "A plan that is «lapsed» cannot become «active»."

    _, late = active_plan(desk, code="N002")
    proposal = detail(desk, late).proposal
    assert proposal is not None
    assert proposal.reason.render(lambda text: ENGLISH.get(text, text)) == (
        "2 unpaid installments after the grace days; by the rule the plan lapses at a single missed installment."
    )


def test_renegotiating_is_not_a_plain_decision(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    assert "Rinegozia" in refusal(decide, desk, plan_id, PlanState.RENEGOTIATED, date(2026, 11, 21))["to_state"]
    assert detail(desk, plan_id).state is PlanState.ACTIVE


@pytest.mark.parametrize("to_state", [PlanState.SUSPENDED, PlanState.LAPSED, PlanState.COMPLETED])
def test_a_decision_needs_a_reason(desk: Desk, to_state: PlanState) -> None:
    _, plan_id = active_plan(desk)
    pay(desk, plan_id, date(2026, 11, 1), 100_000)
    assert refusal(decide, desk, plan_id, to_state, date(2026, 11, 21), " \n ")["reason"] == "Scrivere il motivo della decisione."
    assert detail(desk, plan_id).state is PlanState.ACTIVE


def test_a_decision_date_is_neither_future_nor_before_the_signature_nor_before_the_last_decision(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    assert refusal(decide, desk, plan_id, PlanState.SUSPENDED, date(2026, 11, 22))["decided_on"] == "La data della decisione non può essere futura."
    assert refusal(decide, desk, plan_id, PlanState.SUSPENDED, date(2026, 8, 31))["decided_on"] == (
        "La data non può precedere la firma del piano (01/09/2026)."
    )
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 10, 10))
    assert refusal(decide, desk, plan_id, PlanState.ACTIVE, date(2026, 10, 9))["decided_on"] == (
        "La data non può precedere l'ultima decisione sul piano (10/10/2026)."
    )
    assert detail(desk, plan_id).state is PlanState.SUSPENDED


def test_a_plan_signed_before_it_was_entered_takes_decisions_dated_in_between(desk: Desk) -> None:
    """Plans signed on paper are entered later: the day of entry is not a decision on the plan."""
    _, plan_id = active_plan(desk)
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 9, 20))
    assert detail(desk, plan_id).suspensions == (Period(date(2026, 9, 20), None),)


def test_completed_needs_everything_paid_by_that_day(desk: Desk) -> None:
    household_id, plan_id = active_plan(desk)
    pay(desk, plan_id, date(2026, 11, 20), 99_999)
    assert refusal(decide, desk, plan_id, PlanState.COMPLETED, date(2026, 11, 21))["to_state"] == (
        "Il piano non è saldato: restano 0,01 € al 21/11/2026."
    )
    pay(desk, plan_id, date(2026, 11, 21), 1)
    assert refusal(decide, desk, plan_id, PlanState.COMPLETED, date(2026, 11, 20))["to_state"] == (
        "Il piano non è saldato: restano 0,01 € al 20/11/2026."
    )
    decide(desk, plan_id, PlanState.COMPLETED, date(2026, 11, 21))
    assert detail(desk, plan_id).state is PlanState.COMPLETED
    assert not _has_active_plan(desk, household_id)


# --- suspensions -----------------------------------------------------------------------------------------------


def test_arrears_days_are_frozen_while_suspended_and_grow_again_after(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    before = detail(desk, plan_id, date(2026, 9, 30)).situation
    assert (before.days_late, before.days_in_arrears) == (15, 5)
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 10, 1), "morosità incolpevole")
    for day in (date(2026, 10, 1), date(2026, 10, 31), date(2026, 11, 21), date(2027, 3, 1)):
        frozen = detail(desk, plan_id, day).situation
        assert frozen.days_in_arrears == 5
        assert frozen.bucket is AgingBucket.DAYS_1_30
        assert frozen.missed_count == 1
    decide(desk, plan_id, PlanState.ACTIVE, date(2026, 11, 1), "ripresa")
    again = detail(desk, plan_id, date(2026, 11, 21)).situation
    assert again.days_late == 67
    assert again.days_in_arrears == 57 - 31
    assert again.missed_count == 2  # 15/10's grace ended while suspended: its arrears began only on 01/11
    assert detail(desk, plan_id).suspensions == (Period(date(2026, 10, 1), date(2026, 10, 31)),)


def test_a_suspension_can_follow_another_but_never_overlap_it(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 10, 1))
    decide(desk, plan_id, PlanState.ACTIVE, date(2026, 10, 11))
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 10, 11))
    decide(desk, plan_id, PlanState.ACTIVE, date(2026, 11, 21))
    assert detail(desk, plan_id).suspensions == (
        Period(date(2026, 10, 1), date(2026, 10, 10)),
        Period(date(2026, 10, 11), date(2026, 11, 20)),
    )
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 11, 21))
    decide(desk, plan_id, PlanState.ACTIVE, date(2026, 11, 21))  # suspended and resumed the same day
    assert refusal(decide, desk, plan_id, PlanState.SUSPENDED, date(2026, 11, 21))["decided_on"] == (
        "Le sospensioni non possono sovrapporsi a una sospensione precedente."
    )
    plan = detail(desk, plan_id)
    assert plan.state is PlanState.ACTIVE
    assert len(plan.suspensions) == 3


def test_lapsing_a_suspended_plan_closes_its_suspension(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 10, 1))
    decide(desk, plan_id, PlanState.LAPSED, date(2026, 11, 21))
    assert detail(desk, plan_id).suspensions == (Period(date(2026, 10, 1), date(2026, 11, 20)),)


# --- renegotiation -------------------------------------------------------------------------------------------


def test_renegotiation_makes_a_linked_draft_plan_for_what_is_still_owed(desk: Desk) -> None:
    household_id, old_id = active_plan(desk)
    pay(desk, old_id, date(2026, 9, 15), 33_333, "CRO 1")
    pay(desk, old_id, date(2026, 10, 20), 10_000, "CRO 2")
    new_id = renegotiate(desk, old_id, date(2026, 11, 21), count=4, reason="  perdita del  lavoro ")

    new = detail(desk, new_id)
    assert new.state is PlanState.DRAFT
    assert new.total_cents == 56_667
    assert [(i.due_date, i.amount_cents) for i in new.schedule] == [
        (date(2026, 12, 10), 14_166),
        (date(2027, 1, 10), 14_166),
        (date(2027, 2, 10), 14_166),
        (date(2027, 3, 10), 14_169),
    ]
    assert new.debt_items == (DebtItemForm(DebtKind.OTHER, "residuo del piano del 01/09/2026", 56_667),)
    assert new.replaces_plan_id == old_id
    assert new.notes == "perdita del lavoro"

    old = detail(desk, old_id)
    assert old.state is PlanState.RENEGOTIATED
    assert old.replaced_by_plan_id == new_id
    assert old.state_changes[-1].to_state is PlanState.RENEGOTIATED
    assert old.state_changes[-1].reason == "perdita del lavoro"
    assert [p.reference for p in old.payments] == ["CRO 1", "CRO 2"]
    assert old.situation.paid_cents == 43_333
    assert old.proposal is None
    assert repayment_plans.household_plan_ids(desk.uow(write=False), household_id) == [new_id, old_id]

    # the old plan is closed; the new one is signed and paid as any other
    assert "rinegoziato" in refusal(pay, desk, old_id, date(2026, 11, 21), 100)["plan"]
    repayment_plans.sign_plan(desk.uow(desk.tenant_manager), new_id, date(2026, 11, 21))
    assert "già un piano nello stato «attivo»" in refusal(repayment_plans.create_plan, desk.uow(desk.tenant_manager), plan_form(household_id))["household_id"]


def test_a_suspended_plan_can_be_renegotiated_and_its_suspension_ends(desk: Desk) -> None:
    _, old_id = active_plan(desk)
    decide(desk, old_id, PlanState.SUSPENDED, date(2026, 10, 1))
    new_id = renegotiate(desk, old_id, date(2026, 11, 21))
    assert detail(desk, new_id).total_cents == 100_000
    old = detail(desk, old_id)
    assert old.state is PlanState.RENEGOTIATED
    assert old.suspensions == (Period(date(2026, 10, 1), date(2026, 11, 20)),)


def test_renegotiation_refusals(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    draft = repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(household_id))
    assert "«bozza» non può diventare «rinegoziato»" in refusal(renegotiate, desk, draft, date(2026, 11, 21))["to_state"]

    _, plan_id = active_plan(desk, code="N002")
    assert refusal(renegotiate, desk, plan_id, date(2026, 11, 21), reason="")["reason"] == "Scrivere il motivo della decisione."
    assert "futura" in refusal(renegotiate, desk, plan_id, date(2026, 11, 22))["decided_on"]
    assert "da 1 a 600" in refusal(renegotiate, desk, plan_id, date(2026, 11, 21), count=0)["installments"]
    pay(desk, plan_id, date(2026, 11, 1), 100_000)
    assert refusal(renegotiate, desk, plan_id, date(2026, 11, 21))["to_state"] == "Il piano è già saldato: non c'è nulla da rinegoziare."
    assert detail(desk, plan_id).state is PlanState.ACTIVE
    assert len(repayment_plans.household_plan_ids(desk.uow(write=False), detail(desk, plan_id).household_id)) == 1


def test_a_closing_decision_dated_before_a_recorded_payment_is_refused(desk: Desk) -> None:
    """Otherwise the new plan, or the household's arrears, would ask again for money already paid."""
    household_id, plan_id = active_plan(desk)
    pay(desk, plan_id, date(2026, 11, 10), 50_000)
    assert "10/11/2026" in refusal(renegotiate, desk, plan_id, date(2026, 11, 1))["decided_on"]
    assert "10/11/2026" in refusal(decide, desk, plan_id, PlanState.LAPSED, date(2026, 11, 1))["decided_on"]
    assert detail(desk, plan_id).state is PlanState.ACTIVE
    assert household_arrears(desk, household_id) == (None, None)
    new_id = renegotiate(desk, plan_id, date(2026, 11, 10))
    assert detail(desk, new_id).total_cents == 50_000


# --- proposals and the household's arrears -------------------------------------------------------------------


def test_the_program_proposes_lapsed_when_missed_installments_reach_the_tolerance(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    assert detail(desk, plan_id, date(2026, 9, 25)).proposal is None  # within the grace period
    proposal = detail(desk, plan_id, date(2026, 9, 26)).proposal
    assert proposal is not None and proposal.to_state is PlanState.LAPSED
    assert str(proposal.reason) == "1 rata non pagata dopo i giorni di tolleranza; per la regola il piano decade già con una sola rata mancata."
    assert str(detail(desk, plan_id).proposal.reason).startswith("2 rate non pagate")  # type: ignore[union-attr]

    set_setting(desk.uow(), "plan_lapse_tolerance", 3)
    assert detail(desk, plan_id).proposal is None
    assert detail(desk, plan_id, date(2026, 11, 26)).proposal.to_state is PlanState.LAPSED  # type: ignore[union-attr]
    set_setting(desk.uow(), "plan_grace_days", 40)
    assert detail(desk, plan_id, date(2026, 12, 25)).proposal is None  # 15/11 is missed from 26/12
    assert detail(desk, plan_id).grace_days == 40
    # a proposal is not a decision
    assert detail(desk, plan_id).state is PlanState.ACTIVE


def test_the_program_proposes_completed_when_everything_is_paid(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    pay(desk, plan_id, date(2026, 9, 15), 33_333)
    assert detail(desk, plan_id, date(2026, 10, 1)).proposal is None
    pay(desk, plan_id, date(2026, 11, 20), 66_667)
    proposal = detail(desk, plan_id).proposal
    assert proposal is not None and (proposal.to_state, str(proposal.reason)) == (PlanState.COMPLETED, "Tutte le rate sono pagate.")
    assert detail(desk, plan_id).state is PlanState.ACTIVE


def test_no_proposal_for_a_suspended_or_closed_plan(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 11, 21))
    assert detail(desk, plan_id, date(2027, 6, 1)).proposal is None
    decide(desk, plan_id, PlanState.LAPSED, date(2026, 11, 21))
    assert detail(desk, plan_id).proposal is None


def test_lapsing_sets_the_household_arrears_to_what_the_plan_still_owed(desk: Desk) -> None:
    household_id, plan_id = active_plan(desk)
    pay(desk, plan_id, date(2026, 9, 15), 33_333)
    assert household_arrears(desk, household_id) == (None, None)
    decide(desk, plan_id, PlanState.LAPSED, date(2026, 11, 20), "due rate non pagate")
    assert household_arrears(desk, household_id) == (66_667, date(2026, 11, 20))
    assert not _has_active_plan(desk, household_id)


def test_completing_sets_the_household_arrears_to_zero(desk: Desk) -> None:
    household_id, plan_id = active_plan(desk)
    pay(desk, plan_id, date(2026, 11, 2), 100_000)
    decide(desk, plan_id, PlanState.COMPLETED, date(2026, 11, 3), "saldato")
    assert household_arrears(desk, household_id) == (0, date(2026, 11, 3))


def test_suspending_or_resuming_leaves_the_household_arrears_alone(desk: Desk) -> None:
    household_id, plan_id = active_plan(desk)
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 10, 1))
    decide(desk, plan_id, PlanState.ACTIVE, date(2026, 11, 1))
    assert household_arrears(desk, household_id) == (None, None)


# --- permissions ------------------------------------------------------------------------------------------------


def test_a_plain_operator_may_read_plans_but_not_change_them(desk: Desk) -> None:
    household_id, plan_id = active_plan(desk)
    payment = pay(desk, plan_id, date(2026, 9, 15), 1_000)
    op = desk.operator
    attempts = [
        lambda: repayment_plans.create_plan(desk.uow(op), plan_form(household_id)),
        lambda: repayment_plans.sign_plan(desk.uow(op), plan_id, date(2026, 9, 1)),
        lambda: repayment_plans.change_state(desk.uow(op), plan_id, PlanState.LAPSED, date(2026, 11, 21), "motivo"),
        lambda: repayment_plans.renegotiate(desk.uow(op), plan_id, PlanTerms(date(2026, 12, 1), 1, 3), date(2026, 11, 21), "motivo", "CEL"),
        lambda: pay(desk, plan_id, date(2026, 9, 16), 1_000, actor=op),
        lambda: repayment_plans.reverse_payment(desk.uow(op), payment, "errore"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="Solo il tenant manager o un coordinatore"):
            attempt()
    plan = detail(desk, plan_id)
    assert plan.state is PlanState.ACTIVE
    assert [(p.amount_cents, p.reversed) for p in plan.payments] == [(1_000, False)]
    assert repayment_plans.preview_plan(desk.uow(op, write=False), plan_form(household_id)).total_cents == 100_000
    assert [row.plan_id for row in plan_list(desk.uow(op, write=False)).rows] == [plan_id]


def test_the_tenant_manager_does_the_whole_plan(desk: Desk) -> None:
    household_id, _ = household_with_holder(desk)
    tm = desk.tenant_manager
    plan_id = repayment_plans.create_plan(desk.uow(tm), plan_form(household_id))
    repayment_plans.sign_plan(desk.uow(tm), plan_id, date(2026, 9, 1))
    payment = pay(desk, plan_id, date(2026, 9, 15), 33_333, actor=tm)
    repayment_plans.reverse_payment(desk.uow(tm), payment, "errore")
    repayment_plans.change_state(desk.uow(tm), plan_id, PlanState.SUSPENDED, date(2026, 10, 1), "motivo")
    new_id = renegotiate(desk, plan_id, date(2026, 11, 21))
    plan = detail(desk, new_id)
    assert (plan.state, plan.total_cents) == (PlanState.DRAFT, 100_000)
    assert plan.state_changes[0].operator_name == "Anna Maria Calvi"


# --- the tenant manager's list ------------------------------------------------------------------------------------


@pytest.fixture
def plans(desk: Desk) -> dict[str, uuid.UUID]:
    """On 21/11/2026: N001 unpaid (57 days in arrears), N002 paid up to date, N003 at Colognola with the
    first installment paid (27 days), N004 lapsed, N005 a draft, N006 unpaid but suspended since 01/10."""
    _, late = active_plan(desk, "N001")
    _, good = active_plan(desk, "N002")
    pay(desk, good, date(2026, 11, 15), 100_000)
    _, colognola = active_plan(desk, "N003", office_code="COL")
    pay(desk, colognola, date(2026, 9, 15), 33_333)
    _, lapsed = active_plan(desk, "N004")
    pay(desk, lapsed, date(2026, 9, 15), 20_000)
    decide(desk, lapsed, PlanState.LAPSED, date(2026, 11, 21))
    household_id, _ = household_with_holder(desk, code="N005")
    draft = repayment_plans.create_plan(desk.uow(desk.tenant_manager), plan_form(household_id))
    _, suspended = active_plan(desk, "N006")
    decide(desk, suspended, PlanState.SUSPENDED, date(2026, 10, 1))
    return {"late": late, "good": good, "colognola": colognola, "lapsed": lapsed, "draft": draft, "suspended": suspended}


def listed(desk: Desk, plan_filter: PlanFilter = PlanFilter(), on: date | None = None) -> list[str]:
    return [row.household_code for row in plan_list(desk.uow(write=False), plan_filter, on).rows]


def test_the_list_puts_the_riskiest_running_plans_first(desk: Desk, plans: dict[str, uuid.UUID]) -> None:
    found = plan_list(desk.uow(write=False))
    assert [(r.household_code, r.state, r.situation.bucket, r.situation.days_in_arrears) for r in found.rows] == [
        ("N001", PlanState.ACTIVE, AgingBucket.DAYS_31_60, 57),
        ("N003", PlanState.ACTIVE, AgingBucket.DAYS_1_30, 27),
        ("N002", PlanState.ACTIVE, AgingBucket.CURRENT, 0),
        ("N006", PlanState.SUSPENDED, AgingBucket.DAYS_1_30, 5),
        ("N005", PlanState.DRAFT, AgingBucket.DAYS_31_60, 57),
        ("N004", PlanState.LAPSED, AgingBucket.DAYS_31_60, 57),
    ]
    first = found.rows[0]
    assert (first.holder_name, first.office_code, first.signed_on) == ("Mazzà Giulia", "CEL", date(2026, 9, 1))
    assert first.proposal is not None and first.proposal.to_state is PlanState.LAPSED
    assert found.rows[2].proposal is not None and found.rows[2].proposal.to_state is PlanState.COMPLETED
    assert found.on == date(2026, 11, 21)


def test_the_totals_count_what_running_plans_owe(desk: Desk, plans: dict[str, uuid.UUID]) -> None:
    totals = plan_list(desk.uow(write=False)).totals
    assert totals.plans == 6
    # running: N001 1.000,00 owed, all overdue; N002 nothing; N003 666,67 owed, 666,67 overdue; N006 1.000,00
    assert totals.outstanding_cents == 100_000 + 66_667 + 100_000
    assert totals.overdue_cents == 100_000 + 66_667 + 100_000
    earlier = plan_list(desk.uow(write=False), on=date(2026, 10, 1)).totals
    assert earlier.outstanding_cents == 100_000 + 100_000 + 66_667 + 100_000
    assert earlier.overdue_cents == 33_333 + 33_333 + 0 + 33_333


def test_the_list_filters_by_desk_state_and_bucket(desk: Desk, plans: dict[str, uuid.UUID]) -> None:
    assert listed(desk, PlanFilter(office_code="COL")) == ["N003"]
    assert listed(desk, PlanFilter(office_code="LAZ")) == []
    running = frozenset({PlanState.ACTIVE, PlanState.SUSPENDED})
    assert listed(desk, PlanFilter(states=running)) == ["N001", "N003", "N002", "N006"]
    assert listed(desk, PlanFilter(states=frozenset({PlanState.LAPSED}))) == ["N004"]
    assert listed(desk, PlanFilter(states=running, bucket=AgingBucket.DAYS_1_30)) == ["N003", "N006"]
    assert listed(desk, PlanFilter(states=running, bucket=AgingBucket.CURRENT)) == ["N002"]
    assert listed(desk, PlanFilter(office_code="CEL", states=running, bucket=AgingBucket.DAYS_31_60)) == ["N001"]
    assert listed(desk, PlanFilter(bucket=AgingBucket.OVER_90)) == []
    filtered = plan_list(desk.uow(write=False), PlanFilter(office_code="COL"))
    assert (filtered.totals.plans, filtered.totals.outstanding_cents) == (1, 66_667)


def test_the_list_on_another_day(desk: Desk, plans: dict[str, uuid.UUID]) -> None:
    running = PlanFilter(states=frozenset({PlanState.ACTIVE}))
    assert listed(desk, replace(running, bucket=AgingBucket.OVER_90), date(2027, 1, 15)) == ["N001"]  # 112 days
    assert listed(desk, replace(running, bucket=AgingBucket.DAYS_61_90), date(2027, 1, 15)) == ["N003"]  # 82 days
    assert listed(desk, running, date(2026, 9, 20)) == ["N001", "N002", "N003"]  # all current: by code


def test_the_risk_order_within_a_bucket_goes_by_missed_installments_then_overdue_amount(desk: Desk) -> None:
    _, small = active_plan(desk, "N001")
    pay(desk, small, date(2026, 9, 15), 33_333)
    pay(desk, small, date(2026, 10, 15), 33_000)  # 3,33 € of 15/10 unpaid: 27 days in arrears, 1 missed
    _, large = active_plan(desk, "N002")
    pay(desk, large, date(2026, 9, 15), 33_333)  # all of 15/10 unpaid: same days, 1 missed, more overdue
    rows = plan_list(desk.uow(write=False)).rows
    assert [(r.household_code, r.situation.days_in_arrears, r.situation.missed_count, r.situation.overdue_cents) for r in rows] == [
        ("N002", 27, 1, 66_667),
        ("N001", 27, 1, 33_667),
    ]


# --- the household's timeline ---------------------------------------------------------------------------------


def test_decisions_and_payments_appear_in_the_household_timeline(desk: Desk) -> None:
    household_id, plan_id = active_plan(desk)
    pay(desk, plan_id, date(2026, 9, 15), 33_333, "CRO 1")
    wrong = pay(desk, plan_id, date(2026, 10, 15), 5_000, "CRO 2")
    repayment_plans.reverse_payment(desk.uow(desk.tenant_manager), wrong, "bonifico respinto")
    decide(desk, plan_id, PlanState.SUSPENDED, date(2026, 10, 20), "malattia")
    decide(desk, plan_id, PlanState.ACTIVE, date(2026, 11, 2), "guarito")
    entries = [e for e in household_timeline(desk.uow(write=False), household_id) if e.kind in (TimelineKind.PLAN, TimelineKind.PLAN_PAYMENT)]
    shown = [
        (e.kind, e.when.astimezone(clock.ROME).date(), *map(say_in_italian, (e.title, e.detail, e.state or "")), e.cancelled, e.ref_id)
        for e in entries
    ]
    assert shown == [
        (TimelineKind.PLAN, date(2026, 11, 21), "Piano di rientro preparato", "piano del 01/09/2026 · 1.000,00 € · Antonio Negro", "", False, plan_id),
        (TimelineKind.PLAN, date(2026, 11, 2), "Piano di rientro riattivato", "piano del 01/09/2026 · 1.000,00 € · guarito · Anna Maria Calvi", "", False, plan_id),
        (TimelineKind.PLAN, date(2026, 10, 20), "Piano di rientro sospeso", "piano del 01/09/2026 · 1.000,00 € · malattia · Anna Maria Calvi", "", False, plan_id),
        (TimelineKind.PLAN_PAYMENT, date(2026, 10, 15), "Pagamento piano di rientro: 50,00 €", "CRO 2 · stornato: bonifico respinto", "stornato", True, plan_id),
        (TimelineKind.PLAN_PAYMENT, date(2026, 9, 15), "Pagamento piano di rientro: 333,33 €", "CRO 1", "", False, plan_id),
        (TimelineKind.PLAN, date(2026, 9, 1), "Piano di rientro firmato e attivo", "piano del 01/09/2026 · 1.000,00 € · Antonio Negro", "", False, plan_id),
    ]
    assert all(e.all_day for e in entries)
    other, _ = household_with_holder(desk, code="N002")
    assert [e for e in household_timeline(desk.uow(write=False), other) if e.kind in (TimelineKind.PLAN, TimelineKind.PLAN_PAYMENT)] == []
