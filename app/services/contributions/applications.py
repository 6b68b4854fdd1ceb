"""Applications (domande) for a contribution programme, from the checklist to the payment (DESIGN 2.3).

The flow is draft -> eligible or rejected -> granted -> paid, and cancelled (with a reason) from any
state but rejected. Each step records its date and operator's name on the application.

* A **draft** stores the checklist computed on the application date from the registry, the ISEE
  attestations and the plans; while it is a draft it can be checked again (the tenant brought a new
  ISEE). Its snapshot is what every later step reads: later changes of the registry do not rewrite it.
* **Assessing** it makes it eligible when every rule passed and rejected when one failed; when a rule is
  undecided (missing data) only a coordinator decides, with a note.
* **Granting** (tenant manager or coordinator) sets the amount: the documented heating cost of the
  season, limited by what is left of the household's cap and of the budget; more than either is refused
  with the figures.
* **Paying** (any operator, at the desk) records the date and method and issues the numbered receipt in
  the same transaction (app/services/contributions/receipts.py).
* **Cancelling** a draft or an eligible application is any operator's; cancelling a granted or paid one is a
  coordinator's, and a paid one's receipt is cancelled with it. A cancelled grant returns its amount to the
  budget.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import today
from app.messages import Message, msg
from app.models.contribution import Contribution, ContributionProgramme, ProgrammeTerms, Receipt
from app.models.household import Household, IseeAttestation
from app.models.office import Office
from app.models.person import Person
from app.services.contributions.eligibility import (
    HouseholdFacts,
    IseeFact,
    RuleCheck,
    eligibility_checks,
    overall_outcome,
)
from app.services.contributions.programmes import (
    OPEN_STATES,
    SPENDING_STATES,
    budget_counter_in,
    mark_cancelled,
    programme_row,
    terms_row_on,
    terms_view,
)
from app.services.contributions.receipts import CANCELLED_WITH_RECEIPT, cancel_live_receipt, issue_receipt
from app.services.contributions.views import ApplicationView
from app.services.dates import DateError, format_date, parse_date
from app.services.errors import NotFound, PermissionDenied, ValidationFailed
from app.services.money import AmountError, format_amount, parse_amount
from app.services.permissions import require_coordinator
from app.services.plans.plans import has_active_plan
from app.services.registry.households import dwelling_address, holder_of, household_row
from app.services.registry.isee import applicable_attestation
from app.services.unit_of_work import UnitOfWork
from app.vocabulary import CapPeriod, ContributionState, HouseholdRole, IseeKind, Labelled, Outcome, ReceiptMethod, Role


@dataclass(frozen=True)
class ApplicationForm:
    household_id: uuid.UUID
    programme_code: str
    applied_on: str
    programme_year: str = ""
    """Empty: the year of the application date."""
    protocol_number: str = ""
    protocol_date: str = ""


@dataclass(frozen=True)
class GrantProposal:
    """The figures of a grant, as the decision dialog shows them while the cost is typed."""

    heating_cost_cents: int
    cap_cents: int
    household_received_cents: int
    budget_left_cents: int
    proposed_cents: int

    @property
    def cap_left_cents(self) -> int:
        return max(self.cap_cents - self.household_received_cents, 0)


@dataclass(frozen=True)
class ApplicationRow:
    id: uuid.UUID
    household_id: uuid.UUID
    household_code: str
    holder_name: str
    programme_year: int
    state: ContributionState
    applied_on: date
    protocol_number: str
    outcome: Outcome
    heating_cost_cents: int | None
    granted_cents: int | None
    granted_on: date | None
    paid_on: date | None
    payment_method: ReceiptMethod | None
    receipt_number: str
    cancelled_on: date | None
    cancel_reason: Message | str


# --- the checklist ------------------------------------------------------------------------------------


def preview_checks(uow: UnitOfWork, household_id: uuid.UUID, programme_code: str, on: date, year: int) -> tuple[RuleCheck, ...]:
    """The checklist as it would be stored for an application on ``on`` (the new-application form shows it)."""
    with uow:
        session = uow.session
        programme = programme_row(session, programme_code)
        terms = terms_row_on(session, programme, on)
        household = household_row(session, household_id)
        return _checks(session, programme, terms, household, on, year, excluding=None)


def household_facts(
    session: Session,
    programme: ContributionProgramme,
    terms: ProgrammeTerms,
    household: Household,
    on: date,
    year: int,
    *,
    excluding: uuid.UUID | None,
) -> HouseholdFacts:
    """What the registry says of the household on ``on``, for the checks of ``programme``."""
    attestations = [
        StoredIsee(*row)
        for row in session.execute(select(*ISEE_COLUMNS).where(IseeAttestation.household_id == household.id))
    ]
    others = select(Contribution).where(
        Contribution.programme_id == programme.id, Contribution.household_id == household.id
    )
    if excluding is not None:
        others = others.where(Contribution.id != excluding)
    return build_facts(
        household,
        attestations,
        active_plan=has_active_plan(session, household.id),
        applications=session.scalars(others).all(),
        cap_period=CapPeriod(terms.cap_period),
        on=on,
        year=year,
    )


class StoredIsee(NamedTuple):
    """An attestation as the checks read it (plain columns: the outreach list reads thousands)."""

    kind: IseeKind
    filing_date: date
    value_cents: int
    valid_until: date


ISEE_COLUMNS = (IseeAttestation.kind, IseeAttestation.filing_date, IseeAttestation.value_cents, IseeAttestation.valid_until)


def build_facts(
    household: Household,
    attestations: Sequence[StoredIsee],
    *,
    active_plan: bool,
    applications: Sequence[Contribution],
    cap_period: CapPeriod,
    on: date,
    year: int,
) -> HouseholdFacts:
    """The facts from rows already read (the outreach list reads them for the whole registry at once);
    ``applications`` are the household's other applications to the programme."""
    applying = applicable_attestation(attestations, on)
    past = [a.valid_until for a in attestations if a.valid_until < on]
    received = sum(
        c.granted_cents or 0
        for c in applications
        if c.state in SPENDING_STATES and (cap_period is CapPeriod.PROGRAMME or c.programme_year == year)
    )
    dwelling = household.dwelling
    return HouseholdFacts(
        address=dwelling_address(dwelling.street, dwelling.house_number, dwelling.staircase, dwelling.floor, dwelling.unit),
        centralised_heating=dwelling.centralised_heating,
        assignment_date=household.assignment_date,
        sap_area=household.sap_area,
        isee=IseeFact(applying.kind, applying.value_cents, applying.valid_until) if applying else None,
        last_isee_expired_on=max(past) if past and applying is None else None,
        arrears_cents=household.arrears_cents,
        arrears_as_of=household.arrears_as_of,
        active_plan=active_plan,
        other_applications=sum(1 for c in applications if c.programme_year == year and c.state in OPEN_STATES),
        received_cents=received,
    )


