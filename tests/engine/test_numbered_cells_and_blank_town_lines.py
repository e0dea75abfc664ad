"""Viewer positions numbered in a cell of their own, and address blocks printed with a blank
line before the town, a country under a letterhead's town, or under "Credit to:".

Conventions:
- A position block may print its number alone in a cell ("1", "1."), its name in the next and
  its amount at the right of that line; the sub-line under it holds several "caption: value"
  pairs ("Menge: 16 h | Einzelpreis netto: 58,00 EUR | USt: 19 %"). A price quoted for a
  unit ("2.340,00 € je Jahr") is the unit price.
- An address with one blank line between street and town (DIN 5008's older form) is whole.
- A letterhead's address set apart from the name may print its country under the town,
  over the company's register lines.
- "Credit to:" over a block heads the customer's block of a credit note.
"""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.labels import BUYER_SECTION
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.positionblocks import block_items

from .conftest import SizedText, make_sized_pdf

Row = tuple[float, float, str]


def _lines(rows: list[Row]) -> list[Line]:
    words = []
    for x, y, text in rows:
        for token in text.split(" "):
            width = 5.0 * len(token)
            words.append(Word(token, Box(1, x, y, x + width, y + 9)))
            x += width + 2.5
    return build_lines(PageText(1, 595, 842, words))


def _position(top: float, number: str, name: str, amount: str, pairs: list[str]) -> list[Row]:
    rows: list[Row] = [(60, top, number), (85, top, name), (480, top, amount)]
    x = 85.0
    for pair in pairs:
        rows.append((x, top + 14, pair))
        x += 150
    return rows


def test_a_number_alone_in_its_cell_opens_a_block_of_paired_sub_lines() -> None:
    rows = [(57, 340, "Positionen")]
    rows += _position(
        370, "1", "Heckenschnitt Nord", "928,00 EUR", ["Menge: 16 h", "Preis: 58,00 EUR"]
    )
    rows += _position(
        410,
        "2.",
        "Lizenz Jahresgebühr",
        "2.340,00 €",
        ["Menge: 1 Jahr", "Preis: 2.340,00 € je Jahr"],
    )
    rows.append((330, 450, "Summe 3.268,00 EUR"))
    items = [
        (i["description"].value, i["quantity"].value, i["unit_price"].value, i["amount"].value)
        for i in block_items(_lines(rows))
    ]
    assert items == [
        ("Heckenschnitt Nord", 16.0, 58.0, 928.0),
        ("Lizenz Jahresgebühr", 1.0, 2340.0, 2340.0),
    ]


_TOTALS: list[SizedText] = [
    (60, 300, "Beschreibung", 9),
    (480, 300, "Betrag", 9),
    (60, 320, "Wartung Server", 10),
    (480, 320, "100,00", 10),
    (380, 360, "Netto", 10),
    (480, 360, "100,00", 10),
    (380, 375, "MwSt 19 %", 10),
    (480, 375, "19,00", 10),
    (380, 390, "Gesamt EUR", 10),
    (480, 390, "119,00", 10),
]


def test_a_blank_line_between_street_and_town_keeps_the_town() -> None:
    texts: list[SizedText] = [
        (57, 50, "EDV-Service Brandt", 9),
        (57, 62, "Kirchplatz 4", 9),
        (57, 74, "48683 Ahaus", 9),
        (57, 135, "Steuerbüro Ostmann & Partner", 9),
        (57, 148, "Wüllener Straße 19", 9),
        (57, 174, "48683 Ahaus", 9),
        (57, 225, "RECHNUNG", 14),
        (60, 260, "Rechnungs-Nr. 000845", 9),
        (300, 260, "Datum 21.02.2024", 9),
        *_TOTALS,
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_address"] == "Wüllener Straße 19, 48683 Ahaus"


def test_a_country_under_the_letterhead_town_is_kept() -> None:
    texts: list[SizedText] = [
        (57, 44, "VAN BREE", 18),
        (57, 68, "elektro · installatie", 9),
        (57, 90, "Kortrijksesteenweg 215", 9),
        (57, 101, "9000 Gent", 9),
        (57, 113, "België", 9),
        (57, 124, "BTW BE 0456.789.133", 9),
        (340, 106, "Brasserie De Klok", 10),
        (340, 120, "t.a.v. dhr. Wouter Peeters", 10),
        (340, 133, "Grote Markt 3", 10),
        (340, 147, "8000 Brugge", 10),
        (340, 161, "BTW BE 0712.345.630", 10),
        (57, 192, "FACTUUR", 14),
        (57, 221, "Factuurnummer 2025-0147", 9),
        (300, 221, "Factuurdatum 20-02-2025", 9),
        (140, 797, "Van Bree Elektro BV · RPR Gent · Ondernemingsnummer 0456.789.133", 7),
        *_TOTALS,
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "Kortrijksesteenweg 215, 9000 Gent, België"


def test_credit_to_with_its_colon_heads_the_customer_block() -> None:
    assert BUYER_SECTION.match("Credit to:")
    assert BUYER_SECTION.match("Credited to")
    assert not BUYER_SECTION.match("Credit to: account 4471")
