"""The tenant manager's repayment plans (:func:`fill_plans`): households in arrears with a plan in every state
and aging bucket, with their payments and decisions.

Each step goes through the plans' use cases on its own past day, with the clock pinned to it
(:func:`on_day`, which the contributions use too).
"""

from __future__ import annotations

import itertools
import random
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from app import clock
from app.models.household import Household
from app.models.office import Office
from app.models.repayment_plan import RepaymentPlan
from app.services.dates import add_months
from app.services.plans.listing import PlanFilter, plan_list
from app.services.plans.plans import (
    OPEN_STATES,
    DebtItemForm,
    PaymentForm,
    PlanForm,
    PlanTerms,
    add_payment,
    change_state,
    create_plan,
    plan_detail,
    record_payment,
    renegotiate,
    reverse_payment,
    sign_plan,
)
from app.services.plans.rules import Installment, due_date_in_month
from app.services.settings import read_setting
from app.services.unit_of_work import COMMAND_LINE, Actor, Store, UnitOfWork
from app.vocabulary import AgingBucket, DebtKind, PaymentMethod, PlanState

PLAN_MIN_DEBT_CENTS = 50_000
"""Arrears below 500 EUR are paid off at once, without a plan."""
PLAN_SHARE = 0.4
"""Of the households owing at least :data:`PLAN_MIN_DEBT_CENTS`, the share that agreed a plan."""
MAX_PLANS = 600
"""Every step of a plan is its own transaction (see :func:`fill_plans`): enough to time the plans list."""
_DUE_DAYS = (1, 5, 5, 10, 10, 15, 20, 25, 27, 31)
_MONTHS = ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic")
_BUCKET_DAYS = {
    AgingBucket.DAYS_1_30: (8, 26),
    AgingBucket.DAYS_31_60: (36, 56),
    AgingBucket.DAYS_61_90: (65, 86),
    AgingBucket.OVER_90: (100, 180),
}
"""Days in arrears of the oldest unpaid installment, well inside each aging bucket."""
_SUSPENSION_REASONS = (
    "Morosità incolpevole: perdita del lavoro, in attesa della NASpI.",
    "Ricovero ospedaliero dell'intestatario: reddito sospeso.",
    "Cassa integrazione a zero ore del percettore di reddito.",
)
_RESUMPTION_REASONS = (
    "Ripresa del lavoro: il piano riparte e le rate arretrate sono saldate.",
    "Reddito ripristinato (NASpI accolta): il piano riprende.",
)
_RENEGOTIATION_REASONS = (
    "Rata non sostenibile con il reddito attuale: nuova rata ridotta.",
    "Riduzione dell'orario di lavoro: il nucleo chiede una rata più bassa.",
)
_LAPSE_REASONS = (
    "Due rate non pagate e nessuna risposta al sollecito: decadenza dal piano.",
    "Rate non pagate oltre la tolleranza; il nucleo non si è presentato al colloquio.",
)
_WITHDRAWAL_REASONS = (
    "Il nucleo non ha accettato la rata proposta: chiede prima il contributo di solidarietà.",
    "L'intestatario non si è presentato alla firma.",
)
_REVERSAL_REASON = "Addebito SDD respinto dalla banca per fondi insufficienti."


@contextmanager
def on_day(day: date) -> Iterator[None]:
    """The plan use cases read "today" from the clock, which demonstrations may pin (app/clock.py): a step
    taken on ``day`` is dated and checked against that day, and its rows are written as of then. The pin
    in force before (a test's, or none) is put back."""
    with clock.pinned(day):
        yield


@dataclass(frozen=True)
class _Debtor:
    """A household of the registry in arrears, as the plans section needs it."""

    id: uuid.UUID
    code: str
    office_code: str
    debt_cents: int
    """The arrears the plan is made from."""
    income_cents: int | None


