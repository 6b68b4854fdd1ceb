"""The one viewer of every printed document: preview, save, print (DESIGN 3 "Printing"; CONVENTIONS 18).

Documents are PDF bytes made by ``app/printing``. Printing renders each page with ``QPdfDocument.render``
and paints it on the ``QPrinter`` at the size the PDF gives it: an A4 page comes out at 100%, never shrunk
to fit the printer's margins, so forms keep their measures and their signature boxes.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSettings, QSize, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

SAVE_FOLDER_KEY = "documents/save_folder"
POINTS_PER_INCH = 72.0
MAX_RENDER_DPI = 600
"""Pages are rendered at the printer's resolution up to this: a 1200 dpi A4 page would take 560 MB of
memory for no visible gain on text; the page still lands on the paper at its exact size."""
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 5.0)


class PrintFailed(Exception):
    """The printer could not be opened, or a page could not be rendered; nothing useful was printed."""


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paints the pages the printer was asked for (all, or its page range) at 100% scale; returns how many.

    The printer is used full page (its origin is the corner of the sheet, not of its printable area), so
    the PDF's own margins are the margins on paper.
    """
    first, last = 0, document.pageCount() - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(first, printer.fromPage() - 1), min(last, printer.toPage() - 1)
    if last < first:
        return 0
    printer.setFullPage(True)
    device_dpi = printer.resolution()
    render_dpi = min(device_dpi, MAX_RENDER_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(f"the printer {printer.printerName()!r} could not be opened")
    try:
        for page in range(first, last + 1):
            if page > first and not printer.newPage():
                raise PrintFailed(f"the printer refused page {page + 1}")
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() / POINTS_PER_INCH * render_dpi), round(points.height() / POINTS_PER_INCH * render_dpi)))
            if image.isNull():
                raise PrintFailed(f"page {page + 1} could not be rendered at {render_dpi} dpi")
            on_white_paper(image)
            target = QRectF(0, 0, points.width() / POINTS_PER_INCH * device_dpi, points.height() / POINTS_PER_INCH * device_dpi)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return last - first + 1


def on_white_paper(image: QImage) -> None:
    """The rendered page is transparent where the PDF draws nothing; some printer drivers print that black.
    Composed over white in place (no second page-sized image) and marked opaque."""
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), Qt.GlobalColor.white)
    painter.end()
    image.reinterpretAsFormat(QImage.Format.Format_RGB32)


def safe_file_name(name: str) -> str:
    """A suggested name valid on Windows too, ending in .pdf."""
    cleaned = re.sub(r'(?:\s*[<>:"/\\|?*\x00-\x1f])+\s*', "-", name).strip(" .-") or "documento"
    return cleaned if cleaned.lower().endswith(".pdf") else f"{cleaned}.pdf"


