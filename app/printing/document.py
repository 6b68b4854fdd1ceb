"""The furniture every printed document shares, after pretix's ReportLab invoice renderer.

A document subclasses :class:`PrintedDocument`, keeps its frozen data snapshot and returns its flowing
content from :meth:`PrintedDocument._story`; the base gives it the A4 page, the margins, the embedded
DejaVu fonts (accents and the euro sign print on every machine, whatever fonts it has), one stylesheet,
the header with the issuer and the project, the footer with the print date and "Pagina x di y", and an
optional diagonal mark ("DUPLICATO", "ANNULLATA", "BOZZA") over every page.
"""

from __future__ import annotations

import functools
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from app.resources import resource_path

FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
ISSUER = "Comune di Bergamo – Portierato di Comunità"
PROJECT = "Progetto “Vivere SAP Bergamo”"

_fonts_registered = False
_fonts_lock = threading.Lock()


def register_fonts() -> None:
    """Once per process (documents may be built on worker threads, hence the lock)."""
    global _fonts_registered
    with _fonts_lock:
        if _fonts_registered:
            return
        for name, file in ((FONT_REGULAR, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"), (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
        # no bold oblique is shipped: <b><i> prints bold
        pdfmetrics.registerFontFamily(FONT_REGULAR, normal=FONT_REGULAR, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
        _fonts_registered = True


@functools.cache
def stylesheet() -> StyleSheet1:
    """The one stylesheet of every document (its font names are registered by :func:`register_fonts`)."""
    styles = StyleSheet1()
    styles.add(ParagraphStyle("Body", fontName=FONT_REGULAR, fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=6))
    styles.add(ParagraphStyle("Title", fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=2 * mm))
    styles.add(ParagraphStyle("Subtitle", fontName=FONT_REGULAR, fontSize=9, leading=12, textColor=colors.HexColor("#444444"), spaceAfter=6 * mm))
    styles.add(ParagraphStyle("Heading", fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=3 * mm, spaceAfter=1.5 * mm, keepWithNext=True))
    styles.add(ParagraphStyle("Label", fontName=FONT_REGULAR, fontSize=10, leading=14))
    styles.add(ParagraphStyle("Small", fontName=FONT_REGULAR, fontSize=8, leading=10))
    styles.add(ParagraphStyle("Cell", fontName=FONT_REGULAR, fontSize=9, leading=11.5))
    styles.add(ParagraphStyle("CellRight", parent=styles["Cell"], alignment=TA_RIGHT))
    return styles


def italian_date(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def markup(text: str) -> str:
    """Plain text as Paragraph markup: <, > and & kept literally, line breaks kept.

    Composed to NFC first: ReportLab cannot place combining accents (an "e" followed by U+0300, as some
    editors type "è"), while every precomposed letter is in the embedded font.
    """
    return escape(unicodedata.normalize("NFC", text).strip()).replace("\n", "<br/>")


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text: separated by a blank line; a single line break stays within its paragraph."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return [part.strip() for part in re.split(r"\n[ \t]*\n", normalised) if part.strip()]


def fitted(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` (page furniture never overflows)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _PageCountingCanvas(Canvas):
    """Holds every page back until the end so that the footer can say "Pagina x di y" (the ReportLab
    recipe pretix uses): ``draw_footer(canvas, page, pages)`` runs on each page once the count is known."""

    def __init__(self, *args: Any, draw_footer: Callable[[Canvas, int, int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._draw_footer = draw_footer
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab naming)
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._draw_footer(self, self.getPageNumber(), pages)
            super().showPage()
        super().save()


class PrintedDocument:
    """Base of every document: geometry as class attributes, furniture in small ``_draw_*`` methods."""

    pagesize = A4
    left_margin = 25 * mm
    right_margin = 20 * mm
    top_margin = 32 * mm
    """From the top of the paper to the text; the header sits above it."""
    bottom_margin = 25 * mm
    """From the bottom of the paper to the text; the footer sits below it."""
    header_baseline = 14 * mm
    """From the top of the paper to the baseline of the header's first line."""
    footer_baseline = 13 * mm
    """From the bottom of the paper to the baseline of the footer."""
    rule_color = colors.HexColor("#888888")
    mark_color = colors.HexColor("#808080")
    mark_opacity = 0.3
    blank_gap = 10 * mm
    """Between one labelled blank and the next on the same line."""
    table_header_color = colors.HexColor("#e8e8e8")
    signature_height = 16 * mm
    """The space above a signature's rule, for the hand."""
    signature_gap = 15 * mm
    """Between two signatures side by side."""

    def __init__(self, title: str, printed_on: date, *, mark: str | None = None) -> None:
        self.title = title
        self.printed_on = printed_on
        self.mark = mark
        self.styles = stylesheet()

    # what a document defines

    def _story(self) -> list[Flowable]:
        raise NotImplementedError

    def _header_note(self) -> tuple[str, ...]:
        """Up to two short lines printed at the right of the header (e.g. the desk and its address)."""
        return ()

    def _footer_note(self) -> str:
        """What identifies the document on every page, printed at the left of the footer."""
        return self.title

    # flowables every document may use

    def _blanks_to_fill(self, fields: list[tuple[str, float]]) -> Table:
        """One line of labels each followed by a ruled blank to write on by hand ("Data ____ Firma ____");
        a blank of width 0 takes the rest of the line."""
        style = self.styles["Label"]
        cells: list[object] = []
        widths: list[float] = []
        blanks: list[int] = []
        for index, (label, blank_width) in enumerate(fields):
            if index:
                cells.append("")
                widths.append(self.blank_gap)
            cells += [Paragraph(markup(label), style), ""]
            widths += [pdfmetrics.stringWidth(label, style.fontName, style.fontSize) + 4 * mm, blank_width]
            blanks.append(len(cells) - 1)
        rest = self.pagesize[0] - self.left_margin - self.right_margin - sum(widths)
        table = Table([cells], colWidths=[width or rest for width in widths], rowHeights=[10 * mm], hAlign="LEFT")
        commands: list[tuple[object, ...]] = [
            ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ]
        commands += [("LINEBELOW", (column, 0), (column, 0), 0.6, colors.black) for column in blanks]
        table.setStyle(TableStyle(commands))
        return table

    def _figures_table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        right: Sequence[int] = (),
        total: Sequence[str] | None = None,
    ) -> Table:
        """A table of figures (debt items, installments): a shaded header repeated on every page the table
        runs onto, the ``right`` columns aligned right (amounts, numbers), an optional bold ``total`` row
        under a rule, its label on the left across the empty cells after it. Cells are plain text and wrap;
        a width of 0 takes the rest of the line."""
        plain, aligned = self.styles["Cell"], self.styles["CellRight"]

        def line(cells: Sequence[str], bold: bool = False, label: bool = False) -> list[Paragraph]:
            return [
                Paragraph(
                    f"<b>{markup(cell)}</b>" if bold else markup(cell),
                    aligned if column in right and not (label and column == 0) else plain,
                )
                for column, cell in enumerate(cells)
            ]

        data = [line(header, bold=True), *(line(row) for row in rows)]
        if total is not None:
            data.append(line(total, bold=True, label=True))
        rest = self.pagesize[0] - self.left_margin - self.right_margin - sum(widths)
        table = Table(data, colWidths=[width or rest for width in widths], repeatRows=1, hAlign="LEFT")
        commands: list[tuple[object, ...]] = [
            ("FONT", (0, 0), (-1, -1), plain.fontName, plain.fontSize),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("BACKGROUND", (0, 0), (-1, 0), self.table_header_color),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, self.rule_color),
        ]
        if total is not None:
            commands += [("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black)]
            label_end = 0
            while label_end + 1 < len(total) and not total[label_end + 1]:
                label_end += 1
            commands.append(("SPAN", (0, -1), (label_end, -1)))  # the label takes the empty cells after it
        table.setStyle(TableStyle(commands))
        return table

    def _signature_lines(self, captions: Sequence[str], *, width: float | None = None) -> Table:
        """Side by side, a space to sign on a rule with its caption under it (who signs; line breaks kept),
        for as many signatories as captions. ``width`` of each; by default they share the line."""
        style = self.styles["Label"]
        line_width = self.pagesize[0] - self.left_margin - self.right_margin
        gap = self.signature_gap if len(captions) > 1 else 0
        each = width or (line_width - gap * (len(captions) - 1)) / len(captions)
        cells: list[object] = []
        widths: list[float] = []
        for index, caption in enumerate(captions):
            if index:
                cells.append("")
                widths.append(gap)
            cells.append(Paragraph(markup(caption), style))
            widths.append(each)
        table = Table([[""] * len(cells), cells], colWidths=widths, rowHeights=[self.signature_height, None], hAlign="LEFT")
        commands: list[tuple[object, ...]] = [
            ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 1.5 * mm),
        ]
        commands += [("LINEBELOW", (column, 0), (column, 0), 0.6, colors.black) for column in range(0, len(cells), 2)]
        table.setStyle(TableStyle(commands))
        return table

    # building

    def render(self) -> bytes:
        register_fonts()
        buffer = BytesIO()
        width, height = self.pagesize
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=self.title,
            author=ISSUER,
            creator="Portierato",
            initialFontName=FONT_REGULAR,
        )
        body = Frame(
            self.left_margin,
            self.bottom_margin,
            width - self.left_margin - self.right_margin,
            height - self.top_margin - self.bottom_margin,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[body], onPage=self._draw_page, onPageEnd=self._draw_page_end)])
        doc.build(self._story(), canvasmaker=functools.partial(_PageCountingCanvas, draw_footer=self._draw_footer))
        return buffer.getvalue()

    def _draw_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self._draw_header(canvas)

    def _draw_page_end(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if self.mark:
            self._draw_mark(canvas, self.mark)

    def _draw_header(self, canvas: Canvas) -> None:
        width, height = self.pagesize
        right = width - self.right_margin
        top = height - self.header_baseline
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(self.left_margin, top, ISSUER)
        canvas.setFont(FONT_REGULAR, 8)
        canvas.drawString(self.left_margin, top - 4 * mm, PROJECT)
        room = right - self.left_margin - pdfmetrics.stringWidth(ISSUER, FONT_BOLD, 9) - 8 * mm
        for line, note in enumerate(self._header_note()[:2]):
            canvas.drawRightString(right, top - 4 * mm * line, fitted(note, FONT_REGULAR, 8, room))
        canvas.setStrokeColor(self.rule_color)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, top - 7 * mm, right, top - 7 * mm)
        canvas.restoreState()

    def _draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        width, _ = self.pagesize
        right = width - self.right_margin
        canvas.saveState()
        canvas.setStrokeColor(self.rule_color)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, self.footer_baseline + 4 * mm, right, self.footer_baseline + 4 * mm)
        canvas.setFont(FONT_REGULAR, 8)
        where = f"Stampato il {italian_date(self.printed_on)} – Pagina {page} di {pages}"
        canvas.drawRightString(right, self.footer_baseline, where)
        room = right - self.left_margin - pdfmetrics.stringWidth(where, FONT_REGULAR, 8) - 8 * mm
        canvas.drawString(self.left_margin, self.footer_baseline, fitted(self._footer_note(), FONT_REGULAR, 8, room))
        canvas.restoreState()

    def _draw_mark(self, canvas: Canvas, mark: str) -> None:
        """Across the page's diagonal, translucent over the content so that nothing hides it."""
        width, height = self.pagesize
        diagonal = math.hypot(width, height)
        size = min(110.0, 0.7 * diagonal / pdfmetrics.stringWidth(mark, FONT_BOLD, 1))
        canvas.saveState()
        canvas.setFillColor(self.mark_color)
        canvas.setFillAlpha(self.mark_opacity)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(math.degrees(math.atan2(height, width)))
        canvas.setFont(FONT_BOLD, size)
        canvas.drawCentredString(0, -0.35 * size, mark)
        canvas.restoreState()