@dataclass
class _PlanDesk:
    """The tenant manager at work: every step through the plans' use cases, on the day it was taken."""

    store: Store
    actor: Actor
    day: date
    grace_days: int
    statement_line: int
    plans: int = 0
    payments: int = 0
    latest_plan: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    """The newest plan of each household, whose situation gives the household's arrears."""

    @property
    def last_day(self) -> date:
        """The history ends yesterday: today is left to the operator."""
        return self.day - timedelta(days=1)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.store, self.actor)

    def create(self, on: date, form: PlanForm) -> uuid.UUID:
        with on_day(on):
            plan_id = create_plan(self.uow(), form)
        self.plans += 1
        self.latest_plan[form.household_id] = plan_id
        return plan_id

    def sign(self, on: date, plan_id: uuid.UUID) -> None:
        with on_day(on):
            sign_plan(self.uow(), plan_id, on)

    def decide(self, on: date, plan_id: uuid.UUID, to_state: PlanState, reason: str) -> None:
        with on_day(on):
            change_state(self.uow(), plan_id, to_state, on, reason)

    def renegotiate(self, on: date, debtor: _Debtor, plan_id: uuid.UUID, terms: PlanTerms, reason: str) -> uuid.UUID:
        with on_day(on):
            new_id = renegotiate(self.uow(), plan_id, terms, on, reason, debtor.office_code)
        self.plans += 1
        self.latest_plan[debtor.id] = new_id
        return new_id

    def schedule(self, plan_id: uuid.UUID) -> tuple[Installment, ...]:
        return plan_detail(UnitOfWork(self.store, self.actor, write=False), plan_id, self.day).schedule

    def pay(self, rng: random.Random, plan_id: uuid.UUID, payer: _Payer, paid_on: date, amount_cents: int) -> uuid.UUID:
        """At the desk, or read from the landlord's statement a few days later as the payments import does
        (:func:`add_payment` with ``imported``), with the statement's line number as reference."""
        if payer.method is PaymentMethod.STATEMENT:
            self.statement_line += rng.randint(1, 40)
            form = PaymentForm(paid_on, amount_cents, payer.method, f"EC-{paid_on.year}-{self.statement_line:06d}")
            with on_day(min(paid_on + timedelta(days=rng.randint(2, 8)), self.last_day)), self.uow() as uow:
                plan = uow.session.get(RepaymentPlan, plan_id)
                assert plan is not None
                payment_id = add_payment(uow.session, plan, form, uow.actor, imported=True).id
                uow.commit()
        else:
            form = PaymentForm(paid_on, amount_cents, payer.method, payer.reference(rng), payer.note)
            with on_day(paid_on):
                payment_id = record_payment(self.uow(), plan_id, form)
        self.payments += 1
        return payment_id

    def pay_all(self, rng: random.Random, plan_id: uuid.UUID, payer: _Payer, payments: Iterable[tuple[date, int]]) -> None:
        for paid_on, amount_cents in payments:
            self.pay(rng, plan_id, payer, paid_on, amount_cents)

    def reverse(self, on: date, payment_id: uuid.UUID, reason: str) -> None:
        with on_day(on):
            reverse_payment(self.uow(), payment_id, reason)

    def start(
        self, rng: random.Random, debtor: _Debtor, first_due: date, due_day: int, terms: _Terms, items: int
    ) -> tuple[uuid.UUID, tuple[Installment, ...], date]:
        """A plan agreed a few weeks before its first installment and signed some days later."""
        start = first_due - timedelta(days=rng.randint(0, 10))
        created = start - timedelta(days=rng.randint(8, 30))
        signed = min(created + timedelta(days=rng.randint(1, 8)), start)
        plan_id = self.create(created, _plan_form(rng, debtor, created, terms.at(start, due_day), items))
        self.sign(signed, plan_id)
        return plan_id, self.schedule(plan_id), signed


@dataclass(frozen=True)
class _Terms:
    """How a story wants the debt spread, before its start date is known."""

    count: int | None = None
    installment_cents: int | None = None

    def at(self, start: date, due_day: int) -> PlanTerms:
        return PlanTerms(start, due_day, installment_count=self.count, installment_cents=self.installment_cents)


