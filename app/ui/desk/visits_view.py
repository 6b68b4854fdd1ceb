"""The visits list: filters, sorting and paging in SQL over hundreds of thousands of visits, export.

Rows are fetched a page at a time as the list scrolls (``canFetchMore``/``fetchMore``); changing a filter
or the sort asks the service again, so sorting is over every visit that matches, not the rows loaded.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.clock import today
from app.services.catalogues import list_items
from app.services.dates import DateError, format_date, format_local_datetime, parse_date
from app.services.desk.visit_list import PAGE_SIZE, VisitFilter, VisitRow, VisitSort, count_visits, visit_page
from app.services.errors import ServiceError
from app.services.offices import list_offices
from app.services.operators import list_operators
from app.ui.context import DeskContext
from app.ui.labels import date_placeholder
from app.ui.person_picker import PersonPicker
from app.ui.tasks import Task
from app.ui.text import count_text, label, say
from app.vocabulary import CatalogueKind, Change, Channel

ModelIndex = QModelIndex | QPersistentModelIndex
CANCELLED_COLOUR = QColor("#888888")


class VisitTableModel(QAbstractTableModel):
    WHEN, OFFICE, OPERATOR, CHANNEL, WHO, HOUSEHOLD, TOPICS, REFERRAL, FOLLOW_UP = range(9)
    _SORTS = {WHEN: VisitSort.STARTED_AT, OFFICE: VisitSort.OFFICE, OPERATOR: VisitSort.OPERATOR, CHANNEL: VisitSort.CHANNEL, WHO: VisitSort.PERSON}

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[VisitRow] = []
        self._filter = VisitFilter()
        self._sort = VisitSort.STARTED_AT
        self._descending = True
        self._more = False
        self._loaded = False
        self._headers = [
            self.tr("Data e ora"),
            self.tr("Sportello"),
            self.tr("Operatore"),
            self.tr("Canale"),
            self.tr("Persona"),
            self.tr("Nucleo"),
            self.tr("Argomenti"),
            self.tr("Invio"),
            self.tr("Da riprendere"),
        ]

    @property
    def loaded(self) -> bool:
        return self._loaded

    @property
    def current_filter(self) -> VisitFilter:
        return self._filter

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and row.cancelled:
            return CANCELLED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and row.cancelled:
            return self.tr("Visita annullata")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.WHEN:
            text = format_local_datetime(row.started_at)
            return text + (" " + self.tr("(annullata)") if row.cancelled else "")
        if column == self.OFFICE:
            return row.office_code
        if column == self.OPERATOR:
            return row.operator_name
        if column == self.CHANNEL:
            return label(row.channel)
        if column == self.WHO:
            return say(row.person_label) or self.tr("anonimo")
        if column == self.HOUSEHOLD:
            return row.household_code
        if column == self.TOPICS:
            return row.topics
        if column == self.REFERRAL:
            return row.referral
        return say(row.follow_up)

    def visit_id(self, row: int) -> uuid.UUID:
        return self._rows[row].id

    def apply(self, visit_filter: VisitFilter) -> None:
        self._filter = visit_filter
        self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.beginResetModel()
        self._rows = visit_page(self._context.reader(), self._filter, self._sort, self._descending, 0, PAGE_SIZE)
        self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = visit_page(self._context.reader(), self._filter, self._sort, self._descending, len(self._rows), PAGE_SIZE)
        self._more = len(more) == PAGE_SIZE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = self._SORTS.get(column, VisitSort.STARTED_AT)
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending) and self._loaded:
            return
        self._sort, self._descending = sort, descending
        if self._loaded:
            self.reload()


class _VisitTable(QTableView):
    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class PersonChoiceDialog(QDialog):
    """Find one person (Enter picks): the visits list then shows only theirs."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visite di una persona"))
        self.picker = PersonPicker(context, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
        self.picker.picked.connect(lambda hit: self.accept() if hit is not None else None)
        self.resize(620, 380)


class VisitsView(QWidget):
    """Filters on top (period, desk, operator, topic, channel, person, open follow-ups), the list, export."""
    SHOWS = frozenset(
        {
            Change.VISITS,
            Change.FOLLOW_UPS,
            Change.PERSONS,
            Change.HOUSEHOLDS,
            Change.OFFICES,
            Change.OPERATORS,
            Change.CATALOGUES,
        }
    )
    """The kinds of data this view shows: it refreshes when a commit changed one of them."""


    open_visit = Signal(uuid.UUID)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        reader = context.reader
        first_of_month = today().replace(day=1)
        self.date_from = QLineEdit(format_date(first_of_month), self)
        self.date_from.setPlaceholderText(date_placeholder())
        self.date_to = QLineEdit(format_date(today()), self)
        self.date_to.setPlaceholderText(date_placeholder())
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(120)
        self.office = QComboBox(self)
        self.office.addItem(self.tr("tutti gli sportelli"), "")
        for office in list_offices(reader(), include_inactive=True):
            self.office.addItem(office.name, office.code)
        self.office.setCurrentIndex(max(self.office.findData(context.identity.office_code), 0))
        self.operator = QComboBox(self)
        self.operator.addItem(self.tr("tutti gli operatori"), None)
        for operator in list_operators(reader()):
            self.operator.addItem(operator.full_name, operator.id)
        self.topic = QComboBox(self)
        self.topic.addItem(self.tr("tutti gli argomenti"), None)
        for item in list_items(reader(), CatalogueKind.TOPICS, include_retired=True):
            self.topic.addItem(item.name, item.id)
        self.channel = QComboBox(self)
        self.channel.addItem(self.tr("tutti i canali"), None)
        for channel in Channel:
            self.channel.addItem(label(channel), channel)
        self.open_follow_ups = QCheckBox(self.tr("solo con un seguito aperto"), self)
        self.person_filter: tuple[uuid.UUID | None, uuid.UUID | None, str] = (None, None, "")
        self.person_label = QLabel(self)
        self.clear_person = QPushButton(self.tr("Tutte le persone"), self)
        self.clear_person.hide()
        self.choose_person = QPushButton(self.tr("Solo una persona…"), self)
        self.filter_error = QLabel(self)
        self.filter_error.setStyleSheet("color: #b00020;")
        self.filter_error.hide()
        self.person_label.hide()
        self.count_label = QLabel(self)
        self.export_csv = QPushButton(self.tr("Esporta CSV…"), self)
        self.export_xlsx = QPushButton(self.tr("Esporta Excel…"), self)
        self.model = VisitTableModel(context, self)
        self.table = _VisitTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VisitTableModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 130), (1, 70), (2, 150), (3, 120), (4, 190), (5, 95), (6, 300), (7, 120)):
            self.table.setColumnWidth(column, width)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Dal"), self), 0, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("al"), self))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        filters.addLayout(dates, 0, 1, 1, 3)
        filters.addWidget(self.office, 0, 4)
        filters.addWidget(self.operator, 0, 5)
        filters.addWidget(self.topic, 1, 1, 1, 3)
        filters.addWidget(self.channel, 1, 4)
        filters.addWidget(self.open_follow_ups, 1, 5)
        person_row = QHBoxLayout()
        person_row.addWidget(self.choose_person)
        person_row.addWidget(self.person_label)
        person_row.addWidget(self.clear_person)
        person_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_csv)
        bottom.addWidget(self.export_xlsx)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(person_row)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.textChanged.connect(self._timer.start)
        for box in (self.office, self.operator, self.topic, self.channel):
            box.currentIndexChanged.connect(self._on_filters_changed)
        self.open_follow_ups.toggled.connect(self._on_filters_changed)
        self.clear_person.clicked.connect(lambda: self.show_for(None, None, ""))
        self.choose_person.clicked.connect(self._on_choose_person_clicked)
        self._timer.timeout.connect(self._on_filters_changed)
        self.table.open_requested.connect(self._on_table_open_requested)
        self.table.doubleClicked.connect(self._on_table_open_requested)
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.export_xlsx.clicked.connect(lambda: self._export("xlsx"))
        self.model.modelReset.connect(self._count)
        self._context.events.changed.connect(self._on_events_changed)

    def show_for(self, person_id: uuid.UUID | None, household_id: uuid.UUID | None, label: str) -> None:
        """Only the visits of one person or household, over every period; ``label`` says whose they are
        ("Visite di Mazzà Giulia"), and empty shows everyone's again."""
        self.person_filter = (person_id, household_id, label)
        self.person_label.setText(label)
        self.person_label.setVisible(bool(label))
        self.clear_person.setVisible(bool(label))
        if label:
            self.date_from.setText("")
        self._on_filters_changed()

    def _on_choose_person_clicked(self) -> None:
        dialog = PersonChoiceDialog(self._context, self)
        if dialog.exec() and dialog.picker.person is not None:
            person = dialog.picker.person
            self.show_for(person.id, None, self.tr("Visite di %1").replace("%1", f"{person.surname} {person.name}"))

    def current_filter(self) -> VisitFilter | None:
        try:
            start = parse_date(self.date_from.text()) if self.date_from.text().strip() else None
            end = parse_date(self.date_to.text()) if self.date_to.text().strip() else None
        except DateError as error:
            self.filter_error.setText(say(error.said))
            self.filter_error.show()
            return None
        self.filter_error.hide()
        person_id, household_id, _ = self.person_filter
        return VisitFilter(
            date_from=start,
            date_to=end,
            office_code=self.office.currentData() or None,
            operator_id=self.operator.currentData(),
            topic_id=self.topic.currentData(),
            channel=self.channel.currentData(),
            person_id=person_id,
            household_id=household_id,
            open_follow_ups=self.open_follow_ups.isChecked(),
        )

    def _on_filters_changed(self) -> None:
        visit_filter = self.current_filter()
        if visit_filter is not None:
            self.model.apply(visit_filter)

    def _count(self) -> None:
        self.count_label.setText(self.tr("Conteggio…"))
        reader, visit_filter = self._context.reader(), self.model.current_filter
        Task(self.count_label, lambda _progress: count_visits(reader, visit_filter), self._show_count, lambda _error: self.count_label.setText("")).start()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(count_text(total, self.tr("1 visita"), self.tr("%n visite")))

    def _on_events_changed(self, changes: frozenset[Change]) -> None:
        if changes & self.SHOWS and self.model.loaded:
            self.model.reload()

    def _on_table_open_requested(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_visit.emit(self.model.visit_id(index.row()))

    def _export(self, kind: str) -> None:
        visit_filter = self.current_filter()
        if visit_filter is None:
            return
        suggested = f"visite-{today():%Y%m%d}.{kind}"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Esporta le visite"), suggested, f"*.{kind}")
        if not target:
            return
        from app.services.exports import export_visits  # openpyxl only when exporting

        reader = self._context.reader()
        Task(
            self,
            lambda _progress: export_visits(reader, visit_filter, Path(target), kind),
            lambda rows: QMessageBox.information(
                self, self.tr("Esportazione"), count_text(rows, self.tr("1 visita esportata in %1"), self.tr("%n visite esportate in %1")).replace("%1", target)
            ),
            lambda error: QMessageBox.warning(
                self, self.tr("Esportazione"), self.tr("Esportazione non riuscita: %1").replace("%1", say(error.said) if isinstance(error, ServiceError) else str(error))
            ),
        ).start()

    def showEvent(self, event: object) -> None:  # noqa: N802
        if not self.model.loaded:
            self._on_filters_changed()
        super().showEvent(event)  # type: ignore[arg-type]