def _checks(
    session: Session,
    programme: ContributionProgramme,
    terms: ProgrammeTerms,
    household: Household,
    on: date,
    year: int,
    *,
    excluding: uuid.UUID | None,
) -> tuple[RuleCheck, ...]:
    facts = household_facts(session, programme, terms, household, on, year, excluding=excluding)
    return eligibility_checks(facts, terms_view(terms).rules, on, year)


def _checklist_json(checks: tuple[RuleCheck, ...]) -> str:
    return json.dumps(
        [
            {"rule": c.rule, "title": _message_data(c.title), "outcome": c.outcome.value, "detail": _message_data(c.detail)}
            for c in checks
        ],
        ensure_ascii=False,
    )


def stored_checks(contribution: Contribution) -> tuple[RuleCheck, ...]:
    return tuple(
        RuleCheck(item["rule"], _stored_message(item["title"]), Outcome(item["outcome"]), _stored_message(item["detail"]))
        for item in json.loads(contribution.checklist)
    )


_LABELLED = {kind.__name__: kind for kind in Labelled.__subclasses__()}
"""The vocabulary's enums by name, as a stored checklist names the kind of a labelled value."""


def _message_data(message: Message) -> dict[str, object]:
    """A message as plain JSON data, so that the snapshot is said again in any language: its text and its
    values, a nested message the same way and a value of the vocabulary as its enum's name and its value."""
    return {"text": message.text, "values": {name: _value_data(value) for name, value in message.values}}


def _value_data(value: object) -> object:
    if isinstance(value, Message):
        return _message_data(value)
    if isinstance(value, Labelled):
        return {"kind": type(value).__name__, "value": value.value}
    return value


