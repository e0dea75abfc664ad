"""Page images from PDFs: rendering, and taking a scanned page's own image."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from facturist.engine.ocr import embedded_page_image, render_pdf_page

from .textpages import SAMPLES, text_page


def _pdf(draw_page: list[str]) -> bytes:
    """A two-page A4 PDF: page 1 one full-page scan image, page 2 drawn text (or per spec)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for kind in draw_page:
        if kind == "scan":
            scan = text_page(SAMPLES["eng"], size=30, width=1240).resize((1240, 1754))
            pdf.drawImage(ImageReader(scan), 0, 0, width=A4[0], height=A4[1])
        elif kind == "small-image":
            pdf.drawImage(ImageReader(text_page(["logo"], size=20, width=200)), 50, 600, 100, 133)
            pdf.drawString(72, 500, "Invoice 42")
        else:
            pdf.drawString(72, 720, "Invoice 2024-0815")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_full_page_scan_image_is_taken_as_is() -> None:
    data = _pdf(["scan", "text"])
    found = embedded_page_image(data, 0)
    assert found is not None
    assert found.image.size == (1240, 1754)
    assert found.image.mode == "L"
    assert found.dpi == pytest.approx(1240 / (A4[0] / 72), rel=0.01)  # ~150 dpi
    assert (found.left, found.top) == (pytest.approx(0, abs=0.5), pytest.approx(0, abs=0.5))
    # The picture is the scan: dark text near its top-left, white elsewhere.
    assert found.image.getextrema() == (0, 255)


@pytest.mark.parametrize("kind", ["text", "small-image"])
def test_pages_that_are_not_one_scan_give_none(kind: str) -> None:
    assert embedded_page_image(_pdf([kind]), 0) is None


def test_render_page_in_grayscale_at_dpi_from_bytes_or_open_document() -> None:
    data = _pdf(["text", "scan"])
    image = render_pdf_page(data, 0, dpi=100)
    assert image.mode == "L"
    assert image.size == (
        pytest.approx(A4[0] * 100 / 72, abs=1),
        pytest.approx(A4[1] * 100 / 72, abs=1),
    )
    assert image.getextrema()[0] < 100  # the drawn text is there
    document = pdfium.PdfDocument(data)
    try:
        second = render_pdf_page(document, 1, dpi=72)
        assert second.size == (pytest.approx(A4[0], abs=1), pytest.approx(A4[1], abs=1))
        assert embedded_page_image(document, 1) is not None
        assert len(document) == 2  # still open and usable: the caller owns it
    finally:
        document.close()
    assert isinstance(second, Image.Image)
