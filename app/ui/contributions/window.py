"""One application for a contribution: who applied and when, each step with who took it and when, the
checklist as stored with the application (its snapshot), the protocol, the figures, and what can be done
next in its state (print, protocol, check again, assess, grant, pay, print the receipt, cancel).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.clock import today
from app.services.contributions import applications as contributions
from app.services.contributions.views import ApplicationView
from app.services.dates import format_date
from app.services.errors import ServiceError
from app.services.money import format_amount
from app.ui.context import DeskContext
from app.ui.contributions.dialogs import (
    AssessmentDialog,
    GrantDialog,
    PaymentDialog,
    ProtocolDialog,
    ReasonDialog,
    checklist_table,
    fill_checklist,
)
from app.ui.contributions.printing import print_application, print_receipt
from app.ui.labels import outcome_label
from app.ui.text import label, say
from app.vocabulary import ContributionState, Outcome, Role

STATUS_STYLE = "background: #eaf5ea; border: 1px solid #a9d3a9; padding: 4px;"


class ContributionWindow(QDialog):
    def __init__(self, context: DeskContext, application_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._id = application_id
        self.application: ApplicationView | None = None
        role = context.actor.role
        self._coordinator = role is Role.COORDINATOR
        self._manager = role in (Role.TENANT_MANAGER, Role.COORDINATOR)

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setStyleSheet("font-size: 12pt;")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.state)

        self.facts: dict[str, QLabel] = {}
        data_box = QGroupBox(self.tr("Domanda"), self)
        steps_box = QGroupBox(self.tr("Passaggi"), self)
        for box, rows in (
            (
                data_box,
                [
                    ("holder", self.tr("Richiedente")),
                    ("address", self.tr("Alloggio")),
                    ("applied", self.tr("Presentata il")),
                    ("protocol", self.tr("Protocollo")),
                    ("figures", self.tr("Importi")),
                ],
            ),
            (
                steps_box,
                [
                    ("created", self.tr("Inserita")),
                    ("assessed", self.tr("Valutata")),
                    ("granted", self.tr("Concessa")),
                    ("paid", self.tr("Pagata")),
                    ("cancelled", self.tr("Annullata")),
                ],
            ),
        ):
            form = QFormLayout(box)
            for key, caption in rows:
                label = QLabel(self)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.facts[key] = label
                form.addRow(caption, label)
        boxes = QHBoxLayout()
        boxes.addWidget(data_box, 1)
        boxes.addWidget(steps_box, 1)

        checks_box = QGroupBox(self.tr("Requisiti (come verificati per la domanda)"), self)
        self.outcome = QLabel(checks_box)
        self.outcome.setWordWrap(True)
        self.checks = checklist_table(checks_box)
        checks_layout = QVBoxLayout(checks_box)
        checks_layout.addWidget(self.outcome)
        checks_layout.addWidget(self.checks, 1)
        self.status = QLabel(checks_box)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(STATUS_STYLE)
        self.status.hide()
        checks_layout.addWidget(self.status)

        self.print_button = QPushButton(self.tr("Stampa &domanda…"), self)
        self.protocol_button = QPushButton(self.tr("&Protocollo…"), self)
        self.recheck_button = QPushButton(self.tr("Verifica di n&uovo"), self)
        self.assess_button = QPushButton(self.tr("Valu&ta…"), self)
        self.grant_button = QPushButton(self.tr("Conc&edi…"), self)
        self.pay_button = QPushButton(self.tr("Registra pa&gamento…"), self)
        self.receipt_button = QPushButton(self.tr("Stampa &ricevuta…"), self)
        self.cancel_button = QPushButton(self.tr("A&nnulla…"), self)
        self.close_button = QPushButton(self.tr("&Chiudi"), self)
        buttons = QHBoxLayout()
        for button in (
            self.print_button,
            self.protocol_button,
            self.recheck_button,
            self.assess_button,
            self.grant_button,
            self.pay_button,
            self.receipt_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(boxes)
        layout.addWidget(checks_box, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self.resize(1100, 640)
        self.reload()

    def _connect_signals(self) -> None:
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.protocol_button.clicked.connect(self._on_protocol_button_clicked)
        self.recheck_button.clicked.connect(self._on_recheck_button_clicked)
        self.assess_button.clicked.connect(self._on_assess_button_clicked)
        self.grant_button.clicked.connect(self._on_grant_button_clicked)
        self.pay_button.clicked.connect(self._on_pay_button_clicked)
        self.receipt_button.clicked.connect(self._on_receipt_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.close_button.clicked.connect(self.accept)

    def reload(self) -> None:
        self.application = contributions.application_view(self._context.reader(), self._id)
        self._render(self.application)

    def _render(self, a: ApplicationView) -> None:
        self.setWindowTitle(self.tr("Domanda di contributo – nucleo %1").replace("%1", a.household_code))
        self.title.setText(self.tr("%1 – annualità %2 – nucleo %3").replace("%1", a.programme_name).replace("%2", str(a.programme_year)).replace("%3", a.household_code))
        self.state.setText(self.tr("Stato: %1").replace("%1", label(a.state)))
        f = self.facts
        f["holder"].setText(" · ".join(part for part in (a.holder_name, a.holder_fiscal_code, a.holder_phone) if part))
        f["address"].setText(a.address)
        f["applied"].setText(format_date(a.applied_on) + (f" ({a.office_name})" if a.office_name else ""))
        f["protocol"].setText(
            self.tr("n. %1 del %2").replace("%1", a.protocol_number).replace("%2", format_date(a.protocol_date) if a.protocol_date else "")
            if a.protocol_number
            else self.tr("non ancora assegnato")
        )
        figures = [self.tr("tetto %1, già ricevuti dal nucleo %2").replace("%1", format_amount(a.cap_cents)).replace("%2", format_amount(a.household_granted_cents))]
        if a.heating_cost_cents is not None:
            figures.append(self.tr("spesa documentata %1 (%2)").replace("%1", format_amount(a.heating_cost_cents)).replace("%2", a.bill_reference))
        if a.granted_cents is not None:
            figures.append(self.tr("concessi %1").replace("%1", format_amount(a.granted_cents)))
        f["figures"].setText("\n".join(figures))

        def step(day: object, who: str, extra: str = "") -> str:
            if day is None:
                return "—"
            text = self.tr("il %1 da %2").replace("%1", format_date(day)).replace("%2", who or "—")  # type: ignore[arg-type]
            return f"{text} – {extra}" if extra else text

        f["created"].setText(step(a.applied_on, a.created_by_name))
        assessed = label(ContributionState.REJECTED) if a.state is ContributionState.REJECTED else ""
        f["assessed"].setText(step(a.assessed_on, a.assessed_by_name, " ".join(p for p in (assessed, a.assessment_note) if p)))
        f["granted"].setText(step(a.granted_on, a.granted_by_name))
        paid_extra = ""
        if a.payment_method is not None:
            paid_extra = label(a.payment_method) + (f" {a.iban}" if a.iban else "")
            if a.receipt_number:
                # one line: the number must not break at its slashes, nor after "ricevuta"
                paid_extra += " – " + self.tr("ricevuta %1").replace("%1", a.receipt_number.replace("/", "\u2060/\u2060")).replace(" ", "\u00a0")
        f["paid"].setText(step(a.paid_on, a.paid_by_name, paid_extra))
        f["cancelled"].setText(step(a.cancelled_on, a.cancelled_by_name, say(a.cancel_reason)))

        fill_checklist(self.checks, a.checks)
        overall = self._overall(a)
        self.outcome.setText(
            self.tr("Verificati il %1: %2").replace("%1", format_date(a.checked_on)).replace("%2", outcome_label(overall))
        )
        state = a.state
        self.protocol_button.setEnabled(state is not ContributionState.CANCELLED)
        self.recheck_button.setVisible(state is ContributionState.DRAFT)
        self.assess_button.setVisible(state is ContributionState.DRAFT)
        self.assess_button.setEnabled(overall is not Outcome.UNDECIDED or self._coordinator)
        self.grant_button.setVisible(state is ContributionState.ELIGIBLE and self._manager)
        self.pay_button.setVisible(state is ContributionState.GRANTED)
        self.receipt_button.setVisible(bool(a.receipt_number))
        spending = state in (ContributionState.GRANTED, ContributionState.PAID)
        self.cancel_button.setVisible(state in (ContributionState.DRAFT, ContributionState.ELIGIBLE) or (spending and self._coordinator))
        self._focus_next_step()

    def next_step_button(self) -> QPushButton:
        """The button of the step that usually comes next in the application's state (else Chiudi)."""
        a = self.application
        candidates = {
            ContributionState.DRAFT: self.assess_button,
            ContributionState.ELIGIBLE: self.grant_button,
            ContributionState.GRANTED: self.pay_button,
            ContributionState.PAID: self.receipt_button,
        }
        button = candidates.get(a.state) if a is not None else None
        if button is None or button.isHidden() or not button.isEnabled():
            return self.close_button
        return button

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        """Focus set before the window is on screen is lost when the window system activates it: set it
        again once shown, so Enter takes the next step, never the button that happens to come first."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._focus_next_step)

    def _focus_next_step(self) -> None:
        button = self.next_step_button()
        for other in (self.assess_button, self.grant_button, self.pay_button, self.receipt_button, self.close_button):
            other.setDefault(other is button)
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _overall(a: ApplicationView) -> Outcome:
        outcomes = {Outcome(c.outcome) for c in a.checks}
        if Outcome.FAILED in outcomes:
            return Outcome.FAILED
        if Outcome.UNDECIDED in outcomes:
            return Outcome.UNDECIDED
        return Outcome.PASSED

    def _refused(self, refused: ServiceError) -> None:
        QMessageBox.warning(self, self.tr("Operazione non eseguita"), say(refused.said))

    def _after(self, accepted: int) -> None:
        if accepted:
            self.reload()

    def _on_print_button_clicked(self) -> None:
        if self.application is not None:
            print_application(self.application, self)

    def _on_protocol_button_clicked(self) -> None:
        if self.application is not None:
            self._after(ProtocolDialog(self._context, self.application, self).exec())

    def _on_recheck_button_clicked(self) -> None:
        try:
            contributions.recheck_application(self._context.uow(), self._id)
        except ServiceError as refused:
            self._refused(refused)
            return
        self.reload()
        a = self.application
        if a is not None:
            outcomes = [Outcome(c.outcome) for c in a.checks]
            self.status.setText(
                self.tr("Requisiti verificati di nuovo il %1: %2 soddisfatti, %3 da verificare, %4 non soddisfatti.")
                .replace("%1", format_date(today()))
                .replace("%2", str(outcomes.count(Outcome.PASSED)))
                .replace("%3", str(outcomes.count(Outcome.UNDECIDED)))
                .replace("%4", str(outcomes.count(Outcome.FAILED)))
            )
            self.status.show()

    def _on_assess_button_clicked(self) -> None:
        a = self.application
        if a is None:
            return
        if self._overall(a) is Outcome.UNDECIDED:
            self._after(AssessmentDialog(self._context, a, self).exec())
            return
        if not self._confirm_assessment(a):
            return
        try:
            state = contributions.assess_application(self._context.uow(), self._id)
        except ServiceError as refused:
            self._refused(refused)
            return
        self.reload()
        QMessageBox.information(self, self.tr("Valutazione"), self.tr("La domanda è %1.").replace("%1", label(state)))

    def _confirm_assessment(self, a: ApplicationView) -> bool:
        """Valuta decides at once: the operator confirms the decision the checklist leads to."""
        failed = [c for c in a.checks if Outcome(c.outcome) is Outcome.FAILED]
        if failed:
            rules = [(say(c.title), say(c.detail)) for c in failed]
            text = self.tr("Respingere la domanda? Un requisito non è soddisfatto: %1.").replace(
                "%1", "; ".join(f"{title} ({detail})" if detail else title for title, detail in rules)
            )
            default = QMessageBox.StandardButton.No
        else:
            text = self.tr("Ammettere la domanda? Tutti i requisiti risultano soddisfatti.")
            default = QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(
            self, self.tr("Valutazione"), text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, default
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_grant_button_clicked(self) -> None:
        if self.application is not None:
            self._after(GrantDialog(self._context, self.application, self).exec())

    def _on_pay_button_clicked(self) -> None:
        if self.application is None:
            return
        dialog = PaymentDialog(self._context, self.application, self)
        if dialog.exec() and dialog.receipt_number:
            self.reload()
            print_receipt(self._context, dialog.receipt_number, self)

    def _on_receipt_button_clicked(self) -> None:
        if self.application is not None and self.application.receipt_number:
            print_receipt(self._context, self.application.receipt_number, self)

    def _on_cancel_button_clicked(self) -> None:
        a = self.application
        if a is None:
            return

        def cancel(reason: str) -> None:
            contributions.cancel_application(self._context.uow(), self._id, reason)

        intro = self.tr("La domanda resta nell'elenco come annullata, con il motivo.")
        if a.state in (ContributionState.GRANTED, ContributionState.PAID):
            intro += " " + self.tr("L'importo concesso torna nel budget.")
        if a.receipt_number:
            intro += " " + self.tr("Anche la ricevuta %1 viene annullata.").replace("%1", a.receipt_number)
        dialog = ReasonDialog(self.tr("Annulla la domanda – nucleo %1").replace("%1", a.household_code), intro, cancel, self.tr("&Annulla la domanda"), self)
        self._after(dialog.exec())
