"""The tenant manager's list (issue 4, point 6): every repayment plan with its situation on a date,
filtered by desk, state and aging bucket, riskiest first, with the totals of what is owed and overdue.

Plans are a few hundred, so the list is loaded whole from one service call. By default it shows the
running plans (active and suspended) of every desk: that is the tenant manager's work list; "tutti gli
stati" shows the closed ones too. Enter opens a plan.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import today
from app.services.dates import DateError, format_date, parse_date
from app.services.errors import ServiceError
from app.services.money import format_amount
from app.services.offices import list_offices
from app.services.plans.listing import PlanFilter, PlanRow, plan_list
from app.services.plans.plans import OPEN_STATES
from app.ui.context import DeskContext
from app.ui.forms import ERROR_STYLE, filter_row
from app.ui.labels import date_placeholder, proposal_label
from app.ui.tables import ActionTable, fill_table, readonly_table, selected_key
from app.ui.tasks import Task
from app.ui.text import count_text, label, say
from app.vocabulary import AgingBucket, Change, PlanState, Role

RUNNING = "running"
FOLLOWED = frozenset({PlanState.DRAFT, *OPEN_STATES})
"""The default view: plans waiting for a signature and plans running; closed ones on request."""
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PlansView(QWidget):
    SHOWS = frozenset({Change.PLANS, Change.HOUSEHOLDS, Change.PERSONS, Change.SETTINGS, Change.OFFICES})
    """The kinds of data this view shows: it refreshes when a commit changed one of them."""

    open_household = Signal(uuid.UUID)

    HOUSEHOLD, HOLDER, OFFICE, STATE, PAID, OUTSTANDING, OVERDUE, OVERDUE_COUNT, DAYS_LATE, DAYS_ARREARS, BUCKET, NEXT, PROPOSAL = range(13)
    """The debt of each plan is in its window: the list keeps what decides the follow-up, on a laptop's width."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[PlanRow] = []
        self._loaded = False
        self.on_date = QLineEdit(format_date(today()), self)
        self.on_date.setPlaceholderText(date_placeholder())
        self.on_date.setMaximumWidth(self.on_date.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.office = QComboBox(self)
        self.office.addItem(self.tr("tutti gli sportelli"), None)
        for desk in list_offices(context.reader(), include_inactive=True):
            self.office.addItem(desk.name, desk.code)
        self.state = QComboBox(self)
        self.state.addItem(self.tr("da seguire (bozze, attivi, sospesi)"), RUNNING)
        self.state.addItem(self.tr("tutti gli stati"), None)
        for state in PlanState:
            self.state.addItem(label(state), state)
        self.bucket = QComboBox(self)
        self.bucket.addItem(self.tr("tutte le fasce"), None)
        for bucket in AgingBucket:
            self.bucket.addItem(label(bucket), bucket)
        self.filter_error = QLabel(self)
        self.filter_error.setStyleSheet(ERROR_STYLE)
        self.filter_error.hide()
        self.table = readonly_table(
            [
                self.tr("Nucleo"),
                self.tr("Intestatario"),
                self.tr("Sportello"),
                self.tr("Stato"),
                self.tr("Pagato"),
                self.tr("Residuo"),
                self.tr("Scaduto"),
                self.tr("Rate\nscadute"),
                self.tr("Giorni di\nritardo"),
                self.tr("Giorni di\nmorosità"),
                self.tr("Fascia"),
                self.tr("Prossima\nrata"),
                self.tr("Proposta"),
            ],
            self,
            ActionTable,
        )
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in ((self.HOLDER, 150), (self.STATE, 90)):  # long names and states are elided, not widening the list
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeaderItem(self.DAYS_LATE).setToolTip(self.tr("Giorni dalla scadenza della rata non pagata più vecchia"))
        self.table.horizontalHeaderItem(self.DAYS_ARREARS).setToolTip(
            self.tr("Giorni dopo la tolleranza, senza i giorni di sospensione: decidono fascia e rate mancate")
        )
        self.totals = QLabel(self)
        self.open_button = QPushButton(self.tr("Apri il &piano"), self)
        self.household_button = QPushButton(self.tr("Apri il &nucleo"), self)
        self.reminder_button = QPushButton(self.tr("Stampa so&llecito…"), self)
        self.import_button = QPushButton(self.tr("&Importa pagamenti…"), self)
        self.import_button.setVisible(context.actor.role in (Role.TENANT_MANAGER, Role.COORDINATOR))
        self.csv_button = QPushButton(self.tr("Esporta &CSV…"), self)
        self.xlsx_button = QPushButton(self.tr("Esporta &Excel…"), self)
        self._find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self._find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        filters = filter_row(
            self,
            [
                (self.tr("Situazione a&l"), self.on_date),
                (self.tr("&Sportello"), self.office),
                (self.tr("S&tato"), self.state),
                (self.tr("&Fascia"), self.bucket),
            ],
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.totals, 1)
        for button in (self.open_button, self.household_button, self.reminder_button, self.import_button, self.csv_button, self.xlsx_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.on_date.editingFinished.connect(self.reload)
        for box in (self.office, self.state, self.bucket):
            box.currentIndexChanged.connect(self.reload)
        self.table.activated_row.connect(self._on_open_button_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.household_button.clicked.connect(self._on_household_button_clicked)
        self.reminder_button.clicked.connect(self._on_reminder_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        self._find.activated.connect(self.table.setFocus)
        self._context.events.changed.connect(self._on_events_changed)

    def current_filter(self) -> PlanFilter:
        state, bucket = self.state.currentData(), self.bucket.currentData()  # Qt hands enums back as strings
        states = FOLLOWED if state == RUNNING else frozenset({PlanState(state)}) if state is not None else frozenset()
        return PlanFilter(office_code=self.office.currentData(), states=states, bucket=AgingBucket(bucket) if bucket else None)

    def reload(self) -> None:
        try:
            on = parse_date(self.on_date.text())
        except DateError as error:
            self.filter_error.setText(say(error.said))
            self.filter_error.show()
            return
        self.filter_error.hide()
        self._loaded = True
        shown = selected_key(self.table)
        listed = plan_list(self._context.reader(), self.current_filter(), on)
        self._rows = list(listed.rows)
        fill_table(self.table, [(row.plan_id, self._cells(row)) for row in self._rows])
        for row, plan in enumerate(self._rows):
            for column in range(self.PAID, self.DAYS_ARREARS + 1):
                self.table.item(row, column).setTextAlignment(RIGHT)
            if plan.state is PlanState.DRAFT:  # the state's label is the bare word: what it waits for is said here
                self.table.item(row, self.STATE).setToolTip(self.tr("da firmare: il piano diventa attivo quando il nucleo lo firma"))
        if shown is not None:
            for row, plan in enumerate(self._rows):
                if plan.plan_id == shown:
                    self.table.selectRow(row)
        t = listed.totals
        if self._rows:
            self.totals.setText(
                count_text(t.plans, self.tr("1 piano"), self.tr("%n piani"))
                + " · "
                + self.tr("in corso: residuo %1, scaduto %2").replace("%1", format_amount(t.outstanding_cents)).replace("%2", format_amount(t.overdue_cents))
            )
        else:
            self.totals.setText(self.tr("Nessun piano con questi filtri. Un nuovo piano si crea dalla pagina del nucleo."))
        self._update_buttons()

    def _cells(self, row: PlanRow) -> list[str]:
        s = row.situation
        running = row.state in OPEN_STATES
        return [
            row.household_code,
            row.holder_name,
            row.office_code,
            label(row.state),
            format_amount(s.paid_cents),
            format_amount(s.outstanding_cents),
            format_amount(s.overdue_cents) if running else "",
            str(s.overdue_count) if running else "",
            str(s.days_late) if running else "",
            str(s.days_in_arrears) if running else "",
            label(s.bucket) if running else "",
            self.tr("%1 il %2").replace("%1", format_amount(s.next_due.due_cents)).replace("%2", format_date(s.next_due.due_date))
            if running and s.next_due
            else "",
            proposal_label(row.proposal.to_state) if row.proposal else "",
        ]

    def _selected(self) -> PlanRow | None:
        key = selected_key(self.table)
        return next((row for row in self._rows if row.plan_id == key), None)

    def _update_buttons(self) -> None:
        row = self._selected()
        self.open_button.setEnabled(row is not None)
        self.household_button.setEnabled(row is not None)
        self.reminder_button.setEnabled(row is not None and row.state in OPEN_STATES and row.situation.overdue_count > 0)

    def _on_events_changed(self, changes: frozenset[Change]) -> None:
        if changes & self.SHOWS and self._loaded:
            self.reload()

    def _on_open_button_clicked(self) -> None:
        from app.ui.plans.window import PlanWindow

        row = self._selected()
        if row is not None:
            PlanWindow(self._context, row.plan_id, self, on=row.situation.on).exec()
            self.reload()

    def _on_household_button_clicked(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_household.emit(row.household_id)

    def _on_reminder_button_clicked(self) -> None:
        from app.services.plans.plans import plan_detail
        from app.ui.plans.printing import print_reminder

        row = self._selected()
        if row is None:
            return
        print_reminder(self._context, plan_detail(self._context.reader(), row.plan_id, row.situation.on), self)

    def _on_import_button_clicked(self) -> None:
        from app.ui.plans.payment_import_dialog import PaymentImportDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Importa i pagamenti dall'estratto dell'ente gestore"), "", self.tr("Fogli (*.csv *.xlsx)"))
        if path:
            PaymentImportDialog(self._context, Path(path), self).exec()

    def _export(self, kind: str) -> None:
        from app.services.exports import export_plans  # openpyxl only when exporting

        try:
            on = parse_date(self.on_date.text())
        except DateError:
            return
        suggested = f"piani-di-rientro-{on:%Y%m%d}.{kind}"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Esporta i piani di rientro"), suggested, f"*.{kind}")
        if not target:
            return
        reader, plan_filter = self._context.reader(), self.current_filter()
        Task(
            self,
            lambda _progress: export_plans(reader, Path(target), kind, plan_filter, on),
            lambda rows: QMessageBox.information(
                self, self.tr("Esportazione"), count_text(rows, self.tr("1 piano esportato in %1"), self.tr("%n piani esportati in %1")).replace("%1", target)
            ),
            self._on_export_failed,
        ).start()

    def _on_export_failed(self, error: Exception) -> None:
        """A refusal (the folder is missing, the file is open elsewhere) in the operator's language."""
        reason = say(error.said) if isinstance(error, ServiceError) else str(error)
        QMessageBox.warning(self, self.tr("Esportazione"), self.tr("Esportazione non riuscita: %1").replace("%1", reason))

    def focus_first(self) -> None:
        """Opening the section puts the keyboard on the list: arrows choose a plan, Enter opens it."""
        self.table.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self._loaded:
            self.reload()
        super().showEvent(event)