def _stored_message(data: str | dict[str, Any]) -> Message:
    """A message as :func:`_message_data` stored it; a checklist stored before its lines were messages holds
    the Italian text, which stays as it was written."""
    if isinstance(data, str):
        return Message(data)
    return Message(data["text"], tuple((name, _stored_value(value)) for name, value in data["values"].items()))


def _stored_value(data: object) -> object:
    if isinstance(data, dict):
        return _LABELLED[data["kind"]](data["value"]) if "kind" in data else _stored_message(data)
    return data


# --- the application -----------------------------------------------------------------------------------


def create_application(uow: UnitOfWork, form: ApplicationForm) -> uuid.UUID:
    """A draft with its checklist. Refused when the household already has an open, granted or paid
    application for the programme year (one per year), or when the programme only screens."""
    errors: dict[str, Message] = {}
    applied_on = _date(form.applied_on, "applied_on", msg("Data della domanda"), errors)
    protocol_date = _date(form.protocol_date, "protocol_date", msg("Data di protocollo"), errors) if form.protocol_date.strip() else None
    year = applied_on.year if applied_on else 0
    if form.programme_year.strip():
        if not form.programme_year.strip().isdigit():
            errors["programme_year"] = msg("Annualità: scrivere l'anno, per esempio 2026.")
        else:
            year = int(form.programme_year.strip())
    if applied_on and applied_on > today():
        errors["applied_on"] = msg("Data della domanda: non può essere dopo oggi ({today}).").fill(today=format_date(today()))
    if errors or applied_on is None:
        raise ValidationFailed(errors)
    with uow:
        session = uow.session
        programme = programme_row(session, form.programme_code)
        if not programme.issues_receipts:
            raise ValidationFailed(
                {"programme_code": msg("Il programma «{name}» non si gestisce allo sportello: serve solo a informare gli inquilini.").fill(name=programme.name)}
            )
        terms = terms_row_on(session, programme, applied_on)
        years = terms_view(terms).years
        if year not in years:
            raise ValidationFailed(
                {"programme_year": msg("Annualità: il {year} non è un'annualità del programma ({years}).").fill(year=year, years=", ".join(map(str, years)))}
            )
        household = household_row(session, form.household_id)
        lock_programme(session, programme.id)
        existing = _open_application(session, programme.id, household.id, year)
        if existing is not None:
            raise ValidationFailed(
                {
                    "household": msg(
                        "Il nucleo {code} ha già una domanda per l'annualità {year} (presentata il {applied_on}, {state})."
                    ).fill(code=household.code, year=year, applied_on=format_date(existing.applied_on), state=existing.state)
                }
            )
        checks = _checks(session, programme, terms, household, applied_on, year, excluding=None)
        contribution = Contribution(
            programme_id=programme.id,
            household_id=household.id,
            programme_year=year,
            state=ContributionState.DRAFT,
            applied_on=applied_on,
            terms_id=terms.id,
            checklist=_checklist_json(checks),
            checked_on=applied_on,
            protocol_number=form.protocol_number.strip(),
            protocol_date=protocol_date,
            created_by_name=uow.actor.name,
        )
        session.add(contribution)
        uow.commit()
        return contribution.id


def recheck_application(uow: UnitOfWork, contribution_id: uuid.UUID) -> tuple[RuleCheck, ...]:
    """A draft's checklist computed again on its application date, from the registry as it is now (the
    tenant brought the missing ISEE, the landlord sent the arrears)."""
    with uow:
        session = uow.session
        contribution = _contribution(session, contribution_id)
        _require_state(contribution, (ContributionState.DRAFT,), msg("verificare di nuovo i requisiti"))
        household = household_row(session, contribution.household_id)
        checks = _checks(
            session,
            contribution.programme,
            contribution.terms,
            household,
            contribution.applied_on,
            contribution.programme_year,
            excluding=contribution.id,
        )
        contribution.checklist = _checklist_json(checks)
        contribution.checked_on = contribution.applied_on
        uow.commit()
        return checks


