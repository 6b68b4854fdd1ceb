"""The document viewer every printed document goes through: preview, save, print at 100%."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from app.printing.privacy_notice import PrivacyNoticeData, privacy_notice_pdf
from app.ui.document_viewer import DocumentViewer, print_pdf, show_document
from tests.ui.conftest import MessageBoxes, ModalDialogs
from tests.unit.test_privacy_notice_pdf import NOTICE_TEXT

TEST_DPI = 100
"""The printers of these tests write PDF files at a low resolution, to stay fast."""
A4_POINTS = (595, 842)


@pytest.fixture(scope="module")
def two_pages() -> bytes:
    data = PrivacyNoticeData(
        title="Informativa sul trattamento dei dati personali",
        text="\n\n".join([NOTICE_TEXT] * 4),
        version="2026.1",
        office_name="Celadina",
        office_address="via Pizzo Tre Signori 2, Bergamo",
        printed_on=date(2026, 11, 21),
        person_name="Giulia Mazzà",
    )
    pdf = privacy_notice_pdf(data)
    assert len(PdfReader(BytesIO(pdf)).pages) == 2
    return pdf


@pytest.fixture
def viewer(qtbot: QtBot, two_pages: bytes) -> DocumentViewer:
    dialog = DocumentViewer("Informativa privacy", two_pages, "informativa Mazzà Giulia")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(TEST_DPI)
    return printer


def load(source: Path | bytes) -> QPdfDocument:
    document = QPdfDocument()
    if isinstance(source, Path):
        document.load(str(source))
    else:
        buffer = QBuffer(document)
        buffer.setData(QByteArray(source))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    return document


def ink_box(document: QPdfDocument, page: int, dpi: int = 50) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of what is printed on the page (non-white pixels), at ``dpi``."""
    size = document.pagePointSize(page)
    image = document.render(page, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi)))
    sheet = QImage(image.size(), QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(0, 0, image)
    painter.end()
    grey = sheet.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = [bytes(grey.constScanLine(y))[: grey.width()] for y in range(grey.height())]
    inked = [y for y, row in enumerate(rows) if min(row) < 160]
    columns = [x for x in range(grey.width()) if any(row[x] < 160 for row in rows[inked[0] : inked[-1] + 1])]
    return columns[0], inked[0], columns[-1], inked[-1]


def same_place(printed: tuple[int, ...], document: tuple[int, ...]) -> bool:
    """Within a pixel at 50 dpi (half a millimetre): rendering rounds, scaling to fit would move it by centimetres."""
    return all(abs(a - b) <= 1 for a, b in zip(printed, document))


def test_the_viewer_shows_every_page_of_the_document(viewer: DocumentViewer) -> None:
    assert viewer.windowTitle() == "Informativa privacy"
    assert viewer.document.status() == QPdfDocument.Status.Ready
    assert viewer.document.pageCount() == 2
    assert viewer.view.document() is viewer.document
    assert viewer.view.pageMode() == QPdfView.PageMode.MultiPage
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert viewer.page_label.text() == "Pagina 1 di 2"
    assert viewer.view.hasFocus()


def test_zoom_with_the_keyboard_from_the_page_width(qtbot: QtBot, viewer: DocumentViewer) -> None:
    fit = viewer.zoom()
    assert viewer.view.horizontalScrollBar().maximum() == 0

    qtbot.keyClick(viewer.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert viewer.view.zoomFactor() == pytest.approx(fit * 1.25)
    qtbot.waitUntil(lambda: viewer.view.horizontalScrollBar().maximum() > 0)

    qtbot.keyClick(viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.zoomFactor() == pytest.approx(fit / 1.25)

    qtbot.keyClick(viewer.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_ctrl_s_saves_the_bytes_where_the_operator_chooses(
    qtbot: QtBot, viewer: DocumentViewer, two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(_parent: object, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "consegnata a Giulia"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)

    qtbot.keyClick(viewer.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert Path(asked[0]).name == "informativa Mazzà Giulia.pdf"
    assert (tmp_path / "consegnata a Giulia.pdf").read_bytes() == two_pages
    assert viewer.isVisible()


def test_the_next_save_starts_in_the_folder_of_the_last_one(
    qtbot: QtBot, viewer: DocumentViewer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _c, suggested, _f: (asked.append(suggested), (str(tmp_path / "a.pdf"), ""))[1])

    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)

    assert Path(asked[1]).parent == tmp_path


def test_a_cancelled_or_failed_save_writes_nothing_and_says_why(
    qtbot: QtBot, viewer: DocumentViewer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: MessageBoxes
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    assert message_boxes.shown == []

    missing = tmp_path / "non esiste" / "informativa.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(missing), ""))
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)

    assert not missing.exists()
    (text,) = message_boxes.texts("warning")
    assert str(missing) in text


def test_print_pdf_puts_each_page_on_an_a4_sheet_at_full_size(two_pages: bytes, tmp_path: Path) -> None:
    source = load(two_pages)
    target = tmp_path / "stampa.pdf"

    assert print_pdf(source, pdf_printer(target)) == 2

    pages = PdfReader(target).pages
    assert len(pages) == 2
    assert all((round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4_POINTS for page in pages)
    printed = load(target)
    for page in range(2):
        # 100%: the text sits where the document puts it (within a pixel at 50 dpi), not shrunk into the margins
        assert same_place(ink_box(printed, page), ink_box(source, page))


def test_print_pdf_prints_only_the_chosen_pages(two_pages: bytes, tmp_path: Path) -> None:
    source = load(two_pages)
    target = tmp_path / "seconda.pdf"
    printer = pdf_printer(target)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)

    assert print_pdf(source, printer) == 1

    assert len(PdfReader(target).pages) == 1
    assert same_place(ink_box(load(target), 0), ink_box(source, 1))


def accept_printing_to(target: Path) -> Callable[[QPrintDialog], int]:
    """Stands in for the system print dialog: the operator picks a printer (here a PDF file) and confirms."""

    def exec_(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
        assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(TEST_DPI)
        return QDialog.DialogCode.Accepted.value

    return exec_


def test_ctrl_p_prints_the_whole_document_through_the_print_dialog(
    qtbot: QtBot, viewer: DocumentViewer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: MessageBoxes
) -> None:
    target = tmp_path / "stampante.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", accept_printing_to(target))

    qtbot.keyClick(viewer.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert len(PdfReader(target).pages) == 2
    assert viewer.printed
    assert message_boxes.shown == []


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot: QtBot, viewer: DocumentViewer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected.value)

    qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)

    assert not viewer.printed
    assert list(tmp_path.iterdir()) == []


def test_a_printer_that_cannot_be_opened_is_reported(
    qtbot: QtBot, viewer: DocumentViewer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: MessageBoxes
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", accept_printing_to(tmp_path / "cartella che non c'è" / "stampa.pdf"))

    qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)

    assert not viewer.printed
    (text,) = message_boxes.texts("warning")
    assert "stampante" in text


def test_escape_closes_the_viewer(qtbot: QtBot, viewer: DocumentViewer) -> None:
    qtbot.keyClick(viewer.view, Qt.Key.Key_Escape)

    assert not viewer.isVisible()
    assert viewer.result() == QDialog.DialogCode.Rejected


def test_show_document_tells_whether_the_document_was_printed(
    qtbot: QtBot, two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: ModalDialogs
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", accept_printing_to(tmp_path / "stampa.pdf"))

    def print_and_close(viewer: DocumentViewer) -> None:
        assert viewer.document.pageCount() == 2
        qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(viewer.close_button, Qt.MouseButton.LeftButton)

    dialogs.drive(DocumentViewer, print_and_close)
    assert show_document(None, "Informativa privacy", two_pages, "informativa.pdf") is True

    dialogs.drive(DocumentViewer, lambda viewer: qtbot.mouseClick(viewer.close_button, Qt.MouseButton.LeftButton))
    assert show_document(None, "Informativa privacy", two_pages, "informativa.pdf") is False


def test_bytes_that_are_not_a_pdf_can_still_be_saved_but_not_printed(qtbot: QtBot) -> None:
    viewer = DocumentViewer("Rotto", b"not a pdf", "rotto.pdf")
    qtbot.addWidget(viewer)

    assert not viewer.print_button.isEnabled()
    assert viewer.save_button.isEnabled()
    assert viewer.problem.text()


def test_suggested_names_are_valid_file_names(qtbot: QtBot, two_pages: bytes) -> None:
    viewer = DocumentViewer("x", two_pages, 'ricevuta CEL/2026/0007: "Rossi"')
    qtbot.addWidget(viewer)

    assert viewer.suggested_name == "ricevuta CEL-2026-0007-Rossi.pdf"
