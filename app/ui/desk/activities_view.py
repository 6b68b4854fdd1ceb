"""Group activities (issue 3, point 8): the activities of a period with their figures, and the way into the
activity and its attendance.

A desk holds a few activities a month (seed 004: network meetings are monthly), so the list of a period is
loaded whole; each row sums up the whole activity, all its sessions. The period starts three months back
and ends three months ahead: what was done lately (attendance still to enter) and what is planned.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.clock import today
from app.services.catalogues import list_items
from app.services.dates import DateError, add_months, format_date, format_local_datetime, parse_date
from app.services.desk.activities import ActivityRow, list_activities
from app.services.local_time import local_day
from app.services.offices import list_offices
from app.ui.context import DeskContext
from app.ui.desk.activity_dialogs import ActivityDialog, AttendanceDialog
from app.ui.forms import ERROR_STYLE, filter_row, select_data
from app.ui.labels import date_placeholder
from app.ui.tables import ID_ROLE, ActionTable, fill_table, readonly_table, selected_key
from app.ui.text import count_text, say
from app.vocabulary import CatalogueKind, Change

MONTHS_AROUND = 3
FILTER_DELAY_MS = 250


class ActivitiesView(QWidget):
    """Filters on top (period, desk, type), the activities, and the buttons: new, edit, attendance.

    Enter (or a double click) on an activity opens it; Ctrl+Shift+A anywhere in the view starts a new one.
    """

    WHEN, TYPE, TITLE, PLACE, OFFICE, SESSIONS, PERSONS, PRESENCES = range(8)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loaded = False
        self.date_from = QLineEdit(format_date(add_months(today(), -MONTHS_AROUND)), self)
        self.date_from.setPlaceholderText(date_placeholder())
        self.date_to = QLineEdit(format_date(add_months(today(), MONTHS_AROUND)), self)
        self.date_to.setPlaceholderText(date_placeholder())
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.office = QComboBox(self)
        self.activity_type = QComboBox(self)
        self._fill_filter_choices()
        self.filter_error = QLabel(self)
        self.filter_error.setStyleSheet(ERROR_STYLE)
        self.filter_error.hide()
        self.table = readonly_table(
            [
                self.tr("Quando"),
                self.tr("Tipo"),
                self.tr("Titolo"),
                self.tr("Luogo"),
                self.tr("Sportello"),
                self.tr("Incontri"),
                self.tr("Persone registrate"),
                self.tr("Presenze totali"),
            ],
            self,
            ActionTable,
        )
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.PLACE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(self.PLACE, 220)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self.tr("Nuova attività… (Ctrl+Shift+A)"), self)
        self.edit_button = QPushButton(self.tr("Modifica…"), self)
        self.attendance_button = QPushButton(self.tr("Presenze…"), self)
        self._new_shortcut = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        self._new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)

        filters = filter_row(
            self,
            [(self.tr("Dal"), self.date_from), (self.tr("al"), self.date_to), (self.tr("Sportello"), self.office), (self.tr("Tipo"), self.activity_type)],
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (self.new_button, self.edit_button, self.attendance_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self._update_buttons()

    def _fill_filter_choices(self) -> None:
        """Desks and types, retired ones included (old activities use them); the current choices are kept."""
        reader = self._context.reader
        office, activity_type = self.office.currentData(), self.activity_type.currentData()
        for box in (self.office, self.activity_type):
            box.blockSignals(True)
            box.clear()
        self.office.addItem(self.tr("tutti gli sportelli"), None)
        for desk in list_offices(reader(), include_inactive=True):
            self.office.addItem(desk.name, desk.code)
        self.activity_type.addItem(self.tr("tutti i tipi"), None)
        for item in list_items(reader(), CatalogueKind.ACTIVITY_TYPES, include_retired=True):
            self.activity_type.addItem(item.name, item.id)
        select_data(self.office, office)
        select_data(self.activity_type, activity_type)
        for box in (self.office, self.activity_type):
            box.blockSignals(False)

    def _connect_signals(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.reload)
        self.office.currentIndexChanged.connect(self.reload)
        self.activity_type.currentIndexChanged.connect(self.reload)
        self.table.activated_row.connect(self._on_edit_button_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self._new_shortcut.activated.connect(self._on_new_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.attendance_button.clicked.connect(self._on_attendance_button_clicked)
        self._context.events.changed.connect(self._on_events_changed)

    # --- the list ------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Asks the service again with the filters on screen; a period that cannot be read keeps the list."""
        self._timer.stop()
        try:
            date_from, date_to = parse_date(self.date_from.text()), parse_date(self.date_to.text())
        except DateError as error:
            self.filter_error.setText(say(error.said))
            self.filter_error.show()
            return
        self.filter_error.hide()
        self._loaded = True
        shown = selected_key(self.table)
        rows = list_activities(
            self._context.reader(),
            date_from=date_from,
            date_to=date_to,
            office_code=self.office.currentData(),
            type_id=self.activity_type.currentData(),
        )
        fill_table(
            self.table,
            [
                (
                    row.id,
                    [
                        self._when_text(row),
                        row.type_name,
                        row.title,
                        row.place,
                        row.office_code,
                        str(row.session_count),
                        str(row.registered_persons),
                        str(row.total_presences),
                    ],
                )
                for row in rows
            ],
        )
        for row in range(self.table.rowCount()):
            for column in (self.SESSIONS, self.PERSONS, self.PRESENCES):
                self.table.item(row, column).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if isinstance(shown, uuid.UUID):
            self.select(shown)
        if rows:
            self.count_label.setText(count_text(len(rows), self.tr("1 attività nel periodo"), self.tr("%n attività nel periodo")))
        else:
            self.count_label.setText(self.tr("Nessuna attività nel periodo: Ctrl+Shift+A per registrarne una."))
        self._update_buttons()

    def _when_text(self, row: ActivityRow) -> str:
        """One session: its date and time; several: the days of the first and the last."""
        first, last = local_day(row.first_session_at), local_day(row.last_session_at)
        if row.session_count == 1 or first == last:
            return format_local_datetime(row.first_session_at)
        return self.tr("dal %1 al %2").replace("%1", format_date(first)).replace("%2", format_date(last))

    def select(self, activity_id: uuid.UUID) -> None:
        """Makes the activity's row current, if it is in the list."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == activity_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = selected_key(self.table) is not None
        self.edit_button.setEnabled(chosen)
        self.attendance_button.setEnabled(chosen)

    def _on_events_changed(self, changes: frozenset[Change]) -> None:
        if changes & {Change.CATALOGUES, Change.OFFICES}:
            self._fill_filter_choices()
        if changes & {Change.ACTIVITIES, Change.CATALOGUES, Change.OFFICES, Change.PERSONS} and self._loaded:
            self.reload()

    # --- actions -------------------------------------------------------------------------------------

    def _on_new_button_clicked(self) -> None:
        dialog = ActivityDialog(self._context, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self._after_dialog(dialog.saved_id)

    def _on_edit_button_clicked(self) -> None:
        activity_id = selected_key(self.table)
        if isinstance(activity_id, uuid.UUID):
            ActivityDialog(self._context, activity_id, self).exec()
            self._after_dialog(activity_id)

    def _on_attendance_button_clicked(self) -> None:
        activity_id = selected_key(self.table)
        if isinstance(activity_id, uuid.UUID):
            AttendanceDialog(self._context, activity_id, self).exec()
            self._after_dialog(activity_id)

    def _after_dialog(self, activity_id: uuid.UUID) -> None:
        """Back on the list, on the activity just worked on (when the period shows it)."""
        self.select(activity_id)
        self.table.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The list is read when the section is first shown, not when the main window is built."""
        if not self._loaded:
            self.reload()
        super().showEvent(event)
