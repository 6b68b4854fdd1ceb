"""Outreach on a real database (DESIGN 2.3, issue 5 point 6): households that look eligible today and have
not applied, with the reasons and what to verify, and the record of who was informed, when, how and by
whom; the same screening for the regional solidarity contribution. Today is Saturday 21/11/2026."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.messages import Message
from app.services.contributions import applications as contributions
from app.services.contributions import outreach
from app.services.contributions.outreach import InformedRecord
from app.services.contributions.programmes import HEATING, SOLIDARITY
from app.services.errors import NotFound, ValidationFailed
from app.services.registry import households
from app.services.registry.forms import IseeForm
from app.vocabulary import InformedWay
from tests.conftest import Desk
from tests.contribution_samples import draft, eligible_household

TODAY = date(2026, 11, 21)
L1_REASONS = (
    "ISEE ordinario 12.345,67 € valido fino al 31/12/2026: nel range; Area accesso: ammessa; "
    "Assegnato il 15/03/2024: requisito maturato il 15/03/2025; Nessuna morosità al 30/09/2026; riscaldamento centralizzato"
)
"""Most telling first; the heating reason without the address, which has its own column."""


def rows(desk: Desk, code: str = HEATING, **options: bool) -> list[outreach.OutreachRow]:
    return outreach.outreach_list(desk.uow(desk.operator, write=False), code, TODAY, **options)


def said(messages: tuple[Message, ...]) -> str:
    """A row's reasons, or what to verify, as the list shows them in Italian."""
    return "; ".join(str(message) for message in messages)


def codes(desk: Desk, code: str = HEATING, **options: bool) -> list[str]:
    return [row.household_code for row in rows(desk, code, **options)]


def household(desk: Desk, code: str, **changes: object) -> uuid.UUID:
    return eligible_household(desk, code, surname=f"Cognome{code}", house_number=code[-1], **changes)  # type: ignore[arg-type]


def test_lists_eligible_households_without_an_application_with_reasons(desk: Desk) -> None:
    first = household(desk, "N001")
    listed = rows(desk)
    assert len(listed) == 1
    row = listed[0]
    assert (row.household_id, row.household_code, row.holder_name, row.phone) == (first, "N001", "CognomeN001 Giulia", "035 123456")
    assert (row.address, row.neighbourhood) == ("via Pizzo Tre Signori 1", "Celadina")
    assert said(row.reasons) == L1_REASONS
    assert (row.to_verify, row.informed) == ((), None)


def test_missing_data_is_listed_to_verify(desk: Desk) -> None:
    household(desk, "N002", isee="", arrears_known=False, arrears_amount="", arrears_as_of="")
    household(desk, "N003", assignment_date="")
    listed = {row.household_code: row for row in rows(desk)}
    assert set(listed) == {"N002", "N003"}
    assert said(listed["N002"].to_verify) == (
        "Nessuna attestazione ISEE valida al 21/11/2026: dato mancante; Morosità: dato mancante; decide un coordinatore"
    )
    assert said(listed["N002"].reasons) == (
        "Area accesso: ammessa; Assegnato il 15/03/2024: requisito maturato il 15/03/2025; riscaldamento centralizzato"
    )
    assert said(listed["N003"].to_verify) == "Data di assegnazione: dato mancante"


@pytest.mark.parametrize(
    "changes",
    [
        {"centralised_heating": False},
        {"sap_area": "permanenza"},
        {"assignment_date": "22/11/2025"},
        {"isee": "15.000,01"},
        {"isee": "9.360,00"},
        {"arrears_amount": "250,00"},
    ],
    ids=["no-heating", "area", "seniority", "isee-above", "isee-below", "arrears-without-plan"],
)
def test_a_failing_rule_keeps_the_household_off_the_list(desk: Desk, changes: dict[str, object]) -> None:
    household(desk, "N001")
    household(desk, "N002", **changes)
    assert codes(desk) == ["N001"]


def test_seniority_boundary_same_day_of_month(desk: Desk) -> None:
    household(desk, "N001", assignment_date="21/11/2025")
    household(desk, "N002", assignment_date="22/11/2025")
    assert codes(desk) == ["N001"]


def test_households_that_applied_are_not_listed_unless_cancelled(desk: Desk) -> None:
    household(desk, "N001")
    applied = household(desk, "N002")
    draft(desk, applied)
    withdrawn = household(desk, "N003")
    contributions.cancel_application(desk.uow(), draft(desk, withdrawn), "domanda ritirata")
    rejected = household(desk, "N004", arrears_known=False, arrears_amount="", arrears_as_of="")
    contributions.assess_application(desk.uow(), draft(desk, rejected), admit=False, note="morosità accertata")
    assert codes(desk) == ["N001", "N003"]


def test_ordered_by_neighbourhood_and_address(desk: Desk) -> None:
    household(desk, "N003", neighbourhood="Boccaleone")
    household(desk, "N002")
    household(desk, "N001", street="via Camozzi")
    assert codes(desk) == ["N003", "N001", "N002"]


