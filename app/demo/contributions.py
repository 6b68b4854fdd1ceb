"""Contributions (:func:`fill_contributions`): the heating contribution of action L.1 in its programme years,
with applications in every state at the three desks, grants, payments with their numbered receipts, and the
tenants informed from the outreach lists.

Like the plans, through the services, each step on its own past day.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from app.demo.accounts import DEMO_ACCOUNTS, actor_of
from app.demo.heating_season import application_season, heating_terms
from app.demo.plans import on_day
from app.models.contribution import Contribution
from app.models.household import Household
from app.models.office import Office
from app.services.contributions.applications import (
    ApplicationForm,
    assess_application,
    cancel_application,
    create_application,
    grant_contribution,
    household_facts,
    pay_contribution,
    record_protocol,
    stored_checks,
)
from app.services.contributions.eligibility import eligibility_checks, overall_outcome
from app.services.contributions.outreach import outreach_list, record_informed
from app.services.contributions.programmes import (
    HEATING,
    SOLIDARITY,
    TermsView,
    programme_row,
    save_terms,
    terms_row_on,
)
from app.services.contributions.receipts import cancel_receipt, record_receipt_printed
from app.services.errors import ServiceError, ValidationFailed
from app.services.unit_of_work import COMMAND_LINE, Actor, Store, UnitOfWork
from app.vocabulary import ContributionState, InformedWay, Outcome, ReceiptMethod

MAX_HEATING_STORIES_PER_DESK = 12
"""Per programme year and desk: enough to show every state, few enough to leave most of the budget."""
_HEATING_COSTS = (38_000, 98_000)
"""The season's documented heating charges on the SAP bill, in cents."""
_BILL_MONTHS = ("ottobre-dicembre", "gennaio-marzo", "novembre-febbraio")
_UNDECIDED_NOTES = {
    True: (
        "Morosità non comunicata dall'ente gestore: l'inquilino presenta le ricevute dell'affitto pagato, ammessa.",
        "L'ente gestore conferma per telefono che il nucleo è in regola con l'affitto: ammessa.",
        "ISEE presentato allo sportello dopo la domanda, nel range: ammessa.",
    ),
    False: (
        "L'ente gestore segnala una morosità non coperta da un piano di rientro: respinta.",
        "L'inquilino non ha presentato l'ISEE entro il termine richiesto: respinta.",
    ),
}
_DRAFT_CANCEL_REASONS = (
    "L'inquilino ritira la domanda: ha già ricevuto un aiuto per le bollette dai servizi sociali.",
    "Domanda presentata due volte per errore: si tiene l'altra.",
)
_GRANT_CANCEL_REASONS = (
    "Il nucleo ha lasciato l'alloggio prima del pagamento.",
    "Bolletta presentata di un'altra stagione: la concessione è annullata.",
)
_RECEIPT_CANCEL_REASONS = ("Pagamento registrato per errore: l'inquilino aveva già ricevuto il contributo dai servizi sociali.",)
_PAYMENT_METHODS = (
    ReceiptMethod.SAP_ACCOUNT,
    ReceiptMethod.SAP_ACCOUNT,
    ReceiptMethod.CASH,
    ReceiptMethod.BANK_TRANSFER,
    ReceiptMethod.CHEQUE,
)
_PAYING_OPERATORS = {"CEL": "demo.educatrice", "COL": "demo.mediatore"}
"""Who pays at each desk; elsewhere the tenant manager."""
_OUTREACH_NOTES = (
    "Consegnato il volantino con i requisiti e i documenti da portare.",
    "Spiegato il contributo; l'inquilino porterà l'ISEE aggiornato.",
    "",
    "Lasciato un avviso nella cassetta della posta.",
)
_TERMS_ACT = "Determinazione dirigenziale n. 2187 del 24/09/2025 (esempio)"
_TERMS_CUP = "H14E25000000000"


@dataclass(frozen=True)
class _Applicant:
    id: uuid.UUID
    code: str
    office_code: str
    outcome: Outcome
    """Of the checks on the first day of the season, before applying."""


@dataclass
class _ContributionsMade:
    applications: int = 0
    grants: int = 0
    receipts: int = 0
    contacts: int = 0