def assess_application(uow: UnitOfWork, contribution_id: uuid.UUID, *, admit: bool | None = None, note: str = "") -> ContributionState:
    """Eligible when every rule of the stored checklist passed, rejected when one failed. With an undecided
    rule a coordinator decides (``admit``) and writes why (``note``)."""
    with uow:
        session = uow.session
        contribution = _contribution(session, contribution_id)
        _require_state(contribution, (ContributionState.DRAFT,), msg("valutare la domanda"))
        outcome = overall_outcome(stored_checks(contribution))
        if outcome is Outcome.PASSED:
            if admit is False:
                raise ValidationFailed({"admit": msg("Tutti i requisiti sono soddisfatti: la domanda non si può respingere.")})
            state = ContributionState.ELIGIBLE
        elif outcome is Outcome.FAILED:
            if admit:
                raise ValidationFailed({"admit": msg("Un requisito non è soddisfatto: la domanda non si può accogliere.")})
            state = ContributionState.REJECTED
        else:
            require_coordinator(uow.actor, msg("decidere un requisito da verificare"))
            if admit is None:
                raise ValidationFailed({"admit": msg("Un requisito è da verificare: scegliere se ammettere o respingere la domanda.")})
            if not note.strip():
                raise ValidationFailed({"note": msg("Motivazione: scrivere perché si decide così il requisito da verificare.")})
            state = ContributionState.ELIGIBLE if admit else ContributionState.REJECTED
        contribution.state = state
        contribution.assessed_on = today()
        contribution.assessed_by_name = uow.actor.name
        contribution.assessment_note = note.strip()
        uow.commit()
        return state


def record_protocol(uow: UnitOfWork, contribution_id: uuid.UUID, number: str, on: str) -> None:
    """The Comune's protocol number, when it is assigned (it may come after the application)."""
    errors: dict[str, Message] = {}
    if not number.strip():
        errors["protocol_number"] = msg("Numero di protocollo: campo obbligatorio.")
    elif len(number.strip()) > 60:
        errors["protocol_number"] = msg("Numero di protocollo: al massimo 60 caratteri.")
    day = _date(on, "protocol_date", msg("Data di protocollo"), errors)
    if errors:
        raise ValidationFailed(errors)
    with uow:
        contribution = _contribution(uow.session, contribution_id)
        if contribution.state is ContributionState.CANCELLED:
            raise ValidationFailed({"protocol_number": msg("La domanda è annullata.")})
        contribution.protocol_number = number.strip()
        contribution.protocol_date = day
        uow.commit()


def grant_proposal(uow: UnitOfWork, contribution_id: uuid.UUID, heating_cost_cents: int) -> GrantProposal:
    with uow:
        session = uow.session
        contribution = _contribution(session, contribution_id)
        return _proposal(session, contribution, heating_cost_cents)


def _proposal(session: Session, contribution: Contribution, cost: int) -> GrantProposal:
    terms = contribution.terms
    view = terms_view(terms)
    received = sum(
        c.granted_cents or 0
        for c in session.scalars(
            select(Contribution).where(
                Contribution.programme_id == contribution.programme_id,
                Contribution.household_id == contribution.household_id,
                Contribution.state.in_(SPENDING_STATES),
                Contribution.id != contribution.id,
            )
        )
        if view.cap_period is CapPeriod.PROGRAMME or c.programme_year == contribution.programme_year
    )
    # the budget is the programme's as it stands today (a budget lowered by new terms binds every grant),
    # the cap the one the application is decided under
    counter = budget_counter_in(session, contribution.programme, terms_row_on(session, contribution.programme, today()))
    left = max(counter.left_cents, 0)
    cap_left = max(view.cap_cents - received, 0)
    return GrantProposal(
        heating_cost_cents=cost,
        cap_cents=view.cap_cents,
        household_received_cents=received,
        budget_left_cents=left,
        proposed_cents=max(min(cost, cap_left, left), 0),
    )


