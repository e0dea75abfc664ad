"""An OCR backend that fails on a page gives a failed page, not a crashed document."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PIL import Image

from facturist.engine.extraction import extract
from facturist.engine.model import Column, ExtractionPlan, Word
from facturist.engine.ocr import backends
from facturist.samples.generate import random_invoice
from facturist.samples.scan import render_scan


class BrokenBackend:
    """Loads fine, then fails on every page (a corrupt model, an onnxruntime error...)."""

    name = "broken"
    preferred_line_height = 26.0

    def recognize(self, image: Image.Image, languages: Sequence[str]) -> list[Word]:
        raise RuntimeError("inference failed")


def test_backend_error_is_a_page_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backends, "_loaded", {"rapidocr": BrokenBackend()})
    scan = render_scan(random_invoice(5, layout="receipt"), dpi=100, seed=5)
    plan = ExtractionPlan(columns=(Column("Total", "total_amount", kind="number"),))
    result = extract(scan, plan)
    assert result.failure is None
    assert [page.ok for page in result.pages] == [False]
    assert "inference failed" in (result.pages[0].message or "")
