"""The audit trail's viewer (coordinators only): filters, the entries newest first, the chosen entry's fields
before and after, and the export to XLSX of everything that matches.

The list holds the newest :data:`~app.services.audit_trail.PAGE_SIZE` entries that match and says how many
match in all: a narrower filter, or the export, reaches the others. The list is read again when the tab is
shown and when "Cerca" is pressed, not at every commit elsewhere (every commit adds entries).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.clock import today
from app.services import audit_trail
from app.services.audit_trail import AuditFilter, AuditLine
from app.services.dates import DateError, format_date, format_local_datetime, parse_date
from app.services.errors import ServiceError
from app.ui.context import DeskContext
from app.ui.forms import ERROR_STYLE, filter_row, line_edit
from app.ui.tables import fill_table, readonly_table
from app.ui.tasks import Task
from app.ui.text import count_text, say


class AuditTab(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._lines: list[AuditLine] = []
        self.since = line_edit(format_date(today().replace(day=1)), self.tr("gg/mm/aaaa"), parent=self)
        self.until = line_edit("", self.tr("gg/mm/aaaa"), parent=self)
        for edit in (self.since, self.until):
            edit.setMaximumWidth(110)
        self.operator = QComboBox(self)
        self.table_choice = QComboBox(self)
        self.table_choice.addItem(self.tr("tutte"), "")
        for table, name in audit_trail.audit_tables():
            self.table_choice.addItem(say(name), table)
        self.record = line_edit("", self.tr("codice del nucleo o identificativo"), parent=self)
        self.record.setMinimumWidth(220)
        self.search_button = QPushButton(self.tr("C&erca"), self)
        self.export_button = QPushButton(self.tr("Esporta in E&xcel…"), self)
        filters = filter_row(
            self,
            [
                (self.tr("&Dal"), self.since),
                (self.tr("A&l"), self.until),
                (self.tr("&Operatore"), self.operator),
                (self.tr("&Tabella"), self.table_choice),
                (self.tr("&Record"), self.record),
            ],
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.filter_error = QLabel(self)
        self.filter_error.setStyleSheet(ERROR_STYLE)
        self.filter_error.hide()
        self.count = QLabel(self)
        self.entries = readonly_table(
            [self.tr("Momento"), self.tr("Postazione"), self.tr("N."), self.tr("Operatore"), self.tr("Azione"), self.tr("Che cosa"), self.tr("Record")],
            self,
        )
        self.fields = readonly_table([self.tr("Campo"), self.tr("Prima"), self.tr("Dopo")], self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.entries)
        split.addWidget(self.fields)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.count)
        layout.addWidget(split, 1)
        self.search_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        for edit in (self.since, self.until, self.record):
            edit.returnPressed.connect(self.reload)
        self.entries.itemSelectionChanged.connect(self._on_entries_item_selection_changed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self._fill_operators()
        self.reload()

    def _fill_operators(self) -> None:
        chosen = self.operator.currentData()
        self.operator.blockSignals(True)
        self.operator.clear()
        self.operator.addItem(self.tr("tutti"), "")
        for name in audit_trail.audit_operators(self._context.reader()):
            self.operator.addItem(name, name)
        index = self.operator.findData(chosen) if chosen else 0
        self.operator.setCurrentIndex(max(index, 0))
        self.operator.blockSignals(False)

    def current_filter(self) -> AuditFilter | None:
        """The filter as typed, or None with the reason shown when a date cannot be read."""
        try:
            since, until = (_optional_date(edit.text()) for edit in (self.since, self.until))
        except DateError as error:
            self.filter_error.setText(say(error.said))
            self.filter_error.show()
            return None
        self.filter_error.hide()
        return AuditFilter(
            since=since,
            until=until,
            operator_name=self.operator.currentData() or "",
            table=self.table_choice.currentData() or "",
            record=self.record.text(),
        )

    def reload(self) -> None:
        wanted = self.current_filter()
        if wanted is None:
            return
        page = audit_trail.audit_page(self._context.reader(), wanted)
        self._lines = page.lines
        fill_table(
            self.entries,
            [
                (
                    position,
                    [
                        format_local_datetime(line.at),
                        line.site,
                        str(line.sequence),
                        line.operator_name,
                        say(line.action_label),
                        say(line.table_label),
                        line.record_id,
                    ],
                )
                for position, line in enumerate(self._lines)
            ],
        )
        if page.total > len(page.lines):
            self.count.setText(
                self.tr("Le ultime %1 di %2 voci: restringere i filtri o esportare per vederle tutte.")
                .replace("%1", str(len(page.lines)))
                .replace("%2", str(page.total))
            )
        else:
            self.count.setText(count_text(page.total, self.tr("1 voce"), self.tr("%n voci")))
        self.export_button.setEnabled(page.total > 0)
        if self._lines:
            self.entries.selectRow(0)
        else:
            fill_table(self.fields, [])

    def _on_entries_item_selection_changed(self) -> None:
        rows = self.entries.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._lines):
            fill_table(self.fields, [])
            return
        line = self._lines[rows[0].row()]
        fill_table(self.fields, [(change.field, [say(change.label), say(change.before), say(change.after)]) for change in line.changes])

    def _on_export_button_clicked(self) -> None:
        from app.services.exports import export_audit  # openpyxl only when exporting

        wanted = self.current_filter()
        if wanted is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Esporta il registro modifiche"), f"registro-modifiche-{today():%Y-%m-%d}.xlsx", "*.xlsx")
        if not target:
            return
        reader = self._context.reader()
        Task(
            self,
            lambda _progress: export_audit(reader, Path(target), wanted),
            lambda rows: QMessageBox.information(
                self, self.tr("Esportazione"), count_text(rows, self.tr("1 riga esportata in %1"), self.tr("%n righe esportate in %1")).replace("%1", target)
            ),
            lambda error: QMessageBox.warning(
                self, self.tr("Esportazione"), say(error.said) if isinstance(error, ServiceError) else self.tr("Esportazione non riuscita: %1").replace("%1", str(error))
            ),
        ).start()


def _optional_date(text: str) -> date | None:
    return parse_date(text) if text.strip() else None