class DocumentViewer(QDialog):
    """Shows ``pdf_bytes``; Ctrl+P prints, Ctrl+S saves, Esc closes, Ctrl+= / Ctrl+- zoom, Ctrl+0 fits the width."""

    def __init__(self, title: str, pdf_bytes: bytes, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.pdf_bytes = pdf_bytes
        self.suggested_name = safe_file_name(suggested_name)
        self.printed = False
        self.saved = False
        self.one_copy = False
        """Close once a copy is printed or saved (a receipt: the next copy is rendered again as DUPLICATO)."""
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf_bytes))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.zoom_in_action = self._action(self.tr("&Ingrandisci"), "Ctrl+=", QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(self.tr("&Riduci"), "Ctrl+-", QKeySequence.StandardKey.ZoomOut)
        self.fit_width_action = self._action(self.tr("&Adatta alla larghezza"), "Ctrl+0")
        self.print_action = self._action(self.tr("Stampa…"), QKeySequence.StandardKey.Print)
        self.save_action = self._action(self.tr("Salva…"), QKeySequence.StandardKey.Save)

        tools = QHBoxLayout()
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_width_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            tools.addWidget(button)
        tools.addStretch(1)
        self.page_label = QLabel(self)
        tools.addWidget(self.page_label)

        self.buttons = QDialogButtonBox(self)
        self.print_button = self._button(self.tr("&Stampa… (Ctrl+P)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self._button(self.tr("Sa&lva… (Ctrl+S)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self._button(self.tr("&Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.setDefault(True)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

        self._connect_signals()
        self._show_load_state()
        self._fit_screen()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _action(self, text: str, *keys: str | QKeySequence.StandardKey) -> QAction:
        """``keys``: ours first, then the platform's standard ones (Ctrl++ besides Ctrl+=), without repeats
        (a key given twice to one action makes it ambiguous and it never fires)."""
        shortcuts: list[QKeySequence] = []
        for key in keys:
            sequences = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
            shortcuts += [sequence for sequence in sequences if sequence not in shortcuts]
        action = QAction(text, self)
        action.setIconText(text)  # kept as given, so a tool button shows its Alt letter (Qt strips it otherwise)
        action.setShortcuts(shortcuts)
        action.setToolTip(f"{text.replace('&', '')} ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})")
        self.addAction(action)
        return action

    def _button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAutoDefault(False)
        return button

    def _connect_signals(self) -> None:
        self.zoom_in_action.triggered.connect(self._on_zoom_in_action_triggered)
        self.zoom_out_action.triggered.connect(self._on_zoom_out_action_triggered)
        self.fit_width_action.triggered.connect(self._on_fit_width_action_triggered)
        self.print_action.triggered.connect(self._on_print_action_triggered)
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.print_button.clicked.connect(self._on_print_action_triggered)
        self.save_button.clicked.connect(self._on_save_action_triggered)
        self.buttons.rejected.connect(self.reject)
        self.view.pageNavigator().currentPageChanged.connect(self._on_navigator_current_page_changed)

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(900, available.width() - 40), min(1000, available.height() - 60))

    def _show_load_state(self) -> None:
        loaded = self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0
        if not loaded:
            log.error("document %r not shown: status %s, error %s", self.windowTitle(), self.document.status(), self.document.error())
            self.problem.setText(self.tr("Il documento non si può mostrare né stampare; si può comunque salvare."))
            self.problem.show()
        self.print_action.setEnabled(loaded)
        self.print_button.setEnabled(loaded)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_width_action):
            action.setEnabled(loaded)
        self._on_navigator_current_page_changed(self.view.pageNavigator().currentPage())

    def _on_navigator_current_page_changed(self, page: int) -> None:
        pages = self.document.pageCount()
        self.page_label.setText(self.tr("Pagina %1 di %2").replace("%1", str(page + 1)).replace("%2", str(pages)) if pages else "")

    # zoom

    def zoom(self) -> float:
        """The scale the pages are shown at; in fit-width mode QPdfView computes it without exposing it."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        screen = self.view.screen() or QGuiApplication.primaryScreen()
        page_width = self.document.pagePointSize(0).width() * screen.logicalDotsPerInch() / POINTS_PER_INCH
        return room / page_width if page_width > 0 else 1.0

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_RANGE[0]), ZOOM_RANGE[1]))

    def _on_zoom_in_action_triggered(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def _on_zoom_out_action_triggered(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def _on_fit_width_action_triggered(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # print and save

    def _on_print_action_triggered(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Stampa: %1").replace("%1", self.windowTitle()))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        failed = False
        try:
            print_pdf(self.document, printer)
        except PrintFailed:
            log.exception("printing %r failed", self.windowTitle())
            failed = True
        finally:
            QApplication.restoreOverrideCursor()
        self.printed = self.printed or not failed
        if failed:
            QMessageBox.warning(
                self,
                self.tr("Stampa non riuscita"),
                self.tr("La stampante non ha accettato il documento. Controllare che sia accesa e collegata, "
                        "oppure salvare il documento e stamparlo più tardi."),
            )
        elif self.one_copy:
            self.accept()

    def _on_save_action_triggered(self) -> None:
        settings = QSettings()
        folder = str(settings.value(SAVE_FOLDER_KEY, "") or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Salva il documento"), str(Path(folder) / self.suggested_name), self.tr("Documenti PDF (*.pdf)")
        )
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.pdf_bytes)
        except OSError as error:
            log.exception("saving %r to %s failed", self.windowTitle(), path)
            QMessageBox.warning(
                self,
                self.tr("Salvataggio non riuscito"),
                self.tr("Il documento non è stato salvato in %1: %2").replace("%1", str(path)).replace("%2", error.strerror or str(error)),
            )
            return
        self.saved = True
        settings.setValue(SAVE_FOLDER_KEY, str(path.parent))
        if self.one_copy:
            self.accept()


def show_document(
    parent: QWidget | None, title: str, pdf_bytes: bytes, suggested_name: str, *, one_copy: bool = False
) -> bool:
    """Opens the viewer until the operator closes it; True if the document was printed.

    ``one_copy`` (receipts): the viewer closes as soon as one copy is printed or saved, and True means
    that copy (a saved receipt can be printed elsewhere, so it counts as one): the caller counts it, and
    the next copy is rendered again, as a DUPLICATO."""
    viewer = DocumentViewer(title, pdf_bytes, suggested_name, parent)
    viewer.one_copy = one_copy
    viewer.exec()
    viewer.deleteLater()
    return viewer.printed or (one_copy and viewer.saved)
