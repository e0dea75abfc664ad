"""RapidOCR backend specifics: upside-down lines are doubted, receipts-sized pages read whole."""

from __future__ import annotations

import pytest

from facturist.engine.ocr import OcrBackend, get_backend, ocr_image

from .textpages import SAMPLES, recall, text_page, words_of

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
