"""Import of the landlord's payments statement from the GUI: every row checked and shown first (to import,
already imported, bad), then the import in one transaction. Nothing is written while a bad row remains,
unless the operator chooses to leave the bad rows out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QWidget

from app.services.dates import format_date
from app.services.money import format_amount
from app.services.plans.payment_import import (
    PaymentImportPreview,
    PaymentImportReport,
    PaymentRow,
    import_payments,
    preview_payment_import,
)
from app.ui.context import DeskContext
from app.ui.import_dialog import FileImportDialog
from app.ui.tables import fill_table
from app.ui.tasks import Task
from app.ui.text import count_text, label, say

ALREADY_COLOUR = QColor("#e2e3e5")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PaymentImportDialog(FileImportDialog):
    def __init__(self, context: DeskContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Importa pagamenti – %1").replace("%1", path.name), self.tr("Importa solo le righe senza errori e salta le altre"), parent
        )
        self._context = context
        self._path = path
        self._preview: PaymentImportPreview | None = None
        self.report: PaymentImportReport | None = None
        headers = [self.tr("Riga"), self.tr("Nucleo"), self.tr("Data"), self.tr("Importo"), self.tr("Modalità"), self.tr("Riferimento"), self.tr("Esito")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.skip_invalid.toggled.connect(self._update_import_button)
        context, path = self._context, self._path
        Task(self, lambda _progress: preview_payment_import(context.reader(), path), self._show_preview, self.show_failure).start()

    def _row_cells(self, row: PaymentRow, outcome: str) -> list[str]:
        return [
            str(row.line),
            row.household_code,
            format_date(row.paid_on),
            format_amount(row.amount_cents),
            label(row.method),
            row.reference,
            outcome,
        ]

    def _show_preview(self, preview: PaymentImportPreview) -> None:
        self._preview = preview
        listed = [(row.line, self._row_cells(row, self.tr("da importare"))) for row in preview.rows]
        listed += [(row.line, self._row_cells(row, self.tr("già importato: saltato"))) for row in preview.already_imported]
        listed.sort(key=lambda entry: entry[0])
        fill_table(self.table, listed)
        already = {row.line for row in preview.already_imported}
        for number in range(self.table.rowCount()):
            self.table.item(number, 3).setTextAlignment(RIGHT)
            if int(self.table.item(number, 0).text()) in already:
                for column in range(self.table.columnCount()):
                    self.table.item(number, column).setBackground(ALREADY_COLOUR)
        text = count_text(len(preview.rows), self.tr("1 pagamento da importare"), self.tr("%n pagamenti da importare"))
        text += self.tr(" (%1)").replace("%1", format_amount(preview.total_cents))
        if preview.already_imported:
            text += "; " + count_text(len(preview.already_imported), self.tr("1 già importato"), self.tr("%n già importati"))
        if preview.bad_rows:
            text += ". " + count_text(
                preview.bad_lines,
                self.tr("1 riga non è valida: correggerla nel file e riaprirlo, oppure importare solo le righe senza errori."),
                self.tr("%n righe non sono valide: correggerle nel file e riaprirlo, oppure importare solo le righe senza errori."),
            )
            self.show_bad_rows(preview.bad_rows)
        else:
            text += ". " + self.tr("Nessun errore.")
        self.summary.setText(text)
        self._update_import_button()

    def _update_import_button(self) -> None:
        preview = self._preview
        ready = preview is not None and bool(preview.rows) and (not preview.bad_rows or self.skip_invalid.isChecked())
        self.import_button.setEnabled(ready)

    def _on_buttons_accepted(self) -> None:
        self.import_button.setEnabled(False)
        context, path, skip = self._context, self._path, self.skip_invalid.isChecked()

        def on_done(report: PaymentImportReport) -> None:
            self.report = report
            QMessageBox.information(self, self.tr("Importazione"), say(report.summary()))
            if report.imported:
                self.accept()

        Task(self, lambda _progress: import_payments(context.uow(), path, skip_invalid=skip), on_done, self.show_failure).start()
