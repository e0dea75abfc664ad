"""Huge JPEG scans decode straight to grayscale at a fraction of their size; boxes stay in
the original pixels."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from facturist.engine.ocr.pipeline import MAX_PAGE_PIXELS
from facturist.engine.pages import _decode_smaller, read_image_page

from .textpages import SAMPLES, text_page


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def test_huge_jpeg_decodes_at_half_size_in_grayscale() -> None:
    huge = Image.new("RGB", (5200, 7000), "white")
    assert huge.width * huge.height > MAX_PAGE_PIXELS
    image = Image.open(io.BytesIO(_jpeg(huge)))
    assert _decode_smaller(image) == 2
    image.load()
    assert image.size == (2600, 3500) and image.mode == "L"


def test_ordinary_jpeg_and_png_keep_their_size() -> None:
    page = Image.new("RGB", (1654, 2339), "white")
    jpeg = Image.open(io.BytesIO(_jpeg(page)))
    assert _decode_smaller(jpeg) == 1
    jpeg.load()
    assert jpeg.size == (1654, 2339) and jpeg.mode == "L"
    buffer = io.BytesIO()
    page.save(buffer, "PNG")
    png = Image.open(io.BytesIO(buffer.getvalue()))
    assert _decode_smaller(png) == 1 and png.mode == "RGB"


@pytest.mark.ocr
def test_words_of_a_huge_scan_are_boxed_in_its_own_pixels() -> None:
    # The page drawn at 5x (text 150 px high, left margin 300 px), 5000 x 6670 px.
    page = text_page(SAMPLES["eng"], size=30, width=1000, margin=60)
    huge = page.resize((page.width * 5, page.height * 5), Image.Resampling.BILINEAR)
    read = read_image_page(_jpeg(huge), huge.width, huge.height)
    assert read.outcome.ok and read.text is not None
    invoice = next(w for w in read.text.words if w.text == "Invoice")
    assert invoice.box.x0 == pytest.approx(300, abs=40)
    assert invoice.box.y0 == pytest.approx(300, abs=60)
