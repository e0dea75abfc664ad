"""A seller's name in a sidebar, level with a details row ("Payment due | 3 July 2025") and
the buyer's town: the date and what follows it are no address (lineaddress.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf


def test_name_level_with_a_dated_row_keeps_its_own_address_below() -> None:
    pdf = make_aligned_pdf(
        [
            (450, 30, "INVOICE", 14),
            (200, 86, "Invoice number", 8),
            (290, 86, "QX-5512", 8),
            (400, 86, "BILL TO", 8),
            (200, 98, "Invoice date", 8),
            (290, 98, "4 March 2025", 8),
            (400, 98, "Ashby Joinery Ltd", 8),
            (20, 107, "FROM", 8),
            (400, 107, "2 Mill Yard", 8),
            (20, 117, "Corran Print Works Ltd", 8),
            (200, 117, "Payment due", 8),
            (290, 117, "3 April 2025", 8),
            (400, 117, "Halifax HX1 2PQ", 8),
            (20, 127, "8 Dock Street", 8),
            (20, 137, "Hull HU1 3AB", 8),
            (20, 147, "United Kingdom", 8),
            (200, 180, "Item", 8),
            (540, 180, ">Amount", 8),
            (200, 195, "Business cards", 8),
            (540, 195, ">£120.00", 8),
            (20, 260, "Net total", 8),
            (150, 260, ">£120.00", 8),
            (20, 272, "VAT @ 20%", 8),
            (150, 272, ">£24.00", 8),
            (20, 284, "Total", 8),
            (150, 284, ">£144.00", 8),
        ]
    )
    result: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)
    fields = result["fields"]
    assert fields["seller_name"] == "Corran Print Works Ltd"
    assert fields["seller_address"] == "8 Dock Street, Hull HU1 3AB, United Kingdom"
