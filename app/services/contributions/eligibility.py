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

from app.services.dates import add_months, format_date
from app.services.money import format_amount
from app.vocabulary import ArrearsRule, CapPeriod, IseeKind, Outcome, SapArea


@dataclass(frozen=True)
class RuleCheck:
    rule: str
    """A stable key (``heating``, ``seniority``, ``area``, ``isee``, ``arrears``, ``uniqueness``)."""
    title: str
    outcome: Outcome
    detail: str
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
    title = "Alloggio SAP con riscaldamento centralizzato"
    if facts.centralised_heating:
        return RuleCheck("heating", title, Outcome.PASSED, f"{facts.address}: riscaldamento centralizzato")
    return RuleCheck("heating", title, Outcome.FAILED, f"{facts.address}: riscaldamento non centralizzato")


def _seniority(facts: HouseholdFacts, rules: ProgrammeRules, day: date) -> RuleCheck:
    months = rules.months_since_assignment
    title = f"Assegnatario da almeno {months} mesi"
    if facts.assignment_date is None:
        return RuleCheck("seniority", title, Outcome.UNDECIDED, "Data di assegnazione: dato mancante")
    since = eligible_from(facts.assignment_date, months)
    assigned = f"Assegnato il {format_date(facts.assignment_date)}"
    if since <= day:
        return RuleCheck("seniority", title, Outcome.PASSED, f"{assigned}: requisito maturato il {format_date(since)}")
    return RuleCheck("seniority", title, Outcome.FAILED, f"{assigned}: requisito maturato solo dal {format_date(since)}")


def _area(facts: HouseholdFacts, rules: ProgrammeRules) -> RuleCheck:
    accepted = ", ".join(area.value for area in rules.areas)
    title = f"Area SAP {accepted}"
    if facts.sap_area is None:
        return RuleCheck("area", title, Outcome.UNDECIDED, "Area SAP: dato mancante")
    if facts.sap_area in rules.areas:
        return RuleCheck("area", title, Outcome.PASSED, f"Area {facts.sap_area.value}: ammessa")
    return RuleCheck("area", title, Outcome.FAILED, f"Area {facts.sap_area.value}: non ammessa")


def _isee(facts: HouseholdFacts, rules: ProgrammeRules, day: date) -> RuleCheck:
    bounds = f"da {format_amount(rules.isee_min_cents)} a {format_amount(rules.isee_max_cents)}"
    title = f"ISEE valido {bounds}"
    isee = facts.isee
    if isee is None:
        if facts.last_isee_expired_on is not None:
            detail = f"ISEE scaduto il {format_date(facts.last_isee_expired_on)}: serve un'attestazione valida al {format_date(day)}"
        else:
            detail = f"Nessuna attestazione ISEE valida al {format_date(day)}: dato mancante"
        return RuleCheck("isee", title, Outcome.UNDECIDED, detail)
    used = f"ISEE {isee.kind.value} {format_amount(isee.value_cents)} valido fino al {format_date(isee.valid_until)}"
    if isee_in_range(isee.value_cents, rules):
        return RuleCheck("isee", title, Outcome.PASSED, f"{used}: nel range")
    where = "sotto il minimo" if isee.value_cents < rules.isee_min_cents else "sopra il massimo"
    return RuleCheck("isee", title, Outcome.FAILED, f"{used}: {where}")


def _arrears(facts: HouseholdFacts) -> RuleCheck:
    title = "Morosità solo con piano di rientro attivo"
    as_of = f" al {format_date(facts.arrears_as_of)}" if facts.arrears_as_of else ""
    if facts.arrears_cents is None:
        plan = " (c'è un piano di rientro attivo)" if facts.active_plan else ""
        return RuleCheck("arrears", title, Outcome.UNDECIDED, f"Morosità: dato mancante{plan}; decide un coordinatore")
    if facts.arrears_cents == 0:
        return RuleCheck("arrears", title, Outcome.PASSED, f"Nessuna morosità{as_of}")
    amount = f"Morosità {format_amount(facts.arrears_cents)}{as_of}"
    if facts.active_plan:
        return RuleCheck("arrears", title, Outcome.PASSED, f"{amount}, con piano di rientro attivo")
    return RuleCheck("arrears", title, Outcome.FAILED, f"{amount}, senza piano di rientro attivo")


def _uniqueness(facts: HouseholdFacts, rules: ProgrammeRules, year: int) -> RuleCheck:
    period = "in tutto il programma" if rules.cap_period is CapPeriod.PROGRAMME else f"nel {year}"
    title = f"Una domanda per annualità, al massimo {format_amount(rules.cap_cents)} {period}"
    if year not in rules.years:
        years = ", ".join(str(y) for y in rules.years)
        return RuleCheck("uniqueness", title, Outcome.FAILED, f"Il {year} non è un'annualità del programma ({years})")
    if facts.other_applications:
        return RuleCheck("uniqueness", title, Outcome.FAILED, f"C'è già una domanda per l'annualità {year}")
    received = f"ricevuti {format_amount(facts.received_cents)} su {format_amount(rules.cap_cents)} {period}"
    if facts.received_cents >= rules.cap_cents:
        return RuleCheck("uniqueness", title, Outcome.FAILED, f"Tetto raggiunto: {received}")
    return RuleCheck("uniqueness", title, Outcome.PASSED, f"Nessun'altra domanda per il {year}; {received}")
