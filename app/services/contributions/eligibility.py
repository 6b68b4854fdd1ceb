"""Eligibility of a household for a contribution programme (DESIGN 2.3): a fixed set of checks with the
programme's parameters, each with its outcome and the data it used. Pure rules, no I/O.

A check whose data is missing (no assignment date, no SAP area, no valid ISEE, arrears unknown) is
*undecided*: the line names what is missing and a coordinator decides; it is never guessed. A check the
programme does not use (heating for the solidarity contribution) is not listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.messages import Message, joined, msg
from app.services.dates import add_months, format_date
from app.services.money import format_amount
from app.vocabulary import ArrearsRule, CapPeriod, IseeKind, Outcome, SapArea


@dataclass(frozen=True)
class RuleCheck:
    """One line of the checklist. Its title and detail are messages, so that each screen says them in its
    language and the printed form in Italian; an application stores them with its snapshot."""

    rule: str
    """A stable key (``heating``, ``seniority``, ``area``, ``isee``, ``arrears``, ``uniqueness``)."""
    title: Message
    outcome: Outcome
    detail: Message
    """The data used and what it gave, e.g. "ISEE 12.345,67 € valido fino al 31/12/2026: nel range"."""


@dataclass(frozen=True)
class ProgrammeRules:
    """The parameters of the checks, from the programme's terms in force on the application date."""

    years: tuple[int, ...]
    cap_cents: int
    cap_period: CapPeriod
    isee_min_cents: int
    isee_max_cents: int
    months_since_assignment: int
    areas: tuple[SapArea, ...]
    centralised_heating_required: bool
    arrears_rule: ArrearsRule


@dataclass(frozen=True)
class IseeFact:
    kind: IseeKind
    value_cents: int
    valid_until: date


@dataclass(frozen=True)
class HouseholdFacts:
    """What the registry, the attestations and the plans say of a household on the application date."""

    address: str
    centralised_heating: bool
    assignment_date: date | None
    sap_area: SapArea | None
    isee: IseeFact | None
    """The attestation that applies on the date (a valid corrente before a valid ordinario), if any."""
    last_isee_expired_on: date | None
    """When no attestation is valid: the last day of the latest one, to say it expired."""
    arrears_cents: int | None
    """``None`` is "dato mancante", never zero."""
    arrears_as_of: date | None
    active_plan: bool
    other_applications: int
    """Open (draft, eligible), granted or paid applications of the same programme year, this one excluded."""
    received_cents: int
    """Granted or paid to the household so far within the cap's period, this application excluded."""


def eligible_from(assignment_date: date, months: int) -> date:
    """Same day of the month counts: assigned 2025-03-15, 12 months -> 2026-03-15 (clamped to a shorter
    month's end: 2024-02-29 -> 2025-02-28)."""
    return add_months(assignment_date, months)


def eligibility_checks(facts: HouseholdFacts, rules: ProgrammeRules, day: date, year: int) -> tuple[RuleCheck, ...]:
    checks = []
    if rules.centralised_heating_required:
        checks.append(_heating(facts))
    checks.append(_seniority(facts, rules, day))
    checks.append(_area(facts, rules))
    checks.append(_isee(facts, rules, day))
    if rules.arrears_rule is ArrearsRule.PLAN_REQUIRED:
        checks.append(_arrears(facts))
    checks.append(_uniqueness(facts, rules, year))
    return tuple(checks)


def overall_outcome(checks: Sequence[RuleCheck]) -> Outcome:
    """Failed when any check failed, undecided when any is undecided and none failed, else passed."""
    outcomes = {check.outcome for check in checks}
    if Outcome.FAILED in outcomes:
        return Outcome.FAILED
    if Outcome.UNDECIDED in outcomes:
        return Outcome.UNDECIDED
    return Outcome.PASSED


def isee_in_range(value_cents: int, rules: ProgrammeRules) -> bool:
    """Both ends included, compared in cents."""
    return rules.isee_min_cents <= value_cents <= rules.isee_max_cents


def _heating(facts: HouseholdFacts) -> RuleCheck:
    title = msg("Alloggio SAP con riscaldamento centralizzato")
    if facts.centralised_heating:
        return RuleCheck("heating", title, Outcome.PASSED, msg("{address}: riscaldamento centralizzato").fill(address=facts.address))
    return RuleCheck("heating", title, Outcome.FAILED, msg("{address}: riscaldamento non centralizzato").fill(address=facts.address))


def _seniority(facts: HouseholdFacts, rules: ProgrammeRules, day: date) -> RuleCheck:
    months = rules.months_since_assignment
    title = msg("Assegnatario da almeno {months} mesi").fill(months=months)
    if facts.assignment_date is None:
        return RuleCheck("seniority", title, Outcome.UNDECIDED, msg("Data di assegnazione: dato mancante"))
    since = eligible_from(facts.assignment_date, months)
    dates = {"assigned": format_date(facts.assignment_date), "since": format_date(since)}
    if since <= day:
        return RuleCheck("seniority", title, Outcome.PASSED, msg("Assegnato il {assigned}: requisito maturato il {since}").fill(**dates))
    return RuleCheck("seniority", title, Outcome.FAILED, msg("Assegnato il {assigned}: requisito maturato solo dal {since}").fill(**dates))


