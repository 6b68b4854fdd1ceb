"""The registry list: search as you type over 50,000 households, sorted and paged in SQL.

The model fetches 100 rows at a time (``canFetchMore``/``fetchMore``) and asks the service again when
the sort changes, so sorting is over the whole registry and not over the rows loaded so far.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.logs import log
from app.services.registry.households import (
    COUNT_CAP,
    PAGE_SIZE,
    HouseholdRow,
    HouseholdSort,
    count_households,
    search_households,
)
from app.ui.context import DeskContext
from app.ui.labels import sap_area_label
from app.ui.tasks import Task
from app.ui.text import count_text, italian_number
from app.vocabulary import Change

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 120


class HouseholdTableModel(QAbstractTableModel):
    """Rows of the registry list. The page is fetched at once; when it is full, the number of matches is
    counted on a worker thread (a second scan of the registry) so that it never delays a keystroke."""

    counted = Signal()
    CODE, HOLDER, CODICE_FISCALE, ADDRESS, NEIGHBOURHOOD, AREA = range(6)
    _SORTS = {
        CODE: HouseholdSort.CODE,
        HOLDER: HouseholdSort.HOLDER,
        ADDRESS: HouseholdSort.ADDRESS,
        NEIGHBOURHOOD: HouseholdSort.NEIGHBOURHOOD,
        AREA: HouseholdSort.AREA,
    }

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[HouseholdRow] = []
        self._total = 0
        self._more = False
        self._counting = False
        self._generation = 0
        self._query = ""
        self._sort = HouseholdSort.HOLDER
        self._descending = False
        self._loaded = False
        self._headers = [
            self.tr("Codice nucleo"),
            self.tr("Intestatario"),
            self.tr("Codice fiscale"),
            self.tr("Indirizzo"),
            self.tr("Quartiere"),
            self.tr("Area SAP"),
        ]

    @property
    def total(self) -> int:
        """Matches, counted up to ``COUNT_CAP + 1`` (more than that shows as "more than a thousand")."""
        return self._total

    @property
    def counting(self) -> bool:
        return self._counting

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
        if role == ID_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.CODE:
            return row.code
        if column == self.HOLDER:
            return row.holder_name
        if column == self.CODICE_FISCALE:
            return row.holder_codice_fiscale_masked
        if column == self.ADDRESS:
            return row.address
        if column == self.NEIGHBOURHOOD:
            return row.neighbourhood
        return sap_area_label(row.sap_area)

    def household_id(self, row: int) -> uuid.UUID:
        return self._rows[row].id

    def search(self, query: str) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.beginResetModel()
        self._rows = search_households(
            self._context.reader(), self._query, sort=self._sort, descending=self._descending, limit=PAGE_SIZE
        )
        self._more = len(self._rows) == PAGE_SIZE
        self._total = len(self._rows)
        self._generation += 1
        self._counting = self._more
        self.endResetModel()
        if self._more:
            generation, reader, query = self._generation, self._context.reader(), self._query
            Task(
                self,
                lambda _progress: count_households(reader, query),
                lambda total: self._on_counted(generation, total),
                lambda error: self._on_counted(generation, self._total, error),
            ).start()

    def _on_counted(self, generation: int, total: int, error: Exception | None = None) -> None:
        if error is not None:
            log.error("counting households failed", exc_info=error)
        if generation == self._generation:
            self._total = max(total, len(self._rows))
            self._counting = False
            self.counted.emit()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = search_households(
            self._context.reader(),
            self._query,
            sort=self._sort,
            descending=self._descending,
            offset=len(self._rows),
            limit=PAGE_SIZE,
        )
        self._more = len(more) == PAGE_SIZE
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = self._SORTS.get(column, HouseholdSort.HOLDER)
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending) and self._loaded:
            return
        self._sort, self._descending = sort, descending
        if self._loaded:
            self.reload()

    @property
    def loaded(self) -> bool:
        return self._loaded


class _ResultsTable(QTableView):
    """Enter opens the selected household (``activated`` alone depends on the platform style)."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class HouseholdsView(QWidget):
    """Search field over the results; Down moves from the search into the list, Enter opens."""
    SHOWS = frozenset({Change.HOUSEHOLDS, Change.PERSONS})
    """The kinds of data this view shows: it refreshes when a commit changed one of them."""


    open_household = Signal(uuid.UUID)
    new_household = Signal()
    import_requested = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cerca per cognome, nome, codice fiscale, codice nucleo o indirizzo (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self.tr("Nuovo nucleo (Ctrl+Shift+N)"), self)
        self.import_button = QPushButton(self.tr("Importa anagrafe…"), self)
        self.model = HouseholdTableModel(context, self)
        self.table = _ResultsTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HouseholdTableModel.HOLDER, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 120), (1, 230), (2, 160), (3, 260), (4, 160)):
            self.table.setColumnWidth(column, width)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search, self.table)
        self._connect_signals()
        self._update_count()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.table.open_requested.connect(self._on_table_activated)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.new_button.clicked.connect(self.new_household)
        self.import_button.clicked.connect(self.import_requested)
        self.model.modelReset.connect(self._update_count)
        self.model.counted.connect(self._update_count)
        self._context.events.changed.connect(self._on_events_changed)
        self.search.installEventFilter(self)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.table.setFocus()
                self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.model.search(self.search.text())

    def _on_search_return_pressed(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.model.search(self.search.text())
        if self.model.rowCount() == 1:
            self.open_household.emit(self.model.household_id(0))
        elif self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_household.emit(self.model.household_id(index.row()))

    def _on_events_changed(self, changes: frozenset[Change]) -> None:
        if changes & self.SHOWS:
            self.model.reload()

    def _update_count(self) -> None:
        total = self.model.total
        if total == 0:
            text = self.tr("Nessun nucleo trovato.") if self.search.text().strip() else self.tr("L'anagrafe è vuota: importare l'anagrafe dell'ente gestore o creare un nucleo.")
        elif self.model.counting:
            text = self.tr("Almeno %1 nuclei…").replace("%1", italian_number(total))
        elif total > COUNT_CAP:
            text = self.tr("Più di %1 nuclei: scrivere altro per restringere la ricerca.").replace("%1", italian_number(COUNT_CAP))
        else:
            text = count_text(total, self.tr("1 nucleo"), self.tr("%n nuclei"))
        self.count_label.setText(text)

    def showEvent(self, event: object) -> None:  # noqa: N802
        if not self.model.loaded:
            self.model.reload()
        super().showEvent(event)  # type: ignore[arg-type]
