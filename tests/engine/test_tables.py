"""Line-item tables: column naming and rows whose amount sits on the line below."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD: list[tuple[float, float, str]] = [
    (50, 60, "Acme Widgets GmbH"),
    (350, 130, "Invoice number:"),
    (450, 130, "INV-7"),
    (350, 144, "Invoice date:"),
    (450, 144, "05.03.2024"),
]


def _items(rows: list[tuple[float, float, str]]) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def test_amount_header_left_of_price_names_the_quantity() -> None:
    items = _items(
        [
            (60, 220, "Amount"),
            (120, 220, "Product"),
            (350, 220, "Price"),
            (450, 220, "Total"),
            (60, 240, "3.00"),
            (120, 240, "Blue balloons"),
            (350, 240, "2.50"),
            (450, 240, "7.50"),
            (60, 256, "4.00"),
            (120, 256, "Hot air"),
            (350, 256, "1.25"),
            (450, 256, "5.00"),
            (60, 290, "Net total: 12.50"),
        ]
    )
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (3.0, 2.5, 7.5),
        (4.0, 1.25, 5.0),
    ]


def test_rows_with_their_amount_on_the_next_line_stay_apart() -> None:
    rows: list[tuple[float, float, str]] = [
        (60, 220, "Pos"),
        (100, 220, "Beschreibung"),
        (300, 220, "Nettopreis"),
        (380, 220, "Menge"),
        (480, 220, "Nettobetrag"),
    ]
    y = 240.0
    for position, (name, price, quantity, amount) in enumerate(
        [("Trennblaetter A4", "9,90", "20", "198,00"), ("Joghurt Banane", "5,50", "50", "275,00")]
    ):
        rows += [
            (60, y, str(position + 1)),
            (100, y, name),
            (300, y, price),
            (380, y, quantity),
            (480, y + 10, amount),
            (100, y + 28, f"Rabatt {position + 1}: 0,00 %"),
        ]
        y += 60
    rows.append((300, y + 20, "Rechnungssumme 473,00"))
    items = _items(rows)
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ("Trennblaetter A4", 20.0, 198.0),
        ("Joghurt Banane", 50.0, 275.0),
    ]


def test_missing_price_is_derived_from_amount_and_quantity() -> None:
    items = _items(
        [
            (60, 220, "Beschreibung"),
            (300, 220, "Nettopreis"),
            (380, 220, "Menge"),
            (480, 220, "Nettobetrag"),
            (60, 240, "Stahlcoil"),
            (380, 240, "8"),
            (480, 240, "1.000,00"),
            (300, 270, "Rechnungssumme 1.000,00"),
        ]
    )
    assert [(i["quantity"], i["unit_price"]) for i in items] == [(8.0, 125.0)]


def _sub_item_table() -> list[tuple[float, float, str]]:
    return [
        (60, 220, "Bezeichnung"),
        (250, 220, "Menge"),
        (330, 220, "Nettopreis"),
        (440, 220, "MwSt-%"),
        (510, 220, "Nettowert"),
        (60, 240, "Mischpalette Joghurt"),
        (250, 240, "2,0000"),
        (330, 240, "29,1000"),
        (445, 240, "7,0"),
        (515, 240, "58,20"),
        (60, 256, "Erdbeer 150g"),
        (250, 256, "20,0000"),
        (445, 256, "7,0"),
    ]


def test_rate_under_a_percent_header_is_not_read_as_the_amount() -> None:
    items = _items([*_sub_item_table(), (330, 290, "Rechnungssumme 58,20")])
    assert [(i["amount"], i.get("vat_rate")) for i in items] == [(58.2, 7.0)]


def test_a_totals_grid_below_the_items_ends_the_table() -> None:
    totals = [
        (60, 300, "Warenwert"),
        (130, 300, "Zu-/Abschlag"),
        (330, 300, "Nettobetrag"),
        (510, 300, "Endbetrag"),
        (60, 316, "58,20"),
        (130, 316, "-1,10"),
        (330, 316, "57,10"),
        (445, 316, "7,0"),
        (515, 316, "61,10"),
    ]
    items = _items(_sub_item_table() + totals)
    assert [i["amount"] for i in items] == [58.2]
