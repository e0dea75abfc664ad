"""An Oracle-style invoice: unit prices with five decimals ("0.26500", one glued to its tax
code cell "0.61000 ZERO"), a freight row under the items that the lines' subtotal leaves out,
and a tax-code summary ("Tax Code | Description | Taxable Amount | Rate | Tax Amount") whose
rows are no items."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import PlacedText, analysed, make_placed_pdf

_Text = PlacedText


def _invoice(texts: list[_Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts))


def _row(
    y: float,
    line: str,
    item: str,
    name: str,
    uom: str,
    count: str,
    price: str,
    tax: str,
    amount: str,
) -> list[_Text]:
    texts = [
        (68, y, line, False),
        (86, y, item, False),
        (142, y, name, False),
        (320, y, uom, False),
        (376, y, count, True),
        (416, y, count, True),
        (550, y, amount, True),
    ]
    # A tax code set close after its price reads as one cell with it ("0.61000 ZERO").
    texts += [(462, y, price, True), (472 if tax != "ZERO" else 465, y, tax, False)]
    return texts


def test_fine_prices_freight_row_and_tax_summary() -> None:
    texts: list[_Text] = [
        (60, 50, "Lakeside Lab Supplies Ltd", False),
        (60, 62, "4 Harbour Road, Galway", False),
        (60, 120, "Midlands Research Institute", False),
        (60, 132, "Athlone", False),
        (380, 120, "Invoice Number 7700112", False),
        (380, 132, "Invoice Date 12-MAY-2025", False),
        (63, 320, "Line", False),
        (86, 320, "Item", False),
        (142, 320, "Description", False),
        (320, 320, "UOM", False),
        (351, 320, "Ordered", False),
        (390, 320, "Shipped", False),
        (431, 320, "Unit Price", False),
        (472, 320, "Tax", False),
        (550, 324, "Amount", True),
    ]
    texts += _row(
        338, "1", "LB-100", "Petri dish 90 mm, sterile", "EA", "2,000", "0.26500", "STD", "530.00"
    )
    texts += _row(
        356, "2", "LB-200", "Lab coat, cotton, size L", "EA", "10", "21.50", "STD", "215.00"
    )
    texts += _row(
        374,
        "3",
        "LB-300",
        "Saline solution 0.9%, 500 ml",
        "EA",
        "300",
        "0.61000",
        "ZERO",
        "183.00",
    )
    texts += [
        (142, 392, "Freight charges - parcel service, 2 boxes", False),
        (472, 392, "STD", False),
        (550, 392, "18.00", True),
        (57, 470, "Tax Summary", False),
        (390, 476, "Lines Subtotal", False),
        (550, 476, "928.00", True),
        (57, 484, "Tax Code", False),
        (110, 484, "Description", False),
        (230, 484, "Taxable Amount", False),
        (300, 484, "Rate", False),
        (330, 484, "Tax Amount", False),
        (57, 494, "STD", False),
        (110, 494, "VAT Standard Rate", False),
        (280, 494, "763.00", True),
        (300, 494, "23%", False),
        (370, 494, "175.49", True),
        (57, 506, "ZERO", False),
        (110, 506, "VAT Zero Rated", False),
        (280, 506, "183.00", True),
        (300, 506, "0%", False),
        (370, 506, "0.00", True),
        (390, 510, "Tax", False),
        (550, 510, "175.49", True),
        (390, 524, "Invoice Total", False),
        (550, 524, "1,121.49", True),
    ]
    invoice = _invoice(texts)
    rows = [
        (
            item["description"].value,
            item["quantity"].value,
            item["unit_price"].value,
            item["amount"].value,
        )
        for item in invoice.items
    ]
    assert rows == [
        ("Petri dish 90 mm, sterile", 2000.0, 0.265, 530.0),
        ("Lab coat, cotton, size L", 10.0, 21.5, 215.0),
        ("Saline solution 0.9%, 500 ml", 300.0, 0.61, 183.0),
    ]