def _spread(rng: random.Random, total_cents: int, count: int) -> _Terms:
    """Half the plans by number of installments, half by an installment amount in whole 5 EUR."""
    if rng.random() < 0.5:
        return _Terms(count=count)
    return _Terms(installment_cents=max(1_000, total_cents // count // 500 * 500))


@dataclass(frozen=True)
class _Payer:
    """How a household pays its installments."""

    method: PaymentMethod
    note: str = ""

    def reference(self, rng: random.Random) -> str:
        if self.method is PaymentMethod.PAGOPA:
            return f"IUV {rng.randrange(10**16, 10**17)}"
        if self.method is PaymentMethod.BANK_TRANSFER:
            return f"CRO {rng.randrange(10**10, 10**11)}"
        if self.method is PaymentMethod.DIRECT_DEBIT:
            return f"SDD {rng.randrange(10**11, 10**12)}"
        if self.method is PaymentMethod.POSTAL_SLIP:
            return f"VCY {rng.randrange(10**7, 10**8)}"
        return ""


_STATEMENT, _PAGOPA, _TRANSFER, _DIRECT_DEBIT, _POSTAL_SLIP, _CASH = (
    _Payer(PaymentMethod.STATEMENT),
    _Payer(PaymentMethod.PAGOPA),
    _Payer(PaymentMethod.BANK_TRANSFER),
    _Payer(PaymentMethod.DIRECT_DEBIT),
    _Payer(PaymentMethod.POSTAL_SLIP),
    _Payer(PaymentMethod.CASH, "Versato alla cassa dell'ente gestore, ricevuta mostrata allo sportello."),
)
_PAYERS = (_STATEMENT, _STATEMENT, _PAGOPA, _TRANSFER, _DIRECT_DEBIT, _POSTAL_SLIP, _CASH)
"""How the households of further plans pay: a third through the landlord's statement."""


def _months_text(first: date, last: date) -> str:
    """A period as the landlord's statements write it: "gen-giu 2026", "ott 2025-mar 2026", "mag 2026"."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{_MONTHS[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{_MONTHS[first.month - 1]}-{_MONTHS[last.month - 1]} {last.year}"
    return f"{_MONTHS[first.month - 1]} {first.year}-{_MONTHS[last.month - 1]} {last.year}"


def _debt_items(rng: random.Random, total_cents: int, created: date, items: int) -> tuple[DebtItemForm, ...]:
    """The rent of the months before the plan; then the service charges of those months, or last year's
    balance; and something else (legal costs, a repair charged to the tenant)."""
    last = add_months(created.replace(day=1), -1)
    first = add_months(last, -rng.randint(3, 11))
    months = _months_text(first, last)
    if items == 1:
        return (DebtItemForm(DebtKind.RENT, months, total_cents),)
    other = min(rng.randint(40, 180) * 100, total_cents // 10) if items == 3 else 0
    charges = total_cents * rng.randint(10, 30) // 100
    charges_period = months if rng.random() < 0.6 else f"conguaglio {created.year - 1}"
    found = [
        DebtItemForm(DebtKind.RENT, months, total_cents - charges - other),
        DebtItemForm(DebtKind.SERVICE_CHARGES, charges_period, charges),
    ]
    if other:
        found.append(DebtItemForm(DebtKind.OTHER, rng.choice(("spese legali", "riparazione a carico")) + f" {last.year}", other))
    return tuple(found)


def _plan_form(rng: random.Random, debtor: _Debtor, created: date, terms: PlanTerms, items: int, notes: str = "") -> PlanForm:
    return PlanForm(debtor.id, debtor.office_code, _debt_items(rng, debtor.debt_cents, created, items), terms, notes)


def _month_due(day: date, months: int, due_day: int) -> date:
    """The due date ``months`` after the month of ``day`` (before it when negative)."""
    shifted = add_months(day.replace(day=1), months)
    return due_date_in_month(shifted.year, shifted.month, due_day)


def _installment_payments(
    rng: random.Random,
    schedule: Sequence[Installment],
    last_number: int,
    earliest: date,
    latest: date,
    *,
    split: int | None = None,
    lump: int | None = None,
) -> list[tuple[date, int]]:
    """Payments settling installments 1 to ``last_number`` around their due dates, between ``earliest``
    and ``latest``: installment ``split`` in two parts, and at ``lump`` one payment for two installments
    and a half (an overpayment the next installments take), the rest of the third paid when it falls due."""

    def near(due: date, low: int, high: int) -> date:
        return max(earliest, min(due + timedelta(days=rng.randint(low, high)), latest))

    payments = []
    number = 1
    while number <= last_number:
        installment = schedule[number - 1]
        if number == split:
            part = installment.amount_cents * rng.randint(35, 65) // 100
            payments.append((near(installment.due_date, -4, 0), part))
            payments.append((near(installment.due_date, 5, 9), installment.amount_cents - part))
        elif number == lump and number + 2 <= last_number:
            second, third = schedule[number], schedule[number + 1]
            half = third.amount_cents // 2
            payments.append((near(installment.due_date, -5, 2), installment.amount_cents + second.amount_cents + half))
            payments.append((near(third.due_date, -4, 3), third.amount_cents - half))
            number += 3
            continue
        else:
            payments.append((near(installment.due_date, -6, 4), installment.amount_cents))
        number += 1
    return payments


def _due_by(schedule: Sequence[Installment], day: date) -> int:
    return sum(1 for installment in schedule if installment.due_date <= day)


def _story_draft(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int) -> None:
    """Agreed days ago, not signed yet; when the household has an income, the installment is above an
    eighth of it, which is why the tenant manager is still talking it over."""
    created = desk.last_day - timedelta(days=rng.randint(0, 9))
    start = desk.day + timedelta(days=rng.randint(5, 25))
    if debtor.income_cents is not None:
        terms = _Terms(installment_cents=(debtor.income_cents // 8 * 5 // 4 + 499) // 500 * 500)
        notes = "La rata supera 1/8 del reddito: il nucleo valuta con il CAF prima di firmare."
    else:
        terms = _spread(rng, debtor.debt_cents, rng.randint(12, 30))
        notes = "In attesa della firma dell'intestatario."
    desk.create(created, _plan_form(rng, debtor, created, terms.at(start, rng.choice(_DUE_DAYS)), items, notes))


def _story_withdrawn(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int) -> None:
    """A draft the household did not sign: withdrawn, kept, and its arrears left as the registry has them."""
    created = desk.last_day - timedelta(days=rng.randint(20, 90))
    start = created + timedelta(days=rng.randint(10, 25))
    terms = _spread(rng, debtor.debt_cents, rng.randint(10, 24)).at(start, rng.choice(_DUE_DAYS))
    plan_id = desk.create(created, _plan_form(rng, debtor, created, terms, items))
    withdrawn_on = min(created + timedelta(days=rng.randint(5, 15)), desk.last_day)
    desk.decide(withdrawn_on, plan_id, PlanState.WITHDRAWN, rng.choice(_WITHDRAWAL_REASONS))


def _story_current(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer) -> None:
    """Running for some months, every installment paid: one in two parts, or two and a half at once."""
    months = rng.randint(5, 10)
    due_day = rng.choice(_DUE_DAYS)
    first_due = _month_due(desk.last_day, -months, due_day)
    terms = _spread(rng, debtor.debt_cents, months + rng.randint(8, 24))
    plan_id, schedule, signed = desk.start(rng, debtor, first_due, due_day, terms, items)
    paid = _due_by(schedule, desk.last_day)
    quirk = rng.randint(1, max(1, paid - 2))
    split, lump = (quirk, None) if rng.random() < 0.5 else (None, quirk)
    desk.pay_all(rng, plan_id, payer, _installment_payments(rng, schedule, paid, signed, desk.last_day, split=split, lump=lump))


def _story_late(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer, bucket: AgingBucket) -> None:
    """Paid regularly, then one installment not (or only in part, or paid by a direct debit that the bank
    sent back), so that on today the plan is in ``bucket``: the days in arrears are chosen first."""
    days_in_arrears = rng.randint(*_BUCKET_DAYS[bucket])
    unpaid_due = desk.day - timedelta(days=desk.grace_days + days_in_arrears)
    unpaid = rng.randint(3, 8)
    first_due = _month_due(unpaid_due, 1 - unpaid, unpaid_due.day)
    terms = _spread(rng, debtor.debt_cents, unpaid + rng.randint(6, 24))
    plan_id, schedule, signed = desk.start(rng, debtor, first_due, unpaid_due.day, terms, items)
    desk.pay_all(rng, plan_id, payer, _installment_payments(rng, schedule, unpaid - 1, signed, unpaid_due))
    missed = schedule[unpaid - 1]
    if payer.method is PaymentMethod.DIRECT_DEBIT:
        bounced = desk.pay(rng, plan_id, payer, missed.due_date, missed.amount_cents)
        desk.reverse(min(missed.due_date + timedelta(days=rng.randint(3, 8)), desk.last_day), bounced, _REVERSAL_REASON)
    elif rng.random() < 0.5:
        part = missed.amount_cents * rng.randint(30, 70) // 100
        desk.pay(rng, plan_id, payer, missed.due_date + timedelta(days=rng.randint(0, 3)), part)


def _story_suspended(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer) -> None:
    """Paid until the household lost its income; suspended since then (the days do not count as arrears)."""
    months = rng.randint(6, 11)
    due_day = rng.choice(_DUE_DAYS)
    first_due = _month_due(desk.last_day, -months, due_day)
    terms = _spread(rng, debtor.debt_cents, months + rng.randint(12, 30))
    plan_id, schedule, signed = desk.start(rng, debtor, first_due, due_day, terms, items)
    suspended_on = desk.day - timedelta(days=rng.randint(20, 75))
    paid = _due_by(schedule, suspended_on - timedelta(days=1))
    desk.pay_all(rng, plan_id, payer, _installment_payments(rng, schedule, paid, signed, suspended_on - timedelta(days=1)))
    desk.decide(suspended_on, plan_id, PlanState.SUSPENDED, rng.choice(_SUSPENSION_REASONS))


def _story_resumed(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer) -> None:
    """Suspended for a couple of months and running again: on the day it resumed the household paid the
    installments that fell due meanwhile, and it is up to date."""
    months = rng.randint(9, 13)
    due_day = rng.choice(_DUE_DAYS)
    first_due = _month_due(desk.last_day, -months, due_day)
    terms = _spread(rng, debtor.debt_cents, months + rng.randint(10, 24))
    plan_id, schedule, signed = desk.start(rng, debtor, first_due, due_day, terms, items)
    before = rng.randint(3, 5)
    suspended_on = schedule[before].due_date - timedelta(days=rng.randint(2, 8))
    desk.pay_all(rng, plan_id, payer, _installment_payments(rng, schedule, before, signed, suspended_on - timedelta(days=1)))
    desk.decide(suspended_on, plan_id, PlanState.SUSPENDED, rng.choice(_SUSPENSION_REASONS))
    resumed_on = schedule[before + 2].due_date + timedelta(days=rng.randint(3, 9))
    desk.decide(resumed_on, plan_id, PlanState.ACTIVE, rng.choice(_RESUMPTION_REASONS))
    caught_up = _due_by(schedule, resumed_on)
    desk.pay(rng, plan_id, payer, resumed_on, sum(i.amount_cents for i in schedule[before:caught_up]))
    rest = _installment_payments(rng, schedule, _due_by(schedule, desk.last_day), resumed_on, desk.last_day)
    desk.pay_all(rng, plan_id, payer, rest[caught_up:])


def _story_completed(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer) -> None:
    """A short plan, all paid; the tenant manager closed it a few days after the last payment."""
    count = rng.randint(4, 10)
    due_day = rng.choice(_DUE_DAYS)
    last_due = _month_due(desk.last_day - timedelta(days=rng.randint(50, 150)), 0, due_day)
    first_due = _month_due(last_due, 1 - count, due_day)
    plan_id, schedule, signed = desk.start(rng, debtor, first_due, due_day, _Terms(count=count), items)
    latest = desk.last_day - timedelta(days=1)
    payments = _installment_payments(rng, schedule, len(schedule), signed, latest, lump=rng.choice((None, 1, 2)))
    desk.pay_all(rng, plan_id, payer, payments)
    closed_on = min(payments[-1][0] + timedelta(days=rng.randint(2, 20)), desk.last_day)
    desk.decide(closed_on, plan_id, PlanState.COMPLETED, "Piano saldato: tutte le rate pagate.")


def _story_lapsed(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer) -> None:
    """Two installments missed after a few paid: the tenant manager confirmed the proposed lapse."""
    months = rng.randint(8, 14)
    due_day = rng.choice(_DUE_DAYS)
    first_due = _month_due(desk.last_day, -months, due_day)
    terms = _spread(rng, debtor.debt_cents, months + rng.randint(6, 24))
    plan_id, schedule, signed = desk.start(rng, debtor, first_due, due_day, terms, items)
    paid = rng.randint(2, months - 4)
    desk.pay_all(rng, plan_id, payer, _installment_payments(rng, schedule, paid, signed, schedule[paid].due_date))
    lapsed_on = min(schedule[paid + 1].due_date + timedelta(days=desk.grace_days + rng.randint(5, 25)), desk.last_day)
    desk.decide(lapsed_on, plan_id, PlanState.LAPSED, rng.choice(_LAPSE_REASONS))


def _story_renegotiated(desk: _PlanDesk, rng: random.Random, debtor: _Debtor, items: int, payer: _Payer) -> None:
    """An installment too high for the household's income (above an eighth of it, when known) paid for a
    few months, then in part; the plan was renegotiated to a lower installment, signed and kept since."""
    months = rng.randint(12, 18)
    due_day = rng.choice(_DUE_DAYS)
    first_due = _month_due(desk.last_day, -months, due_day)
    income = debtor.income_cents
    high = (income // 8 * 3 // 2 + 499) // 500 * 500 if income is not None else 0
    old_terms = _Terms(installment_cents=high) if 0 < high * 10 <= debtor.debt_cents else _Terms(count=rng.randint(10, 14))
    old_id, old_schedule, signed = desk.start(rng, debtor, first_due, due_day, old_terms, items)
    paid = rng.randint(3, 6)
    desk.pay_all(rng, old_id, payer, _installment_payments(rng, old_schedule, paid, signed, old_schedule[paid].due_date))
    struggling = old_schedule[paid]
    desk.pay(rng, old_id, payer, struggling.due_date + timedelta(days=rng.randint(5, 12)), struggling.amount_cents // 2)
    renegotiated_on = struggling.due_date + timedelta(days=desk.grace_days + rng.randint(10, 25))
    owed = debtor.debt_cents - sum(i.amount_cents for i in old_schedule[:paid]) - struggling.amount_cents // 2
    months_since = (desk.day.year - renegotiated_on.year) * 12 + desk.day.month - renegotiated_on.month
    lower = min(old_schedule[0].amount_cents * rng.randint(50, 70) // 100, owed // (months_since + rng.randint(6, 18)))
    if income is not None:
        lower = min(lower, income // 8)
    lower = max(lower, owed // 60, 1_000) // 500 * 500
    new_due_day = rng.choice(_DUE_DAYS)
    terms = PlanTerms(renegotiated_on + timedelta(days=rng.randint(5, 20)), new_due_day, installment_cents=lower)
    new_id = desk.renegotiate(renegotiated_on, debtor, old_id, terms, rng.choice(_RENEGOTIATION_REASONS))
    signed_again = min(renegotiated_on + timedelta(days=rng.randint(1, 6)), terms.start_date)
    desk.sign(signed_again, new_id)
    schedule = desk.schedule(new_id)
    due = _due_by(schedule, desk.last_day)
    desk.pay_all(rng, new_id, payer, _installment_payments(rng, schedule, due, signed_again, desk.last_day))


_Story = Callable[[_PlanDesk, random.Random, _Debtor, int], None]


def _late(payer: _Payer, bucket: AgingBucket) -> _Story:
    return lambda desk, rng, debtor, items: _story_late(desk, rng, debtor, items, payer, bucket)


def _paying(story: Callable[[_PlanDesk, random.Random, _Debtor, int, _Payer], None], payer: _Payer) -> _Story:
    return lambda desk, rng, debtor, items: story(desk, rng, debtor, items, payer)


_SHOWCASE: tuple[tuple[_Story, bool], ...] = (
    (_paying(_story_current, _STATEMENT), False),
    (_late(_DIRECT_DEBIT, AgingBucket.DAYS_1_30), False),
    (_paying(_story_renegotiated, _PAGOPA), True),
    (_story_draft, True),
    (_late(_TRANSFER, AgingBucket.OVER_90), False),
    (_paying(_story_completed, _STATEMENT), False),
    (_paying(_story_suspended, _TRANSFER), False),
    (_paying(_story_lapsed, _POSTAL_SLIP), False),
    (_late(_STATEMENT, AgingBucket.DAYS_31_60), False),
    (_late(_PAGOPA, AgingBucket.DAYS_61_90), False),
    (_paying(_story_resumed, _DIRECT_DEBIT), False),
    (_paying(_story_current, _PAGOPA), False),
    (_story_withdrawn, False),
)
"""One plan of every kind the tenant manager meets, in the order a small demo gets them; whether the
story wants a household with a known income (for the 1/8 warning)."""


def _any_story(rng: random.Random) -> _Story:
    """A further plan: mostly running and paid, some late, a few closed, suspended or still drafts."""
    payer = rng.choice(_PAYERS)
    kind = rng.choices(
        ("current", "late", "completed", "lapsed", "suspended", "renegotiated", "draft", "withdrawn"), (40, 25, 12, 8, 5, 5, 4, 1)
    )[0]
    if kind == "late":
        return _late(payer, rng.choice(list(_BUCKET_DAYS)))
    if kind in ("draft", "withdrawn"):
        return _story_draft if kind == "draft" else _story_withdrawn
    stories = {
        "current": _story_current,
        "completed": _story_completed,
        "lapsed": _story_lapsed,
        "suspended": _story_suspended,
        "renegotiated": _story_renegotiated,
    }
    return _paying(stories[kind], payer)


@dataclass(frozen=True)
class _PlansMade:
    plans: int
    payments: int


def _read_debtors(store: Store) -> list[_Debtor]:
    with UnitOfWork(store, COMMAND_LINE, write=False) as uow:
        rows = uow.session.execute(
            select(Household.id, Household.code, Office.code, Household.arrears_cents, Household.monthly_income_cents)
            .join(Office, Household.office_id == Office.id)
            .where(Household.arrears_cents >= PLAN_MIN_DEBT_CENTS, Office.active.is_(True))
            .order_by(Household.code)
        ).all()
    return [_Debtor(*row) for row in rows]


def fill_plans(store: Store, actor: Actor, rng: random.Random, day: date) -> _PlansMade:
    """Repayment plans of households in arrears, in every state, spread over the desks, with their payments
    and decisions; then each household's arrears as the landlord's last statement gives them.

    Through the use cases, so that every rule of the plans holds: each step is its own transaction, taken on
    its own day by the tenant manager (:func:`on_day`). So unlike the sections above they are written
    after the demo's unit of work, not in it. What a step needs in the past the use cases accept; what
    would be in the future (a signature, a payment, a decision) is never asked of them."""
    debtors = _read_debtors(store)
    if not debtors:
        return _PlansMade(0, 0)
    with UnitOfWork(store, actor, write=False) as uow:
        grace_days = read_setting(uow.session, "plan_grace_days")
    desk = _PlanDesk(store, actor, day, grace_days, statement_line=rng.randint(100, 900))
    pools: dict[str, list[_Debtor]] = {}
    for debtor in debtors:
        pools.setdefault(debtor.office_code, []).append(debtor)
    for pool in pools.values():
        rng.shuffle(pool)
    codes = sorted(pools)
    wanted = min(len(debtors), MAX_PLANS, max(len(_SHOWCASE), round(PLAN_SHARE * len(debtors))))
    for number in range(wanted):
        story, wants_income = _SHOWCASE[number] if number < len(_SHOWCASE) else (_any_story(rng), False)
        pool = next(pools[code] for code in itertools.islice(itertools.cycle(codes), number, number + len(codes)) if pools[code])
        debtor = next((d for d in pool if d.income_cents is not None), pool[0]) if wants_income else pool[0]
        pool.remove(debtor)
        items = number % 3 + 1 if number < len(_SHOWCASE) else rng.choice((1, 2, 2, 3))
        story(desk, rng, debtor, items)
    _update_arrears(desk)
    return _PlansMade(desk.plans, desk.payments)


def _update_arrears(desk: _PlanDesk) -> None:
    """A completed or lapsed plan set its household's arrears when it was closed (see :func:`change_state`)
    and a withdrawn draft left them as they were; for a running plan or a draft they are what the plan still
    owes on the landlord's last statement, at the end of last month."""
    statement_day = min(desk.day.replace(day=1) - timedelta(days=1), desk.last_day)
    running = plan_list(
        UnitOfWork(desk.store, desk.actor, write=False),
        PlanFilter(states=frozenset((PlanState.DRAFT, *OPEN_STATES))),
        on=statement_day,
    )
    owed = {
        row.household_id: row.situation.outstanding_cents
        for row in running.rows
        if desk.latest_plan.get(row.household_id) == row.plan_id
    }
    with on_day(desk.last_day), desk.uow() as uow:
        for household in uow.session.scalars(select(Household).where(Household.id.in_(list(owed)))):
            household.arrears_cents = owed[household.id]
            household.arrears_as_of = statement_day
        uow.commit()
