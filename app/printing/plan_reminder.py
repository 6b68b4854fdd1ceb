"""The reminder letter (sollecito, DESIGN 2.5) for a repayment plan with installments overdue.

Written to the holder from the tenant manager's list: which installments were not paid by the date of the
plan's situation and how much of each is still due, the total overdue and what the plan still owes
altogether, and a polite request to pay or to come to the desk to talk about it. The rule on missed
installments is recalled with the grace days and lapse tolerance in force.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.printing.document import PrintedDocument, italian_date, markup
from app.printing.plan_agreement import PlanIssuer, days_word, lapse_rule, office_line
from app.services.money import format_amount
from app.services.plans.plans import PlanView
from app.services.plans.rules import InstallmentStatus


def plan_reminder_pdf(plan: PlanView, issuer: PlanIssuer) -> bytes:
    """Raises ``ValueError`` for a plan with nothing overdue on the day of its situation: there is nothing
    to remind (the list offers the letter only for late plans)."""
    return PlanReminder(plan, issuer).render()


def overdue_installments(plan: PlanView) -> list[InstallmentStatus]:
    """Past their due date on the day of the plan's situation and not fully paid, oldest first."""
    on = plan.situation.on
    return [s for s in plan.situation.installments if s.due_date < on and s.due_cents > 0]


class PlanReminder(PrintedDocument):
    recipient_indent = 95 * mm
    """The address block sits on the right, where a window envelope shows it."""
    signature_width = 80 * mm
    signature_height = 13 * mm

    def __init__(self, plan: PlanView, issuer: PlanIssuer) -> None:
        super().__init__("Sollecito di pagamento", issuer.printed_on)
        self.plan = plan
        self.issuer = issuer
        self.overdue = overdue_installments(plan)
        if not self.overdue:
            raise ValueError(f"no installment of the plan is overdue on {plan.situation.on}")

    def _header_note(self) -> tuple[str, ...]:
        return (f"Sportello {self.issuer.office_name}", self.issuer.office_address)

    def _footer_note(self) -> str:
        return f"Sollecito piano di rientro – nucleo {self.plan.household_code} – {self.plan.holder_name}"

    def _story(self) -> list[Flowable]:
        styles = self.styles
        plan, issuer = self.plan, self.issuer
        on = italian_date(plan.situation.on)
        signed = f" firmato il {italian_date(plan.signed_on)}" if plan.signed_on else ""
        count = len(self.overdue)
        which = "risulta non pagata la rata" if count == 1 else f"risultano non pagate le {count} rate"
        return [
            self._recipient(),
            Spacer(1, 6 * mm),
            Paragraph(markup(f"{issuer.place}, {italian_date(issuer.printed_on)}"), styles["Label"]),
            Spacer(1, 4 * mm),
            Paragraph(
                "<b>Oggetto: sollecito di pagamento delle rate del piano di rientro – "
                f"nucleo {markup(plan.household_code)}</b>",
                styles["Body"],
            ),
            Paragraph(markup(f"Gentile {plan.holder_name}," if plan.holder_name else "Gentile titolare,"), styles["Body"]),
            Paragraph(
                markup(
                    f"dalle nostre registrazioni, al {on} {which} del piano di rientro{signed} "
                    f"{'indicate' if count > 1 else 'indicata'} qui sotto, con quanto resta da pagare."
                ),
                styles["Body"],
            ),
            self._overdue_table(),
            Spacer(1, 3 * mm),
            self._summary(),
            Spacer(1, 3 * mm),
            Paragraph(
                markup(
                    "La invitiamo a pagare al più presto l'importo scaduto. Se in questo momento non Le è possibile, "
                    f"La aspettiamo allo {office_line(issuer)}, per parlarne insieme e cercare una soluzione: "
                    "è importante farlo prima che il ritardo aumenti."
                ),
                styles["Body"],
            ),
            self._closing(),
        ]

    def _recipient(self) -> Table:
        plan = self.plan
        lines = [plan.holder_name, plan.address, self.issuer.place]
        text = "<br/>".join(markup(line) for line in lines if line.strip())
        addressee = Paragraph(f"Alla cortese attenzione di<br/><b>{text}</b>", self.styles["Label"])
        table = Table([["", addressee]], colWidths=[self.recipient_indent, None])
        style = self.styles["Label"]
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _overdue_table(self) -> Table:
        on = self.plan.situation.on
        return self._figures_table(
            ("Rata", "Scadenza", "Importo rata", "Già pagato", "Da pagare", "Giorni di ritardo"),
            [
                (
                    str(s.number),
                    italian_date(s.due_date),
                    format_amount(s.amount_cents),
                    format_amount(s.paid_cents),
                    format_amount(s.due_cents),
                    str((on - s.due_date).days),
                )
                for s in self.overdue
            ],
            (14 * mm, 25 * mm, 0, 27 * mm, 27 * mm, 33 * mm),
            right=(0, 2, 3, 4, 5),
            total=("Totale scaduto", "", "", "", format_amount(sum(s.due_cents for s in self.overdue)), ""),
        )

    def _summary(self) -> Table:
        situation = self.plan.situation
        rows = [
            (f"Totale scaduto da pagare al {italian_date(situation.on)}", format_amount(situation.overdue_cents)),
            ("Giorni di ritardo della rata più vecchia", days_word(situation.days_late)),
            ("Debito residuo del piano (rate scadute e da scadere)", format_amount(situation.outstanding_cents)),
        ]
        upcoming = situation.next_due
        if upcoming is not None:
            when = f"n. {upcoming.number} del {italian_date(upcoming.due_date)}"
            rows.append((f"Prossima rata in scadenza: {when}", format_amount(upcoming.due_cents)))
        label = self.styles["Label"]
        value = ParagraphStyle("LabelRight", parent=label, alignment=TA_RIGHT)
        table = Table(
            [[Paragraph(markup(text), label), Paragraph(f"<b>{markup(amount)}</b>", value)] for text, amount in rows],
            colWidths=[None, 34 * mm],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), label.fontName, label.fontSize),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6 * mm),
                ]
            )
        )
        return table

    def _closing(self) -> Flowable:
        """The last paragraphs go with the signature: a letter does not end on a page of greetings alone."""
        styles, plan, issuer = self.styles, self.plan, self.issuer
        return KeepTogether(
            [
                Paragraph(
                    markup(
                        f"Le ricordiamo quanto previsto dal piano. {lapse_rule(plan.grace_days, issuer.lapse_tolerance)} "
                        "Il canone di locazione e le spese correnti vanno pagati regolarmente, oltre alle rate."
                    ),
                    styles["Body"],
                ),
                Paragraph(
                    "Se ha già pagato, La preghiamo di non tenere conto di questa lettera e di mostrarci la ricevuta "
                    "allo sportello, così potremo aggiornare la Sua situazione.",
                    styles["Body"],
                ),
                Paragraph("Cordiali saluti.", styles["Body"]),
                self._signature(),
            ]
        )

    def _signature(self) -> Flowable:
        issuer = self.issuer
        caption = f"Per il Portierato di Comunità\nSportello {issuer.office_name}"
        if issuer.operator_name:
            caption += f"\n{issuer.operator_name}"
        signature = self._signature_lines([caption], width=self.signature_width)
        signature.hAlign = "RIGHT"
        return signature

