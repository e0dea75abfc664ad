"""Invoices made on the fly with reportlab: the engine's tests never read outside files."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, NamedTuple

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from facturist.engine.extraction import CanonicalInvoice, analyse, read_for_canonical
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


Align = Literal["left", "right", "centre"]


class Drawn(NamedTuple):
    """One string at (x, y from the top) in `font` (its "-Bold" face if `bold`) at `size`:
    aligned "right" it ends at x, "centre" it is centred on x; a `colour` (RGB from 0 to 1)
    is set as the fill first."""

    x: float
    y: float
    text: str
    font: str = "Helvetica"
    size: float = 10
    align: Align = "left"
    colour: tuple[float, float, float] | None = None
    bold: bool = False


def make_pdf(
    *pages: Iterable[Drawn], pagesize: tuple[float, float] = A4, encrypt: str | None = None
) -> bytes:
    """A PDF with one page per list of strings, each drawn as Drawn says."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=pagesize, encrypt=encrypt)
    height = pagesize[1]
    draw = {"left": pdf.drawString, "right": pdf.drawRightString, "centre": pdf.drawCentredString}
    for page in pages:
        for x, y, text, font, size, align, colour, bold in page:
            pdf.setFont(f"{font}-Bold" if bold else font, size)
            if colour is not None:
                pdf.setFillColorRGB(*colour)
            draw[align](x, height - y, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def marked(x: float, y: float, text: str, font: str = "Helvetica", size: float = 10) -> Drawn:
    """A string that ends at x if it starts with ">" (the mark itself is not drawn)."""
    if text.startswith(">"):
        return Drawn(x, y, text[1:], font, size, "right")
    return Drawn(x, y, text, font, size)


def analysed(pdf: bytes) -> CanonicalInvoice:
    """The first invoice the engine reads from the PDF."""
    return analyse(read_for_canonical(pdf).texts)[0]


def make_invoice_pdf(
    pages: list[list[tuple[float, float, str]]] | None = None,
    *,
    encrypt: str | None = None,
    font: str = "Helvetica",
    size: float = 10,
    pagesize: tuple[float, float] = A4,
    marks: bool = False,
) -> bytes:
    """A PDF whose pages hold the given (x, y-from-top, text) strings in `font` at `size`;
    with `marks`, a text starting with ">" ends at x."""
    place = marked if marks else Drawn
    drawn = [
        [place(x, y, text, font, size) for x, y, text in page]
        for page in pages or [standard_invoice_page()]
    ]
    return make_pdf(*drawn, pagesize=pagesize, encrypt=encrypt)


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


def make_sized_pdf(
    texts: list[SizedText], bold: frozenset[str] = frozenset(), *, font: str = "Helvetica"
) -> bytes:
    """A one-page PDF of (x, y-from-top, text, font size) strings; texts in `bold` in bold."""
    return make_sized_pages(texts, bold=bold, font=font)


def make_sized_pages(
    *pages: Sequence[SizedText | tuple[float, float, str]],
    size: float = 10,
    font: str = "Helvetica",
    bold: frozenset[str] = frozenset(),
) -> bytes:
    """A PDF with one page per list of (x, y-from-top, text[, font size]) strings in `font`
    (its bold face for texts in `bold`); a string without a size of its own takes `size`."""
    return make_pdf(
        *(
            [
                Drawn(x, y, text, font, own[0] if own else size, bold=text in bold)
                for x, y, text, *own in page
            ]
            for page in pages
        )
    )


# (x, y from the top, text, right-aligned: the text ends at x)
PlacedText = tuple[float, float, str, bool]


def make_placed_pdf(
    texts: list[PlacedText],
    size: float = 8,
    *,
    font: str = "Helvetica",
    sizes: Mapping[int, float] | None = None,
) -> bytes:
    """A one-page PDF of (x, y-from-top, text, right-aligned) strings in `font` at `size`, or
    at sizes[i] for the i-th string where `sizes` has one."""
    return make_placed_pages(texts, size=size, font=font, sizes=sizes)


def make_placed_pages(
    *pages: list[PlacedText],
    size: float = 8,
    font: str = "Helvetica",
    sizes: Mapping[int, float] | None = None,
) -> bytes:
    """A PDF with one page per list of strings, each placed as make_placed_pdf places them."""
    return make_pdf(
        *(
            [
                Drawn(x, y, text, font, (sizes or {}).get(i, size), "right" if right else "left")
                for i, (x, y, text, right) in enumerate(page)
            ]
            for page in pages
        )
    )


def make_aligned_pdf(texts: list[SizedText], font: str = "Helvetica") -> bytes:
    """A one-page PDF of (x, y-from-top, text, font size) strings in `font`; a text starting
    with "=" is centred on x, one starting with ">" ends at x."""
    return make_aligned_pages(texts, font=font)


def make_aligned_pages(*pages: list[SizedText], font: str = "Helvetica") -> bytes:
    """A PDF with one page per list of texts, each placed as make_aligned_pdf places them."""
    aligns: dict[str, Align] = {"=": "centre", ">": "right"}
    return make_pdf(
        *(
            [
                Drawn(x, y, text[1:], font, size, aligns[text[0]])
                if text[:1] in aligns
                else Drawn(x, y, text, font, size)
                for x, y, text, size in texts
            ]
            for texts in pages
        )
    )


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


_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def dejavu_fonts(*names: str) -> pytest.MarkDecorator:
    """Register DejaVu fonts with reportlab under their file names ("DejaVuSans",
    "DejaVuSansMono": Debian's fonts-dejavu), and a mark skipping a test where one is not
    installed. Tests print in them what Helvetica cannot (monospaced rows, thin spaces)."""
    files = [_DEJAVU / f"{name}.ttf" for name in names]
    present = all(file.exists() for file in files)
    if present:
        for name, file in zip(names, files, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(file)))
    return pytest.mark.skipif(not present, reason=f"DejaVu fonts not installed: {names}")
