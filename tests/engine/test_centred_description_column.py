"""A description caption centred over a wide column ("QTY | UNIT | PARTICULARS | RATE |
AMOUNT"), the items' names starting just right of the unit: each name is read whole, not
cut where the caption starts, its code-like words ("CAT6", "model:") included; the counts,
units and figures stay in their own columns."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

# (x, y from the top, text); a text starting with ">" is set right-aligned, ending at x.
Text = tuple[float, float, str]


def _pdf(page: list[Text]) -> bytes:
    return make_invoice_pdf([page], size=9, marks=True)


def _items(page: list[Text]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = extract_canonical(_pdf(page), use_einvoice=False)["line_items"]
    return found


_ROWS = [
    ("40", "box", "Network cable CAT6 305m, grey", "3,150.00", "126,000.00"),
    ("6", "set", "Label printer model: LX-220 kit", "8,400.00", "50,400.00"),
    ("25", "pcs", "Wall plate double port", "95.00", "2,375.00"),
]


def _page() -> list[Text]:
    page: list[Text] = [
        (150, 40, "KEDAH NETWORK TRADING SDN BHD"),
        (150, 54, "No. 12, Jalan Perusahaan 3, 05400 Alor Setar, Malaysia"),
        (240, 80, "TAX INVOICE  No. KN-22817"),
        (46, 110, "Bill to:"),
        (100, 110, "Permata Logistik Sdn Bhd"),
        (380, 110, "Date:"),
        (430, 110, "14/05/2025"),
        (57, 180, "QTY"),
        (101, 180, "UNIT"),
        (228, 180, "PARTICULARS"),
        (388, 180, "RATE"),
        (478, 180, "AMOUNT (MYR)"),
    ]
    for n, (qty, unit, name, rate, amount) in enumerate(_ROWS):
        y = 200 + 15 * n
        page += [(85, y, ">" + qty), (103, y, unit), (134, y, name)]
        page += [(445, y, ">" + rate), (551, y, ">" + amount)]
    page += [(387, 260, "TOTAL AMOUNT DUE"), (551, 260, ">178,775.00")]
    return page


def test_names_starting_left_of_a_centred_caption_are_read_whole() -> None:
    items = _items(_page())
    assert [item["description"] for item in items] == [row[2] for row in _ROWS]
    assert [item["quantity"] for item in items] == [40.0, 6.0, 25.0]
    assert [item["amount"] for item in items] == [126000.0, 50400.0, 2375.0]
