"""A programme's terms from a date on (coordinator only; the service refuses other roles): budget, cap,
ISEE range, seniority, accepted SAP areas, arrears rule, opening amount, stamp duty and the lines the
receipt prints. Saving never changes terms already used by a decision: new terms take effect from their
own date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QSizePolicy, QWidget

from app.clock import today
from app.services.contributions import programmes as contribution_programmes
from app.services.contributions.programmes import ProgrammeView, TermsForm
from app.services.dates import format_date
from app.ui.context import DeskContext
from app.ui.forms import FormDialog, choice_box, line_edit, notes_edit
from app.ui.labels import amount_placeholder, date_placeholder, sap_area_label
from app.ui.text import label
from app.vocabulary import ArrearsRule, CapPeriod, SapArea, StampDuty


class AreasBox(QWidget):
    """One checkbox per SAP area."""

    def __init__(self, chosen: tuple[SapArea, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[SapArea, QCheckBox] = {}
        for area in SapArea:
            box = QCheckBox(sap_area_label(area), self)
            box.setChecked(area in chosen)
            self.boxes[area] = box
            row.addWidget(box)
        row.addStretch(1)
        self.setFocusProxy(self.boxes[next(iter(SapArea))])

    def chosen(self) -> tuple[SapArea, ...]:
        return tuple(area for area, box in self.boxes.items() if box.isChecked())


class TermsDialog(FormDialog):
    def __init__(self, context: DeskContext, programme: ProgrammeView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Condizioni del programma – %1").replace("%1", programme.name), parent)
        self._context = context
        self._code = programme.code
        current = programme.terms_on(today()) or (programme.terms[-1] if programme.terms else None)
        form = current.form() if current is not None else None
        self.add_intro(
            self.tr("Le nuove condizioni valgono dalla data indicata; le domande già decise restano con le condizioni di allora.")
        )
        rules = self.add_column(self.tr("Requisiti e importi"))
        more, receipt = self.add_stacked_column(self.tr("Altri requisiti e spesa già fatta"), self.tr("Ricevuta"))
        self.name = self.add_field("name", self.tr("No&me"), line_edit(programme.name, parent=self), rules)
        self.effective_from = self.add_field("effective_from", self.tr("In &vigore dal"), line_edit(format_date(today()), date_placeholder(), parent=self), rules)
        self.years = self.add_field("years", self.tr("&Annualità"), line_edit(form.years if form else str(today().year), self.tr("es. 2025, 2026"), parent=self), rules)
        self.budget = self.add_field("budget", self.tr("&Budget (€)"), line_edit(form.budget if form else "", amount_placeholder(), parent=self), rules)
        self.cap = self.add_field("cap", self.tr("&Tetto per nucleo (€)"), line_edit(form.cap if form else "", amount_placeholder(), parent=self), rules)
        self.cap_period = self.add_field(
            "cap_period", self.tr("Tetto &calcolato"), choice_box([(label(p), p) for p in CapPeriod], form.cap_period if form else CapPeriod.PROGRAMME, parent=self), rules
        )
        self.isee_min = self.add_field("isee_min", self.tr("ISEE m&inimo (€)"), line_edit(form.isee_min if form else "0", amount_placeholder(), parent=self), rules)
        self.isee_max = self.add_field("isee_max", self.tr("IS&EE massimo (€)"), line_edit(form.isee_max if form else "", amount_placeholder(), parent=self), rules)
        self.months = self.add_field(
            "months_since_assignment", self.tr("Mesi dall'asse&gnazione"), line_edit(form.months_since_assignment if form else "12", parent=self), rules
        )
        self.areas = self.add_field("areas", self.tr("Aree SA&P ammesse"), AreasBox(form.areas if form else (), self), more)
        self.heating = self.add_field("centralised_heating_required", self.tr("Riscaldamento"), QCheckBox(self.tr("centralizzato ric&hiesto"), self), more)
        self.heating.setChecked(form.centralised_heating_required if form else False)
        self.arrears = self.add_field(
            "arrears_rule", self.tr("M&orosità"), choice_box([(label(r), r) for r in ArrearsRule], form.arrears_rule if form else ArrearsRule.PLAN_REQUIRED, parent=self), more
        )
        self.opening_spent = self.add_field("opening_spent", self.tr("Già e&rogato prima (€)"), line_edit(form.opening_spent if form else "0", amount_placeholder(), parent=self), more)
        self.opening_households = self.add_field("opening_households", self.tr("&Nuclei già beneficiari"), line_edit(form.opening_households if form else "0", parent=self), more)
        self.stamp_duty = self.add_field(
            "stamp_duty", self.tr("Bo&llo oltre 77,47 €"), choice_box([(label(d), d) for d in StampDuty], form.stamp_duty if form else StampDuty.PAID, parent=self), receipt
        )
        self.stamp_rule = self.add_field("stamp_exemption_rule", self.tr("Norma di esen&zione"), line_edit(form.stamp_exemption_rule if form else "", parent=self), receipt)
        self.cup = self.add_field("cup", self.tr("C&UP"), line_edit(form.cup if form else "", parent=self), receipt)
        # the long lines the receipt prints take the whole width of the dialog, captions above them
        printed = self._full_width_group(self.tr("Righe stampate sulla ricevuta"))
        self.funding = self.add_field("funding_statement", self.tr("&Dichiarazione di finanziamento"), notes_edit(form.funding_statement if form else "", parent=self), printed)
        self.funding.setFixedHeight(self.funding.fontMetrics().lineSpacing() * 4 + 14)  # four lines
        self.act = self.add_field("act_reference", self.tr("Atto di ri&ferimento"), line_edit(form.act_reference if form else "", self.tr("es. determina n. 123 del 15/01/2025"), parent=self), printed)
        self.stamp_duty.currentIndexChanged.connect(self._on_stamp_duty_current_index_changed)
        self._on_stamp_duty_current_index_changed()
        self.name_buttons(self.tr("&Salva le condizioni"), self.tr("Annulla"))
        self.resize(1180, 600)  # fits a 1366x768 screen
        self.mark_clean()

    def _full_width_group(self, title: str) -> QFormLayout:
        """A group below the columns, across the whole dialog (above the buttons)."""
        box = QGroupBox(title, self)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # no empty band below the fields
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.buttons), box)  # type: ignore[attr-defined]
        return form

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Focus on the date the new terms apply from: the name is rarely changed, and a stray key must not
        overwrite it."""
        super().showEvent(event)
        self.effective_from.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_stamp_duty_current_index_changed(self) -> None:
        self.stamp_rule.setEnabled(StampDuty(self.stamp_duty.currentData()) is StampDuty.EXEMPT)

    def terms_form(self) -> TermsForm:
        return TermsForm(
            effective_from=self.effective_from.text(),
            years=self.years.text(),
            budget=self.budget.text(),
            cap=self.cap.text(),
            cap_period=CapPeriod(self.cap_period.currentData()),
            isee_min=self.isee_min.text(),
            isee_max=self.isee_max.text(),
            months_since_assignment=self.months.text(),
            areas=self.areas.chosen(),
            centralised_heating_required=self.heating.isChecked(),
            arrears_rule=ArrearsRule(self.arrears.currentData()),
            opening_spent=self.opening_spent.text(),
            opening_households=self.opening_households.text(),
            stamp_duty=StampDuty(self.stamp_duty.currentData()),
            stamp_exemption_rule=self.stamp_rule.text(),
            funding_statement=self.funding.toPlainText(),
            cup=self.cup.text(),
            act_reference=self.act.text(),
        )

    def save(self, confirmed: bool) -> None:
        contribution_programmes.save_terms(self._context.uow(), self._code, self.terms_form(), name=self.name.text())
