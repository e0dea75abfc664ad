"""E-invoice viewer prints whose positions are cards rather than caption | value boxes
(itemcards.py), and numbered positions whose count and price stand on a grey line under the
name (pricedpositions.py).

Conventions:
- A card's heading row holds its heading ("Pos. 1", "Line 1", "1.") and at most the item's
  identifier ("Art.-Nr. X", "Item ID X", "Artikel-Nr.: | X"); two cards may share the row.
- The text under a card's heading is the item's name unless a name caption names it; its
  figures are the values under a row of captions, or "caption: value" pairs.
- A card ends at its amount; every card must name its item and amount, or none is read.
- A numbered "number | name | amount" line whose working ("14 Stk x 64,50 EUR") under the
  name multiplies to the amount is a position; group headings and sums are none.
"""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical
from facturist.engine.itemboxes import boxed_items
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Word

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


Card = tuple[str, str, str, str, str, str]  # heading, id, name, count, price, amount


def _grid_card(x: float, top: float, card: Card, captions: tuple[str, ...]) -> list[Row]:
    """A card: heading bar with the item's id, the name, a row of captions, values under."""
    heading, ident, name, count, price, amount = card
    out: list[Row] = [(x, top, heading), (x + 50, top, ident), (x, top + 17, name)]
    for offset, (caption, value) in enumerate(
        zip(captions, (count, price, "19 %", amount), strict=True)
    ):
        out += [(x + 62 * offset, top + 45, caption), (x + 62 * offset, top + 56, value)]
    return out


_GERMAN_CAPTIONS = ("Menge", "Einzelpreis", "USt.", "Betrag netto")
_ENGLISH_CAPTIONS = ("Qty", "Unit price", "VAT", "Net amount")


@pytest.mark.parametrize("captions", [_GERMAN_CAPTIONS, _ENGLISH_CAPTIONS])
def test_cards_in_two_columns_read_their_figures_under_the_captions(
    captions: tuple[str, ...],
) -> None:
    cards: list[Card] = [
        ("Pos. 1", "Art.-Nr. FS-H", "Funktionsshirt Herren", "40 Stk", "14,25", "570,00"),
        ("Pos. 2", "Art.-Nr. SJ-D", "Softshelljacke Damen", "15 Stk", "48,90", "733,50"),
        ("Pos. 3", "Art.-Nr. LS-3", "Laufsocken 3er-Pack", "60 Pack", "6,15", "369,00"),
    ]
    rows = (
        _grid_card(47, 280, cards[0], captions)
        + _grid_card(310, 280, cards[1], captions)
        + _grid_card(47, 376, cards[2], captions)
        + [(310, 443, "enth. Nachlass -41,60"), (250, 470, "Summen")]
    )
    assert _read(rows) == [
        ("Funktionsshirt Herren", 40.0, 14.25, 570.0),
        ("Softshelljacke Damen", 15.0, 48.9, 733.5),
        ("Laufsocken 3er-Pack", 60.0, 6.15, 369.0),
    ]


def _peppol_card(x: float, top: float, card: Card) -> list[Row]:
    """ "Line 1 | Item ID X", the name, "Quantity: 4 EA", "Price: 74.00 | VAT 21%" and
    "Net amount:" with the amount at the card's right."""
    heading, ident, name, count, price, amount = card
    return [
        (x, top, heading),
        (x + 45, top, ident),
        (x, top + 13, name),
        (x, top + 29, f"Quantity: {count}"),
        (x, top + 41, f"Price: {price}"),
        (x + 120, top + 41, "VAT 21%"),
        (x, top + 54, "Net amount:"),
        (x + 190, top + 54, amount),
    ]


def test_peppol_cards_read_their_joined_caption_value_pairs() -> None:
    rows = (
        _peppol_card(
            48, 300, ("Line 1", "Item ID RU-85", "Roll-up banner", "4 EA", "74.00", "296.00")
        )
        + _peppol_card(
            312, 300, ("Line 2", "Item ID WF-PL", "Window foil", "11.5 MTK", "38.00", "437.00")
        )
        + [(40, 380, "VAT breakdown")]
    )
    assert _read(rows) == [
        ("Roll-up banner", 4.0, 74.0, 296.0),
        ("Window foil", 11.5, 38.0, 437.0),
    ]


def _listed(top: float, number: int, ident: str, rows: list[tuple[str, str]]) -> list[Row]:
    """ "1. | Artikel-Nr.: | X" over caption | value rows indented under it."""
    out: list[Row] = [(41, top, f"{number}."), (61, top, "Artikel-Nr.:"), (160, top, ident)]
    for offset, (caption, value) in enumerate(rows, start=1):
        out += [(61, top + 11 * offset, caption), (160, top + 11 * offset, value)]
    return out


