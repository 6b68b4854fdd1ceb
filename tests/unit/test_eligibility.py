"""Eligibility for a contribution programme (DESIGN 2.3): every check at and around its boundaries, with the
L.1 heating contribution defaults and the regional solidarity contribution's parameters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.messages import Message
from app.services.contributions.eligibility import (
    HouseholdFacts,
    IseeFact,
    ProgrammeRules,
    RuleCheck,
    eligibility_checks,
    eligible_from,
    isee_in_range,
    overall_outcome,
)
from app.services.dates import whole_months_between
from app.services.money import MAX_CENTS
from app.vocabulary import ArrearsRule, CapPeriod, IseeKind, Outcome, SapArea

PASSED, FAILED, UNDECIDED = Outcome.PASSED, Outcome.FAILED, Outcome.UNDECIDED

L1 = ProgrammeRules(
    years=(2025, 2026),
    cap_cents=60000,
    cap_period=CapPeriod.PROGRAMME,
    isee_min_cents=936001,
    isee_max_cents=1500000,
    months_since_assignment=12,
    areas=(SapArea.ACCESSO, SapArea.PROTEZIONE),
    centralised_heating_required=True,
    arrears_rule=ArrearsRule.PLAN_REQUIRED,
)

SOLIDARITY = ProgrammeRules(
    years=(2025, 2026),
    cap_cents=270000,
    cap_period=CapPeriod.YEAR,
    isee_min_cents=0,
    isee_max_cents=936000,
    months_since_assignment=24,
    areas=(SapArea.PROTEZIONE, SapArea.ACCESSO, SapArea.PERMANENZA),
    centralised_heating_required=False,
    arrears_rule=ArrearsRule.IGNORED,
)

DAY = date(2026, 3, 15)
"""The application date of every test that does not say otherwise."""
YEAR = 2026
ADDRESS = "Via Borgo Palazzo 12, Bergamo"


def isee(value_cents: int = 1234567, kind: IseeKind = IseeKind.ORDINARIO, valid_until: date = date(2026, 12, 31)) -> IseeFact:
    return IseeFact(kind=kind, value_cents=value_cents, valid_until=valid_until)


ELIGIBLE = HouseholdFacts(
    address=ADDRESS,
    centralised_heating=True,
    assignment_date=date(2024, 1, 10),
    sap_area=SapArea.ACCESSO,
    isee=isee(),
    last_isee_expired_on=None,
    arrears_cents=0,
    arrears_as_of=date(2026, 2, 28),
    active_plan=False,
    other_applications=0,
    received_cents=0,
)
"""A household that passes every L.1 check on DAY; each test changes only the fact it is about."""


def household(**changes: object) -> HouseholdFacts:
    return replace(ELIGIBLE, **changes)  # type: ignore[arg-type]


def rules(base: ProgrammeRules = L1, **changes: object) -> ProgrammeRules:
    return replace(base, **changes)  # type: ignore[arg-type]


def checklist(facts: HouseholdFacts = ELIGIBLE, programme: ProgrammeRules = L1, day: date = DAY, year: int = YEAR) -> tuple[RuleCheck, ...]:
    return eligibility_checks(facts, programme, day, year)


def line(rule: str, facts: HouseholdFacts = ELIGIBLE, programme: ProgrammeRules = L1, day: date = DAY, year: int = YEAR) -> RuleCheck:
    """The one line of the checklist for ``rule`` (the test fails when there is none or more than one)."""
    (found,) = [check for check in checklist(facts, programme, day, year) if check.rule == rule]
    return found


def outcome_and_detail(rule: str, facts: HouseholdFacts = ELIGIBLE, programme: ProgrammeRules = L1, day: date = DAY, year: int = YEAR) -> tuple[Outcome, str]:
    found = line(rule, facts, programme, day, year)
    return found.outcome, str(found.detail)


def said(checks: tuple[RuleCheck, ...]) -> list[tuple[str, str, Outcome, str]]:
    """The checklist as it reads in Italian."""
    return [(check.rule, str(check.title), check.outcome, str(check.detail)) for check in checks]


def rules_listed(facts: HouseholdFacts = ELIGIBLE, programme: ProgrammeRules = L1) -> list[str]:
    return [check.rule for check in checklist(facts, programme)]


def check(outcome: Outcome) -> RuleCheck:
    return RuleCheck("x", Message("X"), outcome, Message(""))


# --- the whole checklist ---------------------------------------------------------------------------


def test_an_eligible_household_gets_every_l1_line_passed_with_the_data_used() -> None:
    assert said(checklist()) == [
        ("heating", "Alloggio SAP con riscaldamento centralizzato", PASSED, f"{ADDRESS}: riscaldamento centralizzato"),
        ("seniority", "Assegnatario da almeno 12 mesi", PASSED, "Assegnato il 10/01/2024: requisito maturato il 10/01/2025"),
        ("area", "Area SAP accesso, protezione", PASSED, "Area accesso: ammessa"),
        (
            "isee",
            "ISEE valido da 9.360,01 € a 15.000,00 €",
            PASSED,
            "ISEE ordinario 12.345,67 € valido fino al 31/12/2026: nel range",
        ),
        ("arrears", "Morosità solo con piano di rientro attivo", PASSED, "Nessuna morosità al 28/02/2026"),
        (
            "uniqueness",
            "Una domanda per annualità, al massimo 600,00 € in tutto il programma",
            PASSED,
            "Nessun'altra domanda per il 2026; ricevuti 0,00 € su 600,00 € in tutto il programma",
        ),
    ]
    assert overall_outcome(checklist()) is PASSED


def test_one_failed_line_makes_the_household_not_eligible() -> None:
    assert overall_outcome(checklist(household(sap_area=SapArea.DECADENZA))) is FAILED


def test_missing_data_leaves_the_household_undecided_not_failed() -> None:
    facts = household(assignment_date=None, sap_area=None, isee=None, arrears_cents=None)
    checks = checklist(facts)
    assert [(check.rule, check.outcome) for check in checks] == [
        ("heating", PASSED),
        ("seniority", UNDECIDED),
        ("area", UNDECIDED),
        ("isee", UNDECIDED),
        ("arrears", UNDECIDED),
        ("uniqueness", PASSED),
    ]
    assert overall_outcome(checks) is UNDECIDED


def test_a_failed_line_beats_missing_data() -> None:
    facts = household(assignment_date=None, isee=None, centralised_heating=False)
    assert overall_outcome(checklist(facts)) is FAILED


# --- seniority --------------------------------------------------------------------------------------


def test_assigned_2025_03_15_is_eligible_on_2026_03_15() -> None:
    facts = household(assignment_date=date(2025, 3, 15))
    assert outcome_and_detail("seniority", facts, day=date(2026, 3, 15)) == (
        PASSED,
        "Assegnato il 15/03/2025: requisito maturato il 15/03/2026",
    )


def test_assigned_2025_03_15_is_not_eligible_on_2026_03_14() -> None:
    facts = household(assignment_date=date(2025, 3, 15))
    assert outcome_and_detail("seniority", facts, day=date(2026, 3, 14)) == (
        FAILED,
        "Assegnato il 15/03/2025: requisito maturato solo dal 15/03/2026",
    )


def test_assigned_on_the_day_of_the_application_has_no_seniority() -> None:
    facts = household(assignment_date=DAY)
    assert line("seniority", facts).outcome is FAILED


def test_assigned_29_february_counts_from_28_february_of_the_next_year() -> None:
    assert eligible_from(date(2024, 2, 29), 12) == date(2025, 2, 28)
    facts = household(assignment_date=date(2024, 2, 29))
    assert outcome_and_detail("seniority", facts, day=date(2025, 2, 28)) == (
        PASSED,
        "Assegnato il 29/02/2024: requisito maturato il 28/02/2025",
    )
    assert line("seniority", facts, day=date(2025, 2, 27)).outcome is FAILED


def test_assigned_31_august_with_six_months_counts_from_the_end_of_february() -> None:
    six_months = rules(months_since_assignment=6)
    assert eligible_from(date(2025, 8, 31), 6) == date(2026, 2, 28)
    facts = household(assignment_date=date(2025, 8, 31))
    assert line("seniority", facts, six_months, day=date(2026, 2, 28)).outcome is PASSED
    assert outcome_and_detail("seniority", facts, six_months, day=date(2026, 2, 27)) == (
        FAILED,
        "Assegnato il 31/08/2025: requisito maturato solo dal 28/02/2026",
    )
    assert str(line("seniority", facts, six_months).title) == "Assegnatario da almeno 6 mesi"


def test_a_missing_assignment_date_is_undecided() -> None:
    found = line("seniority", household(assignment_date=None))
    assert (found.outcome, str(found.detail)) == (UNDECIDED, "Data di assegnazione: dato mancante")
    assert "dato mancante" in str(found.detail)


@given(
    assigned=st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2032, 12, 31)),
    months=st.integers(min_value=0, max_value=60),
)
def test_seniority_passes_iff_the_whole_months_since_assignment_reach_the_requirement(assigned: date, day: date, months: int) -> None:
    programme = rules(months_since_assignment=months)
    found = line("seniority", household(assignment_date=assigned), programme, day=day)
    assert found.outcome is (PASSED if whole_months_between(assigned, day) >= months else FAILED)


# --- ISEE -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value_cents", "outcome", "verdict"),
    [
        (0, FAILED, "sotto il minimo"),
        (936000, FAILED, "sotto il minimo"),
        (936001, PASSED, "nel range"),
        (1500000, PASSED, "nel range"),
        (1500001, FAILED, "sopra il massimo"),
    ],
)
def test_isee_range_both_ends_included_in_cents(value_cents: int, outcome: Outcome, verdict: str) -> None:
    found = line("isee", household(isee=isee(value_cents)))
    assert found.outcome is outcome
    assert str(found.detail).endswith(f": {verdict}")


def test_isee_just_below_the_minimum_names_the_value() -> None:
    assert outcome_and_detail("isee", household(isee=isee(936000))) == (
        FAILED,
        "ISEE ordinario 9.360,00 € valido fino al 31/12/2026: sotto il minimo",
    )


def test_isee_just_above_the_maximum_names_the_value() -> None:
    assert outcome_and_detail("isee", household(isee=isee(1500001))) == (
        FAILED,
        "ISEE ordinario 15.000,01 € valido fino al 31/12/2026: sopra il massimo",
    )


def test_isee_detail_names_kind_value_and_validity() -> None:
    assert str(line("isee").detail) == "ISEE ordinario 12.345,67 € valido fino al 31/12/2026: nel range"


def test_isee_corrente_is_named_as_such() -> None:
    fact = isee(1000000, kind=IseeKind.CORRENTE, valid_until=date(2026, 9, 14))
    assert outcome_and_detail("isee", household(isee=fact)) == (
        PASSED,
        "ISEE corrente 10.000,00 € valido fino al 14/09/2026: nel range",
    )


def test_no_attestation_is_undecided() -> None:
    assert outcome_and_detail("isee", household(isee=None)) == (
        UNDECIDED,
        "Nessuna attestazione ISEE valida al 15/03/2026: dato mancante",
    )


def test_an_expired_attestation_is_undecided_and_names_the_expiry_date() -> None:
    facts = household(isee=None, last_isee_expired_on=date(2025, 12, 31))
    assert outcome_and_detail("isee", facts) == (
        UNDECIDED,
        "ISEE scaduto il 31/12/2025: serve un'attestazione valida al 15/03/2026",
    )


def test_isee_title_shows_the_range_in_euros() -> None:
    assert str(line("isee").title) == "ISEE valido da 9.360,01 € a 15.000,00 €"


@given(value_cents=st.integers(min_value=0, max_value=MAX_CENTS))
@example(value_cents=936000)
@example(value_cents=936001)
@example(value_cents=1500000)
@example(value_cents=1500001)
def test_isee_check_passes_iff_min_le_value_le_max(value_cents: int) -> None:
    in_range = L1.isee_min_cents <= value_cents <= L1.isee_max_cents
    found = line("isee", household(isee=isee(value_cents)))
    assert isee_in_range(value_cents, L1) is in_range
    assert found.outcome is (PASSED if in_range else FAILED)
    if value_cents < L1.isee_min_cents:
        assert str(found.detail).endswith(": sotto il minimo")
    elif value_cents > L1.isee_max_cents:
        assert str(found.detail).endswith(": sopra il massimo")
    else:
        assert str(found.detail).endswith(": nel range")


# --- SAP area ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("area", "outcome", "detail"),
    [
        (SapArea.PROTEZIONE, PASSED, "Area protezione: ammessa"),
        (SapArea.ACCESSO, PASSED, "Area accesso: ammessa"),
        (SapArea.PERMANENZA, FAILED, "Area permanenza: non ammessa"),
        (SapArea.DECADENZA, FAILED, "Area decadenza: non ammessa"),
    ],
)
def test_each_sap_area(area: SapArea, outcome: Outcome, detail: str) -> None:
    assert outcome_and_detail("area", household(sap_area=area)) == (outcome, detail)


def test_every_sap_area_is_covered() -> None:
    assert set(SapArea) == {SapArea.PROTEZIONE, SapArea.ACCESSO, SapArea.PERMANENZA, SapArea.DECADENZA}


def test_a_missing_area_is_undecided() -> None:
    assert outcome_and_detail("area", household(sap_area=None)) == (UNDECIDED, "Area SAP: dato mancante")


# --- heating ----------------------------------------------------------------------------------------


def test_centralised_heating_passes() -> None:
    assert outcome_and_detail("heating") == (PASSED, f"{ADDRESS}: riscaldamento centralizzato")


def test_no_centralised_heating_fails() -> None:
    assert outcome_and_detail("heating", household(centralised_heating=False)) == (
        FAILED,
        f"{ADDRESS}: riscaldamento non centralizzato",
    )


def test_a_programme_without_the_heating_requirement_has_no_heating_line() -> None:
    programme = rules(centralised_heating_required=False)
    assert rules_listed(household(centralised_heating=False), programme) == ["seniority", "area", "isee", "arrears", "uniqueness"]
    assert overall_outcome(checklist(household(centralised_heating=False), programme)) is PASSED


# --- arrears ----------------------------------------------------------------------------------------


def test_unknown_arrears_are_undecided_and_a_coordinator_decides() -> None:
    assert outcome_and_detail("arrears", household(arrears_cents=None, arrears_as_of=None)) == (
        UNDECIDED,
        "Morosità: dato mancante; decide un coordinatore",
    )


def test_unknown_arrears_stay_undecided_even_with_an_active_plan() -> None:
    assert outcome_and_detail("arrears", household(arrears_cents=None, arrears_as_of=None, active_plan=True)) == (
        UNDECIDED,
        "Morosità: dato mancante (c'è un piano di rientro attivo); decide un coordinatore",
    )


def test_no_arrears_passes() -> None:
    assert outcome_and_detail("arrears") == (PASSED, "Nessuna morosità al 28/02/2026")
    assert outcome_and_detail("arrears", household(arrears_as_of=None)) == (PASSED, "Nessuna morosità")


def test_one_cent_of_arrears_without_an_active_plan_fails() -> None:
    assert outcome_and_detail("arrears", household(arrears_cents=1)) == (
        FAILED,
        "Morosità 0,01 € al 28/02/2026, senza piano di rientro attivo",
    )


def test_one_cent_of_arrears_with_an_active_plan_passes() -> None:
    assert outcome_and_detail("arrears", household(arrears_cents=1, active_plan=True)) == (
        PASSED,
        "Morosità 0,01 € al 28/02/2026, con piano di rientro attivo",
    )


def test_arrears_amount_is_shown_in_italian_format() -> None:
    assert outcome_and_detail("arrears", household(arrears_cents=123456, arrears_as_of=None)) == (
        FAILED,
        "Morosità 1.234,56 €, senza piano di rientro attivo",
    )


def test_a_programme_ignoring_arrears_has_no_arrears_line() -> None:
    programme = rules(arrears_rule=ArrearsRule.IGNORED)
    facts = household(arrears_cents=500000, active_plan=False)
    assert rules_listed(facts, programme) == ["heating", "seniority", "area", "isee", "uniqueness"]
    assert overall_outcome(checklist(facts, programme)) is PASSED


def test_ignored_arrears_do_not_need_to_be_known() -> None:
    programme = rules(arrears_rule=ArrearsRule.IGNORED)
    assert overall_outcome(checklist(household(arrears_cents=None, arrears_as_of=None), programme)) is PASSED


# --- one application per year, cap -----------------------------------------------------------------


def test_another_application_in_the_year_fails() -> None:
    assert outcome_and_detail("uniqueness", household(other_applications=1)) == (
        FAILED,
        "C'è già una domanda per l'annualità 2026",
    )


def test_received_one_cent_below_the_cap_passes() -> None:
    assert outcome_and_detail("uniqueness", household(received_cents=59999)) == (
        PASSED,
        "Nessun'altra domanda per il 2026; ricevuti 599,99 € su 600,00 € in tutto il programma",
    )


def test_received_the_whole_cap_fails() -> None:
    assert outcome_and_detail("uniqueness", household(received_cents=60000)) == (
        FAILED,
        "Tetto raggiunto: ricevuti 600,00 € su 600,00 € in tutto il programma",
    )


def test_received_more_than_the_cap_fails() -> None:
    assert line("uniqueness", household(received_cents=60001)).outcome is FAILED


def test_each_programme_year_is_accepted() -> None:
    assert line("uniqueness", year=2025).outcome is PASSED
    assert line("uniqueness", year=2026).outcome is PASSED


@pytest.mark.parametrize("year", [2024, 2027])
def test_a_year_outside_the_programme_fails(year: int) -> None:
    assert outcome_and_detail("uniqueness", year=year) == (
        FAILED,
        f"Il {year} non è un'annualità del programma (2025, 2026)",
    )


def test_a_year_outside_the_programme_fails_before_looking_at_other_applications() -> None:
    facts = household(other_applications=1)
    assert str(line("uniqueness", facts, year=2027).detail) == "Il 2027 non è un'annualità del programma (2025, 2026)"


def test_another_application_fails_even_below_the_cap() -> None:
    assert line("uniqueness", household(other_applications=2, received_cents=0)).outcome is FAILED


def test_programme_cap_wording() -> None:
    assert str(line("uniqueness").title) == "Una domanda per annualità, al massimo 600,00 € in tutto il programma"


def test_yearly_cap_wording_names_the_year() -> None:
    yearly = rules(cap_period=CapPeriod.YEAR)
    found = line("uniqueness", household(received_cents=20000), yearly)
    assert str(found.title) == "Una domanda per annualità, al massimo 600,00 € nel 2026"
    assert (found.outcome, str(found.detail)) == (PASSED, "Nessun'altra domanda per il 2026; ricevuti 200,00 € su 600,00 € nel 2026")
    assert outcome_and_detail("uniqueness", household(received_cents=60000), yearly) == (
        FAILED,
        "Tetto raggiunto: ricevuti 600,00 € su 600,00 € nel 2026",
    )


# --- overall outcome --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcomes", "expected"),
    [
        ([PASSED], PASSED),
        ([PASSED, PASSED, PASSED], PASSED),
        ([PASSED, UNDECIDED], UNDECIDED),
        ([UNDECIDED, UNDECIDED], UNDECIDED),
        ([PASSED, FAILED], FAILED),
        ([UNDECIDED, FAILED], FAILED),
        ([FAILED, UNDECIDED, PASSED], FAILED),
        ([PASSED, UNDECIDED, FAILED], FAILED),
    ],
)
def test_failed_beats_undecided_beats_passed(outcomes: list[Outcome], expected: Outcome) -> None:
    assert overall_outcome([check(outcome) for outcome in outcomes]) is expected


@given(st.lists(st.sampled_from(list(Outcome)), min_size=1, max_size=8))
def test_overall_outcome_is_the_worst_line(outcomes: list[Outcome]) -> None:
    worst = FAILED if FAILED in outcomes else UNDECIDED if UNDECIDED in outcomes else PASSED
    assert overall_outcome(tuple(check(outcome) for outcome in outcomes)) is worst


# --- the regional solidarity contribution -----------------------------------------------------------

SOLIDARITY_HOUSEHOLD = household(
    centralised_heating=False,
    assignment_date=date(2024, 3, 15),
    sap_area=SapArea.PERMANENZA,
    isee=isee(800000),
    arrears_cents=250000,
    active_plan=False,
    received_cents=0,
)


def test_solidarity_programme_lists_only_its_checks_and_passes() -> None:
    checks = checklist(SOLIDARITY_HOUSEHOLD, SOLIDARITY)
    assert said(checks) == [
        ("seniority", "Assegnatario da almeno 24 mesi", PASSED, "Assegnato il 15/03/2024: requisito maturato il 15/03/2026"),
        ("area", "Area SAP protezione, accesso, permanenza", PASSED, "Area permanenza: ammessa"),
        ("isee", "ISEE valido da 0,00 € a 9.360,00 €", PASSED, "ISEE ordinario 8.000,00 € valido fino al 31/12/2026: nel range"),
        (
            "uniqueness",
            "Una domanda per annualità, al massimo 2.700,00 € nel 2026",
            PASSED,
            "Nessun'altra domanda per il 2026; ricevuti 0,00 € su 2.700,00 € nel 2026",
        ),
    ]
    assert overall_outcome(checks) is PASSED


def test_solidarity_seniority_is_24_months() -> None:
    facts = replace(SOLIDARITY_HOUSEHOLD, assignment_date=date(2024, 3, 16))
    assert outcome_and_detail("seniority", facts, SOLIDARITY) == (
        FAILED,
        "Assegnato il 16/03/2024: requisito maturato solo dal 16/03/2026",
    )


@pytest.mark.parametrize(
    ("value_cents", "outcome", "verdict"),
    [
        (0, PASSED, "nel range"),
        (936000, PASSED, "nel range"),
        (936001, FAILED, "sopra il massimo"),
    ],
)
def test_solidarity_isee_range(value_cents: int, outcome: Outcome, verdict: str) -> None:
    facts = replace(SOLIDARITY_HOUSEHOLD, isee=isee(value_cents))
    found = line("isee", facts, SOLIDARITY)
    assert (found.outcome, str(found.detail).rsplit(": ", 1)[1]) == (outcome, verdict)


def test_solidarity_refuses_decadenza() -> None:
    facts = replace(SOLIDARITY_HOUSEHOLD, sap_area=SapArea.DECADENZA)
    assert outcome_and_detail("area", facts, SOLIDARITY) == (FAILED, "Area decadenza: non ammessa")


def test_solidarity_yearly_cap() -> None:
    facts = replace(SOLIDARITY_HOUSEHOLD, received_cents=270000)
    assert outcome_and_detail("uniqueness", facts, SOLIDARITY) == (
        FAILED,
        "Tetto raggiunto: ricevuti 2.700,00 € su 2.700,00 € nel 2026",
    )
    assert line("uniqueness", replace(facts, received_cents=269999), SOLIDARITY).outcome is PASSED
