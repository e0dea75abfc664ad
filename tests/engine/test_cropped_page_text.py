"""A page whose crop box (or media box) does not start at (0, 0) is read as a viewer shows it:
word boxes are measured from the visible page's top-left corner, as on an uncropped page of
the same layout, and text the crop box leaves out of view is not read."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import RectangleObject
from reportlab.pdfgen import canvas

from facturist.engine.extraction import extract_canonical
from facturist.engine.model import PageText
from facturist.engine.pdftext import page_words

# The visible page: 500 x 700 points whose lower-left corner sits at (60, 40) of the media.
_LEFT, _BOTTOM, _WIDTH, _HEIGHT = 60.0, 40.0, 500.0, 700.0
# (x, top) on the visible page, from its top-left corner.
_TEXT = [
    (40, 40, "Brenner Messtechnik GmbH"),
    (40, 54, "Industriestraße 12, 70565 Stuttgart"),
    (40, 140, "Rechnung Nr. RE-88314"),
    (300, 140, "Datum: 11.02.2026"),
    (40, 240, "Summe netto"),
    (300, 240, "1.000,00 EUR"),
    (40, 256, "USt 19 %"),
    (300, 256, "190,00 EUR"),
    (40, 272, "Gesamtbetrag"),
    (300, 272, "1.190,00 EUR"),
]


def _pdf(*, cropped: bool, box: str = "cropbox") -> bytes:
    """The layout on a larger media page shown through a crop box at (_LEFT, _BOTTOM); or, as
    the reference, on a plain page of the visible size. Text drawn outside the visible part
    (a printer's slug line) must not be read."""
    buffer = io.BytesIO()
    size = (_WIDTH + 120, _HEIGHT + 100) if cropped else (_WIDTH, _HEIGHT)
    pdf = canvas.Canvas(buffer, pagesize=size)
    if cropped:
        pdf.setFont("Helvetica", 8)
        pdf.drawString(5, 10, "Druckbogen 7 Seite 3 Gesamtbetrag 9.999,00")
        pdf.translate(_LEFT, _BOTTOM)
    pdf.setFont("Helvetica", 10)
    for x, top, text in _TEXT:
        pdf.drawString(x, _HEIGHT - top, text)
    pdf.save()
    if not cropped:
        return buffer.getvalue()
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    writer = PdfWriter()
    page = writer.add_page(reader.pages[0])
    visible = RectangleObject([_LEFT, _BOTTOM, _LEFT + _WIDTH, _BOTTOM + _HEIGHT])
    if box == "mediabox":
        page.mediabox = visible
    else:
        page.cropbox = visible
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _read(data: bytes) -> PageText:
    pdf = pdfium.PdfDocument(data)
    try:
        return page_words(pdf, 0)
    finally:
        pdf.close()


@pytest.mark.parametrize("box", ["cropbox", "mediabox"])
def test_words_of_a_page_cropped_off_its_origin_lie_where_the_viewer_shows_them(box: str) -> None:
    reference = _read(_pdf(cropped=False))
    shown = _read(_pdf(cropped=True, box=box))
    assert (shown.width, shown.height) == pytest.approx((reference.width, reference.height))
    assert [w.text for w in shown.words] == [w.text for w in reference.words]
    for got, want in zip(shown.words, reference.words, strict=True):
        assert (got.box.x0, got.box.y0, got.box.x1, got.box.y1) == pytest.approx(
            (want.box.x0, want.box.y0, want.box.x1, want.box.y1), abs=0.5
        )


def test_a_cropped_page_reads_the_same_fields_as_the_uncropped_layout() -> None:
    fields = extract_canonical(_pdf(cropped=True), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "RE-88314"
    assert fields["total_amount"] == pytest.approx(1190.0)
    assert fields["seller_name"] == "Brenner Messtechnik GmbH"
