"""Invoice pages fed into the scanner sideways (turned 90 or 270 degrees) come back upright."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw

from facturist.engine.extraction import extract_canonical
from facturist.engine.model import Box, Word
from facturist.engine.ocr import ocr_image, pipeline
from facturist.samples import random_invoice
from facturist.samples.render import render_pdf


def _page_image(seed: int, language: str, layout: str, dpi: int = 150) -> Image.Image:
    spec = random_invoice(seed, language=language, layout=layout)
    document = pdfium.PdfDocument(render_pdf(spec))
    try:
        return document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.ocr
@pytest.mark.parametrize(
    ("seed", "language", "layout", "degrees"),
    [(7, "en", "classic", 90), (11, "de", "stacked", 270)],
)
def test_a_whole_invoice_turned_sideways_reads_like_the_upright_one(
    seed: int, language: str, layout: str, degrees: int
) -> None:
    # A full page (letterhead, party blocks, an item table) turned on its side: the
    # detector finds its vertical lines and reads some of them at a low confidence, and
    # a trial read turned upside down scored a few points, so the page was turned 180.
    upright = _page_image(seed, language, layout)
    expected = extract_canonical(_png(upright))["fields"]
    got = extract_canonical(_png(upright.rotate(degrees, expand=True)))["fields"]
    for field in ("invoice_number", "invoice_date", "total_amount", "seller_name"):
        assert got.get(field) == expected.get(field), field
    assert expected.get("total_amount")


class _ScriptedBackend:
    """Reads the whole page as `page_words`, and a trial crop turned by t as `trials[t]`.

    The trial's turn is found by comparing the image with the first page's trial crop
    turned each way, so the test scripts what a model would read, not how it is asked.
    """

    name = "scripted"
    preferred_line_height = 10.0

    def __init__(self, page_words: list[Word], trials: dict[int, list[Word]]) -> None:
        self.page_words = page_words
        self.trials = trials
        self.first: Image.Image | None = None
        self.turns: list[int] = []

    def recognize(self, image: Image.Image, languages: Sequence[str]) -> list[Word]:
        if self.first is None:
            self.first = image
            return self.page_words
        region = self.first.crop(pipeline._trial_crop(self.first))
        for turn in (0, 90, 180, 270):
            if pipeline._turn(region, turn).tobytes() == image.tobytes():
                self.turns.append(turn)
                return self.trials[turn]
        return self.page_words  # the whole page again, once turned


def _words(count: int, confidence: float, *, tall: bool = False) -> list[Word]:
    box = (
        (lambda i: Box(1, 10, 40 * i, 30, 40 * i + 90))
        if tall
        else (lambda i: Box(1, 10, 30 * i, 120, 30 * i + 20))
    )
    return [Word(f"Word{i}", box(i), confidence) for i in range(count)]


def _landscape_scan() -> Image.Image:
    page = Image.new("L", (900, 640), 255)
    draw = ImageDraw.Draw(page)
    for row in range(12):
        draw.rectangle((60 + 7 * row, 60 + 45 * row, 700 - 11 * row, 72 + 45 * row), fill=0)
    return page


def test_tall_word_boxes_send_the_page_to_the_quarter_turns() -> None:
    # The full read finds lines running up the page; the half-turned trial reads a few of
    # them well, but a quarter turn reads far more: the page is turned by that quarter.
    backend = _ScriptedBackend(
        _words(10, 0.3, tall=True),
        {0: [], 180: _words(4, 1.0), 90: [], 270: _words(20, 0.99)},
    )
    page = ocr_image(_landscape_scan(), dpi=150, backend=backend)
    assert backend.turns[-1] in (90, 270) and 270 in backend.turns
    assert page.height > page.width


def test_a_half_turn_that_does_not_read_like_a_page_is_no_answer() -> None:
    # Flat but doubtful words on the whole page (no hint it is on its side); turned 180
    # the crop reads four words and sixteen doubtful ones: the quarter turns are tried.
    half = _words(4, 1.0) + _words(16, 0.4)
    backend = _ScriptedBackend(_words(10, 0.3), {0: [], 180: half, 90: [], 270: _words(20, 0.99)})
    page = ocr_image(_landscape_scan(), dpi=150, backend=backend)
    assert 270 in backend.turns
    assert page.height > page.width
