"""E-invoice viewer prints: position blocks with a headed allowance sub-block, and a party's
address row followed by an uncaptioned town line that leads with the country's code.

Conventions:
- "Position 2 von 4" opens a block; a line allowance or charge (EN 16931 BG-27 / BG-28) may be
  printed as a phrase alone at the captions' edge ("Nachlass auf Positionsebene") over rows
  indented under it (reason, percentage, base amount, amount): the phrase does not end the
  block, and the sub-block's figures are none of the position's. The position's amount is its
  net amount row ("Nettobetrag der Position"), wherever its value stands.
- "Anschrift: Talstraße 14" over "AT 6020 Innsbruck", the town line flush with the caption
  and without one of its own, continues the address; the leading country code goes last
  ("Talstraße 14, 6020 Innsbruck, AT").
"""

from __future__ import annotations

from facturist.engine.itemboxes import boxed_items
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Word

from .conftest import analysed, make_invoice_pdf

Row = tuple[float, float, str]


def _lines(rows: list[Row]) -> list[Line]:
    words = []
    for x, y, text in rows:
        for token in text.split(" "):
            width = 5.0 * len(token)
            words.append(Word(token, Box(1, x, y, x + width, y + 9)))
            x += width + 2.5
    return build_lines(PageText(1, 595, 842, words))


def _position(top: float, number: int, rows: list[tuple[str, str]], net: str) -> list[Row]:
    """A "Position n von 3" block whose rows are (caption, value); a caption starting with
    ">" is indented under the captions (an allowance sub-block's row), one starting with "!"
    stands alone (the sub-block's heading)."""
    out: list[Row] = [(45, top, f"Position {number} von 3")]
    y = top
    for caption, value in rows:
        y += 12
        if caption.startswith("!"):
            out.append((60, y, caption[1:]))
            continue
        x = 76 if caption.startswith(">") else 60
        out += [(x, y, caption.lstrip(">")), (220, y, value)]
    out += [(60, y + 12, "Nettobetrag der Position"), (500, y + 12, net)]
    return out


def _item(name: str, count: str, price: str) -> list[tuple[str, str]]:
    return [
        ("Artikelnummer Verkäufer", "QX-118"),
        ("Bezeichnung", name),
        ("Menge", count),
        ("Preis je Einheit (netto)", price),
        ("Umsatzsteuer", "Kategorie S, 19 %"),
    ]


def test_a_headed_allowance_sub_block_stays_in_its_position() -> None:
    allowance = [
        ("!Nachlass auf Positionsebene", ""),
        (">Grund", "Sommeraktion"),
        (">Prozentsatz", "20 %"),
        (">Basisbetrag", "150,00 EUR"),
        (">Betrag", "-30,00 EUR"),
    ]
    rows = _position(
        100, 1, _item("Gartenschlauch 25 m", "10 Stück", "15,00 EUR") + allowance, "120,00 EUR"
    )
    rows += _position(260, 2, _item("Schlauchkupplung", "40 Stück", "2,10 EUR"), "84,00 EUR")
    rows += _position(360, 3, _item("Regentonne 300 l", "2 Stück", "49,50 EUR"), "99,00 EUR")
    items = boxed_items(_lines(rows))
    assert [
        (i["description"].value, i["quantity"].value, i["unit_price"].value, i["amount"].value)
        for i in items
    ] == [
        ("Gartenschlauch 25 m", 10.0, 15.0, 120.0),
        ("Schlauchkupplung", 40.0, 2.1, 84.0),
        ("Regentonne 300 l", 2.0, 49.5, 99.0),
    ]


def test_a_town_line_with_the_country_code_first_continues_the_address() -> None:
    texts: list[Row] = [
        (40, 30, "Visualisierung E-Rechnung"),
        (40, 55, "Rechnung Nr. 77-0412 vom 04.11.2025"),
        (40, 120, "Verkäufer"),
        (300, 120, "Käufer"),
        (40, 132, "Name: Tiroler Gartenbedarf OG"),
        (300, 132, "Name: Bauhof Lienz GmbH"),
        (40, 143, "Anschrift: Talstraße 14"),
        (300, 143, "Anschrift: Kärntner Platz 3"),
        (40, 154, "AT 6020 Innsbruck"),
        (300, 154, "AT 9900 Lienz"),
        (40, 165, "USt.-Id.-Nr.: ATU12345675"),
        (300, 165, "Nummer: 5521"),
        (40, 200, "Gesamtbetrag ohne USt. 100,00"),
        (40, 212, "Summe USt. (S, 20%) 20,00"),
        (40, 224, "Gesamtbetrag mit USt. 120,00"),
    ]
    invoice = analysed(make_invoice_pdf([texts], size=9))
    assert invoice.fields["seller_address"].value == "Talstraße 14, 6020 Innsbruck, AT"