def test_record_informed_shows_in_the_row(desk: Desk) -> None:
    first = household(desk, "N001")
    household(desk, "N002")
    outreach.record_informed(desk.uow(desk.operator), HEATING, first, "18/11/2026", InformedWay.PHONE, " richiamare a gennaio ")
    row = rows(desk)[0]
    assert row.informed == InformedRecord(date(2026, 11, 18), InformedWay.PHONE, "Pierangela Ghilardi", "richiamare a gennaio")
    assert str(row.informed.text) == "18/11/2026 per telefono (Pierangela Ghilardi)"
    assert row.informed.text.render(lambda text: {"per telefono": "by phone"}.get(text, text)) == "18/11/2026 by phone (Pierangela Ghilardi)"
    assert rows(desk)[1].informed is None

    # a later contact is the one the row shows; every contact is kept
    outreach.record_informed(desk.uow(desk.tenant_manager), HEATING, first, "21/11/2026", InformedWay.HOME_VISIT)
    assert str(rows(desk)[0].informed.text) == "21/11/2026 con una visita a domicilio (Anna Maria Calvi)"  # type: ignore[union-attr]
    contacts = outreach.household_contacts(desk.uow(write=False), first)
    assert [(name, str(record.text)) for name, record in contacts] == [
        ("Contributo spese di riscaldamento (azione L.1)", "21/11/2026 con una visita a domicilio (Anna Maria Calvi)"),
        ("Contributo spese di riscaldamento (azione L.1)", "18/11/2026 per telefono (Pierangela Ghilardi)"),
    ]
    assert codes(desk, include_informed=False) == ["N002"]


def test_record_informed_refusals(desk: Desk) -> None:
    first = household(desk, "N001")
    with pytest.raises(ValidationFailed) as refused:
        outreach.record_informed(desk.uow(desk.operator), HEATING, first, "22/11/2026", InformedWay.DESK)
    assert refused.value.errors == {"informed_on": "Data: non può essere dopo oggi (21/11/2026)."}
    with pytest.raises(ValidationFailed) as refused:
        outreach.record_informed(desk.uow(desk.operator), HEATING, first, "", InformedWay.DESK)
    assert refused.value.errors == {"informed_on": "Data: Data non leggibile: «». Scrivere gg/mm/aaaa, per esempio 15/03/2026."}
    with pytest.raises(NotFound):
        outreach.record_informed(desk.uow(desk.operator), HEATING, uuid.uuid4(), "21/11/2026", InformedWay.DESK)
    with pytest.raises(NotFound, match="Programma «XX» non trovato."):
        outreach.record_informed(desk.uow(desk.operator), "XX", first, "21/11/2026", InformedWay.DESK)
    assert outreach.household_contacts(desk.uow(write=False), first) == []


# --- the regional solidarity contribution ------------------------------------------------------------------


def test_solidarity_screening_uses_its_own_rules(desk: Desk) -> None:
    # ISEE up to 9.360,00, assigned since 24 months, areas protezione/accesso/permanenza, no heating, arrears ignored
    household(desk, "N001")  # L.1 household: ISEE 12.345,67 is too high here
    household(desk, "N002", isee="9.360,00", centralised_heating=False, sap_area="permanenza", arrears_amount="1.500,00")
    household(desk, "N003", isee="9.360,01")
    household(desk, "N004", isee="5.000,00", assignment_date="21/11/2024")
    household(desk, "N005", isee="5.000,00", assignment_date="22/11/2024")
    household(desk, "N006", isee="5.000,00", sap_area="decadenza")
    listed = rows(desk, SOLIDARITY)
    assert [row.household_code for row in listed] == ["N002", "N004"]
    assert said(listed[0].reasons) == (
        "ISEE ordinario 9.360,00 € valido fino al 31/12/2026: nel range; Area permanenza: ammessa; "
        "Assegnato il 15/03/2024: requisito maturato il 15/03/2026"
    )
    assert listed[0].to_verify == ()
    assert said(listed[1].reasons).endswith("; Assegnato il 21/11/2024: requisito maturato il 21/11/2026")
    # the L.1 list is another list: 9.360,01 is its minimum
    assert codes(desk) == ["N001", "N003"]


def test_solidarity_lists_an_l1_applicant_and_records_its_own_contacts(desk: Desk) -> None:
    applicant = household(desk, "N001", isee="9.000,00", sap_area="protezione")
    draft(desk, applicant)  # an L.1 application (rejected later for the ISEE) does not count for the other programme
    assert codes(desk, SOLIDARITY) == ["N001"]
    assert codes(desk) == []
    outreach.record_informed(desk.uow(desk.operator), SOLIDARITY, applicant, "20/11/2026", InformedWay.LETTER)
    assert str(rows(desk, SOLIDARITY)[0].informed.text) == "20/11/2026 per lettera (Pierangela Ghilardi)"  # type: ignore[union-attr]
    assert [name for name, _ in outreach.household_contacts(desk.uow(write=False), applicant)] == [
        "Contributo regionale di solidarietà"
    ]


def test_solidarity_without_isee_is_to_verify(desk: Desk) -> None:
    household(desk, "N001", isee="", centralised_heating=False)
    row = rows(desk, SOLIDARITY)[0]
    assert said(row.to_verify) == "Nessuna attestazione ISEE valida al 21/11/2026: dato mancante"
    assert said(row.reasons) == "Area accesso: ammessa; Assegnato il 15/03/2024: requisito maturato il 15/03/2026"


def test_an_expired_isee_is_named(desk: Desk) -> None:
    first = household(desk, "N001", isee="")
    households.add_attestation(desk.uow(), first, IseeForm("ordinario", "15/01/2025", "12.000,00"), confirmed=True)
    assert said(rows(desk)[0].to_verify) == "ISEE scaduto il 31/12/2025: serve un'attestazione valida al 21/11/2026"