def grant_contribution(
    uow: UnitOfWork, contribution_id: uuid.UUID, heating_cost: str, bill_reference: str, *, amount: str = "", granted_on: str = ""
) -> int:
    """Tenant manager or coordinator. The amount is the proposal (cost limited by cap and budget) unless
    a smaller one is typed; a larger one, or a grant with nothing left, is refused with the figures."""
    if uow.actor.role not in (Role.TENANT_MANAGER, Role.COORDINATOR):
        raise PermissionDenied(msg("Solo il tenant manager o un coordinatore può concedere un contributo."))
    errors: dict[str, Message] = {}
    cost = _amount(heating_cost, "heating_cost", msg("Spesa di riscaldamento documentata"), errors)
    if not bill_reference.strip():
        errors["bill_reference"] = msg("Riferimento della bolletta: campo obbligatorio (numero e periodo della bolletta SAP).")
    typed = _amount(amount, "amount", msg("Importo concesso"), errors) if amount.strip() else None
    day = _date(granted_on, "granted_on", msg("Data della concessione"), errors) if granted_on.strip() else today()
    if errors or day is None:
        raise ValidationFailed(errors)
    with uow:
        session = uow.session
        contribution = _contribution(session, contribution_id)
        _require_state(contribution, (ContributionState.ELIGIBLE,), msg("concedere il contributo"))
        lock_programme(session, contribution.programme_id)
        if day > today():
            raise ValidationFailed({"granted_on": msg("Data della concessione: non può essere dopo oggi ({today}).").fill(today=format_date(today()))})
        if day < contribution.applied_on:
            raise ValidationFailed({"granted_on": msg("Data della concessione: non può essere prima della domanda.")})
        proposal = _proposal(session, contribution, cost)
        figures = msg(
            "spesa documentata {cost}; al nucleo restano {cap_left} del tetto di {cap} (già ricevuti {received}); "
            "restano {budget_left} del budget"
        ).fill(
            cost=format_amount(cost),
            cap_left=format_amount(proposal.cap_left_cents),
            cap=format_amount(proposal.cap_cents),
            received=format_amount(proposal.household_received_cents),
            budget_left=format_amount(proposal.budget_left_cents),
        )
        if proposal.budget_left_cents == 0:
            raise ValidationFailed({"amount": msg("Budget esaurito: {figures}.").fill(figures=figures)})
        if proposal.cap_left_cents == 0:
            raise ValidationFailed({"amount": msg("Il nucleo ha raggiunto il tetto: {figures}.").fill(figures=figures)})
        granted = proposal.proposed_cents if typed is None else typed
        if granted <= 0:
            raise ValidationFailed({"amount": msg("Importo concesso: deve essere maggiore di zero.")})
        if granted > proposal.proposed_cents:
            raise ValidationFailed(
                {
                    "amount": msg("Importo concesso {granted} oltre il massimo di {maximum}: {figures}.").fill(
                        granted=format_amount(granted), maximum=format_amount(proposal.proposed_cents), figures=figures
                    )
                }
            )
        contribution.heating_cost_cents = cost
        contribution.bill_reference = bill_reference.strip()
        contribution.granted_cents = granted
        contribution.granted_on = day
        contribution.granted_by_name = uow.actor.name
        contribution.state = ContributionState.GRANTED
        uow.commit()
        return granted


def pay_contribution(uow: UnitOfWork, contribution_id: uuid.UUID, paid_on: str, method: ReceiptMethod, iban: str = "") -> str:
    """Records the payment and issues its receipt in the same transaction; returns the receipt's number."""
    errors: dict[str, Message] = {}
    day = _date(paid_on, "paid_on", msg("Data del pagamento"), errors)
    method = ReceiptMethod(method)
    account = "".join(iban.split()).upper()
    if method is ReceiptMethod.BANK_TRANSFER and not _looks_like_iban(account):
        errors["iban"] = msg("IBAN: scrivere l'IBAN del conto dell'inquilino (per esempio IT60X0542811101000000123456).")
    if day is not None and day > today():
        errors["paid_on"] = msg("Data del pagamento: non può essere dopo oggi ({today}).").fill(today=format_date(today()))
    if errors or day is None:
        raise ValidationFailed(errors)
    with uow:
        session = uow.session
        contribution = _contribution(session, contribution_id)
        _require_state(contribution, (ContributionState.GRANTED,), msg("registrare il pagamento"))
        lock_programme(session, contribution.programme_id)
        if contribution.granted_on and day < contribution.granted_on:
            raise ValidationFailed({"paid_on": msg("Data del pagamento: non può essere prima della concessione.")})
        contribution.state = ContributionState.PAID
        contribution.paid_on = day
        contribution.paid_by_name = uow.actor.name
        contribution.payment_method = method
        contribution.iban = account if method is ReceiptMethod.BANK_TRANSFER else ""
        receipt = issue_receipt(uow, contribution)
        uow.commit()
        return receipt.number


