"""Forms of repayment plans: a new plan (or the renegotiation of one) with its schedule previewed as it
is typed, a payment, a reversal, and a decision on the plan's state.

The new-plan form has one amount and one period per kind of debt (rent, service charges, other): the
landlord's statement gives the arrears that way, and three fixed rows are faster with the keyboard than a
table to add rows to. An empty amount leaves that kind out.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.clock import today
from app.messages import Message
from app.services.dates import DateError, format_date, parse_date
from app.services.errors import ValidationFailed
from app.services.money import AmountError, format_amount, parse_amount
from app.services.plans import plans as repayment_plans
from app.services.plans.plans import DebtItemForm, PaymentForm, PlanForm, PlanTerms, PlanView
from app.services.plans.rules import Installment
from app.ui.context import DeskContext
from app.ui.forms import ERROR_STYLE, HINT_STYLE, FormDialog, choice_box, line_edit, notes_edit
from app.ui.labels import amount_placeholder, date_placeholder, plan_decision_label
from app.ui.tables import fill_table, readonly_table
from app.ui.text import label, say
from app.vocabulary import DebtKind, PaymentMethod, PlanState

PREVIEW_DELAY_MS = 200
DEFAULT_DUE_DAY = 10
"""Proposed due day: after most wages and pensions are paid, before mid-month bills."""
BY_COUNT, BY_AMOUNT = "count", "amount"


class PlanDialog(FormDialog):
    """A new plan for a household, or with ``renegotiating`` the new plan that replaces a running one."""

    def __init__(
        self,
        context: DeskContext,
        household_id: uuid.UUID,
        title_name: str,
        *,
        renegotiating: PlanView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Rinegozia il piano di rientro – %1") if renegotiating else self.tr("Nuovo piano di rientro – %1")
        super().__init__(title.replace("%1", title_name), parent)
        self._context = context
        self._household_id = household_id
        self._old = renegotiating
        self.saved_id: uuid.UUID | None = None
        debt_form, terms_form = self.add_stacked_column(self.tr("Debito"), self.tr("Rate"), stretch=1)
        self.amounts: dict[DebtKind, QLineEdit] = {}
        self.periods: dict[DebtKind, QLineEdit] = {}
        if renegotiating is None:
            self.add_intro(
                self.tr("Per ogni voce l'importo e il periodo come sull'estratto dell'ente gestore; una voce senza importo non entra nel piano.")
            )
            for kind in DebtKind:
                self.amounts[kind] = self.add_field(
                    f"{kind.value}_amount", label(kind).capitalize(), line_edit(placeholder=amount_placeholder(), parent=self), debt_form
                )
                self.periods[kind] = self.add_field(
                    f"{kind.value}_period", self.tr("periodo"), line_edit(placeholder=self.tr("es. gen-giu 2026"), parent=self), debt_form
                )
        else:
            self.owed_label = QLabel(
                self.tr("Residuo del piano del %1: %2")
                .replace("%1", format_date(renegotiating.start_date))
                .replace("%2", format_amount(renegotiating.situation.outstanding_cents)),
                self,
            )
            debt_form.addRow(self.owed_label)
            self.decided_on = self.add_field("decided_on", self.tr("Data della decisione"), line_edit(format_date(today()), date_placeholder(), parent=self), debt_form)
            self.reason = self.add_field("reason", self.tr("Motivo"), line_edit(placeholder=self.tr("es. nuova situazione di reddito"), parent=self), debt_form)
        self.start_date = self.add_field("start_date", self.tr("Dal"), line_edit(format_date(today()), date_placeholder(), parent=self), terms_form)
        self.due_day = self.add_field(
            "due_day", self.tr("Giorno di scadenza"), line_edit(str(DEFAULT_DUE_DAY), self.tr("1-31"), parent=self), terms_form,
            hint=QLabel(self.tr("29, 30 o 31: nei mesi più corti l'ultimo giorno del mese")),
        )
        self.mode = self.add_field(
            "mode",
            self.tr("Rate"),
            choice_box([(self.tr("numero di rate"), BY_COUNT), (self.tr("importo della rata"), BY_AMOUNT)], BY_COUNT, parent=self),
            terms_form,
        )
        self.installments = self.add_field("installments", self.tr("Quante / quanto"), line_edit("12", parent=self), terms_form)
        self.notes = self.add_field("notes", self.tr("Note"), notes_edit(parent=self), terms_form) if renegotiating is None else None

        preview_form = self.add_column(self.tr("Anteprima del piano"), stretch=1)
        self.preview_summary = QLabel(self)
        self.preview_summary.setWordWrap(True)
        self.preview_warnings = QLabel(self)
        self.preview_warnings.setWordWrap(True)
        self.preview_warnings.setStyleSheet(ERROR_STYLE)
        self.preview = readonly_table([self.tr("Rata"), self.tr("Scadenza"), self.tr("Importo")], self)
        self.preview.setMinimumWidth(300)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        preview_form.addRow(self.preview_summary)
        preview_form.addRow(self.preview_warnings)
        preview_form.addRow(self.preview)
        self.name_buttons(self.tr("Salva il piano (in bozza)") if renegotiating is None else self.tr("Rinegozia"), self.tr("Annulla"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for edit in [*self.amounts.values(), self.start_date, self.due_day, self.installments]:
            edit.textChanged.connect(self._timer.start)
        self.mode.currentIndexChanged.connect(self._on_mode_current_index_changed)
        self.resize(980, 560)
        self.refresh_preview()
        self.mark_clean()

    def _on_mode_current_index_changed(self) -> None:
        self.installments.setText("12" if self.mode.currentData() == BY_COUNT else "")
        self.installments.setPlaceholderText("" if self.mode.currentData() == BY_COUNT else amount_placeholder())
        self._timer.start()

    # --- reading the fields --------------------------------------------------------------------------

    def _debt_items(self, errors: dict[str, Message | str], *, previewing: bool = False) -> tuple[DebtItemForm, ...]:
        """The debt as typed; ``previewing`` lets the schedule show before the periods are written."""
        items = []
        for kind, edit in self.amounts.items():
            if not edit.text().strip():
                continue
            try:
                cents = parse_amount(edit.text(), allow_zero=False)
            except AmountError as error:
                errors[f"{kind.value}_amount"] = error.said
                continue
            period = self.periods[kind].text()
            items.append(DebtItemForm(kind, period if period.strip() or not previewing else "…", cents))
        return tuple(items)

    def _terms(self, errors: dict[str, Message | str]) -> PlanTerms | None:
        try:
            start = parse_date(self.start_date.text())
        except DateError as error:
            errors["start_date"] = error.said
            start = None
        due_text = self.due_day.text().strip()
        due_day = int(due_text) if due_text.isdigit() else 0
        if not 1 <= due_day <= 31:
            errors["due_day"] = self.tr("Scrivere un giorno da 1 a 31.")
        count = cents = None
        value = self.installments.text().strip()
        if self.mode.currentData() == BY_COUNT:
            if value.isdigit() and int(value) > 0:
                count = int(value)
            else:
                errors["installments"] = self.tr("Scrivere il numero di rate, per esempio 12.")
        else:
            try:
                cents = parse_amount(value, allow_zero=False)
            except AmountError as error:
                errors["installments"] = error.said
        if start is None or "due_day" in errors or "installments" in errors:
            return None
        return PlanTerms(start_date=start, due_day=due_day, installment_count=count, installment_cents=cents)

    def _plan_form(self, errors: dict[str, Message | str], *, previewing: bool = False) -> PlanForm | None:
        items = self._debt_items(errors, previewing=previewing)
        terms = self._terms(errors)
        if terms is None or errors:
            return None
        notes = self.notes.toPlainText() if self.notes is not None else ""
        return PlanForm(self._household_id, self._context.identity.office_code, items, terms, notes)

    # --- preview and save ----------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """The schedule exactly as the service will store it; what is missing is said above the table."""
        self._timer.stop()
        errors: dict[str, Message | str] = {}
        if self._old is not None:
            terms = self._terms(errors)
            form = (
                PlanForm(
                    self._household_id,
                    self._context.identity.office_code,
                    (DebtItemForm(DebtKind.OTHER, "residuo", self._old.situation.outstanding_cents),),
                    terms,
                )
                if terms is not None
                else None
            )
        else:
            form = self._plan_form(errors, previewing=True)
        if form is not None:
            try:
                preview = repayment_plans.preview_plan(self._context.reader(), form)
            except ValidationFailed as refused:
                errors.update(refused.field_messages)
            else:
                self._show_preview(preview.schedule, preview.total_cents, preview.warnings)
                return
        self._show_preview((), 0, ())
        if not any(edit.text().strip() for edit in self.amounts.values()) and self._old is None:
            self.preview_summary.setText(self.tr("Scrivere almeno un importo di debito per vedere le rate."))
        else:
            self.preview_summary.setText(self.tr("Da completare: %1").replace("%1", " ".join(say(said) for said in errors.values())))

    def _show_preview(self, schedule: tuple[Installment, ...], total: int, warnings: tuple[Message, ...]) -> None:
        fill_table(
            self.preview,
            [(i.number, [str(i.number), format_date(i.due_date), format_amount(i.amount_cents)]) for i in schedule],
        )
        for row in range(self.preview.rowCount()):
            self.preview.item(row, 2).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if schedule:
            last = schedule[-1]
            self.preview_summary.setText(
                self.tr("%1 in %2 rate, dal %3 al %4.")
                .replace("%1", format_amount(total))
                .replace("%2", str(len(schedule)))
                .replace("%3", format_date(schedule[0].due_date))
                .replace("%4", format_date(last.due_date))
            )
        self.preview_warnings.setText("\n".join(self.tr("Attenzione: %1").replace("%1", say(w)) for w in warnings))
        self.preview_warnings.setVisible(bool(warnings))

    def save(self, confirmed: bool) -> None:
        errors: dict[str, Message | str] = {}
        if self._old is not None:
            terms = self._terms(errors)
            decided_on = _date_field(self.decided_on, "decided_on", errors)
            if errors or terms is None or decided_on is None:
                raise ValidationFailed(errors)
            self.saved_id = repayment_plans.renegotiate(
                self._context.uow(), self._old.id, terms, decided_on, self.reason.text(), self._context.identity.office_code
            )
        else:
            form = self._plan_form(errors)
            if form is None:
                raise ValidationFailed(errors)
            self.saved_id = repayment_plans.create_plan(self._context.uow(), form)

    def show_errors(self, errors: Mapping[str, Message | str]) -> None:
        """The service names the debt as a whole (``debt_items``): shown above the fields."""
        super().show_errors({("" if key == "debt_items" else key): message for key, message in errors.items()})


class PaymentDialog(FormDialog):
    def __init__(self, context: DeskContext, plan: PlanView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pagamento – piano del nucleo %1").replace("%1", plan.household_code), parent)
        self._context = context
        self._plan = plan
        self.saved_id: uuid.UUID | None = None
        owed = plan.situation.outstanding_cents
        self.add_intro(self.tr("Resta da pagare: %1. Il pagamento salda prima le rate più vecchie.").replace("%1", format_amount(owed)))
        self.paid_on = self.add_field("paid_on", self.tr("Data"), line_edit(format_date(today()), date_placeholder(), parent=self))
        next_due = plan.situation.installments and next((s for s in plan.situation.installments if s.due_cents > 0), None)
        proposed = format_amount(next_due.due_cents, symbol=False) if next_due else ""
        self.amount = self.add_field("amount", self.tr("Importo (€)"), line_edit(proposed, amount_placeholder(), parent=self))
        self.method = self.add_field(
            "method", self.tr("Modalità"), choice_box([(label(m), m) for m in PaymentMethod], PaymentMethod.PAGOPA, parent=self)
        )
        self.reference = self.add_field(
            "reference", self.tr("Riferimento"), line_edit(placeholder=self.tr("es. numero della ricevuta PagoPA o CRO del bonifico"), parent=self)
        )
        self.note = self.add_field("note", self.tr("Nota"), line_edit(parent=self))
        self.setMinimumWidth(480)
        self.mark_clean()

    def save(self, confirmed: bool) -> None:
        errors: dict[str, Message | str] = {}
        paid_on = _date_field(self.paid_on, "paid_on", errors)
        try:
            cents = parse_amount(self.amount.text(), allow_zero=False)
        except AmountError as error:
            errors["amount"] = error.said
            cents = 0
        if errors or paid_on is None:
            raise ValidationFailed(errors)
        form = PaymentForm(paid_on, cents, PaymentMethod(self.method.currentData()), self.reference.text(), self.note.text())
        self.saved_id = repayment_plans.record_payment(self._context.uow(), self._plan.id, form)


class ReversalDialog(FormDialog):
    def __init__(self, context: DeskContext, payment_id: uuid.UUID, what: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Storna un pagamento"), parent)
        self._context = context
        self._payment_id = payment_id
        self.add_intro(
            self.tr("Il pagamento %1 resta nell'elenco come stornato e non conta più nel piano.").replace("%1", what)
        )
        self.reason = self.add_field("reason", self.tr("Motivo"), line_edit(placeholder=self.tr("es. registrato due volte"), parent=self))
        self.name_buttons(self.tr("Storna"), self.tr("Annulla"))
        self.setMinimumWidth(460)
        self.mark_clean()

    def save(self, confirmed: bool) -> None:
        repayment_plans.reverse_payment(self._context.uow(), self._payment_id, self.reason.text())


class DecisionDialog(FormDialog):
    """A decision on the plan: the choices are only those its state allows; signing asks for the date of
    the signature, every other decision for its date and reason."""

    def __init__(self, context: DeskContext, plan: PlanView, proposed: PlanState | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decisione sul piano del nucleo %1").replace("%1", plan.household_code), parent)
        self._context = context
        self._plan = plan
        choices = [s for s in repayment_plans.DECISIONS[plan.state] if s is not PlanState.RENEGOTIATED]
        self.to_state = self.add_field(
            "to_state", self.tr("Decisione"), choice_box([(plan_decision_label(s, plan.state), s) for s in choices], proposed, parent=self)
        )
        self.decided_on = self.add_field("decided_on", self.tr("Data"), line_edit(format_date(today()), date_placeholder(), parent=self))
        self.reason = self.add_field("reason", self.tr("Motivo"), line_edit(parent=self))
        if plan.proposal is not None:
            hint = QLabel(self.tr("Proposta del programma: %1").replace("%1", say(plan.proposal.reason)), self)
            hint.setWordWrap(True)
            hint.setStyleSheet(HINT_STYLE)
            self.form.addRow(hint)
        self.to_state.currentIndexChanged.connect(self._on_to_state_current_index_changed)
        self._on_to_state_current_index_changed()
        self.name_buttons(self.tr("Conferma la decisione"), self.tr("Annulla"))
        self.setMinimumWidth(520)
        self.mark_clean()

    def chosen_state(self) -> PlanState:
        """Qt hands the enum back as its plain string value."""
        return PlanState(self.to_state.currentData())

    def _on_to_state_current_index_changed(self) -> None:
        signing = self.chosen_state() is PlanState.ACTIVE and self._plan.state is PlanState.DRAFT
        caption = self.form.labelForField(self.decided_on.parentWidget())
        if isinstance(caption, QLabel):
            caption.setText(self.tr("Firmato il") if signing else self.tr("Data"))
        self.reason.setPlaceholderText(self.tr("facoltativo") if signing else self.tr("obbligatorio"))

    def save(self, confirmed: bool) -> None:
        errors: dict[str, Message | str] = {}
        decided_on = _date_field(self.decided_on, "decided_on", errors)
        if decided_on is None:
            raise ValidationFailed(errors)
        to_state = self.chosen_state()
        if to_state is PlanState.ACTIVE and self._plan.state is PlanState.DRAFT:
            repayment_plans.sign_plan(self._context.uow(), self._plan.id, decided_on)
        else:
            repayment_plans.change_state(self._context.uow(), self._plan.id, to_state, decided_on, self.reason.text())


def _date_field(edit: QLineEdit, name: str, errors: dict[str, Message | str]) -> date | None:
    try:
        return parse_date(edit.text())
    except DateError as error:
        errors[name] = error.said
        return None

