"""The receipt (ricevuta, DESIGN 2.4) of a contribution paid to a tenant: one A4 page.

Everything printed comes from the :class:`ReceiptView` stored when the receipt was issued, so a reprint
shows what was issued; only the marks change. A reprint is crossed by "DUPLICATO" and says which copy it
is; a cancelled receipt is kept, crossed by "ANNULLATA", and says when, by whom and why.

What the tenant signs depends on how the money reached them. Handed over at the desk (cash, cheque, or
any other way the desk records as "altro") the receipt is the tenant's acknowledgement: they sign it
"Per quietanza". Credited on their SAP rent account or sent by bank transfer, the tenant has received
nothing at the desk: the receipt is the Comune's statement of the payment, and the tenant signs it "Per
presa visione" (they have seen it), never "per quietanza" for money they have not been handed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from app import clock
from app.messages import say_in_italian
from app.printing.document import FONT_BOLD, PrintedDocument, italian_date, markup
from app.services.contributions.views import ReceiptView
from app.services.money import format_amount
from app.vocabulary import ReceiptMethod

CANCELLED_MARK = "ANNULLATA"
DUPLICATE_MARK = "DUPLICATO"

SAP_ACCOUNT_WORDING = "accredito sul conto dell'inquilino presso l'ente gestore SAP"
"""How the documents say a credit on the tenant's SAP account: more formal than the vocabulary's label, which
the screens show; every other way reads as its label."""

STATEMENT_METHODS = frozenset({ReceiptMethod.SAP_ACCOUNT, ReceiptMethod.BANK_TRANSFER})
"""Paid without handing anything over at the desk: the receipt states the payment (see the module doc)."""

PRIVACY_LINE = (
    "I dati personali sono trattati dal Comune di Bergamo, titolare del trattamento, per la gestione del "
    "contributo, secondo l'art. 13 del Regolamento (UE) 2016/679 (GDPR). L'informativa completa è "
    "disponibile allo sportello."
)


def receipt_pdf(receipt: ReceiptView, *, duplicate: bool = False, printed_on: date | None = None) -> bytes:
    """``duplicate``: this print is a copy after the first (the caller passes the view as it was before
    counting this print, so the copy is number ``print_count + 1``). A cancelled receipt prints
    "ANNULLATA" whatever ``duplicate`` says. ``printed_on`` defaults to today."""
    return ReceiptDocument(receipt, duplicate=duplicate, printed_on=printed_on or clock.today()).render()


def payment_method_words(method: ReceiptMethod) -> str:
    """The way of payment as the documents name it."""
    return SAP_ACCOUNT_WORDING if method is ReceiptMethod.SAP_ACCOUNT else say_in_italian(method)


def payment_method_text(method: ReceiptMethod, iban: str) -> str:
    """The way of payment as the receipt says it; a transfer names the IBAN when it is known."""
    words = payment_method_words(method)
    if method is ReceiptMethod.BANK_TRANSFER and iban.strip():
        return f"{words} su IBAN {iban.strip()}"
    return words


def cancellation_text(cancelled_on: date, cancelled_by: str, reason: str) -> str:
    who = f" da {cancelled_by.strip()}" if cancelled_by.strip() else ""
    why = f": {reason.strip()}" if reason.strip() else ""
    return f"Ricevuta annullata il {italian_date(cancelled_on)}{who}{why}"


def facts_table(styles: StyleSheet1, rows: Sequence[tuple[str, str]], *, label_width: float) -> Table:
    """Labels on the left, values in bold on the right, wrapped: the data of a person or a payment. An
    empty value is a ruled blank, to be written in by hand on the paper."""
    label = styles["Label"]
    table = Table(
        [[Paragraph(markup(key), label), Paragraph(f"<b>{markup(text)}</b>", label)] for key, text in rows],
        colWidths=[label_width, None],
        hAlign="LEFT",
    )
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), label.fontName, label.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5 * mm),
    ]
    for row, (_key, text) in enumerate(rows):
        if not text.strip():
            commands += [
                ("TOPPADDING", (0, row), (-1, row), 3 * mm),
                ("LINEBELOW", (1, row), (1, row), 0.6, colors.black),
            ]
    table.setStyle(TableStyle(commands))
    return table


def issuer_lines(programme_name: str, funding_statement: str, cup: str) -> list[str]:
    """Who pays and with which funds: documents of an EU-funded action state the funding and its CUP."""
    lines = [programme_name]
    if funding_statement.strip():
        lines.append(funding_statement.strip())
    if cup.strip():
        lines.append(f"CUP {cup.strip()}")
    return lines


class ReceiptDocument(PrintedDocument):
    label_width = 42 * mm
    amount_box_color = colors.HexColor("#f2f2f2")
    amount_size = 15
    signature_height = 18 * mm

    def __init__(self, receipt: ReceiptView, *, duplicate: bool, printed_on: date) -> None:
        if receipt.cancelled:
            mark: str | None = CANCELLED_MARK
        elif duplicate:
            mark = DUPLICATE_MARK
        else:
            mark = None
        super().__init__(f"Ricevuta n. {receipt.number}", printed_on, mark=mark)
        self.receipt = receipt

    @property
    def is_statement(self) -> bool:
        return self.receipt.payment_method in STATEMENT_METHODS

    def _header_note(self) -> tuple[str, ...]:
        return (f"Sportello {self.receipt.office_name}", f"Ricevuta n. {self.receipt.number}")

    def _footer_note(self) -> str:
        return f"Ricevuta n. {self.receipt.number} – {self.receipt.beneficiary_name}"

    def _story(self) -> list[Flowable]:
        """One sheet, always: with unusually long data (a long reason for a cancellation, a long funding
        statement) the content is scaled down to fit rather than run onto a second page that could be
        separated from the first."""
        width, height = self.pagesize
        return [
            KeepInFrame(
                width - self.left_margin - self.right_margin,
                height - self.top_margin - self.bottom_margin,
                self._content(),
                mode="shrink",
            )
        ]

    def _content(self) -> list[Flowable]:
        styles, receipt = self.styles, self.receipt
        if self.is_statement:
            lead = "Si attesta che il Comune di Bergamo ha corrisposto al/alla beneficiario/a qui indicato/a la somma di:"
        else:
            lead = "Il/La beneficiario/a qui indicato/a dichiara di ricevere dal Comune di Bergamo la somma di:"
        where = f"{receipt.place}, {italian_date(receipt.issued_on)} – Sportello {receipt.office_name}"
        return [
            self._issuer(),
            Spacer(1, 5 * mm),
            Paragraph(markup(self.title), styles["Title"]),
            Paragraph(markup(where), styles["Subtitle"]),
            *self._state(),
            Paragraph("Beneficiario/a", styles["Heading"]),
            facts_table(styles, self._beneficiary_rows(), label_width=self.label_width),
            Spacer(1, 4 * mm),
            Paragraph(markup(lead), styles["Body"]),
            self._amount_box(),
            Paragraph("Pagamento", styles["Heading"]),
            facts_table(styles, self._payment_rows(), label_width=self.label_width),
            *self._closing(),
        ]

    def _issuer(self) -> Table:
        """The paying body in a framed block at the top, as on the Comune's own receipts."""
        receipt, small = self.receipt, self.styles["Small"]
        lines = issuer_lines(receipt.programme_name, receipt.funding_statement, receipt.cup)
        cells = [[Paragraph(f"<b>{markup(lines[0])}</b>", self.styles["Label"])]]
        cells += [[Paragraph(markup(line), small)] for line in lines[1:]]
        table = Table(cells, colWidths=[None], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), small.fontName, small.fontSize),
                    ("LINEBEFORE", (0, 0), (0, -1), 2, self.rule_color),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.4 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.4 * mm),
                ]
            )
        )
        return table

    def _state(self) -> list[Flowable]:
        """The cancellation or the copy number under the title, where whoever takes the paper reads it."""
        receipt = self.receipt
        bold = ParagraphStyle("State", parent=self.styles["Body"], fontName=FONT_BOLD)
        if receipt.cancelled_on is not None:
            text = cancellation_text(receipt.cancelled_on, receipt.cancelled_by_name, receipt.cancel_reason)
        elif self.mark == DUPLICATE_MARK:
            copy = receipt.print_count + 1
            text = f"Duplicato: copia n. {copy} della ricevuta emessa il {italian_date(receipt.issued_on)}."
        else:
            return []
        return [Paragraph(markup(text), bold), Spacer(1, 2 * mm)]

    def _beneficiary_rows(self) -> list[tuple[str, str]]:
        receipt = self.receipt
        return [
            ("Cognome e nome", receipt.beneficiary_name),
            ("Codice fiscale", receipt.beneficiary_fiscal_code or "non registrato"),
            ("Alloggio SAP", receipt.beneficiary_address),
            ("Codice nucleo", receipt.household_code),
        ]

    def _amount_box(self) -> Table:
        """The figures over the words in a shaded frame (the amount is what the paper is for), the values in
        line with those of the tables above and below it."""
        receipt, label = self.receipt, self.styles["Label"]
        size = self.amount_size
        big = ParagraphStyle("Amount", parent=label, fontName=FONT_BOLD, fontSize=size, leading=size * 1.25)
        table = Table(
            [
                [Paragraph("Importo", label), Paragraph(markup(format_amount(receipt.amount_cents)), big)],
                [Paragraph("In lettere", label), Paragraph(f"<b>Euro {markup(receipt.amount_words)}</b>", label)],
            ],
            colWidths=[self.label_width, None],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), label.fontName, label.fontSize),
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                    ("BACKGROUND", (0, 0), (-1, -1), self.amount_box_color),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (0, -1), 3 * mm),
                    ("LEFTPADDING", (1, 0), (1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, 0), 2.5 * mm),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5 * mm),
                ]
            )
        )
        return table

    def _payment_rows(self) -> list[tuple[str, str]]:
        receipt = self.receipt
        rows = [
            ("Causale", receipt.purpose),
            ("Annualità", str(receipt.programme_year)),
            ("Modalità", payment_method_text(receipt.payment_method, receipt.iban)),
        ]
        if receipt.act_reference.strip():
            rows.append(("Atto di riferimento", receipt.act_reference))
        rows.append(("Bollo", receipt.stamp_duty_line))
        return rows

    def _closing(self) -> list[Flowable]:
        receipt = self.receipt
        operator = "Per il Portierato di Comunità" + (f"\n{receipt.issued_by_name}" if receipt.issued_by_name else "")
        signed = "Per presa visione" if self.is_statement else "Per quietanza"
        beneficiary = f"{signed} – il/la beneficiario/a\n{receipt.beneficiary_name}"
        return [
            Spacer(1, 7 * mm),
            Paragraph(markup(f"{receipt.place}, {italian_date(receipt.issued_on)}"), self.styles["Label"]),
            Spacer(1, 1 * mm),
            self._signature_lines([operator, beneficiary]),
            Spacer(1, 8 * mm),
            Paragraph(markup(PRIVACY_LINE), self.styles["Small"]),
        ]