def cancel_application(uow: UnitOfWork, contribution_id: uuid.UUID, reason: str) -> None:
    """Kept with its reason; a granted or paid one only by a coordinator (its amount returns to the budget,
    and a paid one's receipt is cancelled too)."""
    if not reason.strip():
        raise ValidationFailed({"reason": msg("Motivo dell'annullamento: campo obbligatorio.")})
    with uow:
        session = uow.session
        contribution = _contribution(session, contribution_id)
        _require_state(
            contribution,
            (ContributionState.DRAFT, ContributionState.ELIGIBLE, *SPENDING_STATES),
            msg("annullare la domanda"),
        )
        if contribution.state in SPENDING_STATES:
            require_coordinator(uow.actor, msg("annullare un contributo concesso o pagato"))
        if contribution.state is ContributionState.PAID:
            cancel_live_receipt(session, contribution.id, uow.actor.name, reason)
        mark_cancelled(contribution, uow.actor.name, reason)
        uow.commit()


# --- reading -----------------------------------------------------------------------------------------


def application_view(uow: UnitOfWork, contribution_id: uuid.UUID) -> ApplicationView:
    with uow:
        session = uow.session
        contribution = _contribution(session, contribution_id)
        return application_view_in(session, contribution)


def application_view_in(session: Session, contribution: Contribution) -> ApplicationView:
    household = household_row(session, contribution.household_id)
    holder = holder_of(session, household.id)
    office = session.get(Office, household.office_id) if household.office_id else None
    dwelling = household.dwelling
    proposal = _proposal(session, contribution, 0)
    receipt_number = session.scalar(
        select(Receipt.number).where(Receipt.contribution_id == contribution.id).order_by(Receipt.sequence.desc()).limit(1)
    )
    return ApplicationView(
        id=contribution.id,
        programme_code=contribution.programme.code,
        programme_name=contribution.programme.name,
        programme_year=contribution.programme_year,
        state=contribution.state,
        applied_on=contribution.applied_on,
        household_id=household.id,
        household_code=household.code,
        holder_name=_full_name(holder),
        holder_fiscal_code=(holder.codice_fiscale or "") if holder else "",
        holder_birth_date=holder.birth_date if holder else None,
        holder_phone=holder.phone if holder else "",
        address=dwelling_address(dwelling.street, dwelling.house_number, dwelling.staircase, dwelling.floor, dwelling.unit),
        office_name=office.name if office else "",
        checks=stored_checks(contribution),
        checked_on=contribution.checked_on,
        protocol_number=contribution.protocol_number,
        protocol_date=contribution.protocol_date,
        created_by_name=contribution.created_by_name,
        assessed_on=contribution.assessed_on,
        assessed_by_name=contribution.assessed_by_name,
        assessment_note=contribution.assessment_note,
        heating_cost_cents=contribution.heating_cost_cents,
        bill_reference=contribution.bill_reference,
        granted_cents=contribution.granted_cents,
        granted_on=contribution.granted_on,
        granted_by_name=contribution.granted_by_name,
        paid_on=contribution.paid_on,
        paid_by_name=contribution.paid_by_name,
        payment_method=contribution.payment_method,
        iban=contribution.iban,
        cancelled_on=contribution.cancelled_on,
        cancelled_by_name=contribution.cancelled_by_name,
        cancel_reason=CANCELLED_WITH_RECEIPT.read(contribution.cancel_reason),
        receipt_number=receipt_number or "",
        cap_cents=proposal.cap_cents,
        household_granted_cents=proposal.household_received_cents,
    )


