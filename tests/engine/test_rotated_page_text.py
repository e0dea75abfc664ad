"""A page turned by its /Rotate entry (an A4 landscape invoice made as a portrait page with
/Rotate 90) is read as it is displayed: its words come out upright, with boxes on the displayed
page, just as from the same layout on a page whose media box is already that shape."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from facturist.engine.model import PageText
from facturist.engine.pdftext import page_words

_PORTRAIT_WIDTH, _PORTRAIT_HEIGHT = A4
# (x, top) on the displayed page, in points from its top-left corner.
_UPRIGHT = [
    (60, 50, "Rechnung Nr. 2025-0417"),
    (60, 110, "Heinemann Fördersysteme GmbH & Co. KG"),
    (60, 124, "Am Hafen 9, 28217 Bremen"),
    (400, 110, "Datum: 14.03.2025"),
    (60, 200, "Pos."),
    (110, 200, "Bezeichnung"),
    (420, 200, "Betrag"),
]
_SIDEWAYS = "USt-IdNr. DE813975358 · IBAN DE89 3704 0044 0532 0130 00"


def _shown_size(rotation: int) -> tuple[float, float]:
    """The page's size as displayed: landscape once a portrait page turns by 90° or 270°."""
    if rotation in (90, 270):
        return _PORTRAIT_HEIGHT, _PORTRAIT_WIDTH
    return _PORTRAIT_WIDTH, _PORTRAIT_HEIGHT


def _pdf(rotation: int, *, as_displayed: bool = False) -> bytes:
    """A portrait page with /Rotate `rotation` that shows the layout upright; as_displayed: the
    reference, the same layout on an unrotated page of the displayed size."""
    shown_width, shown_height = _shown_size(rotation)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(shown_width, shown_height) if as_displayed else A4)
    if not as_displayed:  # draw in the displayed page's coordinates: undo the viewer's turn
        if rotation == 90:
            pdf.translate(_PORTRAIT_WIDTH, 0)
            pdf.rotate(90)
        elif rotation == 180:
            pdf.translate(_PORTRAIT_WIDTH, _PORTRAIT_HEIGHT)
            pdf.rotate(180)
        elif rotation == 270:
            pdf.translate(0, _PORTRAIT_HEIGHT)
            pdf.rotate(-90)
    pdf.setFont("Helvetica", 10)
    for x, top, text in _UPRIGHT:
        pdf.drawString(x, shown_height - top, text)
    pdf.saveState()  # a run reading bottom to top in the displayed page's left margin
    pdf.translate(30, 60)
    pdf.rotate(90)
    pdf.setFont("Helvetica", 6)
    pdf.drawString(0, 0, _SIDEWAYS)
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    if as_displayed:
        return data
    document = pdfium.PdfDocument(data)
    document[0].set_rotation(rotation)
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


def _read(data: bytes) -> PageText:
    document = pdfium.PdfDocument(data)
    try:
        return page_words(document, 0)
    finally:
        document.close()


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_page_words_come_out_upright_on_the_displayed_page(rotation: int) -> None:
    page = _read(_pdf(rotation))
    reference = _read(_pdf(rotation, as_displayed=True))
    assert (round(page.width), round(page.height)) == (
        round(reference.width),
        round(reference.height),
    )
    assert [word.text for word in page.words] == [word.text for word in reference.words]
    for word, expected in zip(page.words, reference.words, strict=True):
        for got, want in zip(
            (word.box.x0, word.box.y0, word.box.x1, word.box.y1),
            (expected.box.x0, expected.box.y0, expected.box.x1, expected.box.y1),
            strict=True,
        ):
            assert got == pytest.approx(want, abs=0.5), word.text
    # The printed words lie on the displayed page; the margin run, still read as turned text,
    # is laid out under it.
    upright = [word for word in page.words if word.box.y0 < page.height]
    assert upright[0].text == "Rechnung"
    assert all(word.box.y1 <= page.height for word in upright)
    assert [word.text for word in page.words if word.box.y0 >= page.height][1] == "DE813975358"


def test_landscape_page_with_rotate_90_reads_its_buyer_lines_in_order() -> None:
    page = _read(_pdf(90))
    buyer = [w.text for w in page.words if 100 < w.box.y0 < 115 and w.box.x0 < 380]
    assert " ".join(buyer) == "Heinemann Fördersysteme GmbH & Co. KG"
    assert round(page.width) == 842 and round(page.height) == 595
