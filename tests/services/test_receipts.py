"""Receipts of paid heating contributions on a real database (DESIGN 2.4, issue 5 point 4): what a receipt
stores when it is issued (and keeps after registry changes), the stamp duty line from the terms, printed
copies counted, cancellation, and the register of a series. Numbering under concurrent processes is
tested elsewhere. Today is Saturday 21/11/2026; the laptop's site code is CEL."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app import clock
from app.messages import Message
from app.services.contributions import applications as contributions
from app.services.contributions import programmes as contribution_programmes
from app.services.contributions import receipts
from app.services.contributions.programmes import FUNDING_STATEMENT, HEATING
from app.services.errors import NotFound, PermissionDenied, ValidationFailed
from app.services.registry import households
from app.services.registry.forms import IseeForm, PersonForm
from app.services.unit_of_work import Store, UnitOfWork
from app.vocabulary import ContributionState, ReceiptMethod, StampDuty
from tests.conftest import Desk
from tests.contribution_samples import eligible_household, granted, paid, save_terms

EXEMPTION = "art. 8 della Tabella B allegata al DPR 642/1972"


def view(desk: Desk, number: str) -> receipts.ReceiptView:
    return receipts.receipt_view(desk.uow(desk.operator, write=False), number)


def application(desk: Desk, application_id: uuid.UUID) -> contributions.ApplicationView:
    return contributions.application_view(desk.uow(write=False), application_id)


def refusal(call: object, *args: object) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as refused:
        call(*args)  # type: ignore[operator]
    return refused.value.errors


def left(desk: Desk) -> int:
    return contribution_programmes.budget_counter(desk.uow(write=False), HEATING).left_cents


def test_paying_issues_the_receipt_with_everything_it_prints(desk: Desk) -> None:
    household = eligible_household(desk, codice_fiscale="MZZGLI80A41A794N")
    application_id, number = paid(desk, household)
    assert number == "CEL/2026/0001"
    receipt = view(desk, number)
    assert (receipt.number, receipt.issued_on, receipt.place, receipt.household_code) == (
        "CEL/2026/0001", date(2026, 11, 21), "Bergamo", "N001"
    )
    assert (receipt.beneficiary_name, receipt.beneficiary_fiscal_code, receipt.beneficiary_address) == (
        "Mazzà Giulia", "MZZGLI80A41A794N", "via Pizzo Tre Signori 2, Bergamo"
    )
    assert (receipt.amount_cents, receipt.amount_words) == (60_000, "seicento/00")
    assert receipt.purpose == (
        "Contributo alle spese di riscaldamento della stagione, annualità 2026 "
        "(spesa documentata: Bolletta 2026/118 riscaldamento)"
    )
    assert (receipt.programme_name, receipt.programme_year) == ("Contributo spese di riscaldamento (azione L.1)", 2026)
    assert (receipt.payment_method, receipt.iban) == (ReceiptMethod.SAP_ACCOUNT, "")
    assert receipt.funding_statement == FUNDING_STATEMENT
    assert receipt.stamp_duty_line == "Imposta di bollo di 2,00 € assolta."
    assert receipt.issued_by_name == "Pierangela Ghilardi"
    assert (receipt.print_count, receipt.next_copy_is_duplicate, receipt.cancelled) == (0, False, False)
    assert application(desk, application_id).receipt_number == "CEL/2026/0001"


def test_numbers_follow_each_other_per_site_and_year(desk: Desk) -> None:
    numbers = [paid(desk, eligible_household(desk, f"N00{i}", surname=f"Nucleo{i}"))[1] for i in range(1, 4)]
    assert numbers == ["CEL/2026/0001", "CEL/2026/0002", "CEL/2026/0003"]
    # another laptop writing to the same database numbers its own series
    other_site = Store(desk.store.engine, "BOR")
    household = eligible_household(desk, "N009", surname="Bonfanti")
    application_id = granted(desk, household)
    number = contributions.pay_contribution(UnitOfWork(other_site, desk.operator), application_id, "21/11/2026", ReceiptMethod.CASH)
    assert number == "BOR/2026/0001"
    assert receipts.receipt_series(desk.uow(write=False)) == [("BOR", 2026), ("CEL", 2026)]


def test_a_receipt_takes_the_series_of_its_issue_day_not_of_the_payment(desk: Desk) -> None:
    """Issued today whatever the payment's date: a past year's series is never added to, and numbers follow
    their dates within a series."""
    household = eligible_household(desk)
    households.add_attestation(desk.uow(), household, IseeForm("ordinario", "15/01/2025", "11.000,00"), confirmed=True)
    with clock.pinned(date(2025, 12, 20)):
        application_id = contributions.create_application(
            desk.uow(), contributions.ApplicationForm(household, HEATING, "10/12/2025")
        )
        contributions.assess_application(desk.uow(), application_id)
        contributions.grant_contribution(desk.uow(), application_id, "400,00", "Bolletta 2025/077", granted_on="15/12/2025")
        assert contributions.pay_contribution(desk.uow(), application_id, "20/12/2025", ReceiptMethod.CASH) == "CEL/2025/0001"
    assert view(desk, "CEL/2025/0001").issued_on == date(2025, 12, 20)

    late = eligible_household(desk, "N002", surname="Rota")
    households.add_attestation(desk.uow(), late, IseeForm("ordinario", "15/01/2025", "11.000,00"), confirmed=True)
    with clock.pinned(date(2025, 12, 22)):
        application_id = contributions.create_application(desk.uow(), contributions.ApplicationForm(late, HEATING, "22/12/2025"))
        contributions.assess_application(desk.uow(), application_id)
        contributions.grant_contribution(desk.uow(), application_id, "100,00", "Bolletta 2025/078")
    # paid on 30/12/2025 but recorded today: this year's series, issued today
    assert contributions.pay_contribution(desk.uow(), application_id, "30/12/2025", ReceiptMethod.CASH) == "CEL/2026/0001"
    assert view(desk, "CEL/2026/0001").issued_on == date(2026, 11, 21)
    assert contributions.application_view(desk.uow(write=False), application_id).paid_on == date(2025, 12, 30)
    assert receipts.receipt_series(desk.uow(write=False)) == [("CEL", 2026), ("CEL", 2025)]


@pytest.mark.parametrize(
    ("amount", "words", "stamp"),
    [
        ("77,47", "settantasette/47", "Imposta di bollo non dovuta (importo non superiore a 77,47 €)."),
        ("77,48", "settantasette/48", "Imposta di bollo di 2,00 € assolta."),
        ("524,65", "cinquecentoventiquattro/65", "Imposta di bollo di 2,00 € assolta."),
    ],
)
def test_stamp_duty_paid_by_the_seeded_terms(desk: Desk, amount: str, words: str, stamp: str) -> None:
    _, number = paid(desk, eligible_household(desk), amount)
    receipt = view(desk, number)
    assert (receipt.amount_words, receipt.stamp_duty_line) == (words, stamp)


@pytest.mark.parametrize(
    ("amount", "stamp"),
    [
        ("23,00", "Imposta di bollo non dovuta (importo non superiore a 77,47 €)."),
        ("600,00", f"Esente da imposta di bollo: {EXEMPTION}"),
    ],
)
def test_stamp_duty_exempt_quotes_the_rule_of_the_terms(desk: Desk, amount: str, stamp: str) -> None:
    save_terms(desk, stamp_duty=StampDuty.EXEMPT, stamp_exemption_rule=EXEMPTION, cup="J19J21000000000",
               act_reference="Determina n. 1234 del 10/03/2025")
    _, number = paid(desk, eligible_household(desk), amount)
    receipt = view(desk, number)
    assert receipt.stamp_duty_line == stamp
    assert (receipt.cup, receipt.act_reference) == ("J19J21000000000", "Determina n. 1234 del 10/03/2025")


def test_later_changes_do_not_change_an_issued_receipt(desk: Desk) -> None:
    household = eligible_household(desk, codice_fiscale="MZZGLI80A41A794N")
    _, number = paid(desk, household)
    before = view(desk, number)
    holder = households.household_detail(desk.uow(write=False), household).holder
    assert holder is not None
    households.update_person(desk.uow(), holder.id, PersonForm(surname="Mazzà Rota", name="Giulia Maria"), confirmed=True)
    save_terms(desk, stamp_duty=StampDuty.EXEMPT, stamp_exemption_rule=EXEMPTION, act_reference="Determina n. 99")
    assert view(desk, number) == before
    assert view(desk, number).beneficiary_name == "Mazzà Giulia"


def test_printed_copies_are_counted_and_later_ones_are_duplicates(desk: Desk) -> None:
    _, number = paid(desk, eligible_household(desk))
    assert view(desk, number).next_copy_is_duplicate is False
    assert receipts.record_receipt_printed(desk.uow(desk.operator), number) == 1
    assert view(desk, number).next_copy_is_duplicate is True
    assert receipts.record_receipt_printed(desk.uow(desk.operator), " cel / 2026 / 1 ") == 2
    assert view(desk, number).print_count == 2
    assert receipts.receipts_register(desk.uow(write=False))[0].print_count == 2


def test_unknown_or_unreadable_numbers(desk: Desk) -> None:
    with pytest.raises(NotFound, match="La ricevuta CEL/2026/0009 non esiste."):
        view(desk, "CEL/2026/9")
    with pytest.raises(NotFound) as refused:
        view(desk, "2026-0001")
    assert refused.value.message == "Numero di ricevuta non valido: «2026-0001». Scrivere SEDE/ANNO/NUMERO, per esempio CEL/2026/0007."


def test_cancel_receipt_is_a_coordinators_and_needs_a_reason(desk: Desk) -> None:
    application_id, number = paid(desk, eligible_household(desk))
    for actor in (desk.operator, desk.tenant_manager):
        with pytest.raises(PermissionDenied, match="Solo un coordinatore può annullare una ricevuta."):
            receipts.cancel_receipt(desk.uow(actor), number, "importo errato")
    assert refusal(receipts.cancel_receipt, desk.uow(), number, "  ") == {"reason": "Motivo dell'annullamento: campo obbligatorio."}
    assert view(desk, number).cancelled is False
    assert application(desk, application_id).state is ContributionState.PAID


def test_cancelled_receipt_keeps_its_number_and_returns_the_amount(desk: Desk) -> None:
    application_id, number = paid(desk, eligible_household(desk))
    assert left(desk) == 3_293_022 - 60_000
    receipts.cancel_receipt(desk.uow(), number, " importo errato ")
    receipt = view(desk, number)
    assert (receipt.number, receipt.cancelled, receipt.cancelled_on, receipt.cancelled_by_name, receipt.cancel_reason) == (
        "CEL/2026/0001", True, date(2026, 11, 21), "Antonio Negro", "importo errato"
    )
    cancelled = application(desk, application_id)
    assert (cancelled.state, str(cancelled.cancel_reason), cancelled.receipt_number) == (
        ContributionState.CANCELLED, "ricevuta CEL/2026/0001 annullata: importo errato", "CEL/2026/0001"
    )
    english = {"ricevuta {number} annullata: {reason}": "receipt {number} cancelled: {reason}"}
    assert isinstance(cancelled.cancel_reason, Message)
    assert cancelled.cancel_reason.render(lambda text: english.get(text, text)) == "receipt CEL/2026/0001 cancelled: importo errato"
    counter = contribution_programmes.budget_counter(desk.uow(write=False), HEATING)
    assert (counter.paid_cents, counter.paid_count, counter.left_cents) == (0, 0, 3_293_022)
    assert refusal(receipts.cancel_receipt, desk.uow(), number, "di nuovo") == {"reason": "La ricevuta CEL/2026/0001 è già annullata."}
    # the number is never reused: the next payment takes 0002, and the household may apply again
    assert paid(desk, eligible_household(desk, "N002", surname="Rota"))[1] == "CEL/2026/0002"
    again = contributions.create_application(
        desk.uow(), contributions.ApplicationForm(cancelled.household_id, HEATING, "21/11/2026")
    )
    contributions.assess_application(desk.uow(), again)
    contributions.grant_contribution(desk.uow(), again, "600,00", "Bolletta 2026/118")
    assert contributions.pay_contribution(desk.uow(), again, "21/11/2026", ReceiptMethod.CASH) == "CEL/2026/0003"


def test_cancelling_a_paid_application_cancels_its_receipt(desk: Desk) -> None:
    application_id, number = paid(desk, eligible_household(desk))
    with pytest.raises(PermissionDenied):
        contributions.cancel_application(desk.uow(desk.operator), application_id, "errore")
    contributions.cancel_application(desk.uow(), application_id, "pagamento non andato a buon fine")
    receipt = view(desk, number)
    assert (receipt.cancelled_on, receipt.cancelled_by_name, receipt.cancel_reason) == (
        date(2026, 11, 21), "Antonio Negro", "pagamento non andato a buon fine"
    )
    assert application(desk, application_id).state is ContributionState.CANCELLED
    assert left(desk) == 3_293_022
    assert refusal(receipts.cancel_receipt, desk.uow(), number, "di nuovo") == {"reason": "La ricevuta CEL/2026/0001 è già annullata."}


def test_register_lists_every_number_in_order_with_its_state(desk: Desk) -> None:
    _, first = paid(desk, eligible_household(desk, "N001", surname="Mazzà", name="Giulia"), "524,65")
    _, second = paid(desk, eligible_household(desk, "N002", surname="Rota", name="Luca"))
    _, third = paid(desk, eligible_household(desk, "N003", surname="Bonfanti", name="Aldo"), "77,47")
    receipts.cancel_receipt(desk.uow(), second, "beneficiario errato")
    lines = receipts.receipts_register(desk.uow(desk.operator, write=False), "CEL", 2026)
    assert [(l.number, l.household_code, l.beneficiary_name, l.amount_cents, l.programme_year, l.cancelled_on, l.cancel_reason) for l in lines] == [
        ("CEL/2026/0001", "N001", "Mazzà Giulia", 52_465, 2026, None, ""),
        ("CEL/2026/0002", "N002", "Rota Luca", 60_000, 2026, date(2026, 11, 21), "beneficiario errato"),
        ("CEL/2026/0003", "N003", "Bonfanti Aldo", 7_747, 2026, None, ""),
    ]
    assert [l.number for l in receipts.receipts_register(desk.uow(write=False))] == [first, second, third]
    assert receipts.receipts_register(desk.uow(write=False), "CEL", 2025) == []
    assert receipts.receipts_register(desk.uow(write=False), "BOR") == []
    assert [l.number for l in receipts.receipts_register(desk.uow(write=False), since=date(2026, 11, 22))] == []
    assert len(receipts.receipts_register(desk.uow(write=False), until=date(2026, 11, 21))) == 3


def test_bank_transfer_needs_an_iban(desk: Desk) -> None:
    application_id = granted(desk, eligible_household(desk))
    message = "IBAN: scrivere l'IBAN del conto dell'inquilino (per esempio IT60X0542811101000000123456)."
    for iban in ("", "IT60 X054", "6060X0542811101000000123456", "IT60-X054-2811-1010-0000-0123-456"):
        assert refusal(contributions.pay_contribution, desk.uow(), application_id, "21/11/2026", ReceiptMethod.BANK_TRANSFER, iban) == {
            "iban": message
        }
    assert receipts.receipts_register(desk.uow(write=False)) == []
    number = contributions.pay_contribution(
        desk.uow(), application_id, "21/11/2026", ReceiptMethod.BANK_TRANSFER, " it60 x054 2811 1010 0000 0123 456 "
    )
    assert number == "CEL/2026/0001"
    receipt = view(desk, number)
    assert (receipt.payment_method, receipt.iban) == (ReceiptMethod.BANK_TRANSFER, "IT60X0542811101000000123456")
    assert application(desk, application_id).iban == "IT60X0542811101000000123456"


def test_an_iban_is_not_kept_for_other_methods(desk: Desk) -> None:
    application_id = granted(desk, eligible_household(desk))
    number = contributions.pay_contribution(desk.uow(), application_id, "21/11/2026", ReceiptMethod.CASH, "IT60X0542811101000000123456")
    assert (view(desk, number).payment_method, view(desk, number).iban) == (ReceiptMethod.CASH, "")


def test_refused_payment_takes_no_number(desk: Desk) -> None:
    application_id = granted(desk, eligible_household(desk))
    refusal(contributions.pay_contribution, desk.uow(), application_id, "22/11/2026", ReceiptMethod.CASH)
    assert contributions.pay_contribution(desk.uow(), application_id, "21/11/2026", ReceiptMethod.CASH) == "CEL/2026/0001"
    assert refusal(contributions.pay_contribution, desk.uow(), application_id, "21/11/2026", ReceiptMethod.CASH) == {
        "state": "Non si può registrare il pagamento: la domanda è pagata."
    }
    assert [l.number for l in receipts.receipts_register(desk.uow(write=False))] == ["CEL/2026/0001"]


def test_the_receipt_prints_the_cup_and_act_in_force_on_its_day(desk: Desk) -> None:
    application = granted(desk, eligible_household(desk))  # applied under the seeded terms, without CUP
    save_terms(desk, effective_from="21/11/2026", cup="h14e25000000000", act_reference="Determina n. 2187 del 20/11/2026")
    number = contributions.pay_contribution(desk.uow(desk.operator), application, "21/11/2026", ReceiptMethod.CASH)
    receipt = view(desk, number)
    assert (receipt.cup, receipt.act_reference) == ("H14E25000000000", "Determina n. 2187 del 20/11/2026")
