"""Position boxes of a grouped XRechnung visualisation: a group's own box ("Position 1 –
Gruppe", summing its sub-positions) gives no item, sub-positions are numbered "1.1", and a
scan may join a caption and its value into one cell."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.itemboxes import boxed_items

from .conftest import make_invoice_pdf, spaced_lines

Rows = list[tuple[str, str]]


def _box(top: float, heading: str, rows: Rows) -> list[tuple[float, float, str]]:
    out = [(57.0, top, heading)]
    for offset, (caption, value) in enumerate(rows, start=1):
        out += [(57.0, top + 12 * offset, caption), (241.0, top + 12 * offset, value)]
    return out


def _position(name: str, count: str, price: str, amount: str) -> Rows:
    return [
        ("Artikelname:", name),
        ("Menge:", count),
        ("Einheit:", "Stück"),
        ("Preis pro Einheit (netto):", price),
        ("Umsatzsteuer:", "S 19 %"),
        ("Gesamtpreis (netto):", amount),
    ]


def test_group_boxes_and_dotted_sub_positions() -> None:
    head = [
        (57.0, 40.0, "Rechnung"),
        (57.0, 60.0, "Rechnungsnummer:"),
        (241.0, 60.0, "AR-2025-0117"),
        (57.0, 72.0, "Rechnungsdatum:"),
        (241.0, 72.0, "21.03.2025"),
        (57.0, 100.0, "Rechnungspositionen"),
    ]
    group = [("Artikelname:", "Los 1 – Installation"), ("Summe der Unterpositionen:", "1.036,00")]
    page = (
        head
        + _box(120, "Position 1 – Gruppe", group)
        + _box(160, "Position 1.1", _position("Kabel verlegen", "100", "4,00", "400,00"))
        + _box(250, "Position 1.2", _position("Dose setzen", "50", "12,72", "636,00"))
    )
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    assert [
        (i["description"], i["quantity"], i["unit_price"], i["amount"])
        for i in result["line_items"]
    ] == [("Kabel verlegen", 100.0, 4.0, 400.0), ("Dose setzen", 50.0, 12.72, 636.0)]


def test_caption_joined_to_its_value_in_one_cell() -> None:
    # Captions at x=57 and values at x=241, but two rows read as one cell each.
    page = [
        (57.0, 100.0, "Line 1"),
        (57.0, 112.0, "Item name:"),
        (241.0, 112.0, "Window cleaning"),
        (57.0, 124.0, "Invoiced quantity:"),
        (241.0, 124.0, "2"),
        (57.0, 136.0, "Item net price: 40,00"),
        (57.0, 148.0, "Invoice line allowance amount: 8,00"),
        (57.0, 160.0, "Invoice line net amount:"),
        (241.0, 160.0, "72,00"),
    ]
    items = boxed_items(spaced_lines(page))
    assert [(i["description"].value, i["unit_price"].value, i["amount"].value) for i in items] == [
        ("Window cleaning", 40.0, 72.0)
    ]


def test_position_caption_unit_after_slash_and_trailing_reference() -> None:
    # "Position: | 1" as a caption row, "1 / H87" with its unit code after a slash, and the
    # business-term reference in the value's own cell.
    page = []
    for top, number, name, price in (
        (100.0, "1", "Modellplatte Rückgabe", "250,00"),
        (172.0, "2", "Schutzgebühr Unterlagen", "40,00"),
    ):
        rows = [
            ("Position:", number),
            ("Artikelname:", f"Erstattung {name} BT-153"),
            ("Menge / Einheit:", "1 / H87"),
            ("Preis pro Einheit (netto):", price),
            ("Gesamtpreis (netto):", price),
        ]
        for offset, (caption, value) in enumerate(rows):
            page += [(49.0, top + 12 * offset, caption), (256.0, top + 12 * offset, value)]
    items = boxed_items(spaced_lines(page))
    assert [(i["description"].value, i["quantity"].value, i["amount"].value) for i in items] == [
        ("Erstattung Modellplatte Rückgabe", 1.0, 250.0),
        ("Erstattung Schutzgebühr Unterlagen", 1.0, 40.0),
    ]
