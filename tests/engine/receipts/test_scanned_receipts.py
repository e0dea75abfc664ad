"""Generated till receipts, scanned, read end to end: the header fields come back."""

from __future__ import annotations

import pytest

from facturist.engine.extraction import extract_canonical
from facturist.engine.ocr import default_backend
from facturist.samples.generate import random_invoice
from facturist.samples.scan import render_scan

pytestmark = [
    pytest.mark.ocr,
    pytest.mark.skipif(default_backend() is None, reason="no OCR backend installed"),
]


@pytest.mark.parametrize("seed", [1, 3])
def test_scanned_receipt_header_fields(seed: int) -> None:
    spec = random_invoice(seed, layout="receipt", language="en")
    fields = extract_canonical(render_scan(spec, dpi=200, seed=seed))["fields"]
    assert fields["seller_name"] == spec.seller.name
    assert fields["invoice_date"] == spec.invoice_date.isoformat()
    assert fields["total_amount"] == pytest.approx(float(spec.total_amount), abs=0.005)
