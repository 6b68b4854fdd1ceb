"""The contribution's printed documents, read back from the PDF with pypdf: the receipt (first print,
duplicate, cancelled), the application form the tenant signs, and the receipts register.

The views are built here by hand, as the services would return them: receipt CEL/2026/0007 of 600,00 €
to Giulia Mazzà, issued in Bergamo on 21/11/2026 by Luca Bonfanti, paid in cash.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.messages import Message
from app.printing.contribution_application import application_pdf
from app.printing.receipt import receipt_pdf
from app.printing.receipts_register import receipts_register_pdf, register_title
from app.services.contributions.eligibility import RuleCheck
from app.services.contributions.receipt_rules import amount_in_words, stamp_duty_line
from app.services.contributions.views import ApplicationView, ReceiptView, RegisterLine
from app.vocabulary import ContributionState, Outcome, ReceiptMethod, SapArea, StampDuty
from tests.unit.test_privacy_notice_pdf import pages_text

TODAY = date(2026, 11, 21)
EXEMPTION = "art. 8 della Tabella allegato B al DPR 642/1972."
FUNDING = "Intervento finanziato dall'Unione europea – FSE+, Programma Regionale Lombardia 2021-2027"
PROGRAMME = "Azione L.1 – Contributo per le spese di riscaldamento"
IBAN = "IT60X0542811101000000123456"


def receipt_view(amount_cents: int = 60000, **changes: object) -> ReceiptView:
    view = ReceiptView(
        id=uuid.uuid4(),
        number="CEL/2026/0007",
        issued_on=TODAY,
        place="Bergamo",
        office_name="Celadina",
        household_code="N001",
        beneficiary_name="Mazzà Giulia",
        beneficiary_fiscal_code="MZZGLI80A41A794X",
        beneficiary_address="via Pizzo Tre Signori 2, scala B, piano 3",
        amount_cents=amount_cents,
        amount_words=amount_in_words(amount_cents),
        purpose="Contributo alle spese di riscaldamento della stagione 2025/2026",
        programme_name=PROGRAMME,
        programme_year=2026,
        payment_method=ReceiptMethod.CASH,
        iban="",
        act_reference="Determinazione dirigenziale n. 1234 del 15/10/2026",
        funding_statement=FUNDING,
        cup="H11B23000450006",
        stamp_duty_line=stamp_duty_line(amount_cents, StampDuty.EXEMPT, EXEMPTION),
        issued_by_name="Luca Bonfanti",
        print_count=0,
        cancelled_on=None,
        cancelled_by_name="",
        cancel_reason="",
    )
    return dataclasses.replace(view, **changes)  # type: ignore[arg-type]


def text_of(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def font_names(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(BytesIO(pdf)).pages:
        for reference in page["/Resources"]["/Font"].values():
            names.add(str(reference.get_object()["/BaseFont"]).split("+")[-1])
    return names


# --- the receipt --------------------------------------------------------------------------------------


def test_a_receipt_states_number_beneficiary_and_amount_in_figures_and_words() -> None:
    pdf = receipt_pdf(receipt_view(), printed_on=TODAY)
    text = text_of(pdf)

    assert len(pages_text(pdf)) == 1
    assert "Ricevuta n. CEL/2026/0007" in text
    assert "Bergamo, 21/11/2026" in text
    assert "Cognome e nome Mazzà Giulia" in text
    assert "Codice fiscale MZZGLI80A41A794X" in text
    assert "Alloggio SAP via Pizzo Tre Signori 2, scala B, piano 3" in text
    assert "Codice nucleo N001" in text
    assert "Importo 600,00 €" in text
    assert "In lettere Euro seicento/00" in text


def test_a_receipt_names_the_issuer_the_programme_and_its_funding() -> None:
    text = text_of(receipt_pdf(receipt_view(), printed_on=TODAY))

    assert "Comune di Bergamo – Portierato di Comunità" in text
    assert "Vivere SAP Bergamo" in text
    assert PROGRAMME in text
    assert FUNDING in text
    assert "CUP H11B23000450006" in text
    assert "Causale Contributo alle spese di riscaldamento della stagione 2025/2026" in text
    assert "Annualità 2026" in text
    assert "Atto di riferimento Determinazione dirigenziale n. 1234 del 15/10/2026" in text


def test_without_cup_or_act_the_receipt_leaves_their_lines_out() -> None:
    text = text_of(receipt_pdf(receipt_view(cup="", act_reference=""), printed_on=TODAY))

    assert "CUP" not in text
    assert "Atto di riferimento" not in text


def test_accents_and_the_euro_sign_print_in_the_embedded_font() -> None:
    pdf = receipt_pdf(receipt_view(), printed_on=TODAY)
    text = text_of(pdf)

    assert "Mazzà" in text and "Comunità" in text and "€" in text
    assert font_names(pdf) <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


def test_the_stamp_duty_line_is_printed_as_computed() -> None:
    above = text_of(receipt_pdf(receipt_view(), printed_on=TODAY))
    below = text_of(receipt_pdf(receipt_view(7747), printed_on=TODAY))
    paid = receipt_view(7748, stamp_duty_line=stamp_duty_line(7748, StampDuty.PAID, ""))

    assert f"Bollo Esente da imposta di bollo: {EXEMPTION}" in above
    assert "Imposta di bollo non dovuta (importo non superiore a 77,47 €)." in below
    assert "Importo 77,47 €" in below and "Euro settantasette/47" in below
    assert "Imposta di bollo di 2,00 € assolta." in text_of(receipt_pdf(paid, printed_on=TODAY))


def test_cash_is_signed_per_quietanza_by_the_beneficiary_with_the_operator() -> None:
    text = text_of(receipt_pdf(receipt_view(), printed_on=TODAY))

    assert "Modalità contanti" in text
    assert "dichiara di ricevere dal Comune di Bergamo la somma di" in text
    assert "Per quietanza – il/la beneficiario/a Mazzà Giulia" in text
    assert "Per il Portierato di Comunità Luca Bonfanti" in text


@pytest.mark.parametrize(
    ("method", "iban", "printed"),
    [
        (ReceiptMethod.SAP_ACCOUNT, "", "accredito sul conto dell'inquilino presso l'ente gestore SAP"),
        (ReceiptMethod.BANK_TRANSFER, IBAN, f"bonifico bancario su IBAN {IBAN}"),
        (ReceiptMethod.BANK_TRANSFER, "", "bonifico bancario"),
    ],
)
def test_a_credit_or_a_transfer_is_a_statement_of_payment_signed_for_acknowledgement(
    method: ReceiptMethod, iban: str, printed: str
) -> None:
    text = text_of(receipt_pdf(receipt_view(payment_method=method, iban=iban), printed_on=TODAY))

    assert f"Modalità {printed}" in text
    assert "Si attesta che il Comune di Bergamo ha corrisposto" in text
    assert "Per presa visione – il/la beneficiario/a Mazzà Giulia" in text
    assert "quietanza" not in text


@pytest.mark.parametrize(("method", "printed"), [(ReceiptMethod.CHEQUE, "assegno"), (ReceiptMethod.OTHER, "altro")])
def test_a_cheque_or_another_way_is_handed_over_per_quietanza(method: ReceiptMethod, printed: str) -> None:
    text = text_of(receipt_pdf(receipt_view(payment_method=method), printed_on=TODAY))

    assert f"Modalità {printed}" in text
    assert "Per quietanza" in text


def test_the_receipt_carries_a_short_privacy_line() -> None:
    text = text_of(receipt_pdf(receipt_view(), printed_on=TODAY))

    assert "trattati dal Comune di Bergamo" in text
    assert "art. 13 del Regolamento (UE) 2016/679 (GDPR)" in text
    assert "disponibile allo sportello" in text


def test_a_first_print_has_no_mark() -> None:
    text = text_of(receipt_pdf(receipt_view(), printed_on=TODAY))

    assert "DUPLICATO" not in text
    assert "Duplicato" not in text
    assert "ANNULLATA" not in text


def test_a_reprint_says_duplicato_and_which_copy_it_is() -> None:
    text = text_of(receipt_pdf(receipt_view(print_count=1), duplicate=True, printed_on=date(2026, 11, 23)))

    assert "DUPLICATO" in text
    assert "Duplicato: copia n. 2 della ricevuta emessa il 21/11/2026." in text
    assert "Stampato il 23/11/2026" in text
    assert "Ricevuta n. CEL/2026/0007" in text and "Euro seicento/00" in text


def test_a_cancelled_receipt_says_annullata_with_when_who_and_why_even_when_reprinted() -> None:
    cancelled = receipt_view(
        print_count=2, cancelled_on=date(2026, 11, 22), cancelled_by_name="Anna Rota", cancel_reason="importo errato"
    )

    for duplicate in (False, True):
        text = text_of(receipt_pdf(cancelled, duplicate=duplicate, printed_on=TODAY))
        assert "ANNULLATA" in text
        assert "Ricevuta annullata il 22/11/2026 da Anna Rota: importo errato" in text
        assert "DUPLICATO" not in text
        assert "Ricevuta n. CEL/2026/0007" in text


def test_long_data_still_fit_on_one_page() -> None:
    long_receipt = receipt_view(
        123456789,
        beneficiary_name="Pérez Ramírez José Luis Alberto Nguyễn Thị Lan Mazzà",
        beneficiary_address="via dei Partigiani Caduti per la Libertà 123, scala C, piano 12, interno 45, Bergamo",
        purpose="Contributo alle spese di riscaldamento della stagione 2025/2026 " * 3,
        funding_statement=FUNDING * 3,
        payment_method=ReceiptMethod.BANK_TRANSFER,
        iban=IBAN,
        print_count=3,
        cancelled_on=date(2026, 11, 22),
        cancelled_by_name="Anna Rota",
        cancel_reason="importo errato per un errore di battitura; riemessa con il numero successivo " * 3,
    )
    pdf = receipt_pdf(long_receipt, printed_on=TODAY)

    assert len(pages_text(pdf)) == 1
    text = text_of(pdf)
    assert "Importo 1.234.567,89 €" in text
    assert "Ricevuta annullata il 22/11/2026 da Anna Rota" in text
    assert "Per presa visione" in text


# --- the application form -----------------------------------------------------------------------------

CHECKS = (
    RuleCheck(
        "heating",
        Message("Alloggio SAP con riscaldamento centralizzato"),
        Outcome.PASSED,
        Message("via Pizzo Tre Signori 2: riscaldamento centralizzato"),
    ),
    RuleCheck(
        "seniority",
        Message("Assegnatario da almeno 12 mesi"),
        Outcome.PASSED,
        Message("Assegnato il 15/03/2019: requisito maturato il 15/03/2020"),
    ),
    RuleCheck(
        "area",
        Message("Area SAP accesso, protezione"),
        Outcome.PASSED,
        Message("Area {area}: ammessa", (("area", SapArea.PROTEZIONE),)),
    ),
    RuleCheck(
        "isee",
        Message("ISEE valido da 9.360,01 € a 15.000,00 €"),
        Outcome.FAILED,
        Message("ISEE ordinario 15.000,01 € valido fino al 31/12/2026: sopra il massimo"),
    ),
    RuleCheck(
        "arrears",
        Message("Morosità solo con piano di rientro attivo"),
        Outcome.UNDECIDED,
        Message("Morosità: dato mancante; decide un coordinatore"),
    ),
)
"""As the services give them: messages, one of them with a value of the vocabulary the form prints in Italian."""


def application_view(**changes: object) -> ApplicationView:
    view = ApplicationView(
        id=uuid.uuid4(),
        programme_code="L1",
        programme_name=PROGRAMME,
        programme_year=2026,
        state=ContributionState.DRAFT,
        applied_on=date(2026, 11, 20),
        household_id=uuid.uuid4(),
        household_code="N001",
        holder_name="Mazzà Giulia",
        holder_fiscal_code="MZZGLI80A41A794X",
        holder_birth_date=date(1980, 1, 1),
        holder_phone="035 123456",
        address="via Pizzo Tre Signori 2, scala B, piano 3",
        office_name="Celadina",
        checks=CHECKS,
        checked_on=date(2026, 11, 20),
        protocol_number="",
        protocol_date=None,
        created_by_name="Luca Bonfanti",
        assessed_on=None,
        assessed_by_name="",
        assessment_note="",
        heating_cost_cents=None,
        bill_reference="",
        granted_cents=None,
        granted_on=None,
        granted_by_name="",
        paid_on=None,
        paid_by_name="",
        payment_method=None,
        iban="",
        cancelled_on=None,
        cancelled_by_name="",
        cancel_reason="",
        receipt_number="",
        cap_cents=60000,
        household_granted_cents=0,
    )
    return dataclasses.replace(view, **changes)  # type: ignore[arg-type]


def test_the_form_names_the_programme_and_the_applicant() -> None:
    text = text_of(application_pdf(application_view(), printed_on=TODAY))

    assert f"Domanda di contributo – {PROGRAMME}" in text
    assert "Annualità 2026 – domanda del 20/11/2026" in text
    assert "Cognome e nome Mazzà Giulia" in text
    assert "Codice fiscale MZZGLI80A41A794X" in text
    assert "Data di nascita 01/01/1980" in text
    assert "Telefono 035 123456" in text
    assert "Alloggio SAP via Pizzo Tre Signori 2, scala B, piano 3" in text
    assert "Codice nucleo N001" in text


def test_the_applicant_signs_the_declarations_under_dpr_445() -> None:
    text = text_of(application_pdf(application_view(), printed_on=TODAY))

    assert "di essere assegnatario/a" in text
    assert "ai sensi degli articoli 46 e 47 del DPR 445/2000" in text
    assert "di accettare i controlli" in text
    assert "Bergamo, 20/11/2026" in text
    assert "Il/La richiedente Mazzà Giulia" in text


def test_the_form_lists_the_desk_checks_one_line_each_with_their_outcome() -> None:
    text = text_of(application_pdf(application_view(), printed_on=TODAY))

    assert "Verifica dei requisiti (a cura dello sportello)" in text
    assert "Verifica del 20/11/2026" in text
    assert "Requisito Esito Dati verificati" in text
    assert "Assegnatario da almeno 12 mesi soddisfatto Assegnato il 15/03/2019" in text
    assert "non soddisfatto ISEE ordinario 15.000,01 € valido fino al 31/12/2026: sopra il massimo" in text
    assert "da decidere Morosità: dato mancante; decide un coordinatore" in text
    assert "Area SAP accesso, protezione soddisfatto Area protezione: ammessa" in text
    order = [text.index(str(check.title)) for check in CHECKS]
    assert order == sorted(order)
    assert "Per lo sportello – l'operatore/operatrice Luca Bonfanti" in text


def test_without_protocol_heating_cost_or_iban_the_form_leaves_blanks_to_fill() -> None:
    text = text_of(application_pdf(application_view(), printed_on=TODAY))

    assert "Protocollo n. del" in text
    assert "Costo riscaldamento (€) Bolletta SAP n./data" in text
    assert "☐ accredito sul conto dell'inquilino presso l'ente gestore SAP" in text
    assert "☐ bonifico bancario su IBAN" in text


def test_known_protocol_heating_cost_and_iban_are_filled_in() -> None:
    view = application_view(
        protocol_number="2026/0012345",
        protocol_date=date(2026, 11, 20),
        heating_cost_cents=52465,
        bill_reference="Bolletta n. 2026/778899 del 30/06/2026",
        payment_method=ReceiptMethod.BANK_TRANSFER,
        iban=IBAN,
    )
    text = text_of(application_pdf(view, printed_on=TODAY))

    assert "Protocollo n. 2026/0012345 del 20/11/2026" in text
    assert "Costo riscaldamento 524,65 €" in text
    assert "Bolletta SAP n./data Bolletta n. 2026/778899 del 30/06/2026" in text
    assert f"☒ bonifico bancario su IBAN {IBAN}" in text
    assert "☐ accredito sul conto" in text


def test_the_form_has_no_mark_and_carries_the_privacy_line_given() -> None:
    privacy = "Informativa GDPR consegnata allo sportello."
    text = text_of(application_pdf(application_view(), privacy_line=privacy, printed_on=TODAY))

    assert privacy in text
    for mark in ("BOZZA", "DUPLICATO", "ANNULLATA"):
        assert mark not in text


def test_by_default_the_form_carries_the_standard_privacy_line() -> None:
    text = text_of(application_pdf(application_view(), printed_on=TODAY))

    assert "art. 13 del Regolamento (UE) 2016/679 (GDPR)" in text


# --- the register -------------------------------------------------------------------------------------


def register_lines(count: int, cancelled: tuple[int, ...] = ()) -> list[RegisterLine]:
    return [
        RegisterLine(
            number=f"CEL/2026/{sequence:04d}",
            issued_on=date(2026, 1, 10) + timedelta(days=sequence),
            beneficiary_name="Mazzà Giulia" if sequence % 2 else "Rota Anna",
            household_code=f"N{sequence:03d}",
            amount_cents=60000 if sequence % 2 else 52465,
            programme_year=2026,
            print_count=1 + sequence % 3,
            cancelled_on=date(2026, 6, 1) if sequence in cancelled else None,
            cancel_reason="importo errato" if sequence in cancelled else "",
        )
        for sequence in range(1, count + 1)
    ]


def test_the_register_of_a_series_is_titled_in_italian() -> None:
    text = text_of(receipts_register_pdf(register_title("CEL", 2026), register_lines(1), TODAY))

    assert "Registro delle ricevute CEL/2026" in text


def test_the_register_lists_every_number_in_order_with_its_state() -> None:
    title = "Registro delle ricevute – serie CEL 2026"
    text = text_of(receipts_register_pdf(title, register_lines(5, cancelled=(3,)), TODAY))

    assert title in text
    assert "Numero Data Beneficiario/a Nucleo Annualità Importo Stato Copie" in text
    table = text[text.index("Stato Copie") :]
    positions = [table.index(f"CEL/2026/{sequence:04d} ") for sequence in range(1, 6)]
    assert positions == sorted(positions)
    assert "Dal n. CEL/2026/0001 al n. CEL/2026/0005" in text
    assert "CEL/2026/0001 11/01/2026 Mazzà Giulia N001 2026 600,00 € emessa 2" in text
    assert "CEL/2026/0003 13/01/2026 Mazzà Giulia N003 2026 600,00 € annullata il 01/06/2026: importo errato 1 " in text


def test_the_register_totals_count_issued_and_cancelled_and_add_up_only_the_issued() -> None:
    text = text_of(receipts_register_pdf("Registro", register_lines(5, cancelled=(3,)), TODAY))

    # 0001, 0005 at 600,00 and 0002, 0004 at 524,65; 0003 is cancelled
    assert "Totale delle ricevute emesse (annullate escluse) 2.249,30 €" in text
    assert "Ricevute emesse 4" in text
    assert "Ricevute annullate 1" in text
    assert "Importo delle ricevute emesse 2.249,30 €" in text


def test_a_long_register_spans_pages_with_the_header_on_each() -> None:
    pdf = receipts_register_pdf("Registro", register_lines(60, cancelled=(7, 30)), TODAY)
    pages = pages_text(pdf)

    assert len(pages) > 1
    for page in pages:
        assert "Numero Data Beneficiario/a Nucleo Annualità Importo Stato Copie" in page
    table = " ".join(pages)[pages[0].index("Stato Copie") :]
    positions = [table.index(f"CEL/2026/{sequence:04d} ") for sequence in range(1, 61)]
    assert positions == sorted(positions)
    assert "Ricevute emesse 58" in pages[-1]
    assert "Ricevute annullate 2" in pages[-1]
    assert f"Pagina {len(pages)} di {len(pages)}" in pages[-1]


def test_an_empty_register_says_so() -> None:
    text = text_of(receipts_register_pdf("Registro", [], TODAY))

    assert "Nessuna ricevuta emessa." in text
    assert "Ricevute emesse 0" in text
    assert "Importo delle ricevute emesse 0,00 €" in text
