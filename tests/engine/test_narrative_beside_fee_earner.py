"""A solicitors' fee note prints "Date | Fee earner | Narrative | Hours | Rate € | Amount €":
the fee earner column holds the lawyer's initials ("NK"), the narrative the work done, so the
narrative heads the item's text (column_captions.py, tableheader.py). Its outlays follow the
fees' subtotal under their own heading ("OUTLAYS (not subject to VAT)"), one item each."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_PAGE = [
    (50, 50, "Keane Dolan LLP"),
    (50, 64, "32 Merrion Square, Dublin 2, Ireland"),
    (50, 110, "FEE NOTE"),
    (50, 126, "Harbour Foods Limited"),
    (330, 126, "Fee Note No."),
    (450, 126, "FN-25-0101"),
    (50, 140, "Unit 9, Park West, Dublin 12"),
    (330, 140, "Date"),
    (450, 140, "14/03/2025"),
    (50, 200, "Date"),
    (110, 200, "Fee earner"),
    (170, 200, "Narrative"),
    (390, 200, "Hours"),
    (440, 200, "Rate €"),
    (500, 200, "Amount €"),
    (50, 218, "03/02/2025"),
    (115, 218, "AB"),
    (170, 218, "Review lease and title documents"),
    (395, 218, "2.00"),
    (440, 218, "300.00"),
    (505, 218, "600.00"),
    (50, 234, "05/02/2025"),
    (115, 234, "CD"),
    (170, 234, "Draft licence agreement for signature"),
    (395, 234, "1.50"),
    (440, 234, "200.00"),
    (505, 234, "300.00"),
    (170, 260, "Professional fees"),
    (505, 260, "900.00"),
    (170, 274, "VAT @ 23% on fees"),
    (505, 274, "207.00"),
    (50, 296, "OUTLAYS (not subject to VAT)"),
    (170, 312, "Land Registry fee"),
    (505, 312, "400.00"),
    (170, 326, "Courier and postage"),
    (510, 326, "25.00"),
    (170, 340, "Total outlays"),
    (505, 340, "425.00"),
    (330, 370, "Total fee note"),
    (495, 370, "€1,532.00"),
]


def test_narrative_heads_the_text_and_the_outlays_are_items() -> None:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_PAGE]), use_einvoice=False)
    items = [(i["description"], i.get("quantity"), i["amount"]) for i in result["line_items"]]
    assert items == [
        ("Review lease and title documents", 2.0, 600.0),
        ("Draft licence agreement for signature", 1.5, 300.0),
        ("Land Registry fee", None, 400.0),
        ("Courier and postage", None, 25.0),
    ]
