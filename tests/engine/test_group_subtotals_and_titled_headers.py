"""Item groups closed by "Subtotal <group>" and a "Goods total" over the VAT (groupsubtotals.py,
labels.py); an item table under a title and a sentence, its count in the first column, a
returned item's count negative (tableheader.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _group_page() -> list[tuple[float, float, str]]:
    return [
        (50, 60, "Northgate Plumbing Supplies Ltd"),
        (350, 100, "Invoice number"),
        (450, 100, "NP-55120"),
        (350, 114, "Invoice date"),
        (450, 114, "12 May 2025"),
        (50, 200, "Code"),
        (110, 200, "Description"),
        (300, 200, "Qty"),
        (370, 200, "Price"),
        (470, 200, "Value"),
        (110, 218, "Pipes"),
        (50, 234, "CP15"),
        (110, 234, "Copper pipe 15mm, 3m"),
        (300, 234, "20"),
        (370, 234, "9.40"),
        (470, 234, "188.00"),
        (50, 248, "CP22"),
        (110, 248, "Copper pipe 22mm, 3m"),
        (300, 248, "10"),
        (370, 248, "18.20"),
        (470, 248, "182.00"),
        (330, 264, "Subtotal Pipes"),
        (470, 264, "370.00"),
        (110, 284, "Valves"),
        (50, 300, "BV15"),
        (110, 300, "Ball valve 15mm"),
        (300, 300, "12"),
        (370, 300, "6.50"),
        (470, 300, "78.00"),
        (50, 314, "GV22"),
        (110, 314, "Gate valve 22mm"),
        (300, 314, "4"),
        (370, 314, "11.00"),
        (470, 314, "44.00"),
        (330, 330, "Subtotal Valves"),
        (470, 330, "122.00"),
        (50, 346, "DEL"),
        (110, 346, "Delivery to site"),
        (300, 346, "1"),
        (370, 346, "15.00"),
        (470, 346, "15.00"),
        (330, 370, "Goods total"),
        (470, 370, "507.00"),
        (330, 384, "VAT 23%"),
        (470, 384, "116.61"),
        (330, 398, "Total EUR"),
        (470, 398, "623.61"),
    ]


def test_group_subtotals_are_no_net_and_goods_total_is() -> None:
    fields = extract_canonical(make_invoice_pdf([_group_page()]), use_einvoice=False)["fields"]
    assert fields["net_amount"] == 507.0
    assert fields["tax_amount"] == 116.61
    assert fields["total_amount"] == 623.61


def test_last_group_subtotal_is_no_tax_without_a_goods_total() -> None:
    # No caption names the net: the subtotals stay out of the arithmetic, the net is the
    # total less the tax.
    page = [item for item in _group_page() if item[2] not in ("Goods total", "507.00")]
    fields = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)["fields"]
    assert fields.get("tax_amount") == 116.61
    assert fields.get("net_amount") in (None, 507.0)


def test_first_column_counts_under_a_title_and_a_sentence() -> None:
    page = [
        (50, 60, "Harbourside Catering Supplies"),
        (350, 100, "Invoice No."),
        (450, 100, "HC-20881"),
        (350, 114, "Invoice date"),
        (450, 114, "10 March 2025"),
        (50, 200, "Tax Invoice HC-20881"),
        (50, 214, "Goods delivered 07/03/2025. Thank you for your order."),
        (55, 228, "Qty"),
        (80, 228, "Unit"),
        (120, 228, "Description"),
        (370, 228, "Unit price"),
        (460, 228, "Net"),
        (520, 228, "VAT"),
        (62, 244, "3"),
        (80, 244, "sack"),
        (120, 244, "Plain flour 16kg sack"),
        (375, 244, "11.45"),
        (460, 244, "34.35"),
        (520, 244, "0%"),
        (62, 258, "8"),
        (80, 258, "case"),
        (120, 258, "Oat barista milk 6 x 1L"),
        (375, 258, "10.95"),
        (460, 258, "87.60"),
        (520, 258, "0%"),
        (59, 272, "-1"),
        (80, 272, "case"),
        (120, 272, "Returned: Oat barista milk"),
        (375, 272, "10.95"),
        (457, 272, "-10.95"),
        (520, 272, "0%"),
        (360, 300, "Net total"),
        (460, 300, "111.00"),
        (360, 314, "VAT"),
        (460, 314, "0.00"),
        (360, 328, "Invoice total"),
        (460, 328, "111.00"),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    items = [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]
    assert items == [
        ("Plain flour 16kg sack", 3.0, 11.45, 34.35),
        ("Oat barista milk 6 x 1L", 8.0, 10.95, 87.6),
        ("Returned: Oat barista milk", -1.0, 10.95, -10.95),
    ]
