"""Contribution programmes on a real database (DESIGN 2.3, issue 5 point 1): the seeded L.1 and solidarity
terms, who may change terms, every refusal of the terms form, dated rows applying from their date, a row
already used by an application kept as it is, and the budget counter. Today is Saturday 21/11/2026."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.contributions import applications as contributions
from app.services.contributions import programmes as contribution_programmes
from app.services.contributions.programmes import HEATING, SOLIDARITY, BudgetCounter
from app.services.errors import NotFound, PermissionDenied, ValidationFailed
from app.vocabulary import ArrearsRule, CapPeriod, ContributionState, SapArea, StampDuty
from tests.conftest import Desk
from tests.contribution_samples import (
    draft,
    eligible,
    eligible_household,
    granted,
    paid,
    save_terms,
    terms_form,
)


def programme(desk: Desk, code: str = HEATING) -> contribution_programmes.ProgrammeView:
    return contribution_programmes.programme_view(desk.uow(desk.operator, write=False), code)


def counter(desk: Desk, on: date | None = None) -> BudgetCounter:
    return contribution_programmes.budget_counter(desk.uow(desk.operator, write=False), HEATING, on)


# --- seeded programmes ---------------------------------------------------------------------------------


def test_heating_programme_is_seeded_with_the_project_values(desk: Desk) -> None:
    view = programme(desk)
    assert (view.code, view.name, view.issues_receipts) == (HEATING, "Contributo spese di riscaldamento (azione L.1)", True)
    assert len(view.terms) == 1
    terms = view.terms[0]
    assert terms.effective_from == date(2025, 1, 1)
    assert terms.years == (2025, 2026)
    assert terms.budget_cents == 4_080_000
    assert terms.cap_cents == 60_000
    assert terms.cap_period is CapPeriod.PROGRAMME
    assert (terms.isee_min_cents, terms.isee_max_cents) == (936_001, 1_500_000)
    assert terms.months_since_assignment == 12
    assert terms.areas == (SapArea.ACCESSO, SapArea.PROTEZIONE)
    assert terms.centralised_heating_required is True
    assert terms.arrears_rule is ArrearsRule.PLAN_REQUIRED
    assert (terms.opening_spent_cents, terms.opening_households) == (786_978, 15)
    assert terms.stamp_duty is StampDuty.PAID
    assert terms.funding_statement == contribution_programmes.FUNDING_STATEMENT
    assert terms.used == 0


def test_heating_terms_fill_the_form_as_typed(desk: Desk) -> None:
    form = terms_form(desk)
    assert form.effective_from == "01/01/2025"
    assert form.years == "2025, 2026"
    assert form.budget == "40.800,00"
    assert form.cap == "600,00"
    assert (form.isee_min, form.isee_max) == ("9.360,01", "15.000,00")
    assert form.months_since_assignment == "12"
    assert (form.opening_spent, form.opening_households) == ("7.869,78", "15")


def test_solidarity_programme_is_seeded_for_screening_only(desk: Desk) -> None:
    view = programme(desk, SOLIDARITY)
    assert (view.name, view.issues_receipts) == ("Contributo regionale di solidarietà", False)
    terms = view.terms[0]
    assert terms.years == (2025, 2026)
    assert (terms.cap_cents, terms.cap_period) == (270_000, CapPeriod.YEAR)
    assert (terms.isee_min_cents, terms.isee_max_cents) == (0, 936_000)
    assert terms.months_since_assignment == 24
    assert terms.areas == (SapArea.PROTEZIONE, SapArea.ACCESSO, SapArea.PERMANENZA)
    assert terms.centralised_heating_required is False
    assert terms.arrears_rule is ArrearsRule.IGNORED


def test_programmes_list_paying_first(desk: Desk) -> None:
    codes = [p.code for p in contribution_programmes.list_programmes(desk.uow(desk.operator, write=False))]
    assert codes == [HEATING, SOLIDARITY]


def test_unknown_programme_is_not_found(desk: Desk) -> None:
    with pytest.raises(NotFound, match="Programma «XX» non trovato."):
        programme(desk, "XX")


def test_opening_counter_before_any_application(desk: Desk) -> None:
    assert counter(desk) == BudgetCounter(
        budget_cents=4_080_000,
        opening_cents=786_978,
        opening_households=15,
        granted_cents=0,
        granted_count=0,
        paid_cents=0,
        paid_count=0,
    )
    assert counter(desk).left_cents == 3_293_022  # 32.930,22 € as in DESIGN 2.3


def test_no_terms_before_the_programme_began(desk: Desk) -> None:
    with pytest.raises(ValidationFailed) as refused:
        counter(desk, date(2024, 12, 31))
    assert refused.value.errors == {
        "applied_on": "Il programma «Contributo spese di riscaldamento (azione L.1)» non ha condizioni in vigore il 31/12/2024."
    }


# --- who may change the terms ----------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["operator", "tenant_manager"])
def test_only_a_coordinator_saves_terms(desk: Desk, who: str) -> None:
    form = terms_form(desk, effective_from="01/11/2026", cap="500,00")
    with pytest.raises(PermissionDenied, match="Solo un coordinatore può modificare le condizioni di un programma."):
        contribution_programmes.save_terms(desk.uow(getattr(desk, who)), HEATING, form)
    assert len(programme(desk).terms) == 1


def test_coordinator_saves_new_terms_from_a_date(desk: Desk) -> None:
    terms_id = save_terms(desk, cap="500,00", budget="50.000,00", opening_spent="0", opening_households="0")
    view = programme(desk)
    assert [t.effective_from for t in view.terms] == [date(2025, 1, 1), date(2026, 11, 1)]
    new = view.terms[1]
    assert new.id == terms_id
    assert (new.cap_cents, new.budget_cents, new.opening_spent_cents, new.opening_households) == (50_000, 5_000_000, 0, 0)
    assert new.recorded_by_name == "Antonio Negro"
    assert view.terms_on(date(2026, 10, 31)) == view.terms[0]
    assert view.terms_on(date(2026, 11, 1)) == new
    assert view.terms_on(date(2024, 12, 31)) is None
    assert counter(desk, date(2026, 10, 31)).budget_cents == 4_080_000
    assert counter(desk, date(2026, 11, 1)).budget_cents == 5_000_000
    assert counter(desk).opening_cents == 0


def test_coordinator_renames_the_programme_and_a_blank_name_is_refused(desk: Desk) -> None:
    form = terms_form(desk, effective_from="01/11/2026")
    contribution_programmes.save_terms(desk.uow(), HEATING, form, name="  Contributo riscaldamento L.1  ")
    assert programme(desk).name == "Contributo riscaldamento L.1"
    with pytest.raises(ValidationFailed) as refused:
        contribution_programmes.save_terms(desk.uow(), HEATING, form, name="  ")
    assert refused.value.errors == {"name": "Nome del programma: campo obbligatorio."}


def test_unused_terms_of_the_same_date_are_replaced(desk: Desk) -> None:
    first = save_terms(desk, cap="500,00")
    second = save_terms(desk, cap="550,00")
    assert second == first
    view = programme(desk)
    assert len(view.terms) == 2
    assert view.terms[1].cap_cents == 55_000


# --- every refusal of the form ----------------------------------------------------------------------------


AMOUNT_FORMS = "1234,56 · 1.234,56 · 1234.56 · € 1.234,56"

REFUSALS = [
    ({"effective_from": "31/02/2026"}, "effective_from", "In vigore dal: La data 31/02/2026 non esiste nel calendario."),
    ({"effective_from": "domani"}, "effective_from", "In vigore dal: Data non leggibile: «domani». Scrivere gg/mm/aaaa, per esempio 15/03/2026."),
    ({"years": ""}, "years", "Annualità: scrivere gli anni separati da virgole, per esempio 2025, 2026."),
    ({"years": "2025, 26"}, "years", "Annualità: scrivere gli anni separati da virgole, per esempio 2025, 2026."),
    ({"budget": "quaranta"}, "budget", f"Budget: Importo non leggibile: «quaranta». Forme accettate: {AMOUNT_FORMS}."),
    ({"cap": "0"}, "cap", "Tetto per nucleo: indicare un importo maggiore di zero."),
    ({"cap": "-600"}, "cap", f"Tetto per nucleo: L'importo non può essere negativo. Forme accettate: {AMOUNT_FORMS}."),
    ({"isee_min": "1,234.56"}, "isee_min", f"ISEE minimo: Importo non leggibile: «1,234.56». Forme accettate: {AMOUNT_FORMS}."),
    ({"isee_max": ""}, "isee_max", f"ISEE massimo: Scrivere un importo, per esempio {AMOUNT_FORMS}."),
    ({"isee_min": "15.000,01"}, "isee_max", "ISEE massimo: deve essere almeno l'ISEE minimo."),
    ({"months_since_assignment": "dodici"}, "months_since_assignment", "Mesi dall'assegnazione: scrivere un numero intero da 0 a 240."),
    ({"months_since_assignment": "241"}, "months_since_assignment", "Mesi dall'assegnazione: scrivere un numero intero da 0 a 240."),
    ({"areas": ()}, "areas", "Aree SAP ammesse: sceglierne almeno una."),
    ({"opening_spent": "40.800,01"}, "opening_spent", "Già erogato: non può superare il budget."),
    ({"opening_households": "-1"}, "opening_households", "Nuclei già beneficiari: scrivere un numero intero da 0 a 100000."),
    ({"stamp_duty": StampDuty.EXEMPT, "stamp_exemption_rule": "  "}, "stamp_exemption_rule",
     "Norma di esenzione dal bollo: scrivere la norma che la ricevuta deve citare."),
    ({"cup": "J19J2100000000000000X"}, "cup", "CUP: al massimo 20 caratteri (il CUP ne ha 15)."),
]


@pytest.mark.parametrize(("changes", "field", "message"), REFUSALS, ids=[f"{r[1]}-{i}" for i, r in enumerate(REFUSALS)])
def test_each_wrong_field_is_refused_with_its_message(desk: Desk, changes: dict[str, object], field: str, message: str) -> None:
    changes = {"effective_from": "01/11/2026", **changes}
    with pytest.raises(ValidationFailed) as refused:
        contribution_programmes.save_terms(desk.uow(), HEATING, terms_form(desk, **changes))
    assert refused.value.errors == {field: message}
    assert len(programme(desk).terms) == 1


def test_every_problem_is_reported_at_once(desk: Desk) -> None:
    form = terms_form(desk, effective_from="", years="", cap="0", areas=(), months_since_assignment="")
    with pytest.raises(ValidationFailed) as refused:
        contribution_programmes.save_terms(desk.uow(), HEATING, form)
    assert set(refused.value.errors) == {"effective_from", "years", "cap", "areas", "months_since_assignment"}


def test_accepted_values_are_normalised(desk: Desk) -> None:
    save_terms(
        desk,
        years="2026; 2025, 2026",
        cup=" j19j21000000000 ",
        stamp_duty=StampDuty.EXEMPT,
        stamp_exemption_rule=" art. 8 Tabella B DPR 642/1972 ",
        act_reference="Determina n. 1234 del 10/03/2025",
    )
    terms = programme(desk).terms[1]
    assert terms.years == (2025, 2026)
    assert terms.cup == "J19J21000000000"
    assert terms.stamp_exemption_rule == "art. 8 Tabella B DPR 642/1972"
    assert terms.act_reference == "Determina n. 1234 del 10/03/2025"


# --- settings edits never change past decisions ------------------------------------------------------------


def test_terms_used_by_an_application_are_never_changed(desk: Desk) -> None:
    application = draft(desk, eligible_household(desk))
    assert programme(desk).terms[0].used == 1
    with pytest.raises(ValidationFailed) as refused:
        save_terms(desk, effective_from="01/01/2025", cap="500,00")
    assert refused.value.errors == {
        "effective_from": "Le condizioni in vigore dal 01/01/2025 sono già state usate per 1 domanda e non si cambiano: "
        "indicare la data da cui valgono le nuove condizioni."
    }
    assert programme(desk).terms[0].cap_cents == 60_000
    assert contributions.application_view(desk.uow(write=False), application).cap_cents == 60_000


def test_new_terms_leave_an_existing_application_as_decided(desk: Desk) -> None:
    household = eligible_household(desk)
    application = eligible(desk, household)
    before = contributions.application_view(desk.uow(write=False), application)
    seeded = programme(desk).terms[0].id

    save_terms(desk, cap="300,00", isee_max="10.000,00", areas=(SapArea.PROTEZIONE,))

    after = contributions.application_view(desk.uow(write=False), application)
    assert after.checks == before.checks
    assert after.cap_cents == 60_000
    assert after.state is ContributionState.ELIGIBLE
    assert contributions.grant_contribution(desk.uow(), application, "600,00", "Bolletta 2026/118") == 60_000
    assert [t.used for t in programme(desk).terms] == [1, 0]
    assert programme(desk).terms[0].id == seeded

    # a new application under the new terms reads them: cap 300,00 and the ISEE now above the maximum
    other = draft(desk, eligible_household(desk, "N002", surname="Rota"))
    view = contributions.application_view(desk.uow(write=False), other)
    assert view.cap_cents == 30_000
    isee = next(c for c in view.checks if c.rule == "isee")
    assert (isee.outcome.value, str(isee.detail)) == ("failed", "ISEE ordinario 12.345,67 € valido fino al 31/12/2026: sopra il massimo")


# --- the budget counter -----------------------------------------------------------------------------------


def test_counter_follows_grants_payments_and_cancellations(desk: Desk) -> None:
    first = granted(desk, eligible_household(desk, "N001"), "524,65")
    second, _number = paid(desk, eligible_household(desk, "N002", surname="Rota"))
    third = granted(desk, eligible_household(desk, "N003", surname="Bonfanti"), "300,00")
    now = counter(desk)
    assert (now.granted_cents, now.granted_count, now.paid_cents, now.paid_count) == (82_465, 2, 60_000, 1)
    assert now.left_cents == 4_080_000 - 786_978 - 82_465 - 60_000

    contributions.cancel_application(desk.uow(), third, "bolletta già rimborsata dal gestore")
    contributions.cancel_application(desk.uow(), second, "pagamento registrato per errore")
    now = counter(desk)
    assert (now.granted_cents, now.granted_count, now.paid_cents, now.paid_count) == (52_465, 1, 0, 0)
    assert now.left_cents == 3_293_022 - 52_465
    assert first is not None
