"""The outreach list (DESIGN 2.3): households that look eligible for a programme today and have not
applied, with why, so the desk can inform them; "informed on date, by way, by operator" is recorded."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from app.clock import today
from app.services import outreach
from app.services.contribution_programmes import list_programmes
from app.services.dates import format_date
from app.services.outreach import OutreachRow
from app.ui.context import DeskContext
from app.ui.contribution_dialogs import InformedDialog
from app.ui.forms import filter_row
from app.ui.labels import informed_way_label
from app.ui.tables import ActionTable, fill_table, readonly_table, selected_key
from app.ui.text import count_text


class OutreachView(QWidget):
    HOUSEHOLD, HOLDER, PHONE, ADDRESS, WHY, TO_VERIFY, INFORMED = range(7)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[OutreachRow] = []
        self.programme = QComboBox(self)
        for programme in list_programmes(context.reader()):
            self.programme.addItem(programme.name, programme.code)
        self.programme.setMaximumWidth(420)
        self.table = readonly_table(
            [
                self.tr("Nucleo"),
                self.tr("Intestatario"),
                self.tr("Telefono"),
                self.tr("Indirizzo"),
                self.tr("Perché"),
                self.tr("Da verificare"),
                self.tr("Informato"),
            ],
            self,
            ActionTable,
        )
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in ((self.HOLDER, 150), (self.ADDRESS, 180), (self.WHY, 260), (self.TO_VERIFY, 180)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.count = QLabel(self)
        self.informed_button = QPushButton(self.tr("Segna informa&to…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.informed_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row(self, [(self.tr("&Programma"), self.programme)]))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.programme.currentIndexChanged.connect(self.reload)
        self.informed_button.clicked.connect(self._on_informed_button_clicked)
        self.table.activated_row.connect(self._on_informed_button_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def reload(self) -> None:
        code = self.programme.currentData()
        self._rows = outreach.outreach_list(self._context.reader(), code, today()) if code else []
        fill_table(self.table, [(row.household_id, self._cells(row)) for row in self._rows])
        for row, data in enumerate(self._rows):
            for column, text in ((self.WHY, data.reasons), (self.TO_VERIFY, data.to_verify)):
                self.table.item(row, column).setToolTip(text)
        self.count.setText(
            count_text(len(self._rows), self.tr("1 nucleo sembra avere i requisiti e non ha fatto domanda"), self.tr("%n nuclei sembrano avere i requisiti e non hanno fatto domanda"))
            if self._rows
            else self.tr("Nessun nucleo da informare per questo programma.")
        )
        self._update_buttons()

    def _cells(self, row: OutreachRow) -> list[str]:
        informed = (
            self.tr("%1 %2 (%3)").replace("%1", format_date(row.informed.informed_on)).replace("%2", informed_way_label(row.informed.way)).replace("%3", row.informed.operator_name)
            if row.informed
            else ""
        )
        return [row.household_code, row.holder_name, row.phone, row.address, row.reasons, row.to_verify, informed]

    def _selected(self) -> OutreachRow | None:
        key = selected_key(self.table)
        return next((row for row in self._rows if row.household_id == key), None)

    def _update_buttons(self) -> None:
        self.informed_button.setEnabled(self._selected() is not None)

    def _on_informed_button_clicked(self) -> None:
        row = self._selected()
        if row is None:
            return
        who = f"{row.household_code} {row.holder_name}".strip()
        if InformedDialog(self._context, self.programme.currentData(), row.household_id, who, self).exec():
            self.reload()
            self._select(row.household_id)

    def _select(self, household_id: uuid.UUID) -> None:
        for number, row in enumerate(self._rows):
            if row.household_id == household_id:
                self.table.selectRow(number)
                self.table.scrollToItem(self.table.item(number, 0), ActionTable.ScrollHint.EnsureVisible)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