def test_a_definition_list_under_a_numbered_heading_with_the_article_number() -> None:
    rows = _listed(
        266,
        1,
        "OL-5L",
        [
            ("Bezeichnung:", "Olivenöl nativ extra"),
            ("Menge:", "6 Kan"),
            ("Einzelpreis netto", "54,90 EUR"),
            ("Positionsrabatt", "-16,47 EUR"),
            ("Steuersatz:", "7 %"),
            ("Gesamtpreis netto", "312,93 EUR"),
        ],
    ) + _listed(
        350,
        2,
        "PR24",
        [
            ("Bezeichnung:", "Parmigiano Reggiano"),
            ("Menge:", "8 kg"),
            ("Einzelpreis netto", "31,40 EUR"),
            ("Steuersatz:", "7 %"),
            ("Gesamtpreis netto", "251,20 EUR"),
        ],
    )
    assert _read(rows) == [
        ("Olivenöl nativ extra", 6.0, 54.9, 312.93),
        ("Parmigiano Reggiano", 8.0, 31.4, 251.2),
    ]


def test_a_card_without_its_amount_reads_no_cards() -> None:
    captions = ("Menge", "Einzelpreis", "USt.", "Bemerkung")
    rows = _grid_card(
        47, 280, ("Pos. 1", "Art.-Nr. A-1", "Schrauben", "4 Stk", "1,00", "4,00"), _GERMAN_CAPTIONS
    ) + _grid_card(47, 376, ("Pos. 2", "Art.-Nr. B-2", "Muttern", "2 Stk", "1,00", "x"), captions)
    assert _read(rows) == []


def _group(top: float, number: int, rows: list[tuple[str, str, str]], total: str) -> list[Row]:
    """ "Gruppe n: name", numbered positions with their working under the name, the sum."""
    out: list[Row] = [(44, top, f"Gruppe {number}: Bereich {number}")]
    for offset, (name, working, amount) in enumerate(rows):
        y = top + 16 + 24 * offset
        out += [
            (51, y, f"{number}.{offset + 1}"),
            (81, y, name),
            (500, y, amount),
            (81, y + 11, working),
            (200, y + 11, "·"),
            (215, y + 11, "USt. 19 %"),
        ]
    end = top + 16 + 24 * len(rows)
    return [*out, (351, end, "Summe Gruppe"), (500, end, total)]


def test_grouped_positions_read_their_working_under_the_name() -> None:
    rows = _group(
        266,
        1,
        [
            ("Empfangstheke Eiche", "1 Stk x 3.180,00 EUR", "3.180,00"),
            ("Wandpaneele Akustik", "14 Stk x 64,50 EUR", "903,00"),
        ],
        "4.083,00",
    ) + _group(368, 2, [("Montage Behandlungsraum", "6 Std x 62,00 EUR", "372,00")], "372,00")
    assert _read(rows) == [
        ("Empfangstheke Eiche", 1.0, 3180.0, 3180.0),
        ("Wandpaneele Akustik", 14.0, 64.5, 903.0),
        ("Montage Behandlungsraum", 6.0, 62.0, 372.0),
    ]


def test_a_working_that_misses_the_amount_reads_no_positions() -> None:
    rows = _group(
        266,
        1,
        [
            ("Empfangstheke Eiche", "1 Stk x 3.180,00 EUR", "3.180,00"),
            ("Wandpaneele Akustik", "14 Stk x 64,50 EUR", "900,00"),
        ],
        "4.080,00",
    )
    assert _read(rows) == []


def test_cards_end_to_end() -> None:
    head: list[Row] = [
        (40, 40, "Nordlicht Textil GmbH"),
        (40, 60, "Rechnung Nr. VK-2024-0553"),
        (48, 90, "Rechnungsdatum"),
        (200, 90, "19.07.2024"),
        (40, 250, "Positionen"),
    ]
    cards = _grid_card(
        47,
        280,
        ("Pos. 1", "Art.-Nr. FS-H", "Funktionsshirt Herren", "40 Stk", "14,25", "570,00"),
        _GERMAN_CAPTIONS,
    ) + _grid_card(
        310,
        280,
        ("Pos. 2", "Art.-Nr. SJ-D", "Softshelljacke Damen", "15 Stk", "48,90", "733,50"),
        _GERMAN_CAPTIONS,
    )
    tail: list[Row] = [
        (250, 400, "Summen"),
        (250, 420, "Nettobetrag"),
        (420, 420, "1.303,50 EUR"),
        (250, 433, "Umsatzsteuer 19 %"),
        (420, 433, "247,67 EUR"),
        (250, 446, "Bruttobetrag"),
        (420, 446, "1.551,17 EUR"),
    ]
    result = extract_canonical(make_invoice_pdf([head + cards + tail]), use_einvoice=False)
    assert [(i["description"], i["quantity"], i["amount"]) for i in result["line_items"]] == [
        ("Funktionsshirt Herren", 40.0, 570.0),
        ("Softshelljacke Damen", 15.0, 733.5),
    ]
