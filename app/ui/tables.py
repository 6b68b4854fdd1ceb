"""Small read-only tables of fully loaded rows (members, attestations, operators, desks...).

Large lists use a lazy model instead (app/ui/registry/households_view.py); these hold a few dozen rows at most.
Each row carries a key (an id) in :data:`ID_ROLE` of every cell.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1


T = TypeVar("T", bound=QTableWidget)


class ActionTable(QTableWidget):
    """A read-only table where Enter (or a double click) acts on the selected row."""

    activated_row = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activated_row.emit()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseDoubleClickEvent(event)
        if self.currentRow() >= 0:
            self.activated_row.emit()


def readonly_table(headers: list[str], parent: QWidget, kind: type[T] = QTableWidget) -> T:  # type: ignore[assignment]
    table = kind(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # rows are chosen with the arrows; Tab moves on to the next control
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[tuple[Hashable, Sequence[str]]]) -> None:
    """Replaces the rows; each is (key, cells). The first row is selected, ready for the keyboard."""
    table.setRowCount(len(rows))
    for row_number, (key, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, key)
            table.setItem(row_number, column, item)
    if rows:
        table.selectRow(0)


def selected_key(table: QTableWidget) -> Hashable | None:
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return None if item is None else item.data(ID_ROLE)


def fit_to_rows(table: QTableWidget, *, least: int = 2, most: int = 8) -> None:
    """Makes a short table as tall as its rows (between ``least`` and ``most`` of them), so that a page
    of several tables shows them all without empty space."""
    rows = min(max(table.rowCount(), least), most)
    row_height = table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(table.horizontalHeader().height() + rows * row_height + 2 * table.frameWidth() + 4)
