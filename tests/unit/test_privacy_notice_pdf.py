"""The privacy notice as printed: what a person reads and signs, read back from the PDF with pypdf."""

from __future__ import annotations

import dataclasses
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, Paragraph

from app.printing.document import PrintedDocument
from app.printing.privacy_notice import PrivacyNoticeData, privacy_notice_pdf

NOTICE_TEXT = """\
Informativa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (GDPR)

Titolare del trattamento

Il titolare del trattamento è il Comune di Bergamo, piazza Matteotti 27, che tratta i dati raccolti allo \
sportello del Portierato di Comunità per l'esecuzione di un compito di interesse pubblico.

Finalità
I dati servono ad accogliere e orientare gli inquilini, a gestire i piani di rientro e a erogare il \
contributo per il riscaldamento (fino a 600,00 € per nucleo); la rendicontazione al finanziatore è anonima.

Diritti dell'interessato

L'interessato può chiedere l'accesso ai propri dati, la rettifica e la limitazione del trattamento, e può \
proporre reclamo al Garante per la protezione dei dati personali."""


def notice(**changes: object) -> PrivacyNoticeData:
    data = PrivacyNoticeData(
        title="Informativa sul trattamento dei dati personali",
        text=NOTICE_TEXT,
        version="2026.1",
        office_name="Celadina",
        office_address="via Pizzo Tre Signori 2, Bergamo",
        printed_on=date(2026, 11, 21),
        person_name="Giulia Mazzà",
    )
    return dataclasses.replace(data, **changes)


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text with runs of white space made single spaces (line breaks fall anywhere)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages]


def fonts_of(pdf: bytes, wanted: str) -> set[str]:
    """The fonts that print the text run containing ``wanted``."""
    found: set[str] = set()
    for page in PdfReader(BytesIO(pdf)).pages:

        def visit(text: str, _cm: object, _tm: object, font: dict | None, _size: float) -> None:
            if wanted in text and font is not None:
                found.add(str(font.get("/BaseFont", "")))

        page.extract_text(visitor_text=visit)
    return found


def test_the_notice_prints_its_title_text_version_and_the_person() -> None:
    pdf = privacy_notice_pdf(notice())

    assert pdf.startswith(b"%PDF")
    (text,) = pages_text(pdf)
    assert "Informativa sul trattamento dei dati personali" in text
    assert "Il titolare del trattamento è il Comune di Bergamo, piazza Matteotti 27" in text
    assert "Versione 2026.1" in text
    assert "Il/La sottoscritto/a Giulia Mazzà dichiara di aver ricevuto" in text
    assert "(versione 2026.1)" in text
    assert "Data" in text and "Firma per presa visione" in text
    assert "fino a 600,00 € per nucleo" in text
    assert "Finalità" in text and "può chiedere l'accesso" in text


def test_every_page_has_the_issuer_the_project_the_desk_and_the_print_date() -> None:
    (text,) = pages_text(privacy_notice_pdf(notice()))

    assert "Comune di Bergamo – Portierato di Comunità" in text
    assert "Vivere SAP Bergamo" in text
    assert "Sportello Celadina" in text and "via Pizzo Tre Signori 2, Bergamo" in text
    assert "Stampato il 21/11/2026 – Pagina 1 di 1" in text
    assert "Informativa sul trattamento dei dati personali – versione 2026.1" in text


def test_the_fonts_are_embedded_so_accents_and_the_euro_sign_print_anywhere() -> None:
    reader = PdfReader(BytesIO(privacy_notice_pdf(notice())))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = set()
    for reference in fonts.values():
        font = reference.get_object()
        names.add(str(font["/BaseFont"]).split("+")[-1])
        descriptor = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else None
        assert descriptor is not None and "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= names
    assert not any("Helvetica" in name or "Times" in name for name in names)


def test_a_short_line_without_punctuation_is_a_heading_in_bold() -> None:
    pdf = privacy_notice_pdf(notice())

    assert any(font.endswith("DejaVuSans-Bold") for font in fonts_of(pdf, "Titolare del trattamento"))
    assert any(font.endswith("DejaVuSans-Bold") for font in fonts_of(pdf, "Finalità"))
    assert all(font.endswith("DejaVuSans") for font in fonts_of(pdf, "Il titolare del trattamento è"))
    assert all(font.endswith("DejaVuSans") for font in fonts_of(pdf, "Informativa ai sensi degli articoli"))


def test_without_a_person_the_signature_block_asks_for_the_name() -> None:
    (text,) = pages_text(privacy_notice_pdf(notice(person_name=None)))

    assert "Cognome e nome" in text
    assert "Dichiaro di aver ricevuto l'informativa" in text
    assert "sottoscritto" not in text


def test_a_long_text_flows_onto_a_second_page_with_the_furniture_on_both() -> None:
    long_text = "\n\n".join([NOTICE_TEXT] * 4)

    pages = pages_text(privacy_notice_pdf(notice(text=long_text)))

    assert len(pages) == 2
    assert "Pagina 1 di 2" in pages[0] and "Pagina 2 di 2" in pages[1]
    assert all("Comune di Bergamo – Portierato di Comunità" in page for page in pages)
    assert all("Stampato il 21/11/2026" in page for page in pages)
    assert "Firma per presa visione" in pages[1] and "Firma per presa visione" not in pages[0]
    assert pages[1].count("Il titolare del trattamento è il Comune di Bergamo") >= 1


def test_the_text_is_printed_as_typed() -> None:
    """Markup characters are text, decomposed accents are composed, line breaks are kept."""
    text = "Art. 13 & 14 <GDPR>: dati > necessari.\n\nPerché e\u0300 cosi\u0300\nseconda riga della stessa parte."

    (printed,) = pages_text(privacy_notice_pdf(notice(text=text, person_name="Anna <Rossi> & figli")))

    assert "Art. 13 & 14 <GDPR>: dati > necessari." in printed
    assert "Perché è così seconda riga" in printed
    assert "Anna <Rossi> & figli" in printed


class MarkedSample(PrintedDocument):
    def __init__(self, mark: str | None, paragraphs: int) -> None:
        super().__init__("Ricevuta di prova", date(2026, 11, 21), mark=mark)
        self.paragraphs = paragraphs

    def _story(self) -> list[Flowable]:
        return [Paragraph(f"Riga {number} della ricevuta di prova.", self.styles["Body"]) for number in range(self.paragraphs)]


@pytest.mark.parametrize("mark", ["DUPLICATO", "ANNULLATA", "BOZZA"])
def test_a_mark_crosses_every_page(mark: str) -> None:
    pages = pages_text(MarkedSample(mark, paragraphs=50).render())

    assert len(pages) == 2
    assert all(mark in page for page in pages)


def test_documents_without_a_mark_have_none() -> None:
    (unmarked,) = pages_text(MarkedSample(None, paragraphs=3).render())
    (notice_text,) = pages_text(privacy_notice_pdf(notice()))

    assert "Riga 2 della ricevuta di prova." in unmarked
    for mark in ("DUPLICATO", "ANNULLATA", "BOZZA"):
        assert mark not in unmarked and mark not in notice_text


def test_the_same_snapshot_prints_the_same_text() -> None:
    assert pages_text(privacy_notice_pdf(notice())) == pages_text(privacy_notice_pdf(notice()))
