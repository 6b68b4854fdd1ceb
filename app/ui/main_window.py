"""The main window: a sidebar with the sections that exist, and the section on the right."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.maintenance import take_backup
from app.ui.actions import Actions
from app.ui.context import DeskContext
from app.ui.desk.appointment_dialog import AppointmentDialog
from app.ui.desk.day_view import DeskDayView
from app.ui.desk.visit_entry import VisitEntryDialog, VisitPrefill
from app.ui.desk.visits_view import VisitsView
from app.ui.registry.dialogs import HouseholdDialog
from app.ui.registry.household_page import HouseholdPage
from app.ui.registry.households_view import HouseholdsView
from app.ui.registry.to_complete_view import ToCompleteView
from app.ui.settings.settings_view import SettingsView
from app.ui.text import label, say

if TYPE_CHECKING:
    from app.ui.contributions.contributions_view import ContributionsView  # built when the section is first opened
    from app.ui.plans.plans_view import PlansView

GEOMETRY_KEY = "ui/main_window_geometry"
DAY, HOUSEHOLDS, VISITS, ACTIVITIES, PLANS, CONTRIBUTIONS, TO_COMPLETE, SETTINGS = range(8)


class MainWindow(QMainWindow):
    """The desk's day is the start screen; other sections are built the first time they are opened."""

    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self._context = context
        self.setWindowTitle(self.tr("Portierato di Comunità – %1").replace("%1", context.identity.site_code))
        self.actions = Actions(self)

        self.sidebar = QListWidget(self)
        self.sidebar.addItems(
            [
                self.tr("Giornata"),
                self.tr("Nuclei familiari"),
                self.tr("Visite"),
                self.tr("Attività di gruppo"),
                self.tr("Piani di rientro"),
                self.tr("Contributi"),
                self.tr("Dati da completare"),
                self.tr("Impostazioni"),
            ]
        )
        self.sidebar.setFixedWidth(190)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.day = DeskDayView(context, self)
        self.households = HouseholdsView(context, self)
        self.household_page = HouseholdPage(context, self)
        self.registry = QStackedWidget(self)
        self.registry.addWidget(self.households)
        self.registry.addWidget(self.household_page)
        self.visits: VisitsView | None = None
        self.activities: QWidget | None = None
        self.plans: PlansView | None = None
        self.contributions: ContributionsView | None = None
        self.to_complete: ToCompleteView | None = None
        self.settings: SettingsView | None = None
        self.sections = QStackedWidget(self)
        self.sections.addWidget(self.day)
        self.sections.addWidget(self.registry)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.addWidget(self.sidebar)
        row.addWidget(self.sections, 1)
        self.setCentralWidget(central)
        self._build_menus()
        who = f"{context.actor.name} ({label(context.actor.role)})"
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Postazione %1 · sportello %2 · %3").replace("%1", context.identity.site_code).replace("%2", context.identity.office_code).replace("%3", who), self)
        )
        self._back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.household_page)
        self._back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._back_alt = QShortcut(QKeySequence.StandardKey.Back, self.household_page)
        self._back_alt.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._connect_signals()
        self.sidebar.setCurrentRow(DAY)
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(screen.size())
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(a.import_registry)
        file_menu.addAction(a.print_privacy_notice)
        file_menu.addAction(a.backup_now)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        desk_menu = self.menuBar().addMenu(self.tr("&Sportello"))
        desk_menu.addAction(a.new_visit)
        desk_menu.addAction(a.book_appointment)
        registry_menu = self.menuBar().addMenu(self.tr("&Anagrafe"))
        registry_menu.addAction(a.find)
        registry_menu.addAction(a.new_household)
        view_menu = self.menuBar().addMenu(self.tr("&Vai a"))
        for action in (a.show_day, a.show_households, a.show_visits, a.show_activities, a.show_plans, a.show_contributions, a.show_to_complete, a.show_settings):
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("A&iuto"))
        help_menu.addAction(a.about)

    def _connect_signals(self) -> None:
        a = self.actions
        a.new_visit.triggered.connect(self.new_visit)
        a.book_appointment.triggered.connect(self._on_book_appointment_triggered)
        a.find.triggered.connect(self._on_find_triggered)
        a.new_household.triggered.connect(self._on_new_household_triggered)
        a.import_registry.triggered.connect(self._on_import_registry_triggered)
        a.print_privacy_notice.triggered.connect(self._on_print_privacy_notice_triggered)
        a.backup_now.triggered.connect(self._on_backup_now_triggered)
        a.quit.triggered.connect(self.close)
        for action, section in (
            (a.show_day, DAY),
            (a.show_households, HOUSEHOLDS),
            (a.show_visits, VISITS),
            (a.show_activities, ACTIVITIES),
            (a.show_plans, PLANS),
            (a.show_contributions, CONTRIBUTIONS),
            (a.show_to_complete, TO_COMPLETE),
            (a.show_settings, SETTINGS),
        ):
            action.triggered.connect(lambda _checked=False, section=section: self.sidebar.setCurrentRow(section))
        a.about.triggered.connect(self._on_about_triggered)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self.day.new_visit.connect(self.new_visit)
        self.day.book_appointment.connect(self._on_book_appointment_triggered)
        self.day.visit_from_appointment.connect(self._on_visit_from_appointment)
        self.day.open_visit.connect(self.open_visit)
        self.households.open_household.connect(self.open_household)
        self.households.new_household.connect(self._on_new_household_triggered)
        self.households.import_requested.connect(self._on_import_registry_triggered)
        self.household_page.back_requested.connect(self._on_household_page_back_requested)
        self.household_page.open_visit.connect(self.open_visit)
        self.household_page.new_visit_for.connect(lambda person_id: VisitEntryDialog(self._context, prefill=VisitPrefill(person_id=person_id), parent=self).exec())
        self.household_page.show_visits.connect(self._on_household_page_show_visits)
        self.household_page.new_contribution.connect(self._on_household_page_new_contribution)
        self._back.activated.connect(self._on_household_page_back_requested)
        self._back_alt.activated.connect(self._on_household_page_back_requested)

    def _section(self, row: int) -> QWidget:
        """The widget of a section, built the first time it is opened (start-up shows the desk's day only)."""
        if row == VISITS and self.visits is None:
            self.visits = VisitsView(self._context, self)
            self.visits.open_visit.connect(self.open_visit)
            self.sections.addWidget(self.visits)
        if row == ACTIVITIES and self.activities is None:
            from app.ui.desk.activities_view import ActivitiesView

            self.activities = ActivitiesView(self._context, self)
            self.sections.addWidget(self.activities)
        if row == PLANS and self.plans is None:
            from app.ui.plans.plans_view import PlansView

            plans = PlansView(self._context, self)
            plans.open_household.connect(self.open_household)
            self.plans = plans
            self.sections.addWidget(plans)
        if row == CONTRIBUTIONS and self.contributions is None:
            from app.ui.contributions.contributions_view import ContributionsView

            self.contributions = ContributionsView(self._context, self)
            self.sections.addWidget(self.contributions)
        if row == TO_COMPLETE and self.to_complete is None:
            self.to_complete = ToCompleteView(self._context, self)
            self.to_complete.open_household.connect(self.open_household)
            self.sections.addWidget(self.to_complete)
        if row == SETTINGS and self.settings is None:
            self.settings = SettingsView(self._context, self)
            self.sections.addWidget(self.settings)
        widgets = {DAY: self.day, HOUSEHOLDS: self.registry, VISITS: self.visits, ACTIVITIES: self.activities, PLANS: self.plans}
        widgets.update({CONTRIBUTIONS: self.contributions, TO_COMPLETE: self.to_complete, SETTINGS: self.settings})
        widget = widgets[row]
        assert widget is not None
        return widget

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        self.sections.setCurrentWidget(self._section(row))
        if row == DAY:
            self.day.focus_first()
        if row == PLANS and self.plans is not None:
            self.plans.focus_first()
        if row == CONTRIBUTIONS and self.contributions is not None:
            self.contributions.focus_first()

    def new_visit(self) -> None:
        VisitEntryDialog(self._context, parent=self).exec()

    def open_visit(self, visit_id: uuid.UUID) -> None:
        VisitEntryDialog(self._context, visit_id=visit_id, parent=self).exec()

    def _on_visit_from_appointment(self, appointment_id: uuid.UUID) -> None:
        from app.services.desk.appointments import appointment_prefill

        try:
            known = appointment_prefill(self._context.reader(), appointment_id)
        except ServiceError as refused:
            QMessageBox.warning(self, self.tr("Appuntamento"), say(refused.said))
            return
        prefill = VisitPrefill(
            appointment_id=appointment_id,
            person_id=known.person_id,
            topic_ids=known.topic_ids,
            notes=known.note if known.person_id else f"{known.contact_name} {known.contact_phone}\n{known.note}".strip(),
            office_code=known.office_code,
        )
        VisitEntryDialog(self._context, prefill=prefill, parent=self).exec()

    def _on_book_appointment_triggered(self) -> None:
        AppointmentDialog(self._context, self).exec()

    def _on_print_privacy_notice_triggered(self) -> None:
        from app.ui.registry.privacy import print_privacy_notice

        print_privacy_notice(self._context, None, self)

    def _on_household_page_show_visits(self, household_id: uuid.UUID, label: str) -> None:
        self.sidebar.setCurrentRow(VISITS)
        assert self.visits is not None
        self.visits.show_for(None, household_id, label)

    def _on_household_page_new_contribution(self, household_id: uuid.UUID, label: str) -> None:
        self.sidebar.setCurrentRow(CONTRIBUTIONS)
        assert self.contributions is not None
        self.contributions.new_application(household_id, label)

    def open_household(self, household_id: uuid.UUID) -> None:
        self.sidebar.setCurrentRow(HOUSEHOLDS)
        self.household_page.open_household(household_id)
        self.registry.setCurrentWidget(self.household_page)

    def _on_household_page_back_requested(self) -> None:
        self.registry.setCurrentWidget(self.households)
        self.households.table.setFocus()

    def _on_find_triggered(self) -> None:
        self.sidebar.setCurrentRow(HOUSEHOLDS)
        self.registry.setCurrentWidget(self.households)
        self.households.focus_search()

    def _on_new_household_triggered(self) -> None:
        dialog = HouseholdDialog(self._context, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.open_household(dialog.saved_id)

    def _on_import_registry_triggered(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self, self.tr("Anagrafe dell'ente gestore"), str(Path.home()), self.tr("Fogli di calcolo (*.csv *.xlsx);;Tutti i file (*)")
        )
        if source:
            from app.ui.import_dialog import ImportDialog  # reads spreadsheets: not on the start-up path

            ImportDialog(self._context, Path(source), self).exec()

    def _on_backup_now_triggered(self) -> None:
        try:
            target = take_backup(self._context.paths, reason="manuale")
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Copia di sicurezza"), say(error.said))
            return
        if self.settings is not None:
            self.settings.maintenance.reload()
        self.statusBar().showMessage(self.tr("Copia di sicurezza scritta: %1").replace("%1", target.name), 8000)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Portierato"),
            self.tr(
                "Portierato di Comunità – Comune di Bergamo, progetto «Vivere SAP Bergamo».\n"
                "Dati in: %1\nRegistro errori: %2"
            ).replace("%1", str(self._context.paths.home)).replace("%2", str(self._context.paths.log_file)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