@dataclass
class _HeatingDesk:
    """The desks at work on L.1: each step through the contribution services, on its own day, by whom the
    rules want (the tenant manager; the coordinator for what only a coordinator decides; the desk's
    operator for a payment)."""

    store: Store
    manager: Actor
    coordinator: Actor
    payers: dict[str, Actor]
    day: date
    made: _ContributionsMade = field(default_factory=_ContributionsMade)
    receipt_cancelled: bool = False
    grant_cancelled: set[int] = field(default_factory=set)
    draft_cancelled: set[int] = field(default_factory=set)

    @property
    def last_day(self) -> date:
        return self.day - timedelta(days=1)

    def uow(self, actor: Actor | None = None) -> UnitOfWork:
        return UnitOfWork(self.store, actor or self.manager)


_Step = tuple[date, Callable[[], bool]]
"""A step of an application's story on its day; it returns whether the story goes on."""


def _weekday(day: date) -> date:
    """The desks take applications on working days: a Saturday or Sunday moves to the Monday."""
    return day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def _heating_story(
    desk: _HeatingDesk, rng: random.Random, applicant: _Applicant, year: int, kind: str, number: int
) -> list[_Step]:
    """The steps of one application; ``kind`` is how far it goes: draft, withdrawn, assessed (eligible,
    rejected or decided by the coordinator), granted, granted then cancelled, paid, paid then its
    receipt cancelled."""
    first, last = application_season(year)
    last = min(last, desk.last_day)
    span = (last - first).days
    early = kind in ("paid", "receipt_cancelled", "grant_cancelled", "granted")
    applied = _weekday(first + timedelta(days=rng.randint(0, max(0, span // 2 if early else span))))
    state: dict[str, Any] = {}
    steps: list[_Step] = []

    def create() -> bool:
        with_protocol = kind != "draft" and rng.random() < 0.7
        form = ApplicationForm(
            household_id=applicant.id,
            programme_code=HEATING,
            applied_on=applied.isoformat(),
            programme_year=str(year),
            protocol_number=_protocol_number(rng, year) if with_protocol else "",
            protocol_date=applied.isoformat() if with_protocol else "",
        )
        try:
            state["id"] = create_application(desk.uow(), form)
        except ServiceError:
            return False
        state["protocol"] = with_protocol
        desk.made.applications += 1
        return True

    steps.append((applied, create))
    if kind == "draft":
        return steps
    if kind == "withdrawn":
        steps.append((applied + timedelta(days=rng.randint(1, 12)), lambda: _cancel(desk, state, rng.choice(_DRAFT_CANCEL_REASONS), desk.manager)))
        return steps
    protocol_day = applied + timedelta(days=rng.randint(1, 6))

    def protocol() -> bool:
        if not state.get("protocol") and rng.random() < 0.75:
            record_protocol(desk.uow(), state["id"], _protocol_number(rng, year), protocol_day.isoformat())
        return True

    steps.append((protocol_day, protocol))
    assessed = protocol_day + timedelta(days=rng.randint(1, 6))

    def assess() -> bool:
        with desk.uow() as uow:
            contribution = uow.session.get(Contribution, state["id"])
            assert contribution is not None
            outcome = overall_outcome(stored_checks(contribution))
        if outcome is Outcome.UNDECIDED:
            admit = number % 2 == 0
            result = assess_application(desk.uow(desk.coordinator), state["id"], admit=admit, note=rng.choice(_UNDECIDED_NOTES[admit]))
        else:
            result = assess_application(desk.uow(), state["id"])
        return result is ContributionState.ELIGIBLE

    steps.append((assessed, assess))
    if kind == "assessed":
        return steps
    granted = assessed + timedelta(days=rng.randint(2, 10))

    def grant() -> bool:
        cost = rng.randint(*_HEATING_COSTS)
        if rng.random() < 0.15:
            cost = 52_465  # the average of 2025's grants, below the cap
        bill = f"bolletta SAP n. {rng.randint(100, 999)}/{year}, quota riscaldamento {rng.choice(_BILL_MONTHS)}"
        try:
            grant_contribution(desk.uow(), state["id"], f"{cost / 100:.2f}".replace(".", ","), bill, granted_on=granted.isoformat())
        except ValidationFailed:
            return False  # the budget or the household's cap is used up: the application stays eligible
        desk.made.grants += 1
        return True

    steps.append((granted, grant))
    if kind == "granted":
        return steps
    if kind == "grant_cancelled":
        steps.append((granted + timedelta(days=rng.randint(3, 15)), lambda: _cancel(desk, state, rng.choice(_GRANT_CANCEL_REASONS), desk.coordinator)))
        return steps
    paid = _weekday(granted + timedelta(days=rng.randint(2, 10)))
    method = _PAYMENT_METHODS[number % len(_PAYMENT_METHODS)]
    payer = desk.payers.get(applicant.office_code, desk.manager)

    def pay() -> bool:
        iban = _demo_iban(rng) if method is ReceiptMethod.BANK_TRANSFER else ""
        state["receipt"] = pay_contribution(desk.uow(payer), state["id"], paid.isoformat(), method, iban)
        desk.made.receipts += 1
        record_receipt_printed(desk.uow(payer), state["receipt"])
        return True

    steps.append((paid, pay))
    if number % 4 == 1:  # the tenant lost the receipt, or the landlord asked for a copy: a DUPLICATO

        def reprint() -> bool:
            record_receipt_printed(desk.uow(payer), state["receipt"])
            return True

        steps.append((paid + timedelta(days=rng.randint(5, 30)), reprint))
    if kind == "receipt_cancelled":

        def cancel() -> bool:
            with_reason = rng.choice(_RECEIPT_CANCEL_REASONS)
            cancel_receipt(desk.uow(desk.coordinator), state["receipt"], with_reason)
            return True

        steps.append((paid + timedelta(days=rng.randint(3, 12)), cancel))
    return steps


def _cancel(desk: _HeatingDesk, state: dict[str, Any], reason: str, actor: Actor) -> bool:
    cancel_application(desk.uow(actor), state["id"], reason)
    return True


def _protocol_number(rng: random.Random, year: int) -> str:
    """The Comune's general register: ``P.G. U0123456/2026``."""
    return f"P.G. E{rng.randint(100_000, 999_999):07d}/{year}"


def _demo_iban(rng: random.Random) -> str:
    """An Italian IBAN with correct check digits on a bank code reserved for examples (no real account)."""
    from stdnum import iban as stdnum_iban

    bban = f"{rng.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ')}0000011111{rng.randint(0, 10**12 - 1):012d}"
    return f"IT{stdnum_iban.calc_check_digits(f'IT00{bban}')}{bban}"


def _read_applicants(store: Store, terms: TermsView, year: int, on: date, rng: random.Random) -> list[_Applicant]:
    """The households of the active desks with their outcome on ``on``, in random order."""
    with UnitOfWork(store, COMMAND_LINE, write=False) as uow:
        session = uow.session
        programme = programme_row(session, HEATING)
        terms_row = terms_row_on(session, programme, on)
        rows = session.execute(
            select(Household, Office.code)
            .join(Office, Household.office_id == Office.id)
            .where(Office.active.is_(True))
            .order_by(Household.code)
        ).all()
        rng.shuffle(rows)
        applicants = []
        for household, office_code in rows[:MAX_SCREENED]:
            facts = household_facts(session, programme, terms_row, household, on, year, excluding=None)
            outcome = overall_outcome(eligibility_checks(facts, terms.rules, on, year))
            applicants.append(_Applicant(household.id, household.code, office_code, outcome))
    return applicants


MAX_SCREENED = 1_500
"""Households screened for the applicants of a year: with a large demo the stories need no more."""

_KINDS_BY_OUTCOME = {
    Outcome.PASSED: ("paid", "paid", "paid", "granted", "assessed", "paid", "granted"),
    Outcome.FAILED: ("assessed",),
    Outcome.UNDECIDED: ("paid", "assessed"),
}
"""What becomes of the applications of each desk in a programme year, by what the checks say."""
_CANCELLED_STORIES = {"CEL": ("withdrawn", "receipt_cancelled"), "COL": ("grant_cancelled",), "LAZ": ("withdrawn",)}
"""Cancelled applications, by desk (the cancelled receipt only in the first programme year)."""


def fill_contributions(store: Store, manager: Actor, rng: random.Random, day: date) -> _ContributionsMade:
    """L.1 applications in every state over the three desks and the programme years whose applications
    opened before today, with grants, payments and their receipts (some reprinted as DUPLICATO, one
    cancelled), then a few tenants informed from the outreach lists of both programmes.

    Through the services, like the plans (:func:`app.demo.plans.fill_plans`): every step its own transaction
    on its own day. The steps of a year run in date order, so the receipts are numbered in the order they
    were paid; a step the rules refuse (the budget or a household's cap used up) ends that application's
    story."""
    with UnitOfWork(store, COMMAND_LINE, write=False) as uow:
        terms = heating_terms(uow.session, day)
    coordinator = actor_of(store, DEMO_ACCOUNTS[0].username)
    payers = {office_code: actor_of(store, username) for office_code, username in _PAYING_OPERATORS.items()}
    desk = _HeatingDesk(store, manager, coordinator, payers, day)
    if terms is None:
        return desk.made
    years = [year for year in terms.years if application_season(year)[0] < desk.last_day]
    if years:
        _fill_terms(store, coordinator, terms, min(application_season(years[0])[0] - timedelta(days=7), desk.last_day))
    latest = max(years, default=None)
    for year in years:
        applicants = _read_applicants(store, terms, year, application_season(year)[0], rng)
        stories: list[list[_Step]] = []
        by_desk: dict[str, dict[Outcome, list[_Applicant]]] = {}
        for applicant in applicants:
            by_desk.setdefault(applicant.office_code, {}).setdefault(applicant.outcome, []).append(applicant)
        number = 0
        for office_code in sorted(by_desk):
            pools = by_desk[office_code]
            passed = pools.get(Outcome.PASSED, [])
            kinds = list(_KINDS_BY_OUTCOME[Outcome.PASSED])
            specials = [*_CANCELLED_STORIES.get(office_code, ()), *(("draft",) if year == latest else ())]
            if year != years[0]:
                specials = [kind for kind in specials if kind != "receipt_cancelled"]
            kinds[1:1] = specials  # early, so a desk with few applicants still shows them
            kinds = kinds[:MAX_HEATING_STORIES_PER_DESK]
            keep = max(2, len(passed) // 3)  # some who look eligible do not apply: the outreach list shows them
            for kind, applicant in zip(kinds, passed[: max(0, len(passed) - keep)]):
                stories.append(_heating_story(desk, rng, applicant, year, kind, number))
                number += 1
            for outcome in (Outcome.FAILED, Outcome.UNDECIDED):
                for kind, applicant in zip(_KINDS_BY_OUTCOME[outcome], pools.get(outcome, [])):
                    stories.append(_heating_story(desk, rng, applicant, year, kind, number))
                    number += 1
        _run_stories(desk, stories)
    _fill_outreach(desk, rng)
    return desk.made


def _run_stories(desk: _HeatingDesk, stories: list[list[_Step]]) -> None:
    """Every story's steps in date order, each with the clock pinned to its day; a story whose step says
    stop (or falls after yesterday) goes no further."""
    order = itertools.count()
    queue = sorted(
        ((on, next(order), index, step) for index, steps in enumerate(stories) for on, step in steps),
        key=lambda item: (item[0], item[1]),
    )
    stopped: set[int] = set()
    for on, _, index, step in queue:
        if index in stopped:
            continue
        if on > desk.last_day:
            stopped.add(index)
            continue
        with on_day(on):
            if not step():
                stopped.add(index)


def _fill_terms(store: Store, coordinator: Actor, terms: TermsView, on: date) -> None:
    """The coordinator completes the programme's terms with the act and the CUP the receipts print, on the
    same date they were in force from (no application used them yet)."""
    if terms.used or terms.act_reference:
        return
    form = dataclasses.replace(terms.form(), act_reference=_TERMS_ACT, cup=_TERMS_CUP)
    with on_day(max(on, terms.effective_from)):
        save_terms(UnitOfWork(store, coordinator), HEATING, form)


def _fill_outreach(desk: _HeatingDesk, rng: random.Random) -> None:
    """For each programme, a few of the households its outreach list shows were informed in the last
    weeks; the others are left for the desk to inform."""
    for code in (HEATING, SOLIDARITY):
        with on_day(desk.last_day):
            try:
                rows = outreach_list(UnitOfWork(desk.store, desk.manager, write=False), code, desk.last_day)
            except ServiceError:
                continue
        chosen = rng.sample(rows, min(len(rows) // 3, 5))
        for row in chosen:
            informed_on = _weekday(desk.last_day - timedelta(days=rng.randint(3, 40)))
            if informed_on > desk.last_day:
                informed_on -= timedelta(days=3)
            with on_day(informed_on):
                record_informed(
                    desk.uow(),
                    code,
                    row.household_id,
                    informed_on.isoformat(),
                    rng.choice(list(InformedWay)),
                    rng.choice(_OUTREACH_NOTES),
                )
            desk.made.contacts += 1
