"""Generated invoices read back from image-only PDFs: layout rules that OCR'd lines strain."""

from __future__ import annotations

import re

import pytest

from facturist.engine.extraction import extract_canonical
from facturist.samples import random_invoice
from facturist.samples.scan import render_scanned_pdf

pytestmark = pytest.mark.ocr


def _read(layout: str, seed: int, language: str) -> tuple[dict, dict]:  # type: ignore[type-arg]
    spec = random_invoice(seed, language=language, layout=layout)
    return spec.truth(), extract_canonical(render_scanned_pdf(spec, dpi=200))


def _tokens(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def test_caption_under_the_party_blocks_does_not_reach_the_item_table() -> None:
    # "From   Bill to" printed under the two blocks: OCR'd lines are taller than their print,
    # so the gap down to "Description  Qty  Unit Price  Amount" no longer ended the search.
    truth, read = _read("stacked", 100000, "en")
    for party in ("seller_name", "buyer_name"):  # OCR may drop a space ("Bennett& Carter")
        assert _tokens(read["fields"][party]) == _tokens(truth["fields"][party])


def test_position_number_in_the_same_ocr_cell_as_the_item_text() -> None:
    # "2 Softwarelizenz" came out of OCR as one cell, left of the centred "Bezeichnung".
    truth, read = _read("vat_columns", 100001, "de")
    descriptions = [item.get("description") for item in read["line_items"]]
    assert descriptions == [item["description"] for item in truth["line_items"]]
