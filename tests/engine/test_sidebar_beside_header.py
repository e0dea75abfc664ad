"""A sidebar right of the item table (the seller's address and bank running down the page):
its line just over the header ("Unit 4, Mill Lane", "Unit" a count's caption) opens no
header, so the table's span ends at its own last caption (sidebarcolumn.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_SIDEBAR = [
    (440, 60, "Invoice No."),
    (440, 72, "INV-55120"),
    (440, 90, "Invoice Date"),
    (440, 102, "03/04/2024"),
    (440, 210, "Pennant Provisions Ltd"),
    (440, 221, "Unit 4, Mill Lane"),
    (440, 232, "Eastfield Park"),
    (440, 244, "Leeds LS9 8AB"),
    (440, 256, "VAT Reg: GB 318 2290 47"),
    (440, 268, "Bank: Barclays plc"),
]


def test_sidebar_line_over_the_header_opens_no_header() -> None:
    rows = [
        (50, 60, "PENNANT PROVISIONS"),
        (50, 150, "Invoice to"),
        (50, 162, "The Crown Hotel"),
        (55, 226, "Qty"),
        (120, 226, "Description"),
        (325, 226, "Unit £"),
        (378, 226, "Net £"),
        (55, 243, "4"),
        (120, 243, "Smoked back bacon 2kg"),
        (346, 243, ">11.50"),
        (397, 243, ">46.00"),
        (55, 259, "10"),
        (120, 259, "Free range eggs tray 30"),
        (346, 259, ">6.20"),
        (397, 259, ">62.00"),
        (55, 275, "3"),
        (120, 275, "Cheddar mature 5kg block"),
        (346, 275, ">31.00"),
        (397, 275, ">93.00"),
        (284, 310, "Net total"),
        (397, 310, ">201.00"),
    ]
    pdf = make_invoice_pdf([_SIDEBAR + rows], marks=True, size=8)
    result = extract_canonical(pdf, use_einvoice=False)
    assert [
        (i.get("quantity"), i.get("unit_price"), i["amount"]) for i in result["line_items"]
    ] == [
        (4.0, 11.5, 46.0),
        (10.0, 6.2, 62.0),
        (3.0, 31.0, 93.0),
    ]
