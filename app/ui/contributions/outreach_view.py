"""The outreach list (DESIGN 2.3): households that look eligible for a programme today and have not
applied, with why, so the desk can inform them; "informed on date, by way, by operator" is recorded."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.clock import today
from app.messages import Message
from app.services.contributions import outreach
from app.services.contributions.outreach import OutreachRow
from app.services.contributions.programmes import list_programmes
from app.ui.context import DeskContext
from app.ui.contributions.dialogs import InformedDialog
from app.ui.forms import filter_row
from app.ui.tables import ActionTable, fill_table, readonly_table, selected_key
from app.ui.text import count_text, say


def said_together(messages: tuple[Message, ...]) -> str:
    """The reasons (or what to verify) of a row on one line, as the narrow column and the detail show them."""
    return "; ".join(say(message) for message in messages)


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
        # long reasons wrap onto more lines in their cells (the detail below shows them whole as well)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        for column, width in ((self.HOLDER, 140), (self.ADDRESS, 170), (self.WHY, 280), (self.TO_VERIFY, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the full reasons, what to verify and the contact with its note, for the row chosen with the keyboard
        self.detail = QTextBrowser(self)
        self.detail.setMaximumHeight(130)
        self.count = QLabel(self)
        self.informed_button = QPushButton(self.tr("Segna informa&to…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.informed_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row(self, [(self.tr("&Programma"), self.programme)]))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.programme.currentIndexChanged.connect(self.reload)
        self.informed_button.clicked.connect(self._on_informed_button_clicked)
        self.table.activated_row.connect(self._on_informed_button_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self._show_detail)

    def reload(self) -> None:
        code = self.programme.currentData()
        self._rows = outreach.outreach_list(self._context.reader(), code, today()) if code else []
        fill_table(self.table, [(row.household_id, self._cells(row)) for row in self._rows])
        for row, data in enumerate(self._rows):
            for column in (self.WHY, self.TO_VERIFY):
                self.table.item(row, column).setToolTip(self.table.item(row, column).text())
        self.count.setText(
            count_text(len(self._rows), self.tr("1 nucleo sembra avere i requisiti e non ha fatto domanda"), self.tr("%n nuclei sembrano avere i requisiti e non hanno fatto domanda"))
            if self._rows
            else self.tr("Nessun nucleo da informare per questo programma.")
        )
        self._update_buttons()
        self._show_detail()

    def _informed_text(self, row: OutreachRow) -> str:
        if row.informed is None:
            return ""
        text = say(row.informed.text)
        return f"{text}: {row.informed.note}" if row.informed.note else text

    def _show_detail(self) -> None:
        row = self._selected()
        if row is None:
            self.detail.clear()
            return
        parts = [
            (self.tr("Perché"), said_together(row.reasons)),
            (self.tr("Da verificare"), said_together(row.to_verify) or self.tr("niente")),
            (self.tr("Informato"), self._informed_text(row) or self.tr("non ancora")),
        ]
        self.detail.setHtml(
            f"<b>{html.escape(row.household_code)} {html.escape(row.holder_name)}</b><br>"
            + "<br>".join(f"<b>{html.escape(caption)}:</b> {html.escape(text)}" for caption, text in parts)
        )

    def _cells(self, row: OutreachRow) -> list[str]:
        return [
            row.household_code,
            row.holder_name,
            row.phone,
            row.address,
            said_together(row.reasons),
            said_together(row.to_verify),
            self._informed_text(row),
        ]

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
