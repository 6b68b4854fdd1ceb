"""Forms of the heating contribution: a new application with its checklist previewed as it is typed, the
protocol number, a coordinator's assessment of an undecided rule, the grant with its amount proposed
live from the cap and the budget, the payment (which issues the receipt), a cancellation with its reason,
and the record that a tenant was informed of a programme.

Every form keeps what was typed when the service refuses it: the refusal is shown next to its field.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QTableWidget, QWidget

from app.clock import today
from app.messages import Message
from app.services.contributions import applications as contributions
from app.services.contributions import outreach
from app.services.contributions.applications import ApplicationForm
from app.services.contributions.eligibility import RuleCheck
from app.services.contributions.programmes import HEATING
from app.services.contributions.views import ApplicationView
from app.services.dates import DateError, format_date, parse_date
from app.services.errors import ServiceError, ValidationFailed
from app.services.money import AmountError, format_amount, parse_amount
from app.ui.context import DeskContext
from app.ui.forms import HINT_STYLE, FormDialog, choice_box, line_edit
from app.ui.labels import amount_placeholder, date_placeholder, outcome_mark
from app.ui.person_picker import PersonPicker
from app.ui.tables import fill_table, readonly_table
from app.ui.text import label, say
from app.vocabulary import InformedWay, Outcome, ReceiptMethod

PREVIEW_DELAY_MS = 200


def checklist_table(parent: QWidget) -> QTableWidget:
    """One row per rule: its sign (✓ ✗ ?), its name and the data it used."""
    table = readonly_table(
        ["", QCoreApplication.translate("ContributionDialogs", "Requisito"), QCoreApplication.translate("ContributionDialogs", "Dati usati")],
        parent,
    )
    # long rule names and data wrap onto more lines: the operator reads why a rule fails without the mouse
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(1, 380)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return table


def fill_checklist(table: QTableWidget, checks: tuple[RuleCheck, ...]) -> None:
    fill_table(table, [(check.rule, [outcome_mark(check.outcome), say(check.title), say(check.detail)]) for check in checks])
    for row in range(len(checks)):
        table.item(row, 1).setToolTip(table.item(row, 1).text())
        table.item(row, 2).setToolTip(table.item(row, 2).text())
    table.resizeRowsToContents()
    table.clearSelection()


class ApplicationDialog(FormDialog):
    """A new application for the heating contribution: the household (chosen here, or given by the
    household page), the date and the programme year; the checklist shows before saving."""

    def __init__(self, context: DeskContext, household_id: uuid.UUID | None = None, household_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nuova domanda di contributo riscaldamento"), parent)
        self._context = context
        self._household_id = household_id
        self.saved_id: uuid.UUID | None = None
        self.picker: PersonPicker | None = None
        if household_id is None:
            self.picker = self.add_field(
                "household", self.tr("&Nucleo"), PersonPicker(context, self, empty_hint=self.tr("Nessuna persona trovata."))
            )
            self.picker.setMinimumWidth(520)  # the result list shows the household code whole
        else:
            self.add_field("household", self.tr("Nucleo"), QLabel(household_label, self))
        self.applied_on = self.add_field("applied_on", self.tr("&Data della domanda"), line_edit(format_date(today()), date_placeholder(), parent=self))
        self.programme_year = self.add_field("programme_year", self.tr("&Annualità"), line_edit(str(today().year), parent=self))
        checks_form = self.add_column(self.tr("Requisiti (anteprima)"), stretch=1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.checks = checklist_table(self)
        self.checks.setMinimumWidth(600)
        checks_form.addRow(self.summary)
        checks_form.addRow(self.checks)
        self.name_buttons(self.tr("&Salva la domanda"), self.tr("Annulla"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.applied_on.textChanged.connect(self._timer.start)
        self.programme_year.textChanged.connect(self._timer.start)
        if self.picker is not None:
            self.picker.picked.connect(self._on_picker_picked)
        self.resize(1200, 560)  # fits a 1366x768 screen
        self.refresh_preview()
        self.mark_clean()

    def _on_picker_picked(self, hit: object) -> None:
        self._household_id = getattr(hit, "household_id", None)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self._timer.stop()
        fill_checklist(self.checks, ())
        if self._household_id is None:
            self.summary.setText(
                self.tr("Scegliere la persona: la domanda è del suo nucleo.")
                if self.picker is None or self.picker.person is None
                else self.tr("La persona scelta non fa parte di un nucleo.")
            )
            return
        try:
            on = parse_date(self.applied_on.text())
        except DateError as error:
            self.summary.setText(say(error.said))
            return
        year_text = self.programme_year.text().strip()
        year = int(year_text) if year_text.isdigit() else on.year
        try:
            checks = contributions.preview_checks(self._context.reader(), self._household_id, HEATING, on, year)
        except ServiceError as refused:
            self.summary.setText(say(refused.said))
            return
        fill_checklist(self.checks, checks)
        failed = [c for c in checks if Outcome(c.outcome) is Outcome.FAILED]
        undecided = [c for c in checks if Outcome(c.outcome) is Outcome.UNDECIDED]
        if failed:
            self.summary.setText(self.tr("Un requisito non è soddisfatto: la domanda sarà respinta."))
        elif undecided:
            self.summary.setText(self.tr("Un requisito è da verificare: deciderà un coordinatore."))
        else:
            self.summary.setText(self.tr("Tutti i requisiti sono soddisfatti."))

    def save(self, confirmed: bool) -> None:
        if self._household_id is None:
            raise ValidationFailed({"household": self.tr("Scegliere la persona che presenta la domanda (con il suo nucleo).")})
        form = ApplicationForm(self._household_id, HEATING, self.applied_on.text(), self.programme_year.text())
        self.saved_id = contributions.create_application(self._context.uow(), form)

    def show_errors(self, errors: Mapping[str, Message | str]) -> None:
        super().show_errors({("" if key == "programme_code" else key): message for key, message in errors.items()})

class ProtocolDialog(FormDialog):
    def __init__(self, context: DeskContext, application: ApplicationView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Protocollo della domanda – nucleo %1").replace("%1", application.household_code), parent)
        self._context = context
        self._id = application.id
        self.number = self.add_field("protocol_number", self.tr("&Numero di protocollo"), line_edit(application.protocol_number, parent=self))
        when = format_date(application.protocol_date) if application.protocol_date else format_date(today())
        self.on = self.add_field("protocol_date", self.tr("&Data"), line_edit(when, date_placeholder(), parent=self))
        self.name_buttons(self.tr("&Registra"), self.tr("Annulla"))
        self.setMinimumWidth(440)
        self.mark_clean()

    def save(self, confirmed: bool) -> None:
        contributions.record_protocol(self._context.uow(), self._id, self.number.text(), self.on.text())


ADMIT, REJECT = "admit", "reject"


class AssessmentDialog(FormDialog):
    """A coordinator decides an application with a rule to verify (e.g. arrears unknown), and writes why."""

    def __init__(self, context: DeskContext, application: ApplicationView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Valutazione della domanda – nucleo %1").replace("%1", application.household_code), parent)
        self._context = context
        self._id = application.id
        self.state: object = None
        undecided = [f"? {say(c.title)}: {say(c.detail)}" for c in application.checks if Outcome(c.outcome) is Outcome.UNDECIDED]
        self.add_intro(self.tr("Da verificare:") + "\n" + "\n".join(undecided))
        self.admit = self.add_field(
            "admit", self.tr("&Decisione"), choice_box([(self.tr("Ammetti la domanda"), ADMIT), (self.tr("Respingi la domanda"), REJECT)], ADMIT, parent=self)
        )
        self.note = self.add_field("note", self.tr("&Motivazione"), line_edit(placeholder=self.tr("obbligatoria"), parent=self))
        self.name_buttons(self.tr("&Conferma"), self.tr("Annulla"))
        self.setMinimumWidth(520)
        self.mark_clean()

    def save(self, confirmed: bool) -> None:
        self.state = contributions.assess_application(
            self._context.uow(), self._id, admit=self.admit.currentData() == ADMIT, note=self.note.text()
        )


class GrantDialog(FormDialog):
    """The documented heating cost with its bill; the amount is proposed from what is left of the
    household's cap and of the budget, and may be lowered."""

    def __init__(self, context: DeskContext, application: ApplicationView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Concessione del contributo – nucleo %1").replace("%1", application.household_code), parent)
        self._context = context
        self._id = application.id
        self.granted_cents: int | None = None
        self.cost = self.add_field("heating_cost", self.tr("&Spesa di riscaldamento (€)"), line_edit(placeholder=amount_placeholder(), parent=self))
        self.bill = self.add_field(
            "bill_reference", self.tr("&Riferimento bolletta"), line_edit(placeholder=self.tr("numero e periodo della bolletta SAP"), parent=self)
        )
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.figures.setStyleSheet(HINT_STYLE)
        self.form.addRow(self.figures)
        self.amount = self.add_field(
            "amount", self.tr("&Importo concesso (€)"), line_edit(parent=self), hint=QLabel(self.tr("vuoto: l'importo proposto"))
        )
        self.granted_on = self.add_field("granted_on", self.tr("&Data"), line_edit(format_date(today()), date_placeholder(), parent=self))
        self.name_buttons(self.tr("&Concedi"), self.tr("Annulla"))
        self.cost.textChanged.connect(self.refresh_figures)
        self.setMinimumWidth(560)
        self.refresh_figures()
        self.mark_clean()

    def refresh_figures(self) -> None:
        text = self.cost.text().strip()
        try:
            cents = parse_amount(text) if text else 0
        except AmountError:
            self.figures.setText(self.tr("Scrivere la spesa documentata, per esempio 524,65."))
            return
        try:
            proposal = contributions.grant_proposal(self._context.reader(), self._id, cents)
        except ServiceError as refused:
            self.figures.setText(say(refused.said))
            return
        self.amount.setPlaceholderText(format_amount(proposal.proposed_cents, symbol=False))
        self.figures.setText(
            self.tr("Importo proposto: %1 · al nucleo restano %2 del tetto di %3 (già ricevuti %4) · budget disponibile %5")
            .replace("%1", format_amount(proposal.proposed_cents))
            .replace("%2", format_amount(proposal.cap_left_cents))
            .replace("%3", format_amount(proposal.cap_cents))
            .replace("%4", format_amount(proposal.household_received_cents))
            .replace("%5", format_amount(proposal.budget_left_cents))
        )

    def save(self, confirmed: bool) -> None:
        try:
            self.granted_cents = contributions.grant_contribution(
                self._context.uow(), self._id, self.cost.text(), self.bill.text(), amount=self.amount.text(), granted_on=self.granted_on.text()
            )
        except ValidationFailed as refused:
            if "amount" in refused.field_messages and not self.amount.text().strip():
                QMessageBox.warning(self, self.tr("Contributo non concesso"), say(refused.field_messages["amount"]))
            raise


class PaymentDialog(FormDialog):
    """The payment of a granted contribution; saving issues the receipt (its number in ``receipt_number``)."""

    def __init__(self, context: DeskContext, application: ApplicationView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pagamento del contributo – nucleo %1").replace("%1", application.household_code), parent)
        self._context = context
        self._id = application.id
        self.receipt_number = ""
        self.add_intro(
            self.tr("Importo concesso: %1. Registrare il pagamento emette la ricevuta numerata.").replace("%1", format_amount(application.granted_cents or 0))
        )
        self.paid_on = self.add_field("paid_on", self.tr("&Data del pagamento"), line_edit(format_date(today()), date_placeholder(), parent=self))
        self.method = self.add_field(
            "method", self.tr("&Modalità"), choice_box([(label(m), m) for m in ReceiptMethod], ReceiptMethod.SAP_ACCOUNT, parent=self)
        )
        self.iban = self.add_field("iban", self.tr("&IBAN"), line_edit(parent=self))
        self.method.currentIndexChanged.connect(self._on_method_current_index_changed)
        self._on_method_current_index_changed()
        self.name_buttons(self.tr("&Registra e stampa la ricevuta"), self.tr("Annulla"))
        self.setMinimumWidth(520)
        self.mark_clean()

    def _on_method_current_index_changed(self) -> None:
        transfer = ReceiptMethod(self.method.currentData()) is ReceiptMethod.BANK_TRANSFER
        self.iban.setEnabled(transfer)
        # a neutral shape, never a realistic IBAN that reads as data; nothing while the field is off
        self.iban.setPlaceholderText(self.tr("IT.. .... (27 caratteri)") if transfer else "")

    def save(self, confirmed: bool) -> None:
        method = ReceiptMethod(self.method.currentData())
        self.receipt_number = contributions.pay_contribution(
            self._context.uow(), self._id, self.paid_on.text(), method, self.iban.text() if method is ReceiptMethod.BANK_TRANSFER else ""
        )


class ReasonDialog(FormDialog):
    """Cancelling something that is kept (an application, a receipt): the reason is required."""

    def __init__(self, title: str, intro: str, action: Callable[[str], None], button: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._action = action
        self.add_intro(intro)
        self.reason = self.add_field("reason", self.tr("&Motivo"), line_edit(parent=self))
        self.name_buttons(button, self.tr("Chiudi"))
        self.setMinimumWidth(480)
        self.mark_clean()

    def save(self, confirmed: bool) -> None:
        self._action(self.reason.text())


class InformedDialog(FormDialog):
    """A tenant was told about a programme: when, how, by whom (the operator logged in)."""

    def __init__(self, context: DeskContext, programme_code: str, household_id: uuid.UUID, who: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Inquilino informato – %1").replace("%1", who), parent)
        self._context = context
        self._code = programme_code
        self._household_id = household_id
        self.informed_on = self.add_field("informed_on", self.tr("&Data"), line_edit(format_date(today()), date_placeholder(), parent=self))
        self.way = self.add_field("way", self.tr("&Come"), choice_box([(label(w), w) for w in InformedWay], InformedWay.DESK, parent=self))
        self.note = self.add_field("note", self.tr("&Nota"), line_edit(parent=self))
        self.name_buttons(self.tr("&Registra"), self.tr("Annulla"))
        self.setMinimumWidth(460)
        self.mark_clean()

    def save(self, confirmed: bool) -> None:
        outreach.record_informed(
            self._context.uow(), self._code, self._household_id, self.informed_on.text(), InformedWay(self.way.currentData()), self.note.text()
        )

