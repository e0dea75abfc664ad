"""Backend loading: the default choice, failures with reasons, each installed backend reads."""

from __future__ import annotations

import pytest

from facturist.engine.ocr import OcrBackend, default_backend, get_backend, unavailable_reason
from facturist.engine.ocr.backends import BACKEND_FACTORIES
from facturist.engine.ocr.tesseract_backend import best_tessdata_dir

from .textpages import SAMPLES, recall, text_page, words_of


def test_default_backend_loads_once_per_process() -> None:
    first = default_backend()
    assert first is not None, unavailable_reason()
    assert isinstance(first, OcrBackend)
    assert default_backend() is first
    assert first.name in BACKEND_FACTORIES


def test_unknown_backend_gives_none_and_a_reason() -> None:
    assert get_backend("no-such-ocr") is None
    assert "no-such-ocr" in unavailable_reason()
    assert default_backend(["no-such-ocr"]) is None


@pytest.mark.ocr
@pytest.mark.parametrize("name", sorted(BACKEND_FACTORIES))
def test_each_installed_backend_reads_pixels_with_boxes(name: str) -> None:
    backend = get_backend(name)
    if backend is None:
        pytest.skip(f"{name} not installed: {unavailable_reason()}")
    lines = SAMPLES["deu"]
    image = text_page(lines, size=30, width=900)
    words = backend.recognize(image, ("deu", "eng"))
    assert recall(words_of(lines), [w.text for w in words]) >= 0.7
    first = words[0]
    # "Rechnung" is drawn at (60, 60) with 30-pixel glyphs: pixel coordinates, page 1.
    assert first.box.page == 1
    assert 40 <= first.box.x0 <= 80 and 40 <= first.box.y0 <= 85 and first.box.y1 < 110


def test_tessdata_lookup_prefers_the_folder_with_most_languages() -> None:
    found = best_tessdata_dir(("eng", "deu", "fra"))
    if found is None:
        pytest.skip("no traineddata installed")
    folder, languages = found
    assert folder.is_dir()
    assert "eng" in languages or languages
