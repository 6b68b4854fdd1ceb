"""The repayment plan agreement (piano di rientro, DESIGN 2.5) that the tenant and the desk sign.

It states the debt item by item, the schedule, the duty to keep paying the current rent and charges, and
what happens when installments are missed, with the grace days and the lapse tolerance in force when it
is printed (the caller passes them in :class:`PlanIssuer`). A draft is crossed by "BOZZA": it is the
proposal read with the tenant; once signed the printout carries the day of the signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import BalancedColumns

from app.printing.document import PrintedDocument, italian_date, markup
from app.services.money import format_amount
from app.services.plans.plans import PlanView
from app.vocabulary import PlanState

DRAFT_MARK = "BOZZA"


@dataclass(frozen=True)
class PlanIssuer:
    """Who issues a plan's documents, and the rules in force that they quote, as of printing."""

    office_name: str
    """The desk's name as the registry has it (``"Celadina"``); printed as "Sportello Celadina"."""
    office_address: str
    printed_on: date
    lapse_tolerance: int
    """The ``plan_lapse_tolerance`` setting: missed installments after which the plan may lapse."""
    place: str = "Bergamo"
    operator_name: str = ""
    """Who prints and signs for the desk; without it the signature has only its role."""


def plan_agreement_pdf(plan: PlanView, issuer: PlanIssuer) -> bytes:
    return PlanAgreement(plan, issuer).render()


def installments_word(count: int) -> str:
    return "1 rata" if count == 1 else f"{count} rate"


def days_word(count: int) -> str:
    return "1 giorno" if count == 1 else f"{count} giorni"


def lapse_rule(grace_days: int, tolerance: int) -> str:
    """The rule on missed installments as the agreement states it and the reminder recalls it."""
    by = "entro la data di scadenza" if grace_days == 0 else f"entro {days_word(grace_days)} dalla scadenza"
    missed = "anche una sola rata non pagata" if tolerance == 1 else f"{tolerance} rate non pagate"
    return (
        f"Una rata è considerata non pagata quando non è saldata per intero {by}. Con {missed} il piano può "
        "essere dichiarato decaduto: in tal caso la rateizzazione viene meno e tutto il debito ancora da "
        "pagare resta dovuto."
    )


def office_line(issuer: PlanIssuer) -> str:
    return f"Sportello {issuer.office_name}" + (f", {issuer.office_address}" if issuer.office_address else "")


