"""RapidOCR backend specifics: upside-down lines are doubted, receipts-sized pages read whole."""

from __future__ import annotations

import io
import random

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from facturist.engine.ocr import OcrBackend, get_backend, ocr_image
from facturist.samples.scan import degrade

from .textpages import SAMPLES, font, recall, text_page, words_of

pytestmark = pytest.mark.ocr


@pytest.fixture(scope="module")
def rapid() -> OcrBackend:
    backend = get_backend("rapidocr")
    if backend is None:
        pytest.skip("rapidocr not installed")
    return backend


def test_upside_down_lines_get_low_confidence(rapid: OcrBackend) -> None:
    page = text_page(SAMPLES["eng"] + SAMPLES["fra"], size=28, width=800)
    upright = rapid.recognize(page, ())
    flipped = rapid.recognize(page.rotate(180), ())
    assert min(w.confidence for w in upright if len(w.text) > 3) > 0.8
    assert max(w.confidence for w in flipped) < 0.5


def test_narrow_tall_receipt_page_reads_top_to_bottom(rapid: OcrBackend) -> None:
    # A till roll: narrow and very tall, small text; detection must not lose the lines.
    lines = (SAMPLES["eng"] + SAMPLES["deu"] + SAMPLES["fra"]) * 4
    page = text_page(lines, size=14, width=420, margin=20)
    result = ocr_image(page, dpi=72, backend=rapid)
    got = [w.text for w in result.words]
    assert recall(words_of(lines), got) >= 0.85
    tops = [w.box.y0 for w in result.words if w.text == "Invoice"]
    assert len(tops) == 4 and tops == sorted(tops)


@pytest.mark.parametrize("padding", [2, 4, 6])
def test_ruled_cells_a_few_pixels_apart_read_as_separate_words(
    rapid: OcrBackend, padding: int
) -> None:
    # A row of boxed fields whose values nearly touch the borders: the detector joins the
    # cells into one line, and without the cut at the rule OCR read "202527", "2025KD-9844".
    page = Image.new("L", (1000, 600), 255)
    draw = ImageDraw.Draw(page)
    cells = ["28 de abril de 2025", "27 de junio de 2025", "KD-9844"]
    x = 40
    for text in cells:
        width = int(draw.textlength(text, font=font(26)))
        draw.rectangle((x, 100, x + width + 2 * padding, 150), outline=0, width=2)
        draw.text((x + padding, 112), text, font=font(26), fill=0)
        x += width + 2 * padding
    assert [w.text for w in rapid.recognize(page, ())] == words_of(cells)


def test_white_captions_on_a_dark_header_bar_are_read(rapid: OcrBackend) -> None:
    # A SaaS invoice's item table: bold white captions on a blue bar, scanned at 200 dpi.
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    top = letter[1]
    pdf.setFillColor(HexColor("#2B4C7E"))
    pdf.rect(44, top - 317, 524, 20, fill=1, stroke=0)
    pdf.setFillColor(white)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(50, top - 310, "Items")
    for x, caption in ((380, "Quantity"), (470, "Price"), (562, "Amount")):
        pdf.drawRightString(x, top - 310, caption)
    pdf.setFillColorRGB(0, 0, 0)
    pdf.setFont("Helvetica", 9)
    for row in range(6):
        pdf.drawString(50, top - 336 - 20 * row, f"Corporate headshots {row}")
        pdf.drawRightString(562, top - 336 - 20 * row, "$1,200.00")
    pdf.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    clean = document[0].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    document.close()
    scan = degrade(clean, random.Random(3))
    jpeg = io.BytesIO()
    scan.save(jpeg, "JPEG", quality=60)
    got = {w.text for w in rapid.recognize(Image.open(jpeg), ())}
    assert {"Items", "Quantity", "Price", "Amount"} <= got
