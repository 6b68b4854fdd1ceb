"""The privacy notice (informativa sul trattamento dei dati personali, DESIGN 2.7) handed at the desk.

Its text and version are settings (``privacy_notice_text``, ``privacy_notice_version``); the caller reads
them and passes them here as plain values, so the printout shows the version that was given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.printing.document import PrintedDocument, italian_date, markup, text_paragraphs


@dataclass(frozen=True)
class PrivacyNoticeData:
    title: str
    text: str
    """Plain text: paragraphs separated by a blank line. A short line that does not end with punctuation
    (``"Titolare del trattamento"``), alone or as the first line of a paragraph, is printed as a heading."""
    version: str
    office_name: str
    """The desk's name as the registry has it (``"Celadina"``); printed as "Sportello Celadina"."""
    office_address: str
    printed_on: date
    person_name: str | None = None
    """Whom the notice is handed to; without it the signature block has a blank line for the name."""


def privacy_notice_pdf(data: PrivacyNoticeData) -> bytes:
    return PrivacyNotice(data).render()


HEADING_MAX_LENGTH = 90


def is_heading(line: str) -> bool:
    return len(line) <= HEADING_MAX_LENGTH and line[-1] not in ".,;:!?…)»”\"'"


class PrivacyNotice(PrintedDocument):
    signature_date_width = 40 * mm

    def __init__(self, data: PrivacyNoticeData) -> None:
        super().__init__(data.title, data.printed_on)
        self.data = data

    def _header_note(self) -> tuple[str, ...]:
        return (f"Sportello {self.data.office_name}", self.data.office_address)

    def _footer_note(self) -> str:
        return f"{self.data.title} – versione {self.data.version}"

    def _story(self) -> list[Flowable]:
        styles = self.styles
        story: list[Flowable] = [
            Paragraph(markup(self.data.title), styles["Title"]),
            Paragraph(
                markup(f"Versione {self.data.version} – stampata il {italian_date(self.data.printed_on)}"),
                styles["Subtitle"],
            ),
        ]
        for paragraph in text_paragraphs(self.data.text):
            first, _, rest = paragraph.partition("\n")
            if is_heading(first.strip()):
                story.append(Paragraph(markup(first), styles["Heading"]))
                paragraph = rest
            if paragraph.strip():
                story.append(Paragraph(markup(paragraph), styles["Body"]))
        story.append(self._signature_block())
        return story

    def _signature_block(self) -> Flowable:
        """Kept on one page: a person signs under the declaration they read."""
        styles = self.styles
        version = markup(self.data.version)
        if self.data.person_name:
            declaration = (
                f"Il/La sottoscritto/a <b>{markup(self.data.person_name)}</b> dichiara di aver ricevuto "
                f"l'informativa sul trattamento dei dati personali (versione {version})."
            )
            name_rows: list[Flowable] = []
        else:
            declaration = f"Dichiaro di aver ricevuto l'informativa sul trattamento dei dati personali (versione {version})."
            name_rows = [self._blanks_to_fill([("Cognome e nome", 0)]), Spacer(1, 6 * mm)]
        signature = self._blanks_to_fill([("Data", self.signature_date_width), ("Firma per presa visione", 0)])
        return KeepTogether([Spacer(1, 8 * mm), Paragraph(declaration, styles["Body"]), Spacer(1, 8 * mm), *name_rows, signature])
