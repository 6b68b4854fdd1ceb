"""Applications for the heating contribution on a real database (DESIGN 2.3, issue 5 points 2-3): the
checklist snapshot, the ISEE that applies, undecided rules left to a coordinator, one application per
household and year, the grant limited by cost, cap and budget, and who may do what. Today is Saturday
21/11/2026; the sample household (tests.contribution_samples) meets every L.1 rule on 20/11/2026."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from app.services.contributions import applications as contributions
from app.services.contributions import programmes as contribution_programmes
from app.services.contributions.applications import ApplicationForm
from app.services.contributions.programmes import HEATING, SOLIDARITY
from app.services.errors import PermissionDenied, ValidationFailed
from app.services.registry import households
from app.services.registry.forms import IseeForm
from app.vocabulary import ContributionState, Outcome, ReceiptMethod, SapArea
from tests.conftest import Desk
from tests.contribution_samples import (
    ELIGIBLE,
    eligible,
    eligible_household,
    granted,
    many_eligible,
    paid,
    save_terms,
)

ALL_PASSED = [
    ("heating", Outcome.PASSED, "via Pizzo Tre Signori 2: riscaldamento centralizzato"),
    ("seniority", Outcome.PASSED, "Assegnato il 15/03/2024: requisito maturato il 15/03/2025"),
    ("area", Outcome.PASSED, "Area accesso: ammessa"),
    ("isee", Outcome.PASSED, "ISEE ordinario 12.345,67 € valido fino al 31/12/2026: nel range"),
    ("arrears", Outcome.PASSED, "Nessuna morosità al 30/09/2026"),
    ("uniqueness", Outcome.PASSED, "Nessun'altra domanda per il 2026; ricevuti 0,00 € su 600,00 € in tutto il programma"),
]


def view(desk: Desk, application: uuid.UUID) -> contributions.ApplicationView:
    return contributions.application_view(desk.uow(desk.operator, write=False), application)


def lines(checks: tuple[contributions.RuleCheck, ...]) -> list[tuple[str, Outcome, str]]:
    return [(c.rule, c.outcome, str(c.detail)) for c in checks]


def apply(desk: Desk, household: uuid.UUID, applied_on: str = "20/11/2026", **fields: str) -> uuid.UUID:
    return contributions.create_application(desk.uow(desk.operator), ApplicationForm(household, HEATING, applied_on, **fields))


def refusal(call: object, *args: object, **kwargs: object) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as refused:
        call(*args, **kwargs)  # type: ignore[operator]
    return refused.value.errors


def counter(desk: Desk) -> contribution_programmes.BudgetCounter:
    return contribution_programmes.budget_counter(desk.uow(write=False), HEATING)


# --- the application and its checklist snapshot ----------------------------------------------------------


def test_draft_stores_the_checklist_of_the_application_date(desk: Desk) -> None:
    household = eligible_household(desk)
    application = apply(desk, household, protocol_number="P.G. 123456", protocol_date="20/11/2026")
    shown = view(desk, application)
    assert shown.state is ContributionState.DRAFT
    assert (shown.applied_on, shown.checked_on, shown.programme_year) == (date(2026, 11, 20), date(2026, 11, 20), 2026)
    assert lines(shown.checks) == ALL_PASSED
    assert (shown.holder_name, shown.household_code, shown.address) == ("Mazzà Giulia", "N001", "via Pizzo Tre Signori 2")
    assert (shown.protocol_number, shown.protocol_date) == ("P.G. 123456", date(2026, 11, 20))
    assert shown.created_by_name == "Pierangela Ghilardi"
    assert (shown.cap_cents, shown.household_granted_cents, shown.receipt_number) == (60_000, 0, "")


def test_later_registry_changes_do_not_rewrite_the_stored_checklist(desk: Desk) -> None:
    household = eligible_household(desk)
    application = apply(desk, household)
    attestation = households.household_detail(desk.uow(write=False), household).attestations[0].id
    households.delete_attestation(desk.uow(), attestation)
    households.update_household(desk.uow(), household, replace(ELIGIBLE, sap_area="decadenza"))

    assert lines(view(desk, application).checks) == ALL_PASSED
    assert contributions.list_applications(desk.uow(write=False), HEATING)[0].outcome is Outcome.PASSED

    # while a draft, checking again reads the registry as it is now
    checks = contributions.recheck_application(desk.uow(desk.operator), application)
    expected = [
        ALL_PASSED[0],
        ALL_PASSED[1],
        ("area", Outcome.FAILED, "Area decadenza: non ammessa"),
        ("isee", Outcome.UNDECIDED, "Nessuna attestazione ISEE valida al 20/11/2026: dato mancante"),
        ALL_PASSED[4],
        ALL_PASSED[5],
    ]
    assert lines(checks) == expected
    assert lines(view(desk, application).checks) == expected
    assert contributions.assess_application(desk.uow(desk.operator), application) is ContributionState.REJECTED


def test_an_assessed_application_keeps_its_snapshot_and_is_not_checked_again(desk: Desk) -> None:
    household = eligible_household(desk)
    application = eligible(desk, household)
    households.update_household(desk.uow(), household, replace(ELIGIBLE, centralised_heating=False))
    assert lines(view(desk, application).checks) == ALL_PASSED
    assert refusal(contributions.recheck_application, desk.uow(), application) == {
        "state": "Non si può verificare di nuovo i requisiti: la domanda è ammessa."
    }


ENGLISH = {
    "Non si può {action}: la domanda è {state}.": "Cannot {action}: the application is {state}.",
    "verificare di nuovo i requisiti": "check the requirements again",
    "ammessa": "eligible",
    "Area {area}: non ammessa": "Area {area}: not accepted",
    "decadenza": "forfeiture",
    "Area SAP {areas}": "SAP area {areas}",
    "accesso": "access",
    "protezione": "protection",
    "Nessun'altra domanda per il {year}; {figures}": "No other application for {year}; {figures}",
    "ricevuti {received} su {cap} in tutto il programma": "received {received} of {cap} over the whole programme",
}


def english(text: str) -> str:
    return ENGLISH.get(text, text)


def test_a_refusal_names_the_action_and_the_state_in_the_language_of_the_screen(desk: Desk) -> None:
    application = eligible(desk, eligible_household(desk))
    with pytest.raises(ValidationFailed) as refused:
        contributions.recheck_application(desk.uow(), application)
    assert refused.value.field_messages["state"].render(english) == "Cannot check the requirements again: the application is eligible."


def test_the_stored_checklist_is_said_again_in_the_language_of_the_screen(desk: Desk) -> None:
    application = apply(desk, eligible_household(desk, sap_area="decadenza"))
    checks = {c.rule: c for c in view(desk, application).checks}
    assert (checks["area"].title.render(english), checks["area"].detail.render(english)) == (
        "SAP area access, protection",
        "Area forfeiture: not accepted",
    )
    assert checks["uniqueness"].detail.render(english) == (
        "No other application for 2026; received 0,00 € of 600,00 € over the whole programme"
    )
    assert str(checks["area"].detail) == "Area decadenza: non ammessa"


def test_a_checklist_stored_as_italian_text_still_reads(desk: Desk) -> None:
    from app.models.contribution import Contribution

    application = apply(desk, eligible_household(desk))
    with desk.uow() as uow:
        row = uow.session.get(Contribution, application)
        assert row is not None
        row.checklist = (
            '[{"rule": "area", "title": "Area SAP accesso", "outcome": "passed", "detail": "Area accesso: ammessa"}]'
        )
        uow.commit()
    (check,) = view(desk, application).checks
    assert (check.rule, str(check.title), check.outcome, str(check.detail)) == (
        "area", "Area SAP accesso", Outcome.PASSED, "Area accesso: ammessa"
    )
    assert check.title.render(english) == "Area SAP accesso"


def test_recheck_after_the_tenant_brings_the_missing_isee(desk: Desk) -> None:
    household = eligible_household(desk, isee="")
    application = apply(desk, household)
    isee = next(c for c in view(desk, application).checks if c.rule == "isee")
    assert (isee.outcome, str(isee.detail)) == (Outcome.UNDECIDED, "Nessuna attestazione ISEE valida al 20/11/2026: dato mancante")
    households.add_attestation(desk.uow(), household, IseeForm("ordinario", "15/01/2026", "12.345,67"), confirmed=True)
    assert lines(contributions.recheck_application(desk.uow(desk.operator), application)) == ALL_PASSED
    assert contributions.assess_application(desk.uow(desk.operator), application) is ContributionState.ELIGIBLE


def test_a_valid_corrente_comes_before_a_valid_ordinario(desk: Desk) -> None:
    household = eligible_household(desk)  # ordinario 12.345,67 filed 15/01/2026
    households.add_attestation(desk.uow(), household, IseeForm("corrente", "01/10/2026", "9.360,00"), confirmed=True)
    application = apply(desk, household)
    isee = next(c for c in view(desk, application).checks if c.rule == "isee")
    assert (isee.outcome, str(isee.detail)) == (Outcome.FAILED, "ISEE corrente 9.360,00 € valido fino al 31/03/2027: sotto il minimo")
    assert contributions.assess_application(desk.uow(desk.operator), application) is ContributionState.REJECTED


def test_an_expired_corrente_leaves_the_ordinario(desk: Desk) -> None:
    household = eligible_household(desk)
    households.add_attestation(desk.uow(), household, IseeForm("corrente", "01/02/2026", "9.000,00"), confirmed=True)
    isee = next(c for c in view(desk, apply(desk, household)).checks if c.rule == "isee")
    assert (isee.outcome, str(isee.detail)) == (Outcome.PASSED, "ISEE ordinario 12.345,67 € valido fino al 31/12/2026: nel range")


# --- assessing --------------------------------------------------------------------------------------------


def test_all_rules_passed_makes_it_eligible(desk: Desk) -> None:
    application = apply(desk, eligible_household(desk))
    assert contributions.assess_application(desk.uow(desk.operator), application) is ContributionState.ELIGIBLE
    shown = view(desk, application)
    assert (shown.state, shown.assessed_on, shown.assessed_by_name, shown.assessment_note) == (
        ContributionState.ELIGIBLE, date(2026, 11, 21), "Pierangela Ghilardi", ""
    )
    assert refusal(contributions.assess_application, desk.uow(), application) == {
        "state": "Non si può valutare la domanda: la domanda è ammessa."
    }


def test_a_passing_application_cannot_be_rejected(desk: Desk) -> None:
    application = apply(desk, eligible_household(desk))
    assert refusal(contributions.assess_application, desk.uow(), application, admit=False, note="no") == {
        "admit": "Tutti i requisiti sono soddisfatti: la domanda non si può respingere."
    }


def test_a_failing_rule_rejects_and_cannot_be_admitted(desk: Desk) -> None:
    household = eligible_household(desk, arrears_amount="1.200,00")  # arrears without a plan
    application = apply(desk, household)
    arrears = next(c for c in view(desk, application).checks if c.rule == "arrears")
    assert (arrears.outcome, str(arrears.detail)) == (Outcome.FAILED, "Morosità 1.200,00 € al 30/09/2026, senza piano di rientro attivo")
    assert refusal(contributions.assess_application, desk.uow(), application, admit=True, note="lo conosciamo") == {
        "admit": "Un requisito non è soddisfatto: la domanda non si può accogliere."
    }
    assert contributions.assess_application(desk.uow(desk.operator), application) is ContributionState.REJECTED
    assert view(desk, application).state is ContributionState.REJECTED


def test_unknown_arrears_are_undecided_and_a_coordinator_decides_with_a_note(desk: Desk) -> None:
    household = eligible_household(desk, arrears_known=False, arrears_amount="", arrears_as_of="")
    application = apply(desk, household)
    arrears = next(c for c in view(desk, application).checks if c.rule == "arrears")
    assert (arrears.outcome, str(arrears.detail)) == (Outcome.UNDECIDED, "Morosità: dato mancante; decide un coordinatore")

    for actor in (desk.operator, desk.tenant_manager):
        with pytest.raises(PermissionDenied, match="Solo un coordinatore può decidere un requisito da verificare."):
            contributions.assess_application(desk.uow(actor), application, admit=True, note="verificato")
    assert refusal(contributions.assess_application, desk.uow(), application) == {
        "admit": "Un requisito è da verificare: scegliere se ammettere o respingere la domanda."
    }
    assert refusal(contributions.assess_application, desk.uow(), application, admit=True, note="  ") == {
        "note": "Motivazione: scrivere perché si decide così il requisito da verificare."
    }
    assert view(desk, application).state is ContributionState.DRAFT

    state = contributions.assess_application(desk.uow(), application, admit=True, note=" ALER conferma: nessuna morosità ")
    assert state is ContributionState.ELIGIBLE
    shown = view(desk, application)
    assert (shown.assessed_by_name, shown.assessment_note) == ("Antonio Negro", "ALER conferma: nessuna morosità")


def test_coordinator_may_reject_an_undecided_application(desk: Desk) -> None:
    household = eligible_household(desk, arrears_known=False, arrears_amount="", arrears_as_of="")
    application = apply(desk, household)
    assert contributions.assess_application(desk.uow(), application, admit=False, note="morosità non chiarita") is ContributionState.REJECTED


# --- one application per household and year --------------------------------------------------------------


def test_second_application_same_household_and_year_is_refused(desk: Desk) -> None:
    household = eligible_household(desk)
    first = apply(desk, household)
    assert refusal(apply, desk, household, "21/11/2026") == {
        "household": "Il nucleo N001 ha già una domanda per l'annualità 2026 (presentata il 20/11/2026, in bozza)."
    }
    contributions.assess_application(desk.uow(), first)
    granted_first = contributions.grant_contribution(desk.uow(), first, "600,00", "Bolletta 2026/118")
    assert granted_first == 60_000
    assert refusal(apply, desk, household, "21/11/2026") == {
        "household": "Il nucleo N001 ha già una domanda per l'annualità 2026 (presentata il 20/11/2026, concessa)."
    }


def test_a_rejected_application_does_not_block_a_new_one(desk: Desk) -> None:
    # DESIGN 2.3 rule 6 counts open or granted applications only: after a rejection the tenant may apply again
    household = eligible_household(desk, sap_area="decadenza")
    first = apply(desk, household)
    assert contributions.assess_application(desk.uow(), first) is ContributionState.REJECTED
    second = apply(desk, household, "21/11/2026")
    uniqueness = next(c for c in view(desk, second).checks if c.rule == "uniqueness")
    assert uniqueness.outcome is Outcome.PASSED


def test_a_cancelled_application_frees_the_year(desk: Desk) -> None:
    household = eligible_household(desk)
    first = apply(desk, household)
    assert refusal(contributions.cancel_application, desk.uow(desk.operator), first, " ") == {
        "reason": "Motivo dell'annullamento: campo obbligatorio."
    }
    contributions.cancel_application(desk.uow(desk.operator), first, "domanda presentata due volte")
    cancelled = view(desk, first)
    assert (cancelled.state, cancelled.cancelled_on, cancelled.cancelled_by_name, cancelled.cancel_reason) == (
        ContributionState.CANCELLED, date(2026, 11, 21), "Pierangela Ghilardi", "domanda presentata due volte"
    )
    second = apply(desk, household, "21/11/2026")
    assert lines(view(desk, second).checks) == ALL_PASSED
    assert refusal(contributions.cancel_application, desk.uow(), first, "di nuovo") == {
        "state": "Non si può annullare la domanda: la domanda è annullata."
    }


def test_year_outside_the_programme_is_refused(desk: Desk) -> None:
    household = eligible_household(desk)
    assert refusal(apply, desk, household, programme_year="2027") == {
        "programme_year": "Annualità: il 2027 non è un'annualità del programma (2025, 2026)."
    }
    assert refusal(apply, desk, household, programme_year="ventisei") == {
        "programme_year": "Annualità: scrivere l'anno, per esempio 2026."
    }
    assert refusal(apply, desk, household, "31/12/2024") == {
        "applied_on": "Il programma «Contributo spese di riscaldamento (azione L.1)» non ha condizioni in vigore il 31/12/2024."
    }
    assert contributions.list_applications(desk.uow(write=False), HEATING) == []


def test_future_or_unreadable_date_is_refused(desk: Desk) -> None:
    household = eligible_household(desk)
    assert refusal(apply, desk, household, "22/11/2026") == {
        "applied_on": "Data della domanda: non può essere dopo oggi (21/11/2026)."
    }
    assert refusal(apply, desk, household, "20-11") == {
        "applied_on": "Data della domanda: Data non leggibile: «20-11». Scrivere gg/mm/aaaa, per esempio 15/03/2026."
    }


def test_screening_only_programme_takes_no_application(desk: Desk) -> None:
    household = eligible_household(desk)
    errors = refusal(
        contributions.create_application, desk.uow(), ApplicationForm(household, SOLIDARITY, "20/11/2026")
    )
    assert errors == {
        "programme_code": "Il programma «Contributo regionale di solidarietà» non si gestisce allo sportello: "
        "serve solo a informare gli inquilini."
    }


def test_record_protocol(desk: Desk) -> None:
    application = apply(desk, eligible_household(desk))
    contributions.record_protocol(desk.uow(desk.operator), application, " P.G. 2026/0456789 ", "21/11/2026")
    shown = view(desk, application)
    assert (shown.protocol_number, shown.protocol_date) == ("P.G. 2026/0456789", date(2026, 11, 21))
    assert contributions.list_applications(desk.uow(write=False), HEATING)[0].protocol_number == "P.G. 2026/0456789"
    assert refusal(contributions.record_protocol, desk.uow(), application, "", "31/11/2026") == {
        "protocol_number": "Numero di protocollo: campo obbligatorio.",
        "protocol_date": "Data di protocollo: La data 31/11/2026 non esiste nel calendario.",
    }
    assert refusal(contributions.record_protocol, desk.uow(), application, "x" * 61, "21/11/2026") == {
        "protocol_number": "Numero di protocollo: al massimo 60 caratteri."
    }
    contributions.cancel_application(desk.uow(), application, "rinuncia")
    assert refusal(contributions.record_protocol, desk.uow(), application, "P.G. 1", "21/11/2026") == {
        "protocol_number": "La domanda è annullata."
    }


def test_list_applications_filters(desk: Desk) -> None:
    first = eligible(desk, eligible_household(desk, "N001"))
    second = apply(desk, eligible_household(desk, "N002", surname="Rota", name="Luca"), "19/11/2026")
    rows = contributions.list_applications(desk.uow(write=False), HEATING)
    assert [(r.household_code, r.holder_name, r.state) for r in rows] == [
        ("N001", "Mazzà Giulia", ContributionState.ELIGIBLE),
        ("N002", "Rota Luca", ContributionState.DRAFT),
    ]
    assert [r.id for r in contributions.list_applications(desk.uow(write=False), HEATING, states=(ContributionState.DRAFT,))] == [second]
    assert [r.id for r in contributions.list_applications(desk.uow(write=False), HEATING, query="mazza")] == [first]
    assert contributions.list_applications(desk.uow(write=False), HEATING, year=2025) == []


# --- granting: amount, cap and budget -------------------------------------------------------------------


def test_operator_cannot_grant(desk: Desk) -> None:
    application = eligible(desk, eligible_household(desk))
    with pytest.raises(PermissionDenied, match="Solo il tenant manager o un coordinatore può concedere un contributo."):
        contributions.grant_contribution(desk.uow(desk.operator), application, "600,00", "Bolletta 2026/118")
    assert view(desk, application).state is ContributionState.ELIGIBLE


def test_grant_records_cost_bill_and_who(desk: Desk) -> None:
    application = eligible(desk, eligible_household(desk))
    assert contributions.grant_contribution(desk.uow(desk.tenant_manager), application, "524,65", " Bolletta 2026/118 ") == 52_465
    shown = view(desk, application)
    assert (shown.state, shown.heating_cost_cents, shown.bill_reference, shown.granted_cents) == (
        ContributionState.GRANTED, 52_465, "Bolletta 2026/118", 52_465
    )
    assert (shown.granted_on, shown.granted_by_name) == (date(2026, 11, 21), "Anna Maria Calvi")


def test_grant_is_limited_to_the_cap(desk: Desk) -> None:
    application = eligible(desk, eligible_household(desk))
    assert contributions.grant_contribution(desk.uow(), application, "1.234,56", "Bolletta 2026/118") == 60_000
    assert view(desk, application).heating_cost_cents == 123_456


def test_grant_form_refusals(desk: Desk) -> None:
    application = eligible(desk, eligible_household(desk))
    assert refusal(contributions.grant_contribution, desk.uow(), application, "0", " ", amount="-1", granted_on="ieri") == {
        "heating_cost": "Spesa di riscaldamento documentata: L'importo deve essere maggiore di zero.",
        "bill_reference": "Riferimento della bolletta: campo obbligatorio (numero e periodo della bolletta SAP).",
        "amount": "Importo concesso: L'importo non può essere negativo. Forme accettate: 1234,56 · 1.234,56 · 1234.56 · € 1.234,56.",
        "granted_on": "Data della concessione: Data non leggibile: «ieri». Scrivere gg/mm/aaaa, per esempio 15/03/2026.",
    }
    assert refusal(contributions.grant_contribution, desk.uow(), application, "600", "B", granted_on="19/11/2026") == {
        "granted_on": "Data della concessione: non può essere prima della domanda."
    }
    draft_only = apply(desk, eligible_household(desk, "N002", surname="Rota"))
    assert refusal(contributions.grant_contribution, desk.uow(), draft_only, "600", "B") == {
        "state": "Non si può concedere il contributo: la domanda è in bozza."
    }


def test_typed_amount_above_the_limit_is_refused_with_the_figures(desk: Desk) -> None:
    application = eligible(desk, eligible_household(desk))
    assert refusal(contributions.grant_contribution, desk.uow(), application, "550,00", "Bolletta 2026/118", amount="550,01") == {
        "amount": "Importo concesso 550,01 € oltre il massimo di 550,00 €: spesa documentata 550,00 €; al nucleo restano "
        "600,00 € del tetto di 600,00 € (già ricevuti 0,00 €); restano 32.930,22 € del budget."
    }
    assert contributions.grant_contribution(desk.uow(), application, "550,00", "Bolletta 2026/118", amount="500,00") == 50_000


def test_grant_proposal_figures(desk: Desk) -> None:
    application = eligible(desk, eligible_household(desk))
    proposal = contributions.grant_proposal(desk.uow(write=False), application, 70_000)
    assert (proposal.cap_cents, proposal.household_received_cents, proposal.cap_left_cents) == (60_000, 0, 60_000)
    assert (proposal.budget_left_cents, proposal.proposed_cents) == (3_293_022, 60_000)


def test_cap_counts_the_whole_programme_and_a_cancelled_grant_returns(desk: Desk) -> None:
    household = eligible_household(desk)
    households.add_attestation(desk.uow(), household, IseeForm("ordinario", "15/01/2025", "11.000,00"), confirmed=True)
    in_2025 = apply(desk, household, "10/12/2025")
    assert view(desk, in_2025).programme_year == 2025
    contributions.assess_application(desk.uow(), in_2025)
    contributions.grant_contribution(desk.uow(), in_2025, "400,00", "Bolletta 2025/077", granted_on="15/12/2025")

    in_2026 = apply(desk, household)
    shown = view(desk, in_2026)
    uniqueness = next(c for c in shown.checks if c.rule == "uniqueness")
    assert str(uniqueness.detail) == "Nessun'altra domanda per il 2026; ricevuti 400,00 € su 600,00 € in tutto il programma"
    assert shown.household_granted_cents == 40_000
    contributions.assess_application(desk.uow(), in_2026)
    assert refusal(contributions.grant_contribution, desk.uow(), in_2026, "600,00", "Bolletta 2026/118", amount="200,01") == {
        "amount": "Importo concesso 200,01 € oltre il massimo di 200,00 €: spesa documentata 600,00 €; al nucleo restano "
        "200,00 € del tetto di 600,00 € (già ricevuti 400,00 €); restano 32.530,22 € del budget."
    }
    assert contributions.grant_contribution(desk.uow(), in_2026, "600,00", "Bolletta 2026/118") == 20_000

    # the cap reached: a new application in 2026 is impossible (one per year), and the 2025 grant cancelled returns 400,00
    contributions.cancel_application(desk.uow(), in_2025, "concessione registrata per errore")
    assert view(desk, in_2026).household_granted_cents == 0
    assert counter(desk).granted_cents == 20_000


def test_cap_reached_is_refused_with_the_figures(desk: Desk) -> None:
    household = eligible_household(desk)
    households.add_attestation(desk.uow(), household, IseeForm("ordinario", "15/01/2025", "11.000,00"), confirmed=True)
    in_2025 = apply(desk, household, "10/12/2025")
    contributions.assess_application(desk.uow(), in_2025)
    in_2026 = apply(desk, household)  # drafted while nothing was granted yet
    contributions.assess_application(desk.uow(), in_2026)
    contributions.grant_contribution(desk.uow(), in_2025, "600,00", "Bolletta 2025/077")
    assert refusal(contributions.grant_contribution, desk.uow(), in_2026, "300,00", "Bolletta 2026/118") == {
        "amount": "Il nucleo ha raggiunto il tetto: spesa documentata 300,00 €; al nucleo restano 0,00 € del tetto di "
        "600,00 € (già ricevuti 600,00 €); restano 32.330,22 € del budget."
    }
    # applied again for 2026, the checklist fails the cap rule
    contributions.cancel_application(desk.uow(), in_2026, "ripresentata")
    again = apply(desk, household, "21/11/2026")
    uniqueness = next(c for c in view(desk, again).checks if c.rule == "uniqueness")
    assert (uniqueness.outcome, str(uniqueness.detail)) == (
        Outcome.FAILED, "Tetto raggiunto: ricevuti 600,00 € su 600,00 € in tutto il programma"
    )
    assert contributions.assess_application(desk.uow(), again) is ContributionState.REJECTED


def test_cancelling_a_grant_needs_a_coordinator_and_returns_its_amount(desk: Desk) -> None:
    application = granted(desk, eligible_household(desk))
    assert counter(desk).left_cents == 3_293_022 - 60_000
    with pytest.raises(PermissionDenied, match="Solo un coordinatore può annullare un contributo concesso o pagato."):
        contributions.cancel_application(desk.uow(desk.operator), application, "errore")
    with pytest.raises(PermissionDenied):
        contributions.cancel_application(desk.uow(desk.tenant_manager), application, "errore")
    contributions.cancel_application(desk.uow(), application, "bolletta già rimborsata")
    assert counter(desk).left_cents == 3_293_022
    assert counter(desk).granted_count == 0


def test_budget_runs_out_at_the_69th_grant_of_600(desk: Desk) -> None:
    save_terms(desk, opening_spent="0", opening_households="0")
    applications = many_eligible(desk, 69)
    for application in applications[:68]:
        assert contributions.grant_contribution(desk.uow(desk.tenant_manager), application, "600,00", "Bolletta 2026") == 60_000
    now = counter(desk)
    assert (now.budget_cents, now.opening_cents, now.granted_cents, now.granted_count, now.left_cents) == (
        4_080_000, 0, 4_080_000, 68, 0
    )
    assert refusal(contributions.grant_contribution, desk.uow(desk.tenant_manager), applications[68], "600,00", "Bolletta 2026") == {
        "amount": "Budget esaurito: spesa documentata 600,00 €; al nucleo restano 600,00 € del tetto di 600,00 € "
        "(già ricevuti 0,00 €); restano 0,00 € del budget."
    }
    assert view(desk, applications[68]).state is ContributionState.ELIGIBLE

    # a cancelled grant returns its 600,00 and the 69th passes
    contributions.cancel_application(desk.uow(), applications[0], "rinuncia del nucleo")
    assert contributions.grant_contribution(desk.uow(desk.tenant_manager), applications[68], "600,00", "Bolletta 2026") == 60_000


def test_grant_is_limited_to_what_is_left_of_the_budget(desk: Desk) -> None:
    save_terms(desk, budget="1.000,00", opening_spent="300,00", opening_households="1")
    first, second = many_eligible(desk, 2)
    assert contributions.grant_contribution(desk.uow(), first, "600,00", "Bolletta 2026") == 60_000
    assert refusal(contributions.grant_contribution, desk.uow(), second, "600,00", "Bolletta 2026", amount="100,01") == {
        "amount": "Importo concesso 100,01 € oltre il massimo di 100,00 €: spesa documentata 600,00 €; al nucleo restano "
        "600,00 € del tetto di 600,00 € (già ricevuti 0,00 €); restano 100,00 € del budget."
    }
    assert contributions.grant_contribution(desk.uow(), second, "600,00", "Bolletta 2026") == 10_000
    assert counter(desk).left_cents == 0


def test_paid_grants_count_against_the_budget_and_the_cap(desk: Desk) -> None:
    application, number = paid(desk, eligible_household(desk), "450,00")
    assert number == "CEL/2026/0001"
    now = counter(desk)
    assert (now.granted_cents, now.paid_cents, now.paid_count, now.left_cents) == (0, 45_000, 1, 3_293_022 - 45_000)
    shown = view(desk, application)
    assert (shown.state, shown.paid_on, shown.paid_by_name, shown.payment_method, shown.receipt_number) == (
        ContributionState.PAID, date(2026, 11, 21), "Pierangela Ghilardi", ReceiptMethod.SAP_ACCOUNT, "CEL/2026/0001"
    )


def test_payment_refusals(desk: Desk) -> None:
    application = granted(desk, eligible_household(desk))
    assert refusal(contributions.pay_contribution, desk.uow(), application, "22/11/2026", ReceiptMethod.CASH) == {
        "paid_on": "Data del pagamento: non può essere dopo oggi (21/11/2026)."
    }
    assert refusal(contributions.pay_contribution, desk.uow(), application, "20/11/2026", ReceiptMethod.CASH) == {
        "paid_on": "Data del pagamento: non può essere prima della concessione."
    }
    eligible_only = eligible(desk, eligible_household(desk, "N002", surname="Rota"))
    assert refusal(contributions.pay_contribution, desk.uow(), eligible_only, "21/11/2026", ReceiptMethod.CASH) == {
        "state": "Non si può registrare il pagamento: la domanda è ammessa."
    }
    assert view(desk, application).state is ContributionState.GRANTED


def test_new_terms_areas_apply_to_new_applications_only(desk: Desk) -> None:
    household = eligible_household(desk, sap_area="protezione")
    before = apply(desk, household)
    save_terms(desk, areas=(SapArea.ACCESSO,))
    contributions.cancel_application(desk.uow(), before, "ripresentata")
    assert next(c for c in view(desk, before).checks if c.rule == "area").outcome is Outcome.PASSED
    after = apply(desk, household, "21/11/2026")
    area = next(c for c in view(desk, after).checks if c.rule == "area")
    assert (str(area.title), area.outcome, str(area.detail)) == ("Area SAP accesso", Outcome.FAILED, "Area protezione: non ammessa")


def test_a_budget_lowered_by_new_terms_binds_applications_made_before(desk: Desk) -> None:
    earlier = eligible(desk, eligible_household(desk, "N001"))
    save_terms(desk, budget="8.469,78")  # 600,00 left after the opening amount
    assert counter(desk).left_cents == 60_000
    contributions.grant_contribution(desk.uow(), earlier, "600,00", "Bolletta 2026/118")
    later = eligible(desk, eligible_household(desk, "N002", surname="Rota"))
    assert "Budget esaurito" in refusal(contributions.grant_contribution, desk.uow(), later, "600,00", "Bolletta 2026/119")["amount"]
    assert counter(desk).left_cents == 0


def test_the_budget_cannot_be_set_below_what_is_committed(desk: Desk) -> None:
    granted(desk, eligible_household(desk))
    assert refusal(save_terms, desk, budget="8.000,00") == {
        "budget": "Budget: non può essere inferiore a quanto già erogato, concesso e pagato (8.469,78 €)."
    }
    save_terms(desk, budget="8.469,78")
    assert counter(desk).left_cents == 0


def test_a_grant_cannot_be_dated_after_today(desk: Desk) -> None:
    application = eligible(desk, eligible_household(desk))
    assert refusal(contributions.grant_contribution, desk.uow(), application, "600,00", "Bolletta", granted_on="22/11/2026") == {
        "granted_on": "Data della concessione: non può essere dopo oggi (21/11/2026)."
    }
    assert view(desk, application).state is ContributionState.ELIGIBLE


def test_arrears_with_a_suspended_plan_do_not_pass(desk: Desk) -> None:
    from app.services.plans import plans as repayment_plans
    from app.vocabulary import PlanState
    from tests.plan_samples import active_plan

    household, plan = active_plan(desk, code="P001")
    households.update_household(
        desk.uow(),
        household,
        replace(ELIGIBLE, code="P001", arrears_amount="1.000,00"),
    )
    households.add_attestation(desk.uow(), household, IseeForm("ordinario", "15/01/2026", "12.345,67"), confirmed=True)
    arrears = lambda: next(c for c in contributions.preview_checks(desk.uow(write=False), household, HEATING, date(2026, 11, 20), 2026) if c.rule == "arrears")  # noqa: E731
    assert arrears().outcome is Outcome.PASSED
    repayment_plans.change_state(desk.uow(), plan, PlanState.SUSPENDED, date(2026, 11, 20), "morosità incolpevole")
    assert (arrears().outcome, str(arrears().detail)) == (Outcome.FAILED, "Morosità 1.000,00 € al 30/09/2026, senza piano di rientro attivo")
