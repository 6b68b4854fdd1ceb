"""One household at a glance: dwelling, assignment, arrears, members, ISEE attestations, holder history."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import today
from app.services import audit_trail
from app.services.dates import format_date, format_local_datetime
from app.services.errors import ServiceError
from app.services.local_time import local_day
from app.services.money import format_amount
from app.services.plans import plans as repayment_plans
from app.services.plans.plans import PlanView
from app.services.registry import households, persons
from app.services.registry.households import HouseholdDetail, MemberView
from app.services.settings import privacy_notice
from app.services.timeline import TimelineEntry, TimelineKind, household_timeline
from app.ui.context import DeskContext
from app.ui.labels import plan_decision_label, sap_area_label, sex_label
from app.ui.registry.dialogs import HolderChangeDialog, HouseholdDialog, IseeDialog, PersonDialog
from app.ui.tables import ActionTable, fill_table, fit_to_rows, readonly_table, selected_key
from app.ui.text import label, say
from app.vocabulary import AuditAction, Change, HouseholdRole, PlanState, Role

log = logging.getLogger(__name__)


class HouseholdPage(QWidget):
    SHOWS = frozenset(
        {
            Change.HOUSEHOLDS,
            Change.PERSONS,
            Change.VISITS,
            Change.FOLLOW_UPS,
            Change.APPOINTMENTS,
            Change.ACTIVITIES,
            Change.PLANS,
            Change.CONTRIBUTIONS,
            Change.RECEIPTS,
            Change.OUTREACH,
        }
    )
    """The kinds of data this view shows: it refreshes when a commit changed one of them."""

    back_requested = Signal()
    open_visit = Signal(uuid.UUID)
    new_visit_for = Signal(uuid.UUID)
    show_visits = Signal(uuid.UUID, str)
    new_contribution = Signal(uuid.UUID, str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._detail: HouseholdDetail | None = None
        self._timeline: list[TimelineEntry] = []
        self._plans: list[PlanView] = []

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.back_button = QPushButton(self.tr("← Elenco (Esc)"), self)
        self.edit_button = QPushButton(self.tr("Modifica nucleo (Ctrl+E)"), self)
        self.edit_button.setShortcut("Ctrl+E")
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button)

        self.dwelling = QLabel(self)
        self.assignment = QLabel(self)
        self.arrears = QLabel(self)
        self.income = QLabel(self)
        self.office = QLabel(self)
        self.notes = QLabel(self)
        for fact in (self.dwelling, self.assignment, self.arrears, self.income, self.office, self.notes):
            fact.setWordWrap(True)
            fact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QGroupBox(self.tr("Alloggio e situazione"), self)
        facts_form = QFormLayout(facts)
        facts_form.addRow(self.tr("Alloggio"), self.dwelling)
        facts_form.addRow(self.tr("Assegnazione"), self.assignment)
        facts_form.addRow(self.tr("Morosità"), self.arrears)
        facts_form.addRow(self.tr("Reddito mensile"), self.income)
        facts_form.addRow(self.tr("Sportello"), self.office)
        facts_form.addRow(self.tr("Note"), self.notes)

        self.members = readonly_table(
            [self.tr("Cognome e nome"), self.tr("Ruolo"), self.tr("Codice fiscale"), self.tr("Nascita"), self.tr("Sesso"), self.tr("Telefono"), self.tr("E-mail")],
            self,
        )
        self.add_member_button = QPushButton(self.tr("Aggiungi componente"), self)
        self.edit_member_button = QPushButton(self.tr("Modifica persona"), self)
        self.holder_button = QPushButton(self.tr("Cambio intestatario…"), self)
        self.leave_button = QPushButton(self.tr("Esce dal nucleo"), self)
        self.member_visit_button = QPushButton(self.tr("Nuova visita"), self)
        self.privacy_button = QPushButton(self.tr("Informativa privacy…"), self)
        self.participant_button = QPushButton(self.tr("Dati per il finanziatore…"), self)
        members_box = self._box(
            self.tr("Componenti"),
            self.members,
            [
                self.add_member_button,
                self.edit_member_button,
                self.holder_button,
                self.leave_button,
                self.member_visit_button,
                self.privacy_button,
                self.participant_button,
            ],
        )

        self.isee = readonly_table(
            [self.tr("Tipo"), self.tr("Valore"), self.tr("Presentata il"), self.tr("Valida fino al"), self.tr("Stato"), self.tr("Protocollo")],
            self,
        )
        self.add_isee_button = QPushButton(self.tr("Aggiungi ISEE"), self)
        self.edit_isee_button = QPushButton(self.tr("Modifica ISEE"), self)
        self.delete_isee_button = QPushButton(self.tr("Elimina ISEE"), self)
        isee_box = self._box(self.tr("Attestazioni ISEE"), self.isee, [self.add_isee_button, self.edit_isee_button, self.delete_isee_button])

        self.plans = readonly_table(
            [self.tr("Piano"), self.tr("Stato"), self.tr("Debito"), self.tr("Residuo"), self.tr("Scaduto"), self.tr("Prossima rata"), self.tr("Proposta")],
            self,
            ActionTable,
        )
        self.new_plan_button = QPushButton(self.tr("Nuovo &piano di rientro…"), self)
        self.open_plan_button = QPushButton(self.tr("Apri il pia&no"), self)
        self.new_plan_button.setVisible(context.actor.role in (Role.TENANT_MANAGER, Role.COORDINATOR))
        self.contribution_button = QPushButton(self.tr("Contributo &riscaldamento…"), self)
        self.contribution_button.setToolTip(self.tr("Nuova domanda di contributo riscaldamento (azione L.1) per questo nucleo"))
        plans_box = self._box(self.tr("Piani di rientro"), self.plans, [self.new_plan_button, self.open_plan_button, self.contribution_button])

        self.timeline = readonly_table([self.tr("Quando"), self.tr("Che cosa"), self.tr("Chi"), self.tr("Dettagli"), self.tr("Stato")], self, ActionTable)
        self.all_visits_button = QPushButton(self.tr("Tutte le visite del nucleo"), self)
        timeline_box = self._box(self.tr("Storia del nucleo (visite, seguiti, appuntamenti, attività, piani di rientro)"), self.timeline, [self.all_visits_button])

        self.accesses = readonly_table([self.tr("Quando"), self.tr("Chi"), self.tr("Che cosa"), self.tr("Su"), self.tr("Campi modificati")], self)
        accesses_box = self._box(self.tr("Chi ha consultato e modificato i dati (ultime %1 voci)").replace("%1", str(audit_trail.HOUSEHOLD_PAGE_LINES)), self.accesses, [])
        accesses_box.setVisible(context.actor.is_coordinator)

        self.history = QLabel(self)
        self.history.setWordWrap(True)
        history_box = QGroupBox(self.tr("Storico intestatari"), self)
        QVBoxLayout(history_box).addWidget(self.history)

        content = QWidget(self)
        grid = QGridLayout(content)
        grid.addWidget(facts, 0, 0)
        grid.addWidget(history_box, 0, 1)
        grid.addWidget(members_box, 1, 0, 1, 2)
        grid.addWidget(isee_box, 2, 0, 1, 2)
        grid.addWidget(plans_box, 3, 0, 1, 2)
        grid.addWidget(timeline_box, 4, 0, 1, 2)
        grid.addWidget(accesses_box, 5, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        self._connect_signals()

    def _box(self, title: str, table: QTableWidget, buttons: list[QPushButton]) -> QGroupBox:
        box = QGroupBox(title, self)
        column = QVBoxLayout(box)
        column.addWidget(table)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.add_member_button.clicked.connect(self._on_add_member_button_clicked)
        self.edit_member_button.clicked.connect(self._on_edit_member_button_clicked)
        self.members.doubleClicked.connect(self._on_edit_member_button_clicked)
        self.holder_button.clicked.connect(self._on_holder_button_clicked)
        self.leave_button.clicked.connect(self._on_leave_button_clicked)
        self.add_isee_button.clicked.connect(self._on_add_isee_button_clicked)
        self.edit_isee_button.clicked.connect(self._on_edit_isee_button_clicked)
        self.isee.doubleClicked.connect(self._on_edit_isee_button_clicked)
        self.delete_isee_button.clicked.connect(self._on_delete_isee_button_clicked)
        self.member_visit_button.clicked.connect(self._on_member_visit_button_clicked)
        self.privacy_button.clicked.connect(self._on_privacy_button_clicked)
        self.participant_button.clicked.connect(self._on_participant_button_clicked)
        self.timeline.activated_row.connect(self._on_timeline_activated)
        self.plans.activated_row.connect(self._on_open_plan_button_clicked)
        self.open_plan_button.clicked.connect(self._on_open_plan_button_clicked)
        self.new_plan_button.clicked.connect(self._on_new_plan_button_clicked)
        self.contribution_button.clicked.connect(self._on_contribution_button_clicked)
        self.all_visits_button.clicked.connect(self._on_all_visits_button_clicked)
        self._context.events.changed.connect(self._on_events_changed)

    @property
    def household_id(self) -> uuid.UUID | None:
        return self._detail.id if self._detail else None

    def open_household(self, household_id: uuid.UUID) -> None:
        """Shows the household as an operator opens it: the opening goes into the audit trail first (who
        looked at whose data). A store that refuses the write (damaged, or busy beyond waiting) does not
        keep the page closed: the data are read all the same, and the log says the opening went unrecorded."""
        try:
            audit_trail.record_household_opening(self._context.uow(), household_id)
        except ServiceError as error:
            log.warning("opening of household %s not recorded: %s", household_id, error)
        self.show_household(household_id)

    def show_household(self, household_id: uuid.UUID) -> None:
        self._detail = households.household_detail(self._context.reader(), household_id)
        self._render()
        self.members.setFocus()

    def _on_events_changed(self, changes: frozenset[Change]) -> None:
        if changes & self.SHOWS and self._detail is not None:
            try:
                self.show_household(self._detail.id)
            except ServiceError:
                self._detail = None
                self.back_requested.emit()

    def _render(self) -> None:
        detail = self._detail
        assert detail is not None
        form = detail.form
        holder = detail.holder
        self.title.setText(
            self.tr("Nucleo %1").replace("%1", detail.code) + (f" – {holder.full_name}" if holder else "")
        )
        heating = self.tr("riscaldamento centralizzato") if form.centralised_heating else self.tr("riscaldamento autonomo")
        self.dwelling.setText(f"{detail.address} – {form.neighbourhood or self.tr('quartiere non indicato')} – {heating}")
        area = sap_area_label(detail.sap_area)
        since = format_date(detail.assignment_date) if detail.assignment_date else self.tr("data non indicata")
        self.assignment.setText(self.tr("dal %1, area %2").replace("%1", since).replace("%2", area))
        if detail.arrears_cents is None:
            self.arrears.setText(self.tr("dato mancante (non comunicato dall'ente gestore)"))
        else:
            self.arrears.setText(
                self.tr("%1 al %2").replace("%1", format_amount(detail.arrears_cents)).replace("%2", format_date(detail.arrears_as_of))
            )
        self.income.setText(format_amount(detail.monthly_income_cents) if detail.monthly_income_cents is not None else self.tr("non indicato"))
        self.office.setText(detail.office_name or self.tr("nessuno"))
        self.notes.setText(form.notes or "–")
        fill_table(
            self.members,
            [
                (
                    m.id,
                    [
                        m.full_name,
                        label(m.role),
                        m.codice_fiscale or self.tr("CF da completare"),
                        format_date(m.birth_date),
                        sex_label(m.sex) if m.sex else "",
                        m.phone,
                        m.email,
                    ],
                )
                for m in detail.members
            ],
        )
        fill_table(
            self.isee,
            [
                (
                    a.id,
                    [
                        label(a.kind),
                        format_amount(a.value_cents),
                        format_date(a.filing_date),
                        format_date(a.valid_until),
                        self.tr("valida, è quella che conta oggi")
                        if a.applies_today
                        else (self.tr("valida") if a.valid_today else self.tr("scaduta")),
                        a.protocol,
                    ],
                )
                for a in detail.attestations
            ],
        )
        plans = [repayment_plans.plan_detail(self._context.reader(), plan_id) for plan_id in repayment_plans.household_plan_ids(self._context.reader(), detail.id)]
        self._plans = plans
        fill_table(
            self.plans,
            [
                (
                    plan.id,
                    [
                        self.tr("dal %1").replace("%1", format_date(plan.start_date)),
                        label(plan.state),
                        format_amount(plan.total_cents),
                        format_amount(plan.situation.outstanding_cents) if plan.open or plan.state is PlanState.LAPSED else "",
                        format_amount(plan.situation.overdue_cents) if plan.open else "",
                        self.tr("%1 il %2").replace("%1", format_amount(plan.situation.next_due.due_cents)).replace("%2", format_date(plan.situation.next_due.due_date))
                        if plan.open and plan.situation.next_due
                        else "",
                        plan_decision_label(plan.proposal.to_state, plan.state) if plan.proposal else "",
                    ],
                )
                for plan in plans
            ],
        )
        self.open_plan_button.setEnabled(bool(plans))
        fit_to_rows(self.members)
        fit_to_rows(self.isee)
        fit_to_rows(self.plans, least=1, most=4)
        self._timeline = household_timeline(self._context.reader(), detail.id)
        fill_table(
            self.timeline,
            [
                (
                    position,
                    [
                        format_date(local_day(entry.when)) if entry.all_day else format_local_datetime(entry.when),
                        say(entry.title),
                        entry.person_name,
                        say(entry.detail),
                        say(entry.state),
                    ],
                )
                for position, entry in enumerate(self._timeline)
            ],
        )
        if self._context.actor.is_coordinator:
            self._fill_accesses(detail.id)
        if detail.holder_changes:
            self.history.setText(
                "\n".join(
                    self.tr("%1: da %2 a %3").replace("%1", format_date(c.changed_on)).replace("%2", c.previous_holder_name or "–").replace("%3", c.new_holder_name)
                    + (f" ({say(c.reason)})" if c.reason else "")
                    for c in detail.holder_changes
                )
            )
        else:
            self.history.setText(self.tr("Nessun cambio di intestatario registrato."))

    def _fill_accesses(self, household_id: uuid.UUID) -> None:
        lines = audit_trail.household_accesses(self._context.reader(), household_id)
        fill_table(
            self.accesses,
            [
                (
                    position,
                    [
                        format_local_datetime(line.at),
                        line.operator_name,
                        say(line.action_label),
                        say(line.table_label),
                        ", ".join(say(change.label) for change in line.changes) if line.action is AuditAction.UPDATE else "",
                    ],
                )
                for position, line in enumerate(lines)
            ],
        )
        fit_to_rows(self.accesses, least=1, most=6)

    def _selected_member(self) -> MemberView | None:
        person_id = selected_key(self.members)
        return next((m for m in self._detail.members if m.id == person_id), None) if self._detail else None

    def _on_member_visit_button_clicked(self) -> None:
        member = self._selected_member()
        if member is not None:
            self.new_visit_for.emit(member.id)

    def _on_privacy_button_clicked(self) -> None:
        from app.ui.registry.privacy import print_privacy_notice  # ReportLab and the viewer only when printing

        member = self._selected_member()
        if member is None or not print_privacy_notice(self._context, member.id, self):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Informativa privacy"),
            self.tr("Registrare che %1 ha ricevuto oggi l'informativa?").replace("%1", member.full_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            persons.record_privacy_notice(self._context.uow(), member.id, today(), privacy_notice(self._context.reader()).version)

    def _on_participant_button_clicked(self) -> None:
        from app.ui.registry.participant_dialog import ParticipantDialog

        member = self._selected_member()
        if member is not None:
            ParticipantDialog(self._context, member.id, member.full_name, self).exec()

    def _on_timeline_activated(self) -> None:
        position = selected_key(self.timeline)
        if not isinstance(position, int):
            return
        entry = self._timeline[position]
        if entry.kind is TimelineKind.VISIT:
            self.open_visit.emit(entry.ref_id)
        elif entry.kind in (TimelineKind.PLAN, TimelineKind.PLAN_PAYMENT):
            self._open_plan(entry.ref_id)
        elif entry.kind in (TimelineKind.CONTRIBUTION, TimelineKind.RECEIPT):
            self._open_contribution(entry.ref_id)

    def _open_contribution(self, application_id: uuid.UUID) -> None:
        from app.ui.contributions.window import ContributionWindow

        ContributionWindow(self._context, application_id, self).exec()
        if self._detail is not None:
            self.show_household(self._detail.id)

    def _on_open_plan_button_clicked(self) -> None:
        plan_id = selected_key(self.plans)
        if isinstance(plan_id, uuid.UUID):
            self._open_plan(plan_id)

    def _open_plan(self, plan_id: uuid.UUID) -> None:
        from app.ui.plans.window import PlanWindow

        PlanWindow(self._context, plan_id, self).exec()
        if self._detail is not None:
            self.show_household(self._detail.id)

    def _on_contribution_button_clicked(self) -> None:
        if self._detail is not None:
            self.new_contribution.emit(self._detail.id, self.title.text())

    def _on_new_plan_button_clicked(self) -> None:
        from app.ui.plans.dialogs import PlanDialog

        if self._detail is None:
            return
        current = next((p for p in self._plans if p.state in (PlanState.DRAFT, *repayment_plans.OPEN_STATES)), None)
        if current is not None:
            QMessageBox.information(
                self,
                self.tr("Piani di rientro"),
                self.tr("Il nucleo ha già un piano %1 dal %2: aprirlo per firmarlo, rinegoziarlo o chiuderlo.")
                .replace("%1", label(current.state))
                .replace("%2", format_date(current.start_date)),
            )
            return
        dialog = PlanDialog(self._context, self._detail.id, self._detail.code, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self._open_plan(dialog.saved_id)

    def _on_all_visits_button_clicked(self) -> None:
        if self._detail is not None:
            self.show_visits.emit(self._detail.id, self.tr("Visite del nucleo %1").replace("%1", self._detail.code))

    def _on_edit_button_clicked(self) -> None:
        if self._detail is not None:
            HouseholdDialog(self._context, self._detail.id, self).exec()

    def _on_add_member_button_clicked(self) -> None:
        if self._detail is not None:
            PersonDialog(self._context, household_id=self._detail.id, parent=self).exec()

    def _on_edit_member_button_clicked(self) -> None:
        person_id = selected_key(self.members)
        if person_id is not None:
            PersonDialog(self._context, person_id=person_id, parent=self).exec()

    def _on_holder_button_clicked(self) -> None:
        if self._detail is None:
            return
        others = [m for m in self._detail.members if m.role is not HouseholdRole.HOLDER]
        if not others:
            QMessageBox.information(self, self.tr("Cambio intestatario"), self.tr("Aggiungere prima il nuovo intestatario come componente del nucleo."))
            return
        HolderChangeDialog(self._context, self._detail.id, others, self).exec()

    def _on_leave_button_clicked(self) -> None:
        person_id = selected_key(self.members)
        if person_id is None or self._detail is None:
            return
        member = next(m for m in self._detail.members if m.id == person_id)
        answer = QMessageBox.question(
            self,
            self.tr("Esce dal nucleo"),
            self.tr("%1 non fa più parte del nucleo? La persona resta registrata.").replace("%1", member.full_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                households.remove_member(self._context.uow(), person_id)
            except ServiceError as refused:
                QMessageBox.warning(self, self.tr("Esce dal nucleo"), say(refused.said))
                return

    def _on_add_isee_button_clicked(self) -> None:
        if self._detail is not None:
            IseeDialog(self._context, household_id=self._detail.id, parent=self).exec()

    def _on_edit_isee_button_clicked(self) -> None:
        attestation_id = selected_key(self.isee)
        if attestation_id is not None:
            IseeDialog(self._context, attestation_id=attestation_id, parent=self).exec()

    def _on_delete_isee_button_clicked(self) -> None:
        attestation_id = selected_key(self.isee)
        if attestation_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Elimina ISEE"), self.tr("Eliminare l'attestazione selezionata? Usare solo per un inserimento sbagliato.")
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                households.delete_attestation(self._context.uow(), attestation_id)
            except ServiceError as refused:
                QMessageBox.warning(self, self.tr("Elimina ISEE"), say(refused.said))