def list_applications(
    uow: UnitOfWork,
    programme_code: str,
    *,
    year: int | None = None,
    states: tuple[ContributionState, ...] = (),
    query: str = "",
    since: date | None = None,
    until: date | None = None,
) -> list[ApplicationRow]:
    """Newest first; ``query`` matches the household code or the holder's name (folded); ``since`` and
    ``until`` bound the application date."""
    from app.services.registry.text_search import fold

    with uow:
        session = uow.session
        programme = programme_row(session, programme_code)
        statement = (
            select(Contribution, Household.code, Household.sort_holder)
            .join(Household, Household.id == Contribution.household_id)
            .where(Contribution.programme_id == programme.id)
            .order_by(Contribution.applied_on.desc(), Household.code)
        )
        if year is not None:
            statement = statement.where(Contribution.programme_year == year)
        if states:
            statement = statement.where(Contribution.state.in_(states))
        if since is not None:
            statement = statement.where(Contribution.applied_on >= since)
        if until is not None:
            statement = statement.where(Contribution.applied_on <= until)
        if query.strip():
            statement = statement.where(Household.search_text.contains(fold(query.strip())))
        rows = session.execute(statement).all()
        receipts = dict(
            session.execute(
                select(Receipt.contribution_id, Receipt.number).where(
                    Receipt.contribution_id.in_([row[0].id for row in rows])
                )
            ).all()
        )
        holders = _holder_names(session, [row[0].household_id for row in rows])
        return [
            ApplicationRow(
                id=contribution.id,
                household_id=contribution.household_id,
                household_code=code,
                holder_name=holders.get(contribution.household_id, ""),
                programme_year=contribution.programme_year,
                state=contribution.state,
                applied_on=contribution.applied_on,
                protocol_number=contribution.protocol_number,
                outcome=overall_outcome(stored_checks(contribution)),
                heating_cost_cents=contribution.heating_cost_cents,
                granted_cents=contribution.granted_cents,
                granted_on=contribution.granted_on,
                paid_on=contribution.paid_on,
                payment_method=contribution.payment_method,
                receipt_number=receipts.get(contribution.id, ""),
                cancelled_on=contribution.cancelled_on,
                cancel_reason=CANCELLED_WITH_RECEIPT.read(contribution.cancel_reason),
            )
            for contribution, code, _sort in rows
        ]


# --- helpers -----------------------------------------------------------------------------------------


def lock_programme(session: Session, programme_id: uuid.UUID) -> None:
    """Serialises the writers of one programme (one application per year, the budget, the receipt
    counter). On SQLite the writing transaction already holds the database's write lock (``BEGIN
    IMMEDIATE``) and ``FOR UPDATE`` is left out; on PostgreSQL this locks the programme's row."""
    session.execute(select(ContributionProgramme.id).where(ContributionProgramme.id == programme_id).with_for_update())


def _contribution(session: Session, contribution_id: uuid.UUID) -> Contribution:
    contribution = session.get(Contribution, contribution_id)
    if contribution is None:
        raise NotFound(msg("Domanda non trovata."))
    return contribution


def _open_application(session: Session, programme_id: uuid.UUID, household_id: uuid.UUID, year: int) -> Contribution | None:
    return session.scalar(
        select(Contribution).where(
            Contribution.programme_id == programme_id,
            Contribution.household_id == household_id,
            Contribution.programme_year == year,
            Contribution.state.in_(OPEN_STATES),
        )
    )


def _require_state(contribution: Contribution, states: tuple[ContributionState, ...], action: Message) -> None:
    """``action`` reads after "Non si può" ("valutare la domanda"); the state's label reads after "la domanda
    è" (in bozza, ammessa, annullata...)."""
    if contribution.state not in states:
        raise ValidationFailed(
            {"state": msg("Non si può {action}: la domanda è {state}.").fill(action=action, state=contribution.state)}
        )


def _holder_names(session: Session, household_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not household_ids:
        return {}
    rows = session.execute(
        select(Person.household_id, Person.surname, Person.name).where(
            Person.household_id.in_(set(household_ids)), Person.household_role == HouseholdRole.HOLDER
        )
    ).all()
    return {household_id: f"{surname} {name}".strip() for household_id, surname, name in rows}


def _full_name(person: Person | None) -> str:
    return f"{person.surname} {person.name}".strip() if person else ""


def _date(text: str, key: str, label: Message, errors: dict[str, Message]) -> date | None:
    try:
        return parse_date(text)
    except DateError as error:
        errors[key] = msg("{label}: {error}").fill(label=label, error=error.said)
        return None


def _amount(text: str, key: str, label: Message, errors: dict[str, Message]) -> int:
    try:
        return parse_amount(text, allow_zero=False)
    except AmountError as error:
        errors[key] = msg("{label}: {error}").fill(label=label, error=error.said)
        return 0


def _looks_like_iban(text: str) -> bool:
    """Italian (27 characters) or foreign: two letters, two check digits, letters and digits, 15-34 long."""
    return 15 <= len(text) <= 34 and text[:2].isalpha() and text[2:4].isdigit() and text.isalnum()

