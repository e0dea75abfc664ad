"""Freight bills price by weight: "Wt (MT)" is the billed quantity and "Rate/MT" the unit
price; beside a count caption ("Weight | Qty"), the count stays the quantity."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD = [
    (40, 60, "Deccan Roadways Pvt. Ltd."),
    (350, 130, "Bill No."),
    (450, 130, "DRL/1142"),
    (350, 144, "Date:"),
    (450, 144, "05-02-2025"),
]


def _items(rows: list[tuple[float, float, str]]) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def test_weight_and_rate_per_unit_captions() -> None:
    items = _items(
        [
            (35, 228, "S.No"),
            (62, 228, "LR No."),
            (118, 228, "LR Date"),
            (174, 228, "Particulars"),
            (375, 228, "Wt (MT)"),
            (435, 228, "Rate/MT"),
            (496, 228, "Amount (Rs.)"),
            (42, 242, "1"),
            (62, 242, "PN/45821"),
            (118, 242, "02-01-2025"),
            (174, 242, "Freight Pune to Ahmedabad"),
            (383, 242, "11.997"),
            (435, 242, "2,450.00"),
            (505, 242, "29,392.65"),
            (42, 256, "2"),
            (62, 256, "PN/45824"),
            (118, 256, "03-01-2025"),
            (174, 256, "Freight Pune to Vadodara"),
            (383, 256, "11.261"),
            (435, 256, "2,150.00"),
            (505, 256, "24,211.15"),
            (330, 280, "Taxable Value"),
            (495, 280, "53,603.80"),
        ]
    )
    assert [(i["description"], i["quantity"], i["unit_price"]) for i in items] == [
        ("Freight Pune to Ahmedabad", 11.997, 2450.0),
        ("Freight Pune to Vadodara", 11.261, 2150.0),
    ]


def test_a_weight_column_beside_the_count_is_no_quantity() -> None:
    items = _items(
        [
            (40, 228, "Description"),
            (250, 228, "Weight"),
            (320, 228, "Qty"),
            (400, 228, "Price"),
            (500, 228, "Amount"),
            (40, 242, "Pallet wrap 500 mm"),
            (250, 242, "12.5"),
            (325, 242, "4"),
            (400, 242, "20.00"),
            (500, 242, "80.00"),
            (400, 270, "Subtotal"),
            (500, 270, "80.00"),
        ]
    )
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [(4.0, 20.0, 80.0)]


def test_a_freight_column_named_by_its_currency_under_an_unknown_caption() -> None:
    # "Fracht / EUR": the amount's caption is the currency on the header's second line;
    # the weight, with no rate beside it, is no quantity and no part of the name.
    items = _items(
        [
            (60, 306, "Datum"),
            (122, 306, "Sendung"),
            (185, 306, "Relation / Leistung"),
            (366, 306, "Gewicht"),
            (412, 306, "LDM"),
            (469, 306, "Fracht"),
            (520, 306, "USt"),
            (390, 318, "kg"),
            (476, 318, "EUR"),
            (60, 335, "03.02.2025"),
            (122, 335, "SB-558120"),
            (185, 335, "Bielefeld - Duisburg (Hub)"),
            (378, 335, "2.480"),
            (423, 335, "1,2"),
            (470, 335, "312,00"),
            (517, 335, "19 %"),
            (185, 350, "Mautzuschlag Inland gem. Tarif"),
            (475, 350, "62,40"),
            (517, 350, "19 %"),
            (257, 378, "Summe Fracht und Nebenleistungen netto"),
            (500, 378, "374,40"),
        ]
    )
    assert [(i["description"], i["amount"], i.get("quantity")) for i in items] == [
        ("Bielefeld - Duisburg (Hub)", 312.0, None),
        ("Mautzuschlag Inland gem. Tarif", 62.4, None),
    ]