def _area(facts: HouseholdFacts, rules: ProgrammeRules) -> RuleCheck:
    title = msg("Area SAP {areas}").fill(areas=joined((area.label for area in rules.areas), ", "))
    if facts.sap_area is None:
        return RuleCheck("area", title, Outcome.UNDECIDED, msg("Area SAP: dato mancante"))
    if facts.sap_area in rules.areas:
        return RuleCheck("area", title, Outcome.PASSED, msg("Area {area}: ammessa").fill(area=facts.sap_area))
    return RuleCheck("area", title, Outcome.FAILED, msg("Area {area}: non ammessa").fill(area=facts.sap_area))


def _isee(facts: HouseholdFacts, rules: ProgrammeRules, day: date) -> RuleCheck:
    title = msg("ISEE valido da {low} a {high}").fill(low=format_amount(rules.isee_min_cents), high=format_amount(rules.isee_max_cents))
    isee = facts.isee
    if isee is None:
        if facts.last_isee_expired_on is not None:
            detail = msg("ISEE scaduto il {expired}: serve un'attestazione valida al {day}").fill(
                expired=format_date(facts.last_isee_expired_on), day=format_date(day)
            )
        else:
            detail = msg("Nessuna attestazione ISEE valida al {day}: dato mancante").fill(day=format_date(day))
        return RuleCheck("isee", title, Outcome.UNDECIDED, detail)
    used = {"kind": isee.kind, "value": format_amount(isee.value_cents), "valid_until": format_date(isee.valid_until)}
    if isee_in_range(isee.value_cents, rules):
        return RuleCheck("isee", title, Outcome.PASSED, msg("ISEE {kind} {value} valido fino al {valid_until}: nel range").fill(**used))
    if isee.value_cents < rules.isee_min_cents:
        return RuleCheck("isee", title, Outcome.FAILED, msg("ISEE {kind} {value} valido fino al {valid_until}: sotto il minimo").fill(**used))
    return RuleCheck("isee", title, Outcome.FAILED, msg("ISEE {kind} {value} valido fino al {valid_until}: sopra il massimo").fill(**used))


def _arrears(facts: HouseholdFacts) -> RuleCheck:
    title = msg("Morosità solo con piano di rientro attivo")
    if facts.arrears_cents is None:
        if facts.active_plan:
            detail = msg("Morosità: dato mancante (c'è un piano di rientro attivo); decide un coordinatore")
        else:
            detail = msg("Morosità: dato mancante; decide un coordinatore")
        return RuleCheck("arrears", title, Outcome.UNDECIDED, detail)
    as_of = format_date(facts.arrears_as_of) if facts.arrears_as_of else None
    if facts.arrears_cents == 0:
        detail = msg("Nessuna morosità al {as_of}").fill(as_of=as_of) if as_of else msg("Nessuna morosità")
        return RuleCheck("arrears", title, Outcome.PASSED, detail)
    amount = format_amount(facts.arrears_cents)
    if facts.active_plan:
        if as_of:
            detail = msg("Morosità {amount} al {as_of}, con piano di rientro attivo").fill(amount=amount, as_of=as_of)
        else:
            detail = msg("Morosità {amount}, con piano di rientro attivo").fill(amount=amount)
        return RuleCheck("arrears", title, Outcome.PASSED, detail)
    if as_of:
        detail = msg("Morosità {amount} al {as_of}, senza piano di rientro attivo").fill(amount=amount, as_of=as_of)
    else:
        detail = msg("Morosità {amount}, senza piano di rientro attivo").fill(amount=amount)
    return RuleCheck("arrears", title, Outcome.FAILED, detail)


def _uniqueness(facts: HouseholdFacts, rules: ProgrammeRules, year: int) -> RuleCheck:
    cap = format_amount(rules.cap_cents)
    received = format_amount(facts.received_cents)
    if rules.cap_period is CapPeriod.PROGRAMME:
        title = msg("Una domanda per annualità, al massimo {cap} in tutto il programma").fill(cap=cap)
        figures = msg("ricevuti {received} su {cap} in tutto il programma").fill(received=received, cap=cap)
    else:
        title = msg("Una domanda per annualità, al massimo {cap} nel {year}").fill(cap=cap, year=year)
        figures = msg("ricevuti {received} su {cap} nel {year}").fill(received=received, cap=cap, year=year)
    if year not in rules.years:
        years = ", ".join(str(y) for y in rules.years)
        return RuleCheck("uniqueness", title, Outcome.FAILED, msg("Il {year} non è un'annualità del programma ({years})").fill(year=year, years=years))
    if facts.other_applications:
        return RuleCheck("uniqueness", title, Outcome.FAILED, msg("C'è già una domanda per l'annualità {year}").fill(year=year))
    if facts.received_cents >= rules.cap_cents:
        return RuleCheck("uniqueness", title, Outcome.FAILED, msg("Tetto raggiunto: {figures}").fill(figures=figures))
    return RuleCheck("uniqueness", title, Outcome.PASSED, msg("Nessun'altra domanda per il {year}; {figures}").fill(year=year, figures=figures))
