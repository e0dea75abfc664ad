"""A UK solicitors' fee note captions its text column "Fee earner / work done": the fee earner
is the lawyer whose time is billed, no fee, so the caption heads the description and the bare
"£" at the right heads the line amounts (column_captions.py, tableheader.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_PAGE = [
    (50, 50, "Pemberton Ashe LLP"),
    (50, 64, "12 Castle Street, Chester CH1 2DS"),
    (50, 120, "Fee Note No. 5530"),
    (50, 134, "Date 3 March 2025"),
    (50, 190, "To our professional charges:"),
    (55, 210, "Fee earner / work done"),
    (345, 210, "Hours"),
    (414, 210, "Rate £"),
    (535, 210, "£"),
    (55, 228, "Partner (A. Greaves) - lease review and advice"),
    (350, 228, "4.5"),
    (414, 228, "300.00"),
    (505, 228, "1,350.00"),
    (55, 244, "Paralegal (T. Ness) - filing and correspondence"),
    (350, 244, "2.0"),
    (414, 244, "90.00"),
    (515, 244, "180.00"),
    (330, 280, "Total net"),
    (505, 280, "1,530.00"),
    (330, 294, "VAT at 20%"),
    (515, 294, "306.00"),
    (330, 308, "Total"),
    (505, 308, "1,836.00"),
]


def test_fee_earner_caption_heads_the_text_and_the_pound_sign_the_amounts() -> None:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_PAGE]))
    items = [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]
    assert items == [
        ("Partner (A. Greaves) - lease review and advice", 4.5, 300.0, 1350.0),
        ("Paralegal (T. Ness) - filing and correspondence", 2.0, 90.0, 180.0),
    ]
