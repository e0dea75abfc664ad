"""Invoices made on the fly with reportlab: the engine's tests never read outside files."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Word

InvoiceSpec = dict[str, object]


# One item row and a German totals block under it, for pages whose test is about the header.
ONE_ITEM_AND_TOTALS: list[tuple[float, float, str]] = [
    (50, 300, "Pos."),
    (100, 300, "Bezeichnung"),
    (330, 300, "Menge"),
    (400, 300, "Preis"),
    (480, 300, "Betrag"),
    (50, 320, "1"),
    (100, 320, "Beratungsleistung"),
    (330, 320, "2"),
    (400, 320, "500,00"),
    (480, 320, "1.000,00"),
    (380, 360, "Nettobetrag: 1.000,00"),
    (380, 375, "USt 19%: 190,00"),
    (380, 390, "Gesamtbetrag: 1.190,00"),
]


def make_invoice_pdf(
    pages: list[list[tuple[float, float, str]]] | None = None,
    *,
    encrypt: str | None = None,
) -> bytes:
    """A PDF whose pages hold the given (x, y-from-top, text) strings."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    _, height = A4
    for page in pages or [standard_invoice_page()]:
        pdf.setFont("Helvetica", 10)
        for x, y, text in page:
            pdf.drawString(x, height - y, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def standard_invoice_page(
    number: str = "INV-2024-0042",
    issued: str = "05.03.2024",
    seller: str = "Acme Widgets GmbH",
    total: str = "1.190,00",
    marker: str = "Page 1 of 1",
) -> list[tuple[float, float, str]]:
    """One German-style invoice page with header fields, a small table and totals."""
    return [
        (50, 60, seller),
        (50, 74, "Hauptstrasse 1, 10115 Berlin"),
        (50, 88, "USt-IdNr: DE123456789"),
        (50, 130, "Kunde:"),
        (50, 144, "Beta Kunden AG"),
        (350, 130, "Rechnungsnummer:"),
        (450, 130, number),
        (350, 144, "Rechnungsdatum:"),
        (450, 144, issued),
        (350, 158, "Faellig am:"),
        (450, 158, "04.04.2024"),
        (50, 220, "Pos"),
        (90, 220, "Beschreibung"),
        (300, 220, "Menge"),
        (370, 220, "Einzelpreis"),
        (470, 220, "Betrag"),
        (50, 240, "1"),
        (90, 240, "Widget large"),
        (300, 240, "10"),
        (370, 240, "50,00"),
        (470, 240, "500,00"),
        (50, 256, "2"),
        (90, 256, "Widget small"),
        (300, 256, "25"),
        (370, 256, "20,00"),
        (470, 256, "500,00"),
        (350, 300, "Nettobetrag:"),
        (470, 300, "1.000,00"),
        (350, 314, "MwSt 19%:"),
        (470, 314, "190,00"),
        (350, 328, "Gesamtbetrag:"),
        (470, 328, total),
        (50, 400, "IBAN: DE89 3704 0044 0532 0130 00"),
        (250, 800, marker),
    ]


@pytest.fixture
def invoice_pdf() -> Callable[..., bytes]:
    """Factory for generated invoice PDFs."""
    return make_invoice_pdf


# (x, y from the top, text, font size)
SizedText = tuple[float, float, str, float]


def make_sized_pdf(texts: list[SizedText], bold: frozenset[str] = frozenset()) -> bytes:
    """A one-page PDF of (x, y-from-top, text, font size) strings; texts in `bold` in bold."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    _, height = A4
    for x, y, text, size in texts:
        pdf.setFont("Helvetica-Bold" if text in bold else "Helvetica", size)
        pdf.drawString(x, height - y, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# (x, y from the top, text, right-aligned: the text ends at x)
PlacedText = tuple[float, float, str, bool]


def make_placed_pdf(texts: list[PlacedText], size: float = 8) -> bytes:
    """A one-page PDF of (x, y-from-top, text, right-aligned) strings in Helvetica `size`."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    _, height = A4
    pdf.setFont("Helvetica", size)
    for x, y, text, right in texts:
        if right:
            pdf.drawRightString(x, height - y, text)
        else:
            pdf.drawString(x, height - y, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_aligned_pdf(texts: list[SizedText], font: str = "Helvetica") -> bytes:
    """A one-page PDF of (x, y-from-top, text, font size) strings in `font`; a text starting
    with "=" is centred on x, one starting with ">" ends at x."""
    return make_aligned_pages(texts, font=font)


def make_aligned_pages(*pages: list[SizedText], font: str = "Helvetica") -> bytes:
    """A PDF with one page per list of texts, each placed as make_aligned_pdf places them."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    _, height = A4
    for texts in pages:
        for x, y, text, size in texts:
            pdf.setFont(font, size)
            if text.startswith("="):
                pdf.drawCentredString(x, height - y, text[1:])
            elif text.startswith(">"):
                pdf.drawRightString(x, height - y, text[1:])
            else:
                pdf.drawString(x, height - y, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


Page = list[tuple[float, float, str]]


def spaced_lines(items: Page) -> list[Line]:
    """Lines of a page whose strings are split into words about 5 points a letter wide."""
    words = []
    for x, y, text in items:
        for token in text.split(" "):
            width = 5.0 * len(token)
            words.append(Word(token, Box(1, x, y, x + width, y + 9)))
            x += width + 2.5
    return build_lines(PageText(1, 595, 842, words))


def header_values(items: Page) -> dict[str, Any]:
    """The header fields' values read from such a page, without a PDF in between."""
    lines = spaced_lines(items)
    return {key: value.value for key, value in header_fields(lines, find_candidates(lines)).items()}
