"""The application form (domanda di contributo, DESIGN 2.3) printed pre-filled for the tenant to sign.

The desk fills in what the registry knows, the tenant checks it, completes by hand what is missing (a
blank line stands for each missing datum: the heating cost and the bill before the bill arrives, the
IBAN, the protocol) and signs the declarations under DPR 445/2000. The desk's verification of the
requirements is printed with it, one line per rule as stored with the application, so the paper that is
filed shows on which data the desk judged. No mark: the form is made to be signed as it is.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Paragraph, Spacer, Table, TableStyle

from app import clock
from app.messages import say_in_italian
from app.printing.document import PrintedDocument, italian_date, markup
from app.printing.receipt import PRIVACY_LINE, facts_table, payment_method_words
from app.services.contributions.views import ApplicationView
from app.services.money import format_amount
from app.vocabulary import ReceiptMethod

CHECKED_BOX = "☒"
EMPTY_BOX = "☐"

PLACE = "Bergamo"
"""Where the form is signed: the programmes are the Comune di Bergamo's, whichever desk takes the form."""


def application_pdf(
    application: ApplicationView, *, privacy_line: str | None = None, printed_on: date | None = None
) -> bytes:
    """``privacy_line``: the short privacy sentence in force (a setting), by default the standard one;
    ``printed_on`` defaults to today."""
    return ApplicationForm(
        application, privacy_line=privacy_line or PRIVACY_LINE, printed_on=printed_on or clock.today()
    ).render()