class PlanAgreement(PrintedDocument):
    amount_width = 34 * mm
    kind_width = 48 * mm
    number_width = 16 * mm
    date_width = 28 * mm
    column_gap = 10 * mm
    one_column_installments = 12
    """Up to this many installments the schedule is one table; a longer one runs in two columns (a
    five-year plan on a page and a half instead of three)."""

    def __init__(self, plan: PlanView, issuer: PlanIssuer) -> None:
        super().__init__("Piano di rientro", issuer.printed_on, mark=DRAFT_MARK if plan.state is PlanState.DRAFT else None)
        self.plan = plan
        self.issuer = issuer

    def _header_note(self) -> tuple[str, ...]:
        return (f"Sportello {self.issuer.office_name}", self.issuer.office_address)

    def _footer_note(self) -> str:
        return f"Piano di rientro – nucleo {self.plan.household_code} – {self.plan.holder_name}"

    def _story(self) -> list[Flowable]:
        styles = self.styles
        plan = self.plan
        if plan.signed_on is not None:
            status = f"firmato il {italian_date(plan.signed_on)}"
        else:
            status = "proposta da firmare"
        return [
            Paragraph("Piano di rientro del debito", styles["Title"]),
            Paragraph(
                markup(f"Accordo per il pagamento a rate – nucleo {plan.household_code} – {status}"), styles["Subtitle"]
            ),
            self._household(),
            Spacer(1, 3 * mm),
            Paragraph(
                "Il/La titolare del nucleo riconosce il debito indicato qui sotto e si impegna a pagarlo con le "
                f"rate di questo piano, concordato con lo {markup(office_line(self.issuer))}.",
                styles["Body"],
            ),
            Paragraph("1. Debito", styles["Heading"]),
            self._debt_items(),
            Paragraph("2. Rate", styles["Heading"]),
            Paragraph(markup(self._schedule_sentence()), styles["Body"]),
            self._schedule(),
            Paragraph("3. Canone e spese correnti", styles["Heading"]),
            Paragraph(
                "Per tutta la durata del piano il nucleo continua a pagare regolarmente, alle scadenze ordinarie, "
                "anche il canone di locazione e le spese correnti: le rate del piano si aggiungono a questi "
                "pagamenti e non li sostituiscono.",
                styles["Body"],
            ),
            *self._closing(),
        ]

    def _household(self) -> Table:
        plan = self.plan
        rows = [
            ("Nucleo", plan.household_code),
            ("Titolare", plan.holder_name),
            ("Codice fiscale", plan.holder_codice_fiscale or "non registrato"),
            ("Alloggio", plan.address),
        ]
        label = self.styles["Label"]
        table = Table(
            [[Paragraph(markup(key), label), Paragraph(f"<b>{markup(text)}</b>", label)] for key, text in rows],
            colWidths=[32 * mm, None],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), label.fontName, label.fontSize),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5 * mm),
                ]
            )
        )
        return table

    def _debt_items(self) -> Table:
        items = self.plan.debt_items
        return self._figures_table(
            ("Voce", "Periodo", "Importo"),
            [(str(item.kind.label).capitalize(), item.period, format_amount(item.amount_cents)) for item in items],
            (self.kind_width, 0, self.amount_width),
            right=(2,),
            total=("Totale del debito", "", format_amount(sum(item.amount_cents for item in items))),
        )

    def _schedule_sentence(self) -> str:
        schedule = self.plan.schedule
        total = format_amount(sum(i.amount_cents for i in schedule))
        if len(schedule) == 1:
            return f"Il debito di {total} è pagato in un'unica rata con scadenza il {italian_date(schedule[0].due_date)}."
        shorter = " (o l'ultimo giorno del mese, se il mese è più corto)" if self.plan.due_day > 28 else ""
        return (
            f"Il debito di {total} è pagato in {installments_word(len(schedule))} mensili con scadenza il giorno "
            f"{self.plan.due_day} di ogni mese{shorter}, dal {italian_date(schedule[0].due_date)} "
            f"al {italian_date(schedule[-1].due_date)}."
        )

    def _schedule(self) -> Flowable:
        schedule = self.plan.schedule
        table = self._figures_table(
            ("Rata", "Scadenza", "Importo"),
            [(str(i.number), italian_date(i.due_date), format_amount(i.amount_cents)) for i in schedule],
            (self.number_width, self.date_width, self._column_width() - self.number_width - self.date_width),
            right=(0, 2),
            total=("Totale", "", format_amount(sum(i.amount_cents for i in schedule))),
        )
        if len(schedule) <= self.one_column_installments:
            return table
        return BalancedColumns([table], nCols=2, innerPadding=self.column_gap / 2, leftPadding=0, rightPadding=0)

    def _column_width(self) -> float:
        """Half the line less half the gap: the schedule lines up with the table above it, in one column or two."""
        return (self.pagesize[0] - self.left_margin - self.right_margin - self.column_gap) / 2

    def _notes(self) -> list[Flowable]:
        if not self.plan.notes.strip():
            return []
        return [Paragraph("Note", self.styles["Heading"]), Paragraph(markup(self.plan.notes), self.styles["Body"])]

    def _closing(self) -> list[Flowable]:
        """The rule on missed installments and the notes stay on the page of the signatures: nobody signs
        a page with nothing but signatures on it."""
        styles = self.styles
        rule = lapse_rule(self.plan.grace_days, self.issuer.lapse_tolerance)
        return [
            KeepTogether(
                [
                    Paragraph("4. Ritardi e decadenza", styles["Heading"]),
                    Paragraph(
                        markup(
                            f"{rule} I pagamenti saldano le rate a partire dalla più vecchia; un pagamento parziale "
                            "lascia dovuta la differenza."
                        ),
                        styles["Body"],
                    ),
                    Paragraph(
                        "In caso di difficoltà nel pagare una rata, il nucleo si rivolge allo sportello prima della "
                        "scadenza: il piano può essere sospeso o rinegoziato.",
                        styles["Body"],
                    ),
                    *self._notes(),
                    *self._signatures(),
                ]
            )
        ]

    def _signatures(self) -> list[Flowable]:
        plan, issuer = self.plan, self.issuer
        if plan.signed_on is not None:
            when: Flowable = Paragraph(markup(f"{issuer.place}, {italian_date(plan.signed_on)}"), self.styles["Label"])
        else:
            when = self._blanks_to_fill([(f"{issuer.place}, data", 45 * mm)])
        tenant = "Il/La titolare del nucleo" + (f"\n{plan.holder_name}" if plan.holder_name else "")
        signer = issuer.operator_name or "l'operatore/operatrice"
        desk = f"Per lo sportello {issuer.office_name}\n{signer}"
        return [
            Spacer(1, 6 * mm),
            Paragraph("Letto, approvato e sottoscritto.", self.styles["Body"]),
            Spacer(1, 2 * mm),
            when,
            Spacer(1, 4 * mm),
            self._signature_lines([tenant, desk]),
        ]
