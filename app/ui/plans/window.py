"""One repayment plan: its situation on any date, the schedule installment by installment, the payments,
the decisions, and what can be done next (pay, reverse, decide, renegotiate, print).

"Days late" and "days in arrears" are both shown, each with what it counts, so nobody confuses them.
When the program proposes a decision (lapsed, completed) it says so in a band at the top with its
reason; a person confirms it with the decision button.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import today
from app.services.dates import DateError, format_date, parse_date
from app.services.local_time import local_day
from app.services.money import format_amount
from app.services.plans import plans as repayment_plans
from app.services.plans.plans import PlanView
from app.ui.context import DeskContext
from app.ui.forms import ERROR_STYLE
from app.ui.labels import date_placeholder, plan_decision_label
from app.ui.plans.dialogs import DecisionDialog, PaymentDialog, PlanDialog, ReversalDialog
from app.ui.plans.printing import print_agreement, print_reminder
from app.ui.tables import ActionTable, fill_table, readonly_table, selected_key
from app.ui.text import count_text, label, say
from app.vocabulary import PlanState, Role

PROPOSAL_STYLE = "background: #fff4ce; border: 1px solid #e0c060; padding: 6px;"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PlanWindow(QDialog):
    def __init__(self, context: DeskContext, plan_id: uuid.UUID, parent: QWidget | None = None, *, on: date | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._plan_id = plan_id
        self.plan: PlanView | None = None
        manager = context.actor.role in (Role.TENANT_MANAGER, Role.COORDINATOR)
        self._manager = manager

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.state = QLabel(self)
        self.on_date = QLineEdit(format_date(on or today()), self)
        self.on_date.setPlaceholderText(date_placeholder())
        self.on_date.setMaximumWidth(self.on_date.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.on_date_error = QLabel(self)
        self.on_date_error.setStyleSheet(ERROR_STYLE)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.state)
        on_caption = QLabel(self.tr("Situazione a&l"), self)
        on_caption.setBuddy(self.on_date)
        header.addWidget(on_caption)
        header.addWidget(self.on_date)
        header.addWidget(self.on_date_error)

        self.proposal = QLabel(self)
        self.proposal.setWordWrap(True)
        self.proposal.setStyleSheet(PROPOSAL_STYLE)

        self.figures: dict[str, QLabel] = {}
        situation_box = QGroupBox(self.tr("Situazione"), self)
        grid = QGridLayout(situation_box)
        left, right = QFormLayout(), QFormLayout()
        for form, rows in (
            (left, [("total", self.tr("Debito del piano")), ("paid", self.tr("Pagato")), ("outstanding", self.tr("Resta da pagare")), ("overdue", self.tr("Scaduto e non pagato")), ("next", self.tr("Prossima rata"))]),
            (
                right,
                [
                    ("days_late", self.tr("Giorni di ritardo")),
                    ("days_in_arrears", self.tr("Giorni di morosità")),
                    ("bucket", self.tr("Fascia di anzianità")),
                    ("missed", self.tr("Rate mancate")),
                    ("dates", self.tr("Piano")),
                ],
            ),
        ):
            for key, caption in rows:
                label = QLabel(self)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.figures[key] = label
                form.addRow(caption, label)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)

        self.schedule = readonly_table(
            [self.tr("Rata"), self.tr("Scadenza"), self.tr("Importo"), self.tr("Pagato"), self.tr("Da pagare"), self.tr("Stato")], self
        )
        self.payments = readonly_table(
            [self.tr("Data"), self.tr("Importo"), self.tr("Modalità"), self.tr("Riferimento"), self.tr("Registrato da"), self.tr("Stato"), self.tr("Nota")],
            self,
            ActionTable,
        )
        self.decisions = readonly_table([self.tr("Data"), self.tr("Decisione"), self.tr("Chi"), self.tr("Motivo")], self)
        self.debts = readonly_table([self.tr("Voce"), self.tr("Periodo"), self.tr("Importo")], self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.schedule, self.tr("&Rate"))
        self.tabs.addTab(self.payments, self.tr("Pa&gamenti"))
        self.tabs.addTab(self.decisions, self.tr("&Decisioni"))
        self.tabs.addTab(self.debts, self.tr("&Voci di debito"))

        self.pay_button = QPushButton(self.tr("Registra &pagamento…"), self)
        self.reverse_button = QPushButton(self.tr("&Storna pagamento…"), self)
        self.decide_button = QPushButton(self.tr("Decisi&one…"), self)
        self.renegotiate_button = QPushButton(self.tr("Ri&negozia…"), self)
        self.agreement_button = QPushButton(self.tr("Stampa &accordo…"), self)
        self.reminder_button = QPushButton(self.tr("Stampa soll&ecito…"), self)
        self.linked_button = QPushButton(self)
        self.linked_button.hide()
        self.close_button = QPushButton(self.tr("Chiudi"), self)
        for button in (self.pay_button, self.reverse_button, self.decide_button, self.renegotiate_button):
            button.setVisible(manager)
        buttons = QHBoxLayout()
        for button in (self.pay_button, self.reverse_button, self.decide_button, self.renegotiate_button, self.agreement_button, self.reminder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.linked_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.proposal)
        layout.addWidget(situation_box)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self.resize(1000, 680)
        self.reload()
        self.schedule.setFocus()

    def _connect_signals(self) -> None:
        self.on_date.returnPressed.connect(self.reload)
        self.on_date.editingFinished.connect(self.reload)
        self.pay_button.clicked.connect(self._on_pay_button_clicked)
        self.reverse_button.clicked.connect(self._on_reverse_button_clicked)
        self.payments.activated_row.connect(self._on_reverse_button_clicked)
        self.decide_button.clicked.connect(lambda: self._decide(None))
        self.renegotiate_button.clicked.connect(self._on_renegotiate_button_clicked)
        self.agreement_button.clicked.connect(self._on_agreement_button_clicked)
        self.reminder_button.clicked.connect(self._on_reminder_button_clicked)
        self.linked_button.clicked.connect(self._on_linked_button_clicked)
        self.close_button.clicked.connect(self.accept)

    # --- showing -------------------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            on = parse_date(self.on_date.text())
        except DateError as error:
            self.on_date_error.setText(say(error.said))
            return
        self.on_date_error.setText("")
        self.plan = repayment_plans.plan_detail(self._context.reader(), self._plan_id, on)
        self._render(self.plan)

    def _render(self, plan: PlanView) -> None:
        s = plan.situation
        self.setWindowTitle(self.tr("Piano di rientro – nucleo %1").replace("%1", plan.household_code))
        self.title.setText(
            self.tr("Nucleo %1 – %2").replace("%1", plan.household_code).replace("%2", plan.holder_name or self.tr("intestatario non indicato"))
        )
        self.state.setText(self.tr("Stato: %1").replace("%1", label(plan.state)))
        self.proposal.setVisible(plan.proposal is not None)
        if plan.proposal is not None:
            who = self.tr("Decide una persona: «Decisione…».") if self._manager else self.tr("Decide il tenant manager.")
            self.proposal.setText(
                self.tr("Proposta: %1. %2 %3")
                .replace("%1", plan_decision_label(plan.proposal.to_state, plan.state))
                .replace("%2", say(plan.proposal.reason))
                .replace("%3", who)
            )
        f = self.figures
        f["total"].setText(format_amount(s.total_cents))
        f["paid"].setText(format_amount(s.paid_cents))
        f["outstanding"].setText(format_amount(s.outstanding_cents))
        f["overdue"].setText(
            count_text(s.overdue_count, self.tr("%1 (1 rata)"), self.tr("%1 (%n rate)")).replace("%1", format_amount(s.overdue_cents))
            if s.overdue_count
            else self.tr("nulla")
        )
        f["next"].setText(
            self.tr("%1 il %2").replace("%1", format_amount(s.next_due.due_cents)).replace("%2", format_date(s.next_due.due_date)) if s.next_due else "–"
        )
        f["days_late"].setText(self.tr("%1 (dalla rata non pagata più vecchia)").replace("%1", str(s.days_late)))
        f["days_in_arrears"].setText(
            self.tr("%1 (oltre i %2 giorni di tolleranza, sospensioni escluse)").replace("%1", str(s.days_in_arrears)).replace("%2", str(plan.grace_days))
        )
        f["bucket"].setText(label(s.bucket))
        f["missed"].setText(str(s.missed_count))
        dates = self.tr("dal %1, rate il giorno %2").replace("%1", format_date(plan.start_date)).replace("%2", str(plan.due_day))
        dates += " · " + (self.tr("firmato il %1").replace("%1", format_date(plan.signed_on)) if plan.signed_on else self.tr("non firmato"))
        if plan.reminders_printed:
            dates += " · " + self.tr("solleciti: %1").replace("%1", str(plan.reminders_printed))
        f["dates"].setText(dates)
        linked = plan.replaced_by_plan_id or plan.replaces_plan_id
        self.linked_button.setVisible(linked is not None)
        self.linked_button.setText(self.tr("Apri il piano &successivo") if plan.replaced_by_plan_id else self.tr("Apri il piano preceden&te"))

        fill_table(
            self.schedule,
            [
                (
                    i.number,
                    [
                        str(i.number),
                        format_date(i.due_date),
                        format_amount(i.amount_cents),
                        format_amount(i.paid_cents),
                        format_amount(i.due_cents),
                        self._installment_state(i.due_cents, i.due_date, i.paid_on, s.on),
                    ],
                )
                for i in s.installments
            ],
        )
        fill_table(
            self.payments,
            [
                (
                    p.id,
                    [
                        format_date(p.paid_on),
                        format_amount(p.amount_cents),
                        label(p.method),
                        p.reference,
                        p.recorded_by_name or (self.tr("importato") if p.imported else ""),
                        self.tr("stornato il %1 da %2: %3")
                        .replace("%1", format_date(local_day(p.reversed_at)))
                        .replace("%2", p.reversed_by_name or "–")
                        .replace("%3", p.reversal_reason)
                        if p.reversed_at is not None
                        else self.tr("valido"),
                        p.note,
                    ],
                )
                for p in plan.payments
            ],
        )
        fill_table(
            self.decisions,
            [
                (
                    n,
                    [
                        format_date(c.decided_on),
                        label(c.to_state)
                        if c.from_state is None
                        else self.tr("da %1 a %2").replace("%1", label(c.from_state)).replace("%2", label(c.to_state)),
                        c.operator_name,
                        c.reason,
                    ],
                )
                for n, c in enumerate(reversed(plan.state_changes))
            ],
        )
        fill_table(self.debts, [(n, [label(d.kind), d.period, format_amount(d.amount_cents)]) for n, d in enumerate(plan.debt_items)])
        for table, columns in ((self.schedule, (2, 3, 4)), (self.payments, (1,)), (self.debts, (2,))):
            for row in range(table.rowCount()):
                for column in columns:
                    table.item(row, column).setTextAlignment(RIGHT)
        running = plan.open
        self.pay_button.setEnabled(running and s.outstanding_cents > 0)
        self.reverse_button.setEnabled(running and any(not p.reversed for p in plan.payments))
        self.decide_button.setEnabled(bool(repayment_plans.DECISIONS[plan.state]))
        self.renegotiate_button.setEnabled(running)
        self.reminder_button.setEnabled(running and s.overdue_count > 0)

    def _installment_state(self, due_cents: int, due_date: date, paid_on: date | None, on: date) -> str:
        if due_cents == 0:
            return self.tr("pagata il %1").replace("%1", format_date(paid_on))
        if due_date < on:
            return self.tr("scaduta")
        return self.tr("da pagare")

    # --- actions -------------------------------------------------------------------------------------

    def _on_linked_button_clicked(self) -> None:
        if self.plan is not None:
            linked = self.plan.replaced_by_plan_id or self.plan.replaces_plan_id
            if linked is not None:
                self._plan_id = linked
                self.reload()

    def _after(self, accepted: int) -> None:
        if accepted:
            self.reload()

    def _on_pay_button_clicked(self) -> None:
        if self.plan is not None:
            self._after(PaymentDialog(self._context, self.plan, self).exec())

    def _on_reverse_button_clicked(self) -> None:
        if self.plan is None or not self.reverse_button.isEnabled():
            return
        payment_id = selected_key(self.payments)
        payment = next((p for p in self.plan.payments if p.id == payment_id), None)
        if payment is None or payment.reversed:
            self.tabs.setCurrentWidget(self.payments)
            QMessageBox.information(self, self.tr("Storno"), self.tr("Scegliere nella scheda Pagamenti il pagamento da stornare."))
            return
        what = self.tr("del %1 di %2").replace("%1", format_date(payment.paid_on)).replace("%2", format_amount(payment.amount_cents))
        self._after(ReversalDialog(self._context, payment.id, what, self).exec())

    def _decide(self, proposed: PlanState | None) -> None:
        if self.plan is None:
            return
        wanted = proposed or (self.plan.proposal.to_state if self.plan.proposal else None)
        self._after(DecisionDialog(self._context, self.plan, wanted, self).exec())

    def _on_renegotiate_button_clicked(self) -> None:
        if self.plan is None:
            return
        dialog = PlanDialog(self._context, self.plan.household_id, self.plan.household_code, renegotiating=self.plan, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self._plan_id = dialog.saved_id
            self.reload()
            self._offer_agreement()

    def _offer_agreement(self) -> None:
        answer = QMessageBox.question(self, self.tr("Accordo"), self.tr("Stampare adesso l'accordo da far firmare?"))
        if answer == QMessageBox.StandardButton.Yes:
            self._on_agreement_button_clicked()

    def _on_agreement_button_clicked(self) -> None:
        if self.plan is not None:
            print_agreement(self._context, self.plan, self)

    def _on_reminder_button_clicked(self) -> None:
        if self.plan is not None and print_reminder(self._context, self.plan, self):
            self.reload()
