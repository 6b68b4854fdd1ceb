from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import select

from app.models.audit import AuditEntry
from app.services.errors import NeedsConfirmation, ValidationFailed
from app.services.registry import households
from app.services.registry.forms import HouseholdForm, IseeForm, PersonForm
from tests.conftest import Desk

HOUSEHOLD = HouseholdForm(
    code="N001",
    street="via Pizzo Tre Signori",
    house_number="2",
    neighbourhood="Celadina",
    centralised_heating=True,
    assignment_date="15/03/2025",
    sap_area="accesso",
)
HOLDER = PersonForm(surname="Mazzà", name="Giulia", codice_fiscale="CNTCHR83T41D969D", birth_date="01/12/1983", sex="F")


def test_search_ignores_accents_and_case(desk: Desk) -> None:
    households.create_household(desk.uow(), HOUSEHOLD, HOLDER)
    rows = households.search_households(desk.uow(write=False), "mazza giu")
    assert [row.holder_name for row in rows] == ["Mazzà Giulia"]
    assert rows[0].holder_codice_fiscale_masked == "CNTCHR••••••••9D"
    assert households.search_households(desk.uow(write=False), "rossi") == []


def test_every_change_is_audited_with_operator_and_site(desk: Desk) -> None:
    household_id = households.create_household(desk.uow(desk.operator), HOUSEHOLD, HOLDER)
    with desk.uow(write=False) as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "households", AuditEntry.entity_id == str(household_id))
        ).one()
    assert entry.action == "insert"
    assert entry.operator_name == "Pierangela Ghilardi"
    assert entry.site == "CEL"
    assert json.loads(entry.changes)["code"] == [None, "N001"]


def test_a_person_cannot_be_in_two_households_even_with_an_omocode_spelling(desk: Desk) -> None:
    households.create_household(desk.uow(), HOUSEHOLD, PersonForm(surname="Rossi", name="Mario", codice_fiscale="RSSMRA45C12F205C"))
    second = HouseholdForm(code="N002", street="via Carlo Alberto", house_number="23")
    with pytest.raises(ValidationFailed) as refused:
        households.create_household(desk.uow(), second, PersonForm(surname="Rossi", name="Mario", codice_fiscale="RSSMRAQRCMNFNLRG"))
    assert "appartiene già a Rossi Mario, nucleo N001" in refused.value.errors["holder_codice_fiscale"]


ENGLISH = {
    "{field}: «{text}» non è tra i valori ammessi ({allowed}).": "{field}: «{text}» is not among the allowed values ({allowed}).",
    "Area SAP": "SAP band",
    "protezione": "protection",
    "accesso": "access",
    "permanenza": "tenure",
    "decadenza": "forfeiture",
    "Il sesso indicato non corrisponde a quello nel codice fiscale (femminile).": "The sex differs from the code's (female).",
}


def test_refusals_and_warnings_render_in_another_language_with_their_fields_and_the_labels_of_the_values(desk: Desk) -> None:
    with pytest.raises(ValidationFailed) as refused:
        households.create_household(desk.uow(), HouseholdForm(code="N001", street="via Roma", sap_area="ricchi"), HOLDER)
    area = refused.value.field_messages["sap_area"]
    assert str(area) == "Area SAP: «ricchi» non è tra i valori ammessi (protezione, accesso, permanenza, decadenza)."
    assert area.render(lambda text: ENGLISH.get(text, text)) == (  # the words to type stay those a file holds
        "SAP band: «ricchi» is not among the allowed values (protezione, accesso, permanenza, decadenza)."
    )
    with pytest.raises(NeedsConfirmation) as asked:
        households.create_household(desk.uow(), HOUSEHOLD, dataclasses.replace(HOLDER, sex="M"))
    assert [warning.render(lambda text: ENGLISH.get(text, text)) for warning in asked.value.warning_messages] == [
        "The sex differs from the code's (female)."
    ]


def test_birth_date_disagreeing_with_the_code_asks_for_confirmation(desk: Desk) -> None:
    holder = PersonForm(surname="Mazzà", name="Giulia", codice_fiscale="CNTCHR83T41D969D", birth_date="02/12/1983")
    with pytest.raises(NeedsConfirmation):
        households.create_household(desk.uow(), HOUSEHOLD, holder)
    households.create_household(desk.uow(), HOUSEHOLD, holder, confirmed=True)
    assert households.count_households(desk.uow(write=False), "") == 1


def test_corrente_applies_over_ordinario_while_both_are_valid(desk: Desk) -> None:
    household_id = households.create_household(desk.uow(), HOUSEHOLD, HOLDER)
    households.add_attestation(desk.uow(), household_id, IseeForm("ordinario", "10/01/2026", "11.000,00"))
    households.add_attestation(
        desk.uow(), household_id, IseeForm("corrente", "01/10/2026", "9.500,00", "INPS-ISEE-2026-123456789-00")
    )
    detail = households.household_detail(desk.uow(write=False), household_id)
    applying = [a for a in detail.attestations if a.applies_today]
    assert len(applying) == 1 and applying[0].value_cents == 950_000


def test_holder_change_keeps_the_previous_holder_in_history(desk: Desk) -> None:
    household_id = households.create_household(desk.uow(), HOUSEHOLD, HOLDER)
    member_id = households.add_member(desk.uow(), household_id, PersonForm(surname="Mazzà", name="Luca"))
    households.change_holder(desk.uow(), household_id, member_id, TODAY_MINUS_ONE, "decesso")
    detail = households.household_detail(desk.uow(write=False), household_id)
    assert detail.holder is not None and detail.holder.name == "Luca"
    assert [(c.previous_holder_name, c.new_holder_name) for c in detail.holder_changes] == [("Mazzà Giulia", "Mazzà Luca")]
    assert {m.full_name for m in detail.members} == {"Mazzà Giulia", "Mazzà Luca"}


def test_person_without_code_is_listed_for_completion(desk: Desk) -> None:
    household_id = households.create_household(desk.uow(), HOUSEHOLD, HOLDER)
    households.add_member(desk.uow(), household_id, PersonForm(surname="Mazzà", name="Luca"))
    listed = households.persons_to_complete(desk.uow(write=False))
    assert [(p.surname, p.name, p.household_code) for p in listed] == [("Mazzà", "Luca", "N001")]


from datetime import date  # noqa: E402

TODAY_MINUS_ONE = date(2026, 11, 20)
