"""OCR of rendered pages with the default backend: languages, orientation, skew, edge cases."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PIL import Image

from facturist.engine.model import Word
from facturist.engine.ocr import OcrBackend, default_backend, ocr_image, unavailable_reason

from .textpages import SAMPLES, photographed_receipt, recall, text_page, words_of


@pytest.fixture(scope="module")
def backend() -> OcrBackend:
    found = default_backend()
    assert found is not None, unavailable_reason()
    return found


class MustNotBeCalled:
    """A backend for inputs that must be settled before any OCR runs."""

    name = "must-not-be-called"
    preferred_line_height = 30.0

    def recognize(self, image: Image.Image, languages: Sequence[str]) -> list[Word]:
        raise AssertionError("OCR ran on an image that has nothing to read")


@pytest.mark.ocr
@pytest.mark.parametrize("language", ["eng", "deu", "fra"])
def test_reads_known_text_in_each_language(backend: OcrBackend, language: str) -> None:
    lines = SAMPLES[language]
    page = ocr_image(text_page(lines), languages=(language,), dpi=200, backend=backend)
    got = [w.text for w in page.words]
    assert recall(words_of(lines), got) >= 0.8, got
    assert page.source == "ocr"
    assert all(0.0 <= w.confidence <= 1.0 and w.box.page == 1 for w in page.words)


@pytest.mark.ocr
@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_rotated_pages_come_back_upright(backend: OcrBackend, degrees: int) -> None:
    lines = SAMPLES["eng"] + SAMPLES["deu"]
    upright = text_page(lines, size=24, width=720)
    page = ocr_image(upright.rotate(degrees, expand=True), dpi=150, backend=backend)
    got = [w.text for w in page.words]
    assert recall(words_of(lines), got) >= 0.7, got
    # The result describes the upright page: portrait, words in reading order top to bottom.
    assert page.width == pytest.approx(upright.width * 72 / 150)
    assert page.height == pytest.approx(upright.height * 72 / 150)
    first = next(w for w in page.words if w.text == "Invoice")
    last = next(w for w in page.words if w.text == "EUR")
    assert first.box.y0 < last.box.y0


@pytest.mark.ocr
def test_skewed_page_is_read(backend: OcrBackend) -> None:
    lines = SAMPLES["fra"] + SAMPLES["eng"]
    skewed = text_page(lines).rotate(3.0, resample=Image.Resampling.BICUBIC, fillcolor=255)
    page = ocr_image(skewed, dpi=200, backend=backend)
    assert recall(words_of(lines), [w.text for w in page.words]) >= 0.8


@pytest.mark.ocr
def test_low_resolution_text_is_upscaled_and_boxes_are_in_points(backend: OcrBackend) -> None:
    lines = ["TOTAL 60.30", "Cashier: Anna", "Receipt 19/10/2018"]
    # 11-pixel text, as on a receipt scanned at ~75 dpi.
    small = text_page(lines, size=11, width=300, margin=20)
    page = ocr_image(small, dpi=75, backend=backend)
    # Some models join a word to a number after a narrow space ("TOTAL60.30"): compare the
    # characters read, line by line, without spaces.
    read = "".join(w.text for w in page.words)
    assert sum(line.replace(" ", "") in read for line in lines) >= 2, read
    total = next(w for w in page.words if w.text.startswith("TOTAL"))
    # Drawn at (20, 20) px at 75 dpi -> about (19.2, 19.2) pt, 11 px high -> ~10.6 pt.
    assert total.box.x0 == pytest.approx(19.2, abs=6)
    assert total.box.y0 == pytest.approx(19.2, abs=8)
    assert 4 < total.box.y1 - total.box.y0 < 20
    assert page.width == pytest.approx(300 * 72 / 75)


@pytest.mark.parametrize("size", [(1, 1), (3, 40), (1200, 1600)])
def test_blank_and_tiny_images_give_an_empty_page(size: tuple[int, int]) -> None:
    page = ocr_image(Image.new("RGB", size, "white"), page=4, dpi=144, backend=MustNotBeCalled())
    assert page.words == []
    assert (page.page, page.source) == (4, "ocr")
    assert page.width == pytest.approx(size[0] / 2)


def test_transparent_and_16_bit_images_are_accepted() -> None:
    for image in (Image.new("RGBA", (50, 50), (0, 0, 0, 0)), Image.new("I;16", (40, 40), 300)):
        assert ocr_image(image, backend=MustNotBeCalled()).words == []


class RecordsSizes:
    """A backend that reads three confident words anywhere and notes the image sizes it got."""

    name = "records-sizes"
    preferred_line_height = 10.0

    def __init__(self) -> None:
        self.sizes: list[tuple[int, int]] = []

    def recognize(self, image: Image.Image, languages: Sequence[str]) -> list[Word]:
        from facturist.engine.model import Box

        self.sizes.append(image.size)
        return [Word(t, Box(1, 10 + 60 * i, 10, 60 + 60 * i, 24), 0.95) for i, t in
                enumerate(["Item", "Widget", "grey"])]  # fmt: skip


def test_receipt_photographed_on_a_dark_table_is_not_shrunk() -> None:
    receipt = photographed_receipt(background=50, darkest_light=0.6)
    backend = RecordsSizes()
    ocr_image(receipt, dpi=150, backend=backend)
    # 14-pixel text for a backend that wants 10: read at the photo's own size.
    assert backend.sizes == [receipt.size]
