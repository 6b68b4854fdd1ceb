"""Repayment plans at the desk (DESIGN 2.5): preview and create, sign, record and reverse payments, and
the decisions on a plan's state. The arithmetic is in :mod:`app.services.plans.rules`.

Who may do what: plans, payments and decisions are the tenant manager's work (and a coordinator's);
every operator can read them, since a tenant asks about the plan at any desk. Checked here, not only in
the screens.

Decisions are a person's: the program *proposes* "lapsed" when the missed installments reach the
tolerance setting and "completed" when everything is paid, and only a call to :func:`change_state`
changes the state, with its date, operator and reason. Lapsing or completing a plan updates the
household's arrears as known to the desk (used by the heating contribution): completed leaves no arrears
from the plan, lapsed leaves what the plan still owed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now_utc, to_rome, today
from app.messages import Message, counted, msg
from app.models.household import Household
from app.models.office import Office
from app.models.operator import Operator
from app.models.repayment_plan import (
    DebtItem,
    PlanInstallment,
    PlanPayment,
    PlanStateChange,
    PlanSuspension,
    RepaymentPlan,
)
from app.services.dates import format_date
from app.services.errors import NotFound, PermissionDenied, ValidationFailed
from app.services.money import MAX_CENTS, format_amount
from app.services.plans.rules import (
    Installment,
    Payment,
    Period,
    ScheduleError,
    Situation,
    periods_overlap,
    schedule_by_amount,
    schedule_by_count,
    schedule_warnings,
    situation,
)
from app.services.registry.households import dwelling_address, holder_of, household_row
from app.services.settings import read_setting
from app.services.unit_of_work import Actor, UnitOfWork
from app.vocabulary import DebtKind, PaymentMethod, PlanState, Role

OPEN_STATES = (PlanState.ACTIVE, PlanState.SUSPENDED)
"""States in which a plan is running: it takes payments and its installments fall due."""

DECISIONS: dict[PlanState, tuple[PlanState, ...]] = {
    PlanState.DRAFT: (PlanState.ACTIVE, PlanState.WITHDRAWN),
    PlanState.ACTIVE: (PlanState.COMPLETED, PlanState.LAPSED, PlanState.RENEGOTIATED, PlanState.SUSPENDED),
    PlanState.SUSPENDED: (PlanState.ACTIVE, PlanState.LAPSED, PlanState.RENEGOTIATED),
    PlanState.COMPLETED: (),
    PlanState.LAPSED: (),
    PlanState.RENEGOTIATED: (),
    PlanState.WITHDRAWN: (),
}
"""Which decisions each state allows (DESIGN 2.5); renegotiating goes through :func:`renegotiate`."""

RENEGOTIATED_DEBT = "residuo del piano del {start_date}"
"""The period of the one debt item of a renegotiated plan: stored with the plan, as a period typed at the
desk is, and printed on its agreement, which is always Italian."""


def require_plan_manager(actor: Actor, action: Message) -> None:
    if actor.role not in (Role.TENANT_MANAGER, Role.COORDINATOR):
        raise PermissionDenied(msg("Solo il tenant manager o un coordinatore può {action}.").fill(action=action))


# --- forms and views ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DebtItemForm:
    kind: DebtKind
    period: str
    amount_cents: int


@dataclass(frozen=True)
class PlanTerms:
    """How the debt is spread: from ``start_date``, on ``due_day`` each month, in ``installment_count``
    installments or in installments of ``installment_cents`` (exactly one of the two)."""

    start_date: date
    due_day: int
    installment_count: int | None = None
    installment_cents: int | None = None


@dataclass(frozen=True)
class PlanForm:
    household_id: uuid.UUID
    office_code: str
    debt_items: tuple[DebtItemForm, ...]
    terms: PlanTerms
    notes: str = ""


@dataclass(frozen=True)
class PlanPreview:
    total_cents: int
    schedule: tuple[Installment, ...]
    warnings: tuple[Message, ...]
    tiny_last: bool


@dataclass(frozen=True)
class PaymentForm:
    paid_on: date
    amount_cents: int
    method: PaymentMethod
    reference: str = ""
    note: str = ""


@dataclass(frozen=True)
class PaymentView:
    id: uuid.UUID
    paid_on: date
    amount_cents: int
    method: PaymentMethod
    reference: str
    note: str
    imported: bool
    recorded_by_name: str
    reversed_at: datetime | None
    reversed_by_name: str
    reversal_reason: str

    @property
    def reversed(self) -> bool:
        return self.reversed_at is not None


@dataclass(frozen=True)
class StateChangeView:
    from_state: PlanState | None
    to_state: PlanState
    decided_on: date
    operator_name: str
    reason: str


@dataclass(frozen=True)
class Proposal:
    """What the program suggests a person decide, and why."""

    to_state: PlanState
    reason: Message


@dataclass(frozen=True)
class PlanView:
    id: uuid.UUID
    household_id: uuid.UUID
    household_code: str
    holder_name: str
    holder_codice_fiscale: str
    address: str
    office_code: str
    office_name: str
    state: PlanState
    start_date: date
    due_day: int
    total_cents: int
    requested_installment_cents: int | None
    monthly_income_cents: int | None
    signed_on: date | None
    created_on: date
    replaces_plan_id: uuid.UUID | None
    replaced_by_plan_id: uuid.UUID | None
    notes: str
    debt_items: tuple[DebtItemForm, ...]
    situation: Situation
    payments: tuple[PaymentView, ...]
    state_changes: tuple[StateChangeView, ...]
    suspensions: tuple[Period, ...]
    proposal: Proposal | None
    grace_days: int
    reminders_printed: int

    @property
    def schedule(self) -> tuple[Installment, ...]:
        return tuple(Installment(s.number, s.due_date, s.amount_cents) for s in self.situation.installments)

    @property
    def open(self) -> bool:
        return self.state in OPEN_STATES


# --- preview and creation ----------------------------------------------------------------------------


def preview_plan(uow: UnitOfWork, form: PlanForm) -> PlanPreview:
    """The schedule exactly as it will be stored, with the warnings a person should read before saving."""
    with uow:
        household = household_row(uow.session, form.household_id)
        return _preview(uow.session, form, household.monthly_income_cents)


def create_plan(uow: UnitOfWork, form: PlanForm) -> uuid.UUID:
    """A new plan in ``draft``: it becomes active when the tenant signs (:func:`sign_plan`). Warnings do not
    block (DESIGN 2.5): the screen shows them in the preview. One running or draft plan per household."""
    require_plan_manager(uow.actor, msg("creare un piano di rientro"))
    with uow:
        session = uow.session
        household = household_row(session, form.household_id)
        preview = _preview(session, form, household.monthly_income_cents)
        _refuse_second_plan(session, household.id, None)
        plan = _new_plan(session, form, household, preview, uow.actor, replaces=None)
        uow.commit()
        return plan.id


def _preview(session: Session, form: PlanForm, monthly_income_cents: int | None) -> PlanPreview:
    errors: dict[str, Message] = {}
    items = _checked_items(form.debt_items, errors)
    office = session.scalar(select(Office).where(Office.code == form.office_code))
    if office is None:
        errors["office_code"] = msg("Scegliere lo sportello del piano.")
    total = sum(item.amount_cents for item in items)
    schedule = _schedule(total, form.terms, errors) if items and "debt_items" not in errors else []
    if errors:
        raise ValidationFailed(errors)
    max_months = read_setting(session, "plan_max_months")
    warnings = schedule_warnings(schedule, monthly_income_cents, max_months)
    messages = warnings.messages(max_months, monthly_income_cents)
    if schedule[0].due_date < today():
        # a paper plan entered late, or a renegotiation started in the past: allowed, but its first
        # installments are overdue from the moment it is signed
        past = sum(1 for i in schedule if i.due_date < today())
        overdue = counted(past, msg("{n} rata risulterà già scaduta."), msg("{n} rate risulteranno già scadute."))
        first = format_date(schedule[0].due_date)
        messages.append(msg("La prima rata scade il {first}, prima di oggi: {overdue}").fill(first=first, overdue=overdue))
    return PlanPreview(
        total_cents=total,
        schedule=tuple(schedule),
        warnings=tuple(messages),
        tiny_last=warnings.tiny_last,
    )


def _checked_items(items: Sequence[DebtItemForm], errors: dict[str, Message]) -> list[DebtItemForm]:
    if not items:
        errors["debt_items"] = msg("Indicare almeno una voce di debito (canone, spese o altro).")
        return []
    checked = []
    for position, item in enumerate(items, 1):
        period = " ".join(item.period.split())
        if item.amount_cents <= 0:
            errors["debt_items"] = msg("Voce {position}: l'importo deve essere maggiore di zero.").fill(position=position)
        elif not period:
            errors["debt_items"] = msg("Voce {position}: indicare il periodo a cui si riferisce (es. gen-giu 2026).").fill(position=position)
        elif len(period) > 80:
            errors["debt_items"] = msg("Voce {position}: il periodo è troppo lungo (al massimo 80 caratteri).").fill(position=position)
        checked.append(DebtItemForm(item.kind, period, item.amount_cents))
    if sum(item.amount_cents for item in checked) > MAX_CENTS:
        errors["debt_items"] = msg("Il debito totale è troppo grande: controllare gli importi.")
    return checked


def _schedule(total: int, terms: PlanTerms, errors: dict[str, Message]) -> list[Installment]:
    if not 1 <= terms.due_day <= 31:
        errors["due_day"] = msg("Il giorno di scadenza va da 1 a 31.")
        return []
    try:
        if terms.installment_count is not None and terms.installment_cents is None:
            return schedule_by_count(total, terms.start_date, terms.due_day, terms.installment_count)
        if terms.installment_cents is not None and terms.installment_count is None:
            return schedule_by_amount(total, terms.start_date, terms.due_day, terms.installment_cents)
        errors["installments"] = msg("Indicare il numero di rate oppure l'importo della rata.")
    except ScheduleError as error:
        errors["installments"] = error.said
    return []


def _refuse_second_plan(session: Session, household_id: uuid.UUID, except_plan: uuid.UUID | None) -> None:
    running = session.scalars(
        select(RepaymentPlan).where(
            RepaymentPlan.household_id == household_id,
            RepaymentPlan.state.in_((PlanState.DRAFT, *OPEN_STATES)),
        )
    ).all()
    running = [p for p in running if p.id != except_plan]
    if running:
        plan = running[0]
        refusal = msg(
            "Il nucleo ha già un piano nello stato «{state}» (dal {start_date}): rinegoziarlo invece di crearne un altro."
        )
        raise ValidationFailed({"household_id": refusal.fill(state=plan.state, start_date=format_date(plan.start_date))})


def _new_plan(
    session: Session, form: PlanForm, household: Household, preview: PlanPreview, actor: Actor, replaces: uuid.UUID | None
) -> RepaymentPlan:
    office = session.scalar(select(Office).where(Office.code == form.office_code))
    assert office is not None
    plan = RepaymentPlan(
        id=uuid.uuid4(),
        household_id=household.id,
        office_id=office.id,
        state=PlanState.DRAFT,
        start_date=form.terms.start_date,
        due_day=form.terms.due_day,
        total_cents=preview.total_cents,
        installment_count=len(preview.schedule),
        requested_installment_cents=form.terms.installment_cents,
        monthly_income_cents=household.monthly_income_cents,
        replaces_plan_id=replaces,
        created_by_id=actor.operator_id,
        notes=form.notes.strip(),
        reminders_printed=0,
    )
    plan.debt_items = [
        DebtItem(id=uuid.uuid4(), position=n, kind=i.kind, period=" ".join(i.period.split()), amount_cents=i.amount_cents)
        for n, i in enumerate(form.debt_items, 1)
    ]
    plan.installments = [
        PlanInstallment(id=uuid.uuid4(), number=i.number, due_date=i.due_date, amount_cents=i.amount_cents) for i in preview.schedule
    ]
    session.add(plan)
    session.add(_state_change(plan.id, None, PlanState.DRAFT, today(), actor, ""))
    return plan


# --- decisions ---------------------------------------------------------------------------------------


def sign_plan(uow: UnitOfWork, plan_id: uuid.UUID, signed_on: date) -> None:
    """The tenant signed the agreement: the plan becomes active from that day."""
    require_plan_manager(uow.actor, msg("attivare un piano di rientro"))
    with uow:
        plan = _plan(uow.session, plan_id)
        _check_decision(plan, PlanState.ACTIVE)
        if signed_on > today():
            raise ValidationFailed({"decided_on": msg("La data della firma non può essere futura.")})
        plan.signed_on = signed_on
        _decide(uow.session, plan, PlanState.ACTIVE, signed_on, uow.actor, "")
        uow.commit()


def change_state(uow: UnitOfWork, plan_id: uuid.UUID, to_state: PlanState, on: date, reason: str) -> None:
    """Completed, lapsed, suspended or back to active, or a draft withdrawn, by a person's decision with a
    reason. A withdrawn draft (never signed) stays readable and no longer blocks a new plan.

    Completed needs everything paid by that day; lapsed cannot be dated before a recorded payment. A
    suspension starts on ``on`` and cannot overlap an earlier one; returning to active ends it on the day
    before ``on``. Activating a draft here counts as its signature on ``on`` (the screens use
    :func:`sign_plan`), so an active plan always has its signing date.
    """
    require_plan_manager(uow.actor, msg("cambiare lo stato di un piano di rientro"))
    if to_state is PlanState.RENEGOTIATED:
        raise ValidationFailed({"to_state": msg("Per rinegoziare si prepara il nuovo piano (Rinegozia).")})
    clean_reason = _required_reason(reason)
    with uow:
        session = uow.session
        plan = _plan(session, plan_id)
        _check_decision(plan, to_state)
        _check_decision_date(plan, on)
        if to_state is PlanState.LAPSED:
            _check_no_later_payment(plan, on)
        state_now = _situation(session, plan, on)
        if to_state is PlanState.COMPLETED and not state_now.fully_paid:
            refusal = msg("Il piano non è saldato: restano {amount} al {day}.")
            owed = format_amount(state_now.outstanding_cents)
            raise ValidationFailed({"to_state": refusal.fill(amount=owed, day=format_date(on))})
        if to_state is PlanState.SUSPENDED:
            _start_suspension(plan, on, clean_reason)
        if plan.state is PlanState.SUSPENDED:
            _end_suspension(plan, on)
        if plan.state is PlanState.DRAFT and to_state is PlanState.ACTIVE:
            plan.signed_on = on
        _decide(session, plan, to_state, on, uow.actor, clean_reason)
        _update_household_arrears(session, plan, to_state, state_now, on)
        uow.commit()


def renegotiate(uow: UnitOfWork, plan_id: uuid.UUID, terms: PlanTerms, on: date, reason: str, office_code: str) -> uuid.UUID:
    """A new draft plan for what the old one still owes on ``on``, linked to it; the old plan is marked
    renegotiated and stays readable with its payments. ``on`` cannot precede a recorded payment, which
    the new plan would otherwise ask for again."""
    require_plan_manager(uow.actor, msg("rinegoziare un piano di rientro"))
    clean_reason = _required_reason(reason)
    with uow:
        session = uow.session
        old = _plan(session, plan_id)
        _check_decision(old, PlanState.RENEGOTIATED)
        _check_decision_date(old, on)
        _check_no_later_payment(old, on)
        owed = _situation(session, old, on).outstanding_cents
        if owed <= 0:
            raise ValidationFailed({"to_state": msg("Il piano è già saldato: non c'è nulla da rinegoziare.")})
        household = household_row(session, old.household_id)
        form = PlanForm(
            household_id=household.id,
            office_code=office_code,
            debt_items=(DebtItemForm(DebtKind.OTHER, RENEGOTIATED_DEBT.format(start_date=format_date(old.start_date)), owed),),
            terms=terms,
            notes=clean_reason,
        )
        preview = _preview(session, form, household.monthly_income_cents)
        _refuse_second_plan(session, household.id, old.id)
        if old.state is PlanState.SUSPENDED:
            _end_suspension(old, on)
        _decide(session, old, PlanState.RENEGOTIATED, on, uow.actor, clean_reason)
        new = _new_plan(session, form, household, preview, uow.actor, replaces=old.id)
        uow.commit()
        return new.id


def _check_decision(plan: RepaymentPlan, to_state: PlanState) -> None:
    if to_state not in DECISIONS[plan.state]:
        refusal = msg("Un piano nello stato «{state}» non può diventare «{to_state}».")
        raise ValidationFailed({"to_state": refusal.fill(state=plan.state, to_state=to_state)})


def _check_decision_date(plan: RepaymentPlan, on: date) -> None:
    if on > today():
        raise ValidationFailed({"decided_on": msg("La data della decisione non può essere futura.")})
    if plan.signed_on is not None and on < plan.signed_on:
        refusal = msg("La data non può precedere la firma del piano ({signed_on}).")
        raise ValidationFailed({"decided_on": refusal.fill(signed_on=format_date(plan.signed_on))})
    # The day a plan was entered is not a decision on it: a plan signed on paper is often entered later,
    # and what happened between the signature and the entry must still be recordable.
    last = max((c.decided_on for c in plan.state_changes if c.from_state is not None), default=None)
    if last is not None and on < last:
        refusal = msg("La data non può precedere l'ultima decisione sul piano ({decided_on}).")
        raise ValidationFailed({"decided_on": refusal.fill(decided_on=format_date(last))})


def _check_no_later_payment(plan: RepaymentPlan, on: date) -> None:
    """A plan closed on ``on`` owes what was unpaid that day: a payment recorded with a later date would
    be asked for again (by the new plan, or in the household's arrears)."""
    last = max((p.paid_on for p in plan.payments if p.reversed_at is None), default=None)
    if last is not None and on < last:
        refusal = msg("La data non può precedere l'ultimo pagamento registrato sul piano ({paid_on}).")
        raise ValidationFailed({"decided_on": refusal.fill(paid_on=format_date(last))})


def _required_reason(reason: str, missing: Message = msg("Scrivere il motivo della decisione.")) -> str:
    """The reason with its spaces tidied; ``missing`` is the refusal when there is none."""
    clean = " ".join(reason.split())
    if not clean:
        raise ValidationFailed({"reason": missing})
    return clean


def _start_suspension(plan: RepaymentPlan, on: date, reason: str) -> None:
    new = Period(on, None)
    for existing in plan.suspensions:
        if periods_overlap(new, Period(existing.starts_on, existing.ends_on)):
            raise ValidationFailed({"decided_on": msg("Le sospensioni non possono sovrapporsi a una sospensione precedente.")})
    plan.suspensions.append(PlanSuspension(id=uuid.uuid4(), starts_on=on, ends_on=None, reason=reason))


def _end_suspension(plan: RepaymentPlan, on: date) -> None:
    """The plan runs again from ``on``: the suspension's last day is the day before (or ``on`` itself if
    it started that same day)."""
    for suspension in plan.suspensions:
        if suspension.ends_on is None:
            suspension.ends_on = on - timedelta(days=1) if on > suspension.starts_on else on


def _decide(session: Session, plan: RepaymentPlan, to_state: PlanState, on: date, actor: Actor, reason: str) -> None:
    session.add(_state_change(plan.id, plan.state, to_state, on, actor, reason))
    plan.state = to_state


def _state_change(plan_id: uuid.UUID, from_state: PlanState | None, to_state: PlanState, on: date, actor: Actor, reason: str) -> PlanStateChange:
    return PlanStateChange(
        id=uuid.uuid4(),
        plan_id=plan_id,
        from_state=from_state,
        to_state=to_state,
        decided_on=on,
        operator_id=actor.operator_id,
        operator_name=actor.name,
        reason=reason,
    )


def _update_household_arrears(session: Session, plan: RepaymentPlan, to_state: PlanState, state_now: Situation, on: date) -> None:
    if to_state not in (PlanState.COMPLETED, PlanState.LAPSED):
        return
    household = household_row(session, plan.household_id)
    household.arrears_cents = 0 if to_state is PlanState.COMPLETED else state_now.outstanding_cents
    household.arrears_as_of = on


# --- payments ----------------------------------------------------------------------------------------


def record_payment(uow: UnitOfWork, plan_id: uuid.UUID, form: PaymentForm) -> uuid.UUID:
    """A payment on a running plan; it may not exceed what the plan still owes, and a non-empty reference
    already recorded for the household is refused (the same bank transfer typed twice)."""
    require_plan_manager(uow.actor, msg("registrare un pagamento"))
    with uow:
        session = uow.session
        plan = _plan(session, plan_id)
        payment = add_payment(session, plan, form, uow.actor, imported=False)
        uow.commit()
        return payment.id


def add_payment(session: Session, plan: RepaymentPlan, form: PaymentForm, actor: Actor, *, imported: bool) -> PlanPayment:
    """Inside the caller's transaction (the payments import adds many in one); refused with the reasons."""
    errors = payment_problems(session, plan, form)
    if errors:
        raise ValidationFailed(errors)
    payment = PlanPayment(
        id=uuid.uuid4(),
        plan_id=plan.id,
        household_id=plan.household_id,
        paid_on=form.paid_on,
        amount_cents=form.amount_cents,
        method=form.method,
        reference=form.reference.strip(),
        note=form.note.strip(),
        imported=imported,
        recorded_by_id=actor.operator_id,
        reversed_at=None,
        reversed_by_id=None,
        reversal_reason="",
    )
    session.add(payment)
    plan.payments.append(payment)
    return payment


def payment_problems(session: Session, plan: RepaymentPlan, form: PaymentForm) -> dict[str, Message]:
    """Why this payment cannot be recorded on this plan (empty when it can); shared with the import."""
    errors: dict[str, Message] = {}
    if plan.state not in OPEN_STATES:
        errors["plan"] = msg("Il piano è nello stato «{state}»: non riceve pagamenti.").fill(state=plan.state)
        return errors
    if form.amount_cents <= 0:
        errors["amount"] = msg("L'importo deve essere maggiore di zero.")
    if form.paid_on > today():
        errors["paid_on"] = msg("La data del pagamento non può essere futura.")
    elif plan.signed_on is not None and form.paid_on < plan.start_date and form.paid_on < plan.signed_on:
        errors["paid_on"] = msg("La data precede l'inizio del piano ({start_date}).").fill(start_date=format_date(plan.start_date))
    reference = form.reference.strip()
    if len(reference) > 80:
        errors["reference"] = msg("Il riferimento è troppo lungo (al massimo 80 caratteri).")
    elif reference and _reference_used(session, plan.household_id, reference):
        errors["reference"] = msg("Un pagamento con riferimento «{reference}» è già registrato per questo nucleo.").fill(reference=reference)
    owed = plan.total_cents - sum(p.amount_cents for p in plan.payments if p.reversed_at is None)
    if "amount" not in errors and form.amount_cents > owed:
        errors["amount"] = msg("L'importo supera quanto resta da pagare sul piano ({owed}).").fill(owed=format_amount(owed))
    return errors


def _reference_used(session: Session, household_id: uuid.UUID, reference: str) -> bool:
    return (
        session.scalar(
            select(PlanPayment.id).where(
                PlanPayment.household_id == household_id, PlanPayment.reference == reference, PlanPayment.reversed_at.is_(None)
            )
        )
        is not None
    )


def reverse_payment(uow: UnitOfWork, payment_id: uuid.UUID, reason: str) -> None:
    """A wrong payment is reversed with a reason, never edited or deleted: it stays listed as reversed."""
    require_plan_manager(uow.actor, msg("stornare un pagamento"))
    clean_reason = _required_reason(reason, msg("Scrivere il motivo dello storno."))
    with uow:
        session = uow.session
        payment = session.get(PlanPayment, payment_id)
        if payment is None:
            raise NotFound(msg("Pagamento non trovato."))
        if payment.reversed_at is not None:
            raise ValidationFailed({"reason": msg("Il pagamento è già stornato.")})
        plan = _plan(session, payment.plan_id)
        if plan.state not in OPEN_STATES:
            refusal = msg("Il piano è nello stato «{state}»: i suoi pagamenti non si modificano più.")
            raise ValidationFailed({"reason": refusal.fill(state=plan.state)})
        payment.reversed_at = now_utc()
        payment.reversed_by_id = uow.actor.operator_id
        payment.reversal_reason = clean_reason
        uow.commit()


# --- reading -----------------------------------------------------------------------------------------


def plan_detail(uow: UnitOfWork, plan_id: uuid.UUID, on: date | None = None) -> PlanView:
    """The plan with its situation at the end of day ``on`` (today by default)."""
    day = on or today()
    with uow:
        session = uow.session
        plan = _plan(session, plan_id)
        return _view(session, plan, day)


def _view(session: Session, plan: RepaymentPlan, day: date) -> PlanView:
    household = household_row(session, plan.household_id)
    office = session.get(Office, plan.office_id)
    holder = holder_of(session, household.id)
    grace = read_setting(session, "plan_grace_days")
    state_now = _situation(session, plan, day, grace)
    names = _operator_names(session, [p.recorded_by_id for p in plan.payments] + [p.reversed_by_id for p in plan.payments])
    replaced_by = session.scalar(select(RepaymentPlan.id).where(RepaymentPlan.replaces_plan_id == plan.id))
    dwelling = household.dwelling
    return PlanView(
        id=plan.id,
        household_id=household.id,
        household_code=household.code,
        holder_name=f"{holder.surname} {holder.name}" if holder else "",
        holder_codice_fiscale=(holder.codice_fiscale or "") if holder else "",
        address=dwelling_address(dwelling.street, dwelling.house_number, dwelling.staircase, dwelling.floor, dwelling.unit),
        office_code=office.code if office else "",
        office_name=office.name if office else "",
        state=plan.state,
        start_date=plan.start_date,
        due_day=plan.due_day,
        total_cents=plan.total_cents,
        requested_installment_cents=plan.requested_installment_cents,
        monthly_income_cents=plan.monthly_income_cents,
        signed_on=plan.signed_on,
        created_on=to_rome(plan.created_at).date(),
        replaces_plan_id=plan.replaces_plan_id,
        replaced_by_plan_id=replaced_by,
        notes=plan.notes,
        debt_items=tuple(DebtItemForm(i.kind, i.period, i.amount_cents) for i in plan.debt_items),
        situation=state_now,
        payments=tuple(
            PaymentView(
                id=p.id,
                paid_on=p.paid_on,
                amount_cents=p.amount_cents,
                method=p.method,
                reference=p.reference,
                note=p.note,
                imported=p.imported,
                recorded_by_name=names.get(p.recorded_by_id, ""),
                reversed_at=p.reversed_at,
                reversed_by_name=names.get(p.reversed_by_id, ""),
                reversal_reason=p.reversal_reason,
            )
            for p in sorted(plan.payments, key=lambda p: (p.paid_on, p.created_at))
        ),
        state_changes=tuple(
            StateChangeView(c.from_state, c.to_state, c.decided_on, c.operator_name, c.reason)
            for c in sorted(plan.state_changes, key=lambda c: c.created_at)
        ),
        suspensions=tuple(Period(s.starts_on, s.ends_on) for s in plan.suspensions),
        proposal=propose(plan.state, state_now, read_setting(session, "plan_lapse_tolerance")),
        grace_days=grace,
        reminders_printed=plan.reminders_printed,
    )


def propose(state: PlanState, state_now: Situation, tolerance: int) -> Proposal | None:
    """The decision the program suggests (DESIGN 2.5); a person confirms it or not."""
    if state is not PlanState.ACTIVE:
        return None
    if state_now.fully_paid:
        return Proposal(PlanState.COMPLETED, msg("Tutte le rate sono pagate."))
    if state_now.missed_count >= tolerance:
        missed = counted(state_now.missed_count, msg("{n} rata non pagata"), msg("{n} rate non pagate"))
        rule = msg("una sola rata mancata") if tolerance == 1 else msg("{n} rate mancate").fill(n=tolerance)
        reason = msg("{missed} dopo i giorni di tolleranza; per la regola il piano decade già con {rule}.")
        return Proposal(PlanState.LAPSED, reason.fill(missed=missed, rule=rule))
    return None


def _situation(session: Session, plan: RepaymentPlan, day: date, grace: int | None = None) -> Situation:
    schedule = [Installment(i.number, i.due_date, i.amount_cents) for i in plan.installments]
    payments = [Payment(p.paid_on, p.amount_cents) for p in plan.payments if p.reversed_at is None]
    grace_days = read_setting(session, "plan_grace_days") if grace is None else grace
    return situation(schedule, payments, day, grace_days, [Period(s.starts_on, s.ends_on) for s in plan.suspensions])


def household_plan_ids(uow: UnitOfWork, household_id: uuid.UUID) -> list[uuid.UUID]:
    """The household's plans, newest first."""
    with uow:
        return list(
            uow.session.scalars(
                select(RepaymentPlan.id).where(RepaymentPlan.household_id == household_id).order_by(RepaymentPlan.created_at.desc())
            )
        )


def has_active_plan(session: Session, household_id: uuid.UUID) -> bool:
    """Whether the household's arrears are covered by an active plan (the heating contribution asks; a
    suspended plan is not active, DESIGN 2.3 rule 5)."""
    return (
        session.scalar(
            select(RepaymentPlan.id).where(RepaymentPlan.household_id == household_id, RepaymentPlan.state == PlanState.ACTIVE)
        )
        is not None
    )


def record_reminder_printed(uow: UnitOfWork, plan_id: uuid.UUID) -> None:
    with uow:
        plan = _plan(uow.session, plan_id)
        plan.reminders_printed += 1
        uow.commit()


# --- helpers -----------------------------------------------------------------------------------------

def _plan(session: Session, plan_id: uuid.UUID) -> RepaymentPlan:
    plan = session.get(RepaymentPlan, plan_id)
    if plan is None:
        raise NotFound(msg("Piano di rientro non trovato."))
    return plan


def _operator_names(session: Session, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID | None, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {o.id: o.full_name for o in session.scalars(select(Operator).where(Operator.id.in_(wanted)))}
