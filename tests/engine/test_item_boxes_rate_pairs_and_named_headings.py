"""E-invoice viewer prints whose position boxes print the line's VAT rate (EN 16931 BT-152)
as a second caption | value pair on the unit price's row ("Preis pro Einheit (netto) | 2,31 |
Umsatzsteuersatz | 7 %", "Item net price | 189.00 | Invoiced item VAT rate | 19 %"), or name
the item on the box's heading line ("Position 1 | Rücksendung Ritzelwelle", the rows
indented under it).

Conventions:
- A VAT rate or category caption ("Umsatzsteuersatz", "Steuersatz", "Umsatzsteuer", "USt.-
  Satz", "MwSt.", "Invoiced item VAT rate", "VAT rate", "Tax rate") names no figure of the
  item: its pair is skipped, the row's other pair is read.
- A worded heading with text beside it ("Position 1 | Name", "Line 2 | Name") opens a box
  whose item is that name, unless a row of the box names it.
- The rows of a box so headed are a position's own, never the document's figures.
"""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical
from facturist.engine.itemboxes import boxed_items
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.positionlistings import position_lines

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]


def _page_lines(rows: list[Row]) -> list[Line]:
    words = []
    for x, y, text in rows:
        for token in text.split(" "):
            width = 5.0 * len(token)
            words.append(Word(token, Box(1, x, y, x + width, y + 9)))
            x += width + 2.5
    return build_lines(PageText(1, 595, 842, words))


def _read(rows: list[Row]) -> list[tuple[object, ...]]:
    return [
        (i["description"].value, i["quantity"].value, i["unit_price"].value, i["amount"].value)
        for i in boxed_items(_page_lines(rows))
    ]


def _paired_box(
    top: float, heading: str, captions: tuple[str, ...], values: tuple[str, ...]
) -> list[Row]:
    """A heading over name, quantity, "unit price | rate" and amount rows, the rate's pair
    printed right of the unit price's value."""
    name, count, price, rate, amount = captions
    out: list[Row] = [(47, top, heading)]
    rows = [(name, values[0]), (count, values[1]), (price, values[2]), (amount, values[4])]
    for offset, (caption, value) in enumerate(rows, start=1):
        out += [(57, top + 13 * offset, caption), (220, top + 13 * offset, value)]
    out += [(330, top + 39, rate), (450, top + 39, values[3])]
    return out


_GERMAN = (
    "Bezeichnung",
    "Menge",
    "Preis pro Einheit (netto)",
    "Umsatzsteuersatz",
    "Gesamtpreis (netto)",
)
_ENGLISH = (
    "Item name",
    "Invoiced quantity",
    "Item net price",
    "Invoiced item VAT rate",
    "Invoice line net amount",
)


@pytest.mark.parametrize(
    ("heading", "captions", "first", "second"),
    [
        (
            "Position",
            _GERMAN,
            ("Trinkwasser Schulzentrum", "318 m³", "2,05", "7 %", "651,90"),
            ("Messstellenbetrieb", "2 Stk", "18,40", "19 %", "36,80"),
        ),
        (
            "Line",
            _ENGLISH,
            ("Torque wrench 20-100 Nm", "6 pcs", "74.50", "19 %", "447.00"),
            ("Service flat rate", "1 pcs", "120.00", "19 %", "120.00"),
        ),
        (
            "Position",
            ("Artikelname", "Menge", "Einzelpreis", "Steuersatz", "Nettobetrag"),
            ("Kabelkanal 40x60", "25 m", "3,20", "19 %", "80,00"),
            ("Montagepauschale", "1 Psch", "95,00", "19 %", "95,00"),
        ),
    ],
)
def test_a_rate_pair_beside_the_unit_price_leaves_the_box_readable(
    heading: str, captions: tuple[str, ...], first: tuple[str, ...], second: tuple[str, ...]
) -> None:
    rows = _paired_box(100, f"{heading} 1", captions, first) + _paired_box(
        180, f"{heading} 2", captions, second
    )
    assert _read(rows) == [
        (first[0], *(_figure(v) for v in (first[1], first[2], first[4]))),
        (second[0], *(_figure(v) for v in (second[1], second[2], second[4]))),
    ]


def _figure(text: str) -> float:
    number = text.split()[0]
    return float(number.replace(".", "").replace(",", ".") if "," in number else number)


def _named_box(top: float, number: int, name: str, rows: list[tuple[str, str]]) -> list[Row]:
    """ "Position 1 | name" over rows indented under it."""
    out: list[Row] = [(48, top, f"Position {number}"), (240, top, name)]
    for offset, (caption, value) in enumerate(rows, start=1):
        out += [(140, top + 12.5 * offset, caption), (320, top + 12.5 * offset, value)]
    return out


def _named_rows(count: str, price: str, amount: str) -> list[tuple[str, str]]:
    return [
        ("Menge", count),
        ("Einzelpreis netto", price),
        ("Umsatzsteuer", "19 %"),
        ("Nettobetrag", amount),
    ]


def test_a_name_on_the_heading_line_names_the_boxes_item() -> None:
    rows = (
        _named_box(
            300,
            1,
            "Rücksendung Lagerbuchse LB-12",
            _named_rows("80,00 Stk", "4,15 EUR", "332,00 EUR"),
        )
        + _named_box(
            370, 2, "Gutschrift Frachtkosten", _named_rows("1,00 Psch", "38,00 EUR", "38,00 EUR")
        )
        + [(40, 440, "UMSATZSTEUER")]
    )
    assert _read(rows) == [
        ("Rücksendung Lagerbuchse LB-12", 80.0, 4.15, 332.0),
        ("Gutschrift Frachtkosten", 1.0, 38.0, 38.0),
    ]


def test_a_named_headings_rows_are_a_positions_own() -> None:
    lines = _page_lines(
        _named_box(
            300, 1, "Wartung Kältetechnik", _named_rows("1,00 Psch", "640,00 EUR", "640,00 EUR")
        )
    )
    inside = position_lines(lines)
    assert {lines[i].text.split()[0] for i in inside} == {
        "Position",
        "Menge",
        "Einzelpreis",
        "Umsatzsteuer",
        "Nettobetrag",
    }


def test_a_viewer_print_with_named_headings_end_to_end() -> None:
    head: list[Row] = [
        (40, 40, "Schwarzwald Feinmechanik KG"),
        (40, 70, "GUTSCHRIFT"),
        (48, 90, "Rechnungsnummer"),
        (240, 90, "GS-2025-0107"),
        (48, 102, "Rechnungsdatum"),
        (240, 102, "12.05.2025"),
        (40, 280, "RECHNUNGSPOSITIONEN"),
    ]
    boxes = _named_box(
        300, 1, "Rücksendung Lagerbuchse LB-12", _named_rows("80,00 Stk", "4,15 EUR", "332,00 EUR")
    ) + _named_box(
        370, 2, "Gutschrift Frachtkosten", _named_rows("1,00 Psch", "38,00 EUR", "38,00 EUR")
    )
    tail: list[Row] = [
        (40, 450, "BETRÄGE"),
        (48, 470, "Gesamtbetrag ohne Umsatzsteuer"),
        (240, 470, "370,00 EUR"),
        (48, 482, "Umsatzsteuerbetrag"),
        (240, 482, "70,30 EUR"),
        (48, 494, "Gesamtbetrag"),
        (240, 494, "440,30 EUR"),
    ]
    result = extract_canonical(make_invoice_pdf([head + boxes + tail]), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Rücksendung Lagerbuchse LB-12", 332.0),
        ("Gutschrift Frachtkosten", 38.0),
    ]
