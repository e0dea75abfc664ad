"""Item-table rules of round 4 (tables2): prices per 100 units ("PE 100") beside a position
number, and sub-lines that are no part of an item's name."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Acme Widgets Ltd"),
    (350, 130, "Invoice number:"),
    (450, 130, "INV-7"),
    (350, 144, "Invoice date:"),
    (450, 144, "05.03.2024"),
]


def _read(*pages: Page) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf(list(pages)), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def test_a_price_per_hundred_keeps_the_printed_quantity() -> None:
    # "2 | ... | 200 | 24,60 | 100 | 49,20": the position times the price gives the amount
    # too, but the quantity read does once the price is per 100 units.
    header: Page = [
        (60, 220, "Pos"),
        (90, 220, "Bezeichnung"),
        (300, 220, "Menge"),
        (370, 220, "Preis"),
        (420, 220, "PE"),
        (490, 220, "Betrag"),
    ]
    rows: Page = [
        (60, 240, "1"),
        (90, 240, "Schraube M8"),
        (310, 240, "500"),
        (370, 240, "11,80"),
        (420, 240, "100"),
        (490, 240, "59,00"),
        (60, 256, "2"),
        (90, 256, "Schraube M10"),
        (310, 256, "200"),
        (370, 256, "24,60"),
        (420, 256, "100"),
        (490, 256, "49,20"),
        (350, 290, "Summe netto"),
        (490, 290, "108,20"),
    ]
    items = _read(_HEAD + header + rows)
    assert [i["quantity"] for i in items] == [500.0, 200.0]
    # The price stays as printed, per the 100 units its "PE" column names (EN 16931's net
    # price per base quantity); only a price whose base is not printed is divided.
    assert [round(i["unit_price"], 4) for i in items] == [11.8, 24.6]


_HEADER: Page = [
    (200, 220, "Description"),
    (400, 220, "Qty"),
    (450, 220, "Price"),
    (510, 220, "Amount"),
]


def test_an_info_block_left_of_the_table_is_no_item_text() -> None:
    # "Client C-0087" and "Date 12/03/2025" in a column beside the items.
    rows: Page = [
        (40, 240, "Client"),
        (90, 240, "C-0087"),
        (200, 240, "Logo design and palette,"),
        (400, 240, "1"),
        (450, 240, "800.00"),
        (510, 240, "800.00"),
        (40, 251, "Date"),
        (90, 251, "12/03/2025"),
        (200, 252, "style guide"),
        (200, 270, "Menu layout"),
        (400, 270, "1"),
        (450, 270, "650.00"),
        (510, 270, "650.00"),
        (350, 300, "Subtotal"),
        (510, 300, "1450.00"),
    ]
    items = _read(_HEAD + _HEADER + rows)
    assert [i["description"] for i in items] == [
        "Logo design and palette, style guide",
        "Menu layout",
    ]


def test_a_heading_in_capitals_under_an_item_is_no_part_of_it() -> None:
    rows: Page = [
        (200, 240, "Floor protection"),
        (400, 240, "1"),
        (450, 240, "80.00"),
        (510, 240, "80.00"),
        (200, 252, "LOT 2 - DRYWALL WORK"),
        (200, 266, "Partition walls"),
        (400, 266, "2"),
        (450, 266, "40.00"),
        (510, 266, "80.00"),
        (350, 300, "Subtotal"),
        (510, 300, "160.00"),
    ]
    items = _read(_HEAD + _HEADER + rows)
    assert [i["description"] for i in items] == ["Floor protection", "Partition walls"]


def test_a_wrapped_name_closing_its_bracket_goes_on_past_a_totals_word() -> None:
    header: Page = [(200, 220, "Bezeichnung"), (400, 220, "Anzahl"), (510, 220, "Summe")]
    rows: Page = [
        (200, 240, "Lampe"),
        (400, 240, "1"),
        (510, 240, "100,00"),
        (200, 256, "Gutschein (10 % auf"),
        (510, 256, "-10,00"),
        (200, 267, "Warenwert)"),
        (350, 300, "Gesamtsumme"),
        (510, 300, "90,00"),
    ]
    items = _read(_HEAD + header + rows)
    assert items[-1]["description"] == "Gutschein (10 % auf Warenwert)"


def test_a_one_letter_tax_flag_is_no_word_of_the_name() -> None:
    rows: Page = [
        (200, 240, "Rugged tablet"),
        (370, 240, "T"),
        (400, 240, "3"),
        (450, 240, "10.00"),
        (510, 240, "30.00"),
        (350, 300, "Subtotal"),
        (510, 300, "30.00"),
    ]
    items = _read(_HEAD + _HEADER + rows)
    assert items[0]["description"] == "Rugged tablet"


def test_ean_and_serial_number_lines_are_no_part_of_the_name() -> None:
    rows: Page = [
        (200, 240, "Motion sensor, white"),
        (400, 240, "1"),
        (450, 240, "23.40"),
        (510, 240, "23.40"),
        (200, 251, "EAN 4030699081280"),
        (200, 266, "NAS enclosure"),
        (400, 266, "1"),
        (450, 266, "500.00"),
        (510, 266, "500.00"),
        (200, 277, "S/N: H9743104X, J6808054X"),
        (350, 300, "Subtotal"),
        (510, 300, "523.40"),
    ]
    items = _read(_HEAD + _HEADER + rows)
    assert [i["description"] for i in items] == ["Motion sensor, white", "NAS enclosure"]


def test_an_underscore_set_apart_below_the_line_joins_its_words() -> None:
    from facturist.engine.model import Box, Word
    from facturist.engine.tablewraps import underscore_joined

    named = [
        Word("Block", Box(1, 52, 401, 75, 409)),
        Word("Storage", Box(1, 77, 401, 110, 409)),
        Word("b", Box(1, 112, 401, 116, 409)),
        Word("ssd", Box(1, 120, 401, 133, 409)),
    ]
    mark = Word("_", Box(1, 116, 408, 120, 409))
    assert underscore_joined(named, [mark])
    assert [w.text for w in named] == ["Block", "Storage", "b_ssd"]
