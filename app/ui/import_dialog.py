"""Import of the landlord's registry from the GUI: preview and check first, then import with progress."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.logs import log
from app.services.errors import ServiceError
from app.services.registry.importer import ImportPreview, ImportReport, import_households, preview_import
from app.services.registry.spreadsheet import BadRow
from app.ui.context import DeskContext
from app.ui.tasks import Task
from app.ui.text import count_text, say

BAD_ROW_COLOUR = QColor("#f8d7da")


class FileImportDialog(QDialog):
    """What every import from a file shows: a summary, the rows read, every bad row with its line and
    reason, the choice to leave the bad rows out, and the import button (enabled by the subclass)."""

    def __init__(self, title: str, skip_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.summary = QLabel(self.tr("Lettura del file…"), self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(140)
        self.problems.hide()
        self.skip_invalid = QCheckBox(skip_text, self)
        self.skip_invalid.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Importa"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.buttons)
        self.resize(1000, 600)
        self.buttons.rejected.connect(self.reject)

    def show_bad_rows(self, bad_rows: Sequence[BadRow]) -> None:
        """Every problem on its own line (a row may have several), and the choice to skip those rows."""
        self.problems.setPlainText(
            "\n".join(
                self.tr("riga %1").replace("%1", str(bad.line))
                + (f", {bad.column}" if bad.column else "")
                + f" – {say(bad.reason)}"
                for bad in bad_rows
            )
        )
        self.problems.setVisible(bool(bad_rows))
        self.skip_invalid.setVisible(bool(bad_rows))

    def show_failure(self, error: Exception) -> None:
        """A refusal the operator can act on (an unreadable file, a missing permission) in its own words;
        anything else logged with its traceback."""
        if isinstance(error, ServiceError):
            self.summary.setText(say(error.said))
            return
        log.error("import failed", exc_info=error)
        self.summary.setText(self.tr("Importazione non riuscita per un errore imprevisto; i dettagli sono nel registro."))


class ImportDialog(FileImportDialog):
    """Shows what the file holds and every bad row before anything is written."""

    def __init__(self, context: DeskContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Importa anagrafe – %1").replace("%1", path.name), self.tr("Importa solo i nuclei senza errori e salta gli altri"), parent
        )
        self._context = context
        self._path = path
        self._preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.skip_invalid.toggled.connect(self._update_import_button)
        self._load_preview()

    def _load_preview(self) -> None:
        context, path = self._context, self._path
        Task(self, lambda _progress: preview_import(context.reader(), path), self._show_preview, self.show_failure).start()

    def _show_preview(self, preview: ImportPreview) -> None:
        self._preview = preview
        self.table.setColumnCount(len(preview.columns))
        self.table.setHorizontalHeaderLabels(list(preview.columns))
        self.table.setRowCount(len(preview.rows))
        self.table.setVerticalHeaderLabels([str(line) for line in preview.row_lines])
        bad_lines = {bad.line for bad in preview.bad_rows}
        for row, cells in enumerate(preview.rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if preview.row_lines[row] in bad_lines:
                    item.setBackground(BAD_ROW_COLOUR)
                self.table.setItem(row, column, item)
        text = (
            self.tr("Il file contiene")
            + " "
            + count_text(preview.households, self.tr("1 nucleo"), self.tr("%n nuclei"))
            + " "
            + count_text(preview.persons, self.tr("e 1 persona."), self.tr("e %n persone."))
        )
        if preview.bad_rows:
            text += " " + count_text(
                len(bad_lines),
                self.tr("1 riga non è valida (in rosso): correggerla nel file e riaprirlo, oppure importare solo i nuclei senza errori."),
                self.tr("%n righe non sono valide (in rosso): correggerle nel file e riaprirlo, oppure importare solo i nuclei senza errori."),
            )
            self.show_bad_rows(preview.bad_rows)
        else:
            text += " " + self.tr("Nessun errore: si può importare.")
        self.summary.setText(text)
        self._update_import_button()

    def _update_import_button(self) -> None:
        preview = self._preview
        self.import_button.setEnabled(preview is not None and (not preview.bad_rows or self.skip_invalid.isChecked()))

    def _on_buttons_accepted(self) -> None:
        progress = QProgressDialog(self.tr("Importazione in corso…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        self.import_button.setEnabled(False)
        context, path, skip = self._context, self._path, self.skip_invalid.isChecked()

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def on_done(report: ImportReport) -> None:
            progress.close()
            self.report = report
            QMessageBox.information(self, self.tr("Importazione"), say(report.summary()))
            self.accept()

        def on_error(error: Exception) -> None:
            progress.close()
            self.show_failure(error)

        Task(self, lambda report_progress: import_households(context.uow(), path, skip_invalid=skip, progress=report_progress), on_done, on_error, on_progress).start()
