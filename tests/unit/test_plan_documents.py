"""The repayment plan's printed documents, read back from the PDF with pypdf: the agreement the tenant
signs and the reminder letter (sollecito) for late installments. Today is Saturday 21/11/2026.

Most snapshots are built here from the pure rules (no database): 1.284,56 € (rent, service charges and
other) from 01/09/2026 on the 31st, 6 installments unless said otherwise. The service-backed tests use
the sample plan of tests.plan_samples: 1.000,00 € in 3 installments on 15/09, 15/10 and 15/11/2026.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.printing.plan_agreement import PlanIssuer, plan_agreement_pdf
from app.printing.plan_reminder import plan_reminder_pdf
from app.services.plans import plans as repayment_plans
from app.services.plans.plans import DebtItemForm, PaymentForm, PlanView
from app.services.plans.rules import Payment, schedule_by_count, situation
from app.vocabulary import DebtKind, PaymentMethod, PlanState
from tests.conftest import Desk
from tests.plan_samples import active_plan
from tests.unit.test_privacy_notice_pdf import pages_text

TODAY = date(2026, 11, 21)
ITEMS = (
    DebtItemForm(DebtKind.RENT, "gen-giu 2026", 100_000),
    DebtItemForm(DebtKind.SERVICE_CHARGES, "riscaldamento 2025/2026", 23_456),
    DebtItemForm(DebtKind.OTHER, "conguaglio", 5_000),
)
ISSUER = PlanIssuer(
    office_name="Celadina",
    office_address="via Pizzo Tre Signori 2, Bergamo",
    printed_on=TODAY,
    lapse_tolerance=1,
    operator_name="Luca Bonfanti",
)


def plan_view(
    count: int = 6,
    *,
    state: PlanState = PlanState.ACTIVE,
    payments: tuple[Payment, ...] = (),
    on: date = TODAY,
    grace_days: int = 10,
    **changes: object,
) -> PlanView:
    """A snapshot as plan_detail returns it, its situation computed by the rules."""
    items = changes.pop("debt_items", ITEMS)
    assert isinstance(items, tuple)
    total = sum(item.amount_cents for item in items)
    schedule = schedule_by_count(total, date(2026, 9, 1), 31, count)
    view = PlanView(
        id=uuid.uuid4(),
        household_id=uuid.uuid4(),
        household_code="N001",
        holder_name="Mazzà Giulia",
        holder_codice_fiscale="MZZGLI80A41A794X",
        address="via Pizzo Tre Signori 2, scala B, piano 3",
        office_code="CEL",
        office_name="Celadina",
        state=state,
        start_date=date(2026, 9, 1),
        due_day=31,
        total_cents=total,
        requested_installment_cents=None,
        monthly_income_cents=None,
        signed_on=None if state is PlanState.DRAFT else date(2026, 9, 1),
        created_on=date(2026, 8, 28),
        replaces_plan_id=None,
        replaced_by_plan_id=None,
        notes="",
        debt_items=items,
        situation=situation(schedule, payments, on, grace_days),
        payments=(),
        state_changes=(),
        suspensions=(),
        proposal=None,
        grace_days=grace_days,
        reminders_printed=0,
    )
    return dataclasses.replace(view, **changes)  # type: ignore[arg-type]


def text_of(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(BytesIO(pdf)).pages:
        for reference in page["/Resources"]["/Font"].values():
            names.add(str(reference.get_object()["/BaseFont"]).split("+")[-1])
    return names


# --- the agreement -----------------------------------------------------------------------------------


def test_the_agreement_names_the_household_its_holder_and_the_dwelling() -> None:
    text = text_of(plan_agreement_pdf(plan_view(), ISSUER))

    assert "Piano di rientro del debito" in text
    assert "Nucleo N001" in text
    assert "Titolare Mazzà Giulia" in text
    assert "Codice fiscale MZZGLI80A41A794X" in text
    assert "Alloggio via Pizzo Tre Signori 2, scala B, piano 3" in text
    assert "Sportello Celadina" in text


def test_the_agreement_lists_the_debt_items_in_italian_with_their_total() -> None:
    text = text_of(plan_agreement_pdf(plan_view(), ISSUER))

    assert "Voce Periodo Importo" in text
    assert "Canone di locazione gen-giu 2026 1.000,00 €" in text
    assert "Spese per servizi riscaldamento 2025/2026 234,56 €" in text
    assert "Altro conguaglio 50,00 €" in text
    assert "Totale del debito 1.284,56 €" in text
    assert not re.search(r"\b(rent|service_charges|other)\b", text)


def test_the_agreement_lists_every_installment_and_their_total() -> None:
    text = text_of(plan_agreement_pdf(plan_view(6), ISSUER))

    rows = re.findall(r"(\d+) (\d\d/\d\d/\d{4}) ([\d.]+,\d\d €)", text)
    assert rows == [
        ("1", "30/09/2026", "214,09 €"),
        ("2", "31/10/2026", "214,09 €"),
        ("3", "30/11/2026", "214,09 €"),
        ("4", "31/12/2026", "214,09 €"),
        ("5", "31/01/2027", "214,09 €"),
        ("6", "28/02/2027", "214,11 €"),
    ]
    assert "Totale 1.284,56 €" in text
    assert "in 6 rate mensili con scadenza il giorno 31 di ogni mese" in text
    assert "dal 30/09/2026 al 28/02/2027" in text


def test_a_plan_in_one_installment_says_so() -> None:
    text = text_of(plan_agreement_pdf(plan_view(1), ISSUER))

    assert "in un'unica rata con scadenza il 30/09/2026" in text
    assert "1 30/09/2026 1.284,56 €" in text


def test_the_agreement_states_current_bills_grace_days_and_lapse() -> None:
    text = text_of(plan_agreement_pdf(plan_view(grace_days=10), ISSUER))

    assert "continua a pagare regolarmente" in text
    assert "anche il canone di locazione e le spese correnti" in text
    assert "non è saldata per intero entro 10 giorni dalla scadenza" in text
    assert "Con anche una sola rata non pagata il piano può essere dichiarato decaduto" in text


def test_the_lapse_rule_follows_the_settings() -> None:
    text = text_of(plan_agreement_pdf(plan_view(grace_days=0), dataclasses.replace(ISSUER, lapse_tolerance=3)))

    assert "non è saldata per intero entro la data di scadenza" in text
    assert "Con 3 rate non pagate il piano può essere dichiarato decaduto" in text
    assert "10 giorni" not in text and "una sola rata" not in text


def test_a_draft_is_marked_bozza_with_blanks_for_place_date_and_signatures() -> None:
    pages = pages_text(plan_agreement_pdf(plan_view(state=PlanState.DRAFT), ISSUER))
    text = " ".join(pages)

    assert all("BOZZA" in page for page in pages)
    assert "proposta da firmare" in text
    assert "Bergamo, data" in text
    assert "firmato il" not in text
    assert "Il/La titolare del nucleo Mazzà Giulia" in text
    assert "Per lo sportello Celadina Luca Bonfanti" in text


def test_a_signed_plan_has_no_mark_and_shows_the_signature_date() -> None:
    text = text_of(plan_agreement_pdf(plan_view(state=PlanState.ACTIVE, signed_on=date(2026, 9, 2)), ISSUER))

    assert "BOZZA" not in text
    assert "nucleo N001 – firmato il 02/09/2026" in text
    assert "Letto, approvato e sottoscritto. Bergamo, 02/09/2026" in text
    assert "Bergamo, data" not in text
    assert "Il/La titolare del nucleo Mazzà Giulia" in text


def test_without_an_operator_name_the_desk_signs_by_its_role() -> None:
    text = text_of(plan_agreement_pdf(plan_view(), dataclasses.replace(ISSUER, operator_name="")))

    assert "Per lo sportello Celadina l'operatore/operatrice" in text
    assert "Luca Bonfanti" not in text


def test_the_notes_are_printed_when_there_are_some() -> None:
    with_notes = text_of(plan_agreement_pdf(plan_view(notes="Concordato dopo il colloquio del 28/08."), ISSUER))
    without = text_of(plan_agreement_pdf(plan_view(), ISSUER))

    assert "Note Concordato dopo il colloquio del 28/08." in with_notes
    assert "Note" not in without


def test_a_sixty_installment_plan_flows_onto_more_pages_with_the_header_repeated() -> None:
    pages = pages_text(plan_agreement_pdf(plan_view(60), ISSUER))
    text = " ".join(pages)

    assert len(pages) >= 2
    assert [int(n) for n, _ in re.findall(r"(\d+) (\d\d/\d\d/\d{4}) 21,[49]\d €", text)] == list(range(1, 61))
    assert "60 31/08/2031 21,96 €" in text
    assert text.count("Totale 1.284,56 €") == 1
    schedule_pages = [page for page in pages if re.search(r"\d\d/\d\d/\d{4} 21,40 €", page)]
    assert len(schedule_pages) >= 2
    assert all("Rata Scadenza Importo" in page for page in schedule_pages)
    assert all(f"Pagina {n} di {len(pages)}" in page for n, page in enumerate(pages, 1))


def test_the_signatures_never_stand_alone_on_the_last_page() -> None:
    for count in (3, 6, 24, 60):
        last = pages_text(plan_agreement_pdf(plan_view(count), ISSUER))[-1]

        assert "Il/La titolare del nucleo" in last
        assert "4. Ritardi e decadenza" in last


def test_accents_euro_and_markup_characters_print_as_typed_in_embedded_fonts() -> None:
    items = (DebtItemForm(DebtKind.OTHER, "spese <legali> & notifica", 12_345_678),)
    pdf = plan_agreement_pdf(plan_view(debt_items=items, holder_name="D'Alò Niccolò & figli"), ISSUER)
    text = text_of(pdf)

    assert "Altro spese <legali> & notifica 123.456,78 €" in text
    assert "Titolare D'Alò Niccolò & figli" in text
    assert "Comunità" in text and "è pagato" in text
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts(pdf)
    assert not any("Helvetica" in name or "Times" in name for name in fonts(pdf))


def test_the_same_snapshot_prints_the_same_agreement() -> None:
    plan = plan_view()

    assert pages_text(plan_agreement_pdf(plan, ISSUER)) == pages_text(plan_agreement_pdf(plan, ISSUER))


# --- the reminder ------------------------------------------------------------------------------------

LATE = plan_view(12, payments=(Payment(date(2026, 9, 30), 10_000),))
"""12 installments of 107,04 €: on 21/11/2026 the first (30/09) is paid 100,00 € and the second (31/10) not
at all; the third falls due on 30/11."""


def test_the_reminder_lists_the_overdue_installments_with_what_is_due_and_days_late() -> None:
    text = text_of(plan_reminder_pdf(LATE, ISSUER))

    assert "Oggetto: sollecito di pagamento delle rate del piano di rientro – nucleo N001" in text
    assert "Rata Scadenza Importo rata Già pagato Da pagare Giorni di ritardo" in text
    rows = re.findall(r"(\d+) (\d\d/\d\d/\d{4}) ([\d.,]+ €) ([\d.,]+ €) ([\d.,]+ €) (\d+)", text)
    assert rows == [
        ("1", "30/09/2026", "107,04 €", "100,00 €", "7,04 €", "52"),
        ("2", "31/10/2026", "107,04 €", "0,00 €", "107,04 €", "21"),
    ]
    assert "Totale scaduto 114,08 €" in text
    assert "al 21/11/2026 risultano non pagate le 2 rate del piano di rientro firmato il 01/09/2026" in text


def test_the_reminder_gives_the_totals_and_the_next_installment() -> None:
    text = text_of(plan_reminder_pdf(LATE, ISSUER))

    assert "Totale scaduto da pagare al 21/11/2026 114,08 €" in text
    assert "Giorni di ritardo della rata più vecchia 52 giorni" in text
    assert "Debito residuo del piano (rate scadute e da scadere) 1.184,56 €" in text
    assert "Prossima rata in scadenza: n. 3 del 30/11/2026 107,04 €" in text
    assert "30/11/2026 107,04 € 0,00 €" not in text


def test_the_reminder_is_addressed_to_the_holder_and_asks_politely_to_pay_or_come_to_the_desk() -> None:
    text = text_of(plan_reminder_pdf(LATE, ISSUER))

    assert "Alla cortese attenzione di Mazzà Giulia via Pizzo Tre Signori 2, scala B, piano 3 Bergamo" in text
    assert "Bergamo, 21/11/2026" in text
    assert "Gentile Mazzà Giulia," in text
    assert "La invitiamo a pagare al più presto l'importo scaduto" in text
    assert "La aspettiamo allo Sportello Celadina, via Pizzo Tre Signori 2, Bergamo, per parlarne insieme" in text
    assert "Se ha già pagato, La preghiamo di non tenere conto di questa lettera" in text
    assert "dichiarato decaduto" in text
    assert "Cordiali saluti. Per il Portierato di Comunità Sportello Celadina Luca Bonfanti" in text
    assert "BOZZA" not in text


def test_one_overdue_installment_is_named_in_the_singular() -> None:
    text = text_of(plan_reminder_pdf(plan_view(12, payments=(Payment(date(2026, 9, 30), 10_704),)), ISSUER))

    assert "risulta non pagata la rata del piano di rientro firmato il 01/09/2026 indicata qui sotto" in text
    assert "Totale scaduto 107,04 €" in text
    assert "Giorni di ritardo della rata più vecchia 21 giorni" in text


def test_a_short_reminder_fits_on_one_page_in_embedded_fonts() -> None:
    pdf = plan_reminder_pdf(LATE, ISSUER)

    assert len(pages_text(pdf)) == 1
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts(pdf)
    assert not any("Helvetica" in name or "Times" in name for name in fonts(pdf))


def test_no_reminder_for_a_plan_with_nothing_overdue() -> None:
    on_time = plan_view(12, payments=(Payment(date(2026, 10, 30), 21_408),))

    with pytest.raises(ValueError, match="no installment"):
        plan_reminder_pdf(on_time, ISSUER)


# --- from the services -------------------------------------------------------------------------------


def test_the_agreement_of_a_plan_from_the_services(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    plan = repayment_plans.plan_detail(desk.uow(desk.operator, write=False), plan_id)

    text = text_of(plan_agreement_pdf(plan, ISSUER))

    assert "Titolare Mazzà Giulia" in text
    assert "Alloggio via Pizzo Tre Signori 2" in text
    assert "Canone di locazione gen-giu 2026 1.000,00 €" in text
    assert re.findall(r"(\d) (\d\d/\d\d/2026) ([\d,]+ €)", text) == [
        ("1", "15/09/2026", "333,33 €"),
        ("2", "15/10/2026", "333,33 €"),
        ("3", "15/11/2026", "333,34 €"),
    ]
    assert "firmato il 01/09/2026" in text
    assert "BOZZA" not in text


def test_the_reminder_of_a_late_plan_from_the_services(desk: Desk) -> None:
    _, plan_id = active_plan(desk)
    payment = PaymentForm(date(2026, 10, 1), 40_000, PaymentMethod.BANK_TRANSFER, "CRO 1")
    repayment_plans.record_payment(desk.uow(desk.tenant_manager), plan_id, payment)
    plan = repayment_plans.plan_detail(desk.uow(desk.operator, write=False), plan_id, TODAY)

    text = text_of(plan_reminder_pdf(plan, ISSUER))

    assert re.findall(r"(\d) (\d\d/\d\d/2026) ([\d,]+ €) ([\d,]+ €) ([\d,]+ €) (\d+)", text) == [
        ("2", "15/10/2026", "333,33 €", "66,67 €", "266,66 €", "37"),
        ("3", "15/11/2026", "333,34 €", "0,00 €", "333,34 €", "6"),
    ]
    assert "Totale scaduto 600,00 €" in text
    assert "Debito residuo del piano (rate scadute e da scadere) 600,00 €" in text
    assert "Giorni di ritardo della rata più vecchia 37 giorni" in text
    assert "Prossima rata" not in text
