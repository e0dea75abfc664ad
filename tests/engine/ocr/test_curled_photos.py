"""A receipt photographed curled and at an angle: its printed lines are arcs, steep at the
left and level at the right, so each amount sits a line lower than its label. The OCR turns
the page by the lines' slope, traces the arcs again, and levels the words by the slope's
change across the page (lineskew.py), so every label keeps its own amount."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PIL import Image, ImageDraw

from facturist.engine.layout import build_lines
from facturist.engine.ocr import OcrBackend, get_backend, ocr_image

from .textpages import font

pytestmark = pytest.mark.ocr

LABELS = ["SUB-TOTAL", "TOTAL SALES (EXCLUDING GST)", "GST @6%", "ROUNDING", "NET TOTAL", "CASH"]
AMOUNTS = ["164.60", "155.29", "9.31", "0.02", "170.85", "200.00"]


@pytest.fixture(scope="module")
def rapid() -> OcrBackend:
    backend = get_backend("rapidocr")
    if backend is None:
        pytest.skip("rapidocr not installed")
    return backend


def curled_receipt() -> Image.Image:
    """Totals rows 40 px apart on a 900 px wide slip, each line bent to slope 9 degrees at
    its left end and none at its right (its right end about 60 px lower than a straight
    row), on a dark table."""
    flat = Image.new("L", (900, 700), 245)
    draw = ImageDraw.Draw(flat)
    for row, (label, amount) in enumerate(zip(LABELS, AMOUNTS, strict=True)):
        y = 120 + 40 * row
        draw.text((60, y), label, font=font(26), fill=20)
        draw.text((840 - draw.textlength(amount, font=font(26)), y), amount, font=font(26), fill=20)
    slope = math.radians(9.0)
    xs = np.arange(flat.width, dtype=np.float64)
    drop = math.tan(slope) * xs - slope / flat.width * xs**2 / 2
    page = np.full((900, 1100), 60, np.uint8)
    paper = np.asarray(flat)
    for x in range(flat.width):
        top = 40 + round(drop[x])
        page[top : top + flat.height, 100 + x] = paper[:, x]
    return Image.fromarray(page, "L")


def test_each_label_of_a_curled_photo_keeps_its_amount(rapid: OcrBackend) -> None:
    text = ocr_image(curled_receipt(), dpi=200, backend=rapid)
    rows = {line.text.split()[0]: line.text for line in build_lines(text) if line.words}
    for label, amount in zip(LABELS, AMOUNTS, strict=True):
        row = rows.get(label.split()[0], "")
        assert row.startswith(label.split()[0]) and row.endswith(amount), (label, rows)
