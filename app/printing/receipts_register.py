"""The receipts register (registro delle ricevute, DESIGN 2.4): every number of a series, in order, with
its state, so that an auditor sees at a glance that no number is missing and none was reused.

Landscape, so that a cancellation's reason fits on the line of its number; the header of the table is
repeated on every page. The totals count the receipts in force and the cancelled ones apart, and add up
only the amounts of the receipts in force: a cancelled receipt keeps its number but paid nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.printing.document import PrintedDocument, italian_date, markup
from app.printing.receipt import facts_table
from app.services.contributions.views import RegisterLine
from app.services.money import format_amount

CANCELLED_NOTE = "Le ricevute annullate conservano il loro numero e non sono comprese nell'importo."


def register_title(site: str, year: int) -> str:
    """The title a series' register prints (the viewer showing it may say it in another language)."""
    return f"Registro delle ricevute {site}/{year}"


def receipts_register_pdf(title: str, lines: Sequence[RegisterLine], printed_on: date) -> bytes:
    """``lines`` in the order of their numbers, as the series lists them."""
    return ReceiptsRegister(title, lines, printed_on).render()


def register_state(line: RegisterLine) -> str:
    if line.cancelled_on is None:
        return "emessa"
    reason = line.cancel_reason.strip()
    return f"annullata il {italian_date(line.cancelled_on)}" + (f": {reason}" if reason else "")


class ReceiptsRegister(PrintedDocument):
    pagesize = landscape(A4)
    left_margin = 20 * mm
    top_margin = 30 * mm
    bottom_margin = 22 * mm
    number_width = 32 * mm
    date_width = 23 * mm
    beneficiary_width = 52 * mm
    household_width = 22 * mm
    year_width = 22 * mm
    amount_width = 26 * mm
    copies_width = 16 * mm
    totals_label_width = 60 * mm

    def __init__(self, title: str, lines: Sequence[RegisterLine], printed_on: date) -> None:
        super().__init__(title, printed_on)
        self.lines = tuple(lines)
        self.in_force = tuple(line for line in self.lines if line.cancelled_on is None)
        self.total_cents = sum(line.amount_cents for line in self.in_force)

    def _story(self) -> list[Flowable]:
        styles = self.styles
        story: list[Flowable] = [
            Paragraph(markup(self.title), styles["Title"]),
            Paragraph(markup(self._subtitle()), styles["Subtitle"]),
        ]
        if self.lines:
            story.append(self._table())
        else:
            story.append(Paragraph("Nessuna ricevuta emessa.", styles["Body"]))
        story.append(self._totals())
        return story

    def _subtitle(self) -> str:
        if not self.lines:
            return f"Situazione al {italian_date(self.printed_on)}"
        first, last = self.lines[0], self.lines[-1]
        return f"Dal n. {first.number} al n. {last.number} – situazione al {italian_date(self.printed_on)}"

    def _table(self) -> Flowable:
        return self._figures_table(
            ("Numero", "Data", "Beneficiario/a", "Nucleo", "Annualità", "Importo", "Stato", "Copie"),
            [
                (
                    line.number,
                    italian_date(line.issued_on),
                    line.beneficiary_name,
                    line.household_code,
                    str(line.programme_year),
                    format_amount(line.amount_cents),
                    register_state(line),
                    str(line.print_count),
                )
                for line in self.lines
            ],
            (
                self.number_width,
                self.date_width,
                self.beneficiary_width,
                self.household_width,
                self.year_width,
                self.amount_width,
                0,
                self.copies_width,
            ),
            right=(4, 5, 7),
            total=("Totale delle ricevute emesse (annullate escluse)", "", "", "", "", self._total(), "", ""),
        )

    def _total(self) -> str:
        return format_amount(self.total_cents)

    def _totals(self) -> Flowable:
        rows = [
            ("Ricevute emesse", str(len(self.in_force))),
            ("Ricevute annullate", str(len(self.lines) - len(self.in_force))),
            ("Importo delle ricevute emesse", self._total()),
        ]
        return KeepTogether(
            [
                Spacer(1, 5 * mm),
                Paragraph("Riepilogo", self.styles["Heading"]),
                facts_table(self.styles, rows, label_width=self.totals_label_width),
                Paragraph(markup(CANCELLED_NOTE), self.styles["Small"]),
            ]
        )