class ApplicationForm(PrintedDocument):
    label_width = 42 * mm
    rule_width = 58 * mm
    outcome_width = 30 * mm
    protocol_number_width = 45 * mm
    protocol_date_width = 35 * mm
    amount_blank_width = 32 * mm
    iban_blank_width = 0
    signature_height = 12 * mm
    signature_width = 80 * mm
    box_padding = 4 * mm

    def __init__(self, application: ApplicationView, *, privacy_line: str, printed_on: date) -> None:
        super().__init__(f"Domanda di contributo – {application.programme_name}", printed_on)
        self.application = application
        self.privacy_line = privacy_line

    def _header_note(self) -> tuple[str, ...]:
        return (f"Sportello {self.application.office_name}", f"Annualità {self.application.programme_year}")

    def _footer_note(self) -> str:
        application = self.application
        return (
            f"Domanda {application.programme_code} {application.programme_year} – nucleo {application.household_code}"
            f" – {application.holder_name}"
        )

    def _story(self) -> list[Flowable]:
        styles, application = self.styles, self.application
        return [
            Paragraph(markup(self.title), styles["Title"]),
            Paragraph(
                markup(
                    f"Annualità {application.programme_year} – domanda del "
                    f"{italian_date(application.applied_on)} – Sportello {application.office_name}"
                ),
                styles["Subtitle"],
            ),
            self._protocol(),
            Paragraph("Il/La richiedente", styles["Heading"]),
            facts_table(styles, self._applicant_rows(), label_width=self.label_width),
            Paragraph("Chiede", styles["Heading"]),
            Paragraph(
                markup(
                    f"di essere ammesso/a al contributo “{application.programme_name}” per l'annualità "
                    f"{application.programme_year}, per le spese di riscaldamento della stagione documentate qui sotto."
                ),
                styles["Body"],
            ),
            *self._heating(),
            Paragraph("Modalità di pagamento preferita", styles["Heading"]),
            *self._payment(),
            self._declarations(),
            Spacer(1, 4 * mm),
            self._verification(),
            Spacer(1, 5 * mm),
            Paragraph(markup(self.privacy_line), styles["Small"]),
        ]

    def _protocol(self) -> Flowable:
        application = self.application
        if application.protocol_number.strip():
            when = f" del {italian_date(application.protocol_date)}" if application.protocol_date else ""
            return Paragraph(markup(f"Protocollo n. {application.protocol_number.strip()}{when}"), self.styles["Label"])
        return self._blanks_to_fill([("Protocollo n.", self.protocol_number_width), ("del", self.protocol_date_width)])

    def _applicant_rows(self) -> list[tuple[str, str]]:
        application = self.application
        return [
            ("Cognome e nome", application.holder_name),
            ("Codice fiscale", application.holder_fiscal_code),
            ("Data di nascita", italian_date(application.holder_birth_date) if application.holder_birth_date else ""),
            ("Telefono", application.holder_phone),
            ("Alloggio SAP", application.address),
            ("Codice nucleo", application.household_code),
        ]

    def _heating(self) -> list[Flowable]:
        """The documented cost and its bill, or blanks to copy them from the bill when it comes."""
        application = self.application
        if application.heating_cost_cents is None:
            blanks = [("Costo riscaldamento (€)", self.amount_blank_width), ("Bolletta SAP n./data", 0)]
            return [self._blanks_to_fill(blanks), Spacer(1, 2 * mm)]
        rows = [
            ("Costo riscaldamento", format_amount(application.heating_cost_cents)),
            ("Bolletta SAP n./data", application.bill_reference),
        ]
        return [facts_table(self.styles, rows, label_width=self.label_width)]

    def _payment(self) -> list[Flowable]:
        """The two ways the desk pays, the chosen one ticked; the IBAN written in when known."""
        application, label = self.application, self.styles["Label"]
        chosen = application.payment_method

        def choice(method: ReceiptMethod) -> str:
            return f"{CHECKED_BOX if chosen is method else EMPTY_BOX}  {payment_method_words(method)}"

        account = Paragraph(markup(choice(ReceiptMethod.SAP_ACCOUNT)), label)
        transfer = f"{choice(ReceiptMethod.BANK_TRANSFER)} su IBAN"
        iban = application.iban.strip()
        if iban:
            return [account, Paragraph(markup(f"{transfer} {iban}"), label)]
        return [account, self._blanks_to_fill([(transfer, self.iban_blank_width)])]

    def _declarations(self) -> Flowable:
        """Kept on one page with the applicant's signature, dated the day of the application (the day that
        decides the requirements): a person signs under what they declare."""
        styles, application = self.styles, self.application
        declarations = [
            "di essere assegnatario/a, con il proprio nucleo familiare, dell'alloggio di Servizi Abitativi Pubblici "
            "(SAP) indicato sopra e di risiedervi;",
            "di non avere presentato altre domande per lo stesso contributo per l'annualità "
            f"{application.programme_year};",
            "che i dati e le informazioni di questa domanda sono veri, ai sensi degli articoli 46 e 47 del DPR "
            "445/2000, consapevole delle sanzioni penali previste dall'articolo 76 per le dichiarazioni false e "
            "della decadenza dal beneficio prevista dall'articolo 75;",
            "di accettare i controlli sulla veridicità di quanto dichiarato (articolo 71 del DPR 445/2000), anche "
            "presso l'ente gestore SAP e l'INPS per i dati dell'alloggio, della morosità e dell'ISEE;",
            "di avere ricevuto l'informativa sul trattamento dei dati personali.",
        ]
        items = ListFlowable(
            [ListItem(Paragraph(markup(text), styles["Body"]), leftIndent=6 * mm) for text in declarations],
            bulletType="a",
            bulletFormat="%s)",
            bulletFontName=styles["Body"].fontName,
            bulletFontSize=styles["Body"].fontSize,
            leftIndent=6 * mm,
        )
        when = Paragraph(markup(f"{PLACE}, {italian_date(application.applied_on)}"), styles["Label"])
        signature = self._signature_lines([f"Il/La richiedente\n{application.holder_name}"], width=self.signature_width)
        return KeepTogether([Paragraph("Dichiara", styles["Heading"]), items, self._beside(when, signature)])

    def _beside(self, left: Flowable, signature: Flowable) -> Table:
        """The place and date on the left, standing on the level of the signature's rule on the right."""
        label = self.styles["Label"]
        line_width = self.pagesize[0] - self.left_margin - self.right_margin
        widths = [line_width - self.signature_width, self.signature_width]
        table = Table([[left, signature]], colWidths=widths, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), label.fontName, label.fontSize),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (0, 0), self.signature_height - 4.5 * mm),
                    ("TOPPADDING", (1, 0), (1, 0), 0),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _verification(self) -> Table:
        """In a frame of its own, signed by the operator: this part is the desk's, not the tenant's. Kept
        whole on one page (a frame does not split): one line per rule is short."""
        styles, application = self.styles, self.application
        inner_width = self.pagesize[0] - self.left_margin - self.right_margin - 2 * self.box_padding
        checks = self._figures_table(
            ("Requisito", "Esito", "Dati verificati"),
            [(say_in_italian(check.title), say_in_italian(check.outcome), say_in_italian(check.detail)) for check in application.checks],
            (self.rule_width, self.outcome_width, inner_width - self.rule_width - self.outcome_width),
        )
        operator = "Per lo sportello – l'operatore/operatrice"
        if application.created_by_name.strip():
            operator += f"\n{application.created_by_name.strip()}"
        content = [
            Paragraph("Verifica dei requisiti (a cura dello sportello)", styles["Heading"]),
            Paragraph(markup(f"Verifica del {italian_date(application.checked_on)}"), styles["Small"]),
            Spacer(1, 1.5 * mm),
            checks,
            self._signature_lines([operator], width=self.signature_width),
        ]
        frame = Table([[content]], colWidths=[inner_width + 2 * self.box_padding], hAlign="LEFT")
        frame.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                    ("LEFTPADDING", (0, 0), (-1, -1), self.box_padding),
                    ("RIGHTPADDING", (0, 0), (-1, -1), self.box_padding),
                    ("TOPPADDING", (0, 0), (-1, -1), self.box_padding / 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), self.box_padding),
                    ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ]
            )
        )
        return frame
