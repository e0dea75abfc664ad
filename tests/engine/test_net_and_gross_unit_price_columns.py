"""Web-shop and marketplace tables print the unit price twice, without and with VAT ("Unit
price (excl. VAT) | VAT rate | Unit price (incl. VAT) | Item subtotal (incl. VAT)",
"Einzelpreis netto | Einzelpreis brutto | Gesamt brutto", "PU HT | PU TTC | Total TTC"):
both are unit prices, and the one the quantity times gives the row's amount is the one
reported, the count kept. The German and French forms, without a rate column between the
prices, report the gross price the count gives the gross amount by."""

from __future__ import annotations

from typing import Any

from .conftest import analysed, make_sized_pdf


def _read(texts: list[tuple[float, float, str, float]]) -> tuple[list[dict[str, Any]], Any]:
    invoice = analysed(make_sized_pdf(texts))
    items = [{key: value.value for key, value in item.items()} for item in invoice.items]
    return items, {key: value.value for key, value in invoice.fields.items()}


def _items(texts: list[tuple[float, float, str, float]]) -> list[dict[str, Any]]:
    return _read(texts)[0]


def _head(title: str, number: str) -> list[tuple[float, float, str, float]]:
    return [
        (41, 30, "Northwind Market", 12),
        (470, 30, title, 12),
        (51, 80, "Date", 8),
        (190, 80, "07/04/2025", 8),
        (51, 94, "No.", 8),
        (190, 94, number, 8),
        (41, 156, "Harlow Office Supplies Ltd", 8),
        (390, 156, "Penwith Hardware Ltd", 8),
        (41, 167, "4 Mill Lane", 8),
        (390, 167, "22 Quay Street", 8),
    ]


def test_marketplace_rows_with_net_and_gross_unit_prices() -> None:
    items, fields = _read(
        [
            *_head("Invoice", "GB7Q2ZX81"),
            (41, 270, "Invoice details", 9),
            (329, 291, "Unit price", 7),
            (439, 291, "Unit price", 7),
            (504, 291, "Item subtotal", 7),
            (41, 300, "Description", 7),
            (285, 300, "Qty", 7),
            (324, 300, "(excl. VAT)", 7),
            (375, 300, "VAT rate", 7),
            (436, 300, "(incl. VAT)", 7),
            (514, 300, "(incl. VAT)", 7),
            (41, 320, "Cordless Hammer Drill 18V (Body", 8),
            (293, 320, "2", 8),
            (339, 320, "£74.99", 8),
            (391, 320, "20%", 8),
            (449, 320, "£89.99", 8),
            (523, 320, "£179.98", 8),
            (40, 331, "Only)", 8),
            (40, 342, "ASIN: B07XY12345", 7),
            (41, 357, "Masonry Bit Set, 12 pcs", 8),
            (294, 357, "3", 8),
            (339, 357, "£20.83", 8),
            (391, 357, "20%", 8),
            (449, 357, "£25.00", 8),
            (527, 357, "£75.00", 8),
            (40, 368, "ASIN: B01AB23456", 7),
            (40, 385, "Shipping charges", 8),
            (344, 385, "£4.16", 8),
            (391, 385, "20%", 8),
            (454, 385, "£4.99", 8),
            (532, 385, "£4.99", 8),
            (421, 410, "Invoice total", 8),
            (517, 410, "£259.97", 8),
            (40, 440, "VAT summary", 9),
            (40, 457, "VAT rate", 7),
            (197, 457, "Item subtotal (excl. VAT)", 7),
            (364, 457, "VAT", 7),
            (40, 474, "20%", 8),
            (260, 474, "£216.63", 8),
            (354, 474, "£43.34", 8),
            (40, 489, "Total", 8),
            (260, 489, "£216.63", 8),
            (354, 489, "£43.34", 8),
        ]
    )
    # The header's "Item" opens the amount's caption: the text stays under "Description", and
    # each row keeps its count and a price the count gives its amount by. (Which of the two,
    # net or gross, is reported is `net_of_gross`'s call: tablerows._gross_only.)
    assert [item["description"] for item in items] == [
        "Cordless Hammer Drill 18V (Body Only)",
        "Masonry Bit Set, 12 pcs",
        "Shipping charges",
    ]
    assert [item.get("quantity") for item in items] == [2.0, 3.0, None]
    for item, (net, gross) in zip(items[:2], [(74.99, 89.99), (20.83, 25.0)], strict=True):
        assert item["unit_price"] in (net, gross)
        assert abs(item["quantity"] * item["unit_price"] - item["amount"]) < 0.011
    # The tax summary's "Item subtotal (excl. VAT)" still gives the net.
    assert (fields.get("net_amount"), fields.get("tax_amount")) == (216.63, 43.34)
    assert fields.get("total_amount") == 259.97


def test_german_net_and_gross_unit_prices() -> None:
    items = _items(
        [
            *_head("Rechnung", "RE-2025-0412"),
            (41, 290, "Artikel", 8),
            (280, 290, "Menge", 8),
            (325, 290, "Einzelpreis netto", 8),
            (410, 290, "Einzelpreis brutto", 8),
            (500, 290, "Gesamt brutto", 8),
            (41, 308, "Akku-Bohrschrauber 18 V", 8),
            (290, 308, "2", 8),
            (350, 308, "42,01 €", 8),
            (440, 308, "49,99 €", 8),
            (520, 308, "99,98 €", 8),
            (41, 322, "Bit-Set 32-teilig", 8),
            (290, 322, "4", 8),
            (355, 322, "8,40 €", 8),
            (445, 322, "9,99 €", 8),
            (520, 322, "39,96 €", 8),
            (400, 350, "Gesamtbetrag", 8),
            (515, 350, "139,94 €", 8),
        ]
    )
    assert [(i.get("quantity"), i.get("unit_price"), i["amount"]) for i in items] == [
        (2.0, 49.99, 99.98),
        (4.0, 9.99, 39.96),
    ]


def test_french_prices_before_and_after_tax() -> None:
    items = _items(
        [
            *_head("Facture", "FA-2025-0098"),
            (41, 290, "Désignation", 8),
            (290, 290, "Qté", 8),
            (340, 290, "PU HT", 8),
            (420, 290, "PU TTC", 8),
            (500, 290, "Total TTC", 8),
            (41, 308, "Perceuse visseuse 18 V", 8),
            (295, 308, "3", 8),
            (340, 308, "41,66 €", 8),
            (420, 308, "49,99 €", 8),
            (505, 308, "149,97 €", 8),
            (41, 322, "Coffret d'embouts 32 pièces", 8),
            (295, 322, "2", 8),
            (345, 322, "8,33 €", 8),
            (425, 322, "9,99 €", 8),
            (510, 322, "19,98 €", 8),
            (400, 350, "Total TTC", 8),
            (505, 350, "169,95 €", 8),
        ]
    )
    assert [(i.get("quantity"), i.get("unit_price"), i["amount"]) for i in items] == [
        (3.0, 49.99, 149.97),
        (2.0, 9.99, 19.98),
    ]
