"""Prices quoted per 100 or 1000 pieces whose base the page prints as a slash or a word.

Conventions:
- Where the page prints the base of a price ("Preis" over "/ 100 St" in the header, "€/100
  Stk" in the caption's cell, "pce (le cent)" in the row's unit cell), the price stays as
  printed, per that base, as for a "je 100kg" caption or a price unit column.
- Where nothing prints the base, a price the amount is quantity times only once divided by
  100 is the price of 100 pieces: the price per piece is worked out.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf

_Text = tuple[float, float, str, float]

_HEAD: list[_Text] = [
    (60, 60, "Muster Normteile GmbH", 10.0),
    (350, 100, "Rechnungs-Nr. R-2024-0815", 9.0),
    (350, 114, "Rechnungsdatum 19.09.2024", 9.0),
]


def _prices(texts: list[_Text]) -> list[object]:
    result = extract_canonical(make_aligned_pdf(_HEAD + texts), use_einvoice=False)
    return [item.get("unit_price") for item in result["line_items"]]


def _table(price_caption: str, under: str | None, unit: str = "St") -> list[_Text]:
    texts: list[_Text] = [
        (60, 240, "Art.-Nr.", 9.0),
        (120, 240, "Bezeichnung", 9.0),
        (330, 240, "Menge", 9.0),
        (420, 240, price_caption, 9.0),
        (500, 240, "Betrag", 9.0),
    ]
    if under is not None:
        texts.append((420, 250, under, 9.0))
    rows = [
        ("S-0825", "Sechskantschraube M8x25", "2.000", "6,40", "128,00"),
        ("M-08", "Sechskantmutter M8", "3.000", "1,46", "43,80"),
        ("BOX-24", "Sortimentskasten", "4", "18,50", "74,00"),
    ]
    y = 270.0
    for code, name, count, price, amount in rows:
        texts += [
            (60, y, code, 9.0),
            (120, y, name, 9.0),
            (330, y, count, 9.0),
            (370, y, "Stk" if code == "BOX-24" else unit, 9.0),
            (460, y, f">{price}", 9.0),
            (540, y, f">{amount}", 9.0),
        ]
        y += 15
    texts += [(330, y + 20, "Nettobetrag", 9.0), (540, y + 20, ">245,80", 9.0)]
    return texts


def test_base_on_the_price_captions_second_line_keeps_the_printed_price() -> None:
    assert _prices(_table("Preis", "/ 100 St")) == [6.4, 1.46, 18.5]


def test_slash_base_in_the_price_caption_keeps_the_printed_price() -> None:
    assert _prices(_table("EP €/100 Stk", None)) == [6.4, 1.46, 18.5]


def test_base_in_the_rows_unit_cell_keeps_the_printed_price() -> None:
    assert _prices(_table("Preis", None, unit="St (le cent)")) == [6.4, 1.46, 18.5]


def test_unprinted_base_still_gives_the_price_per_piece() -> None:
    assert _prices(_table("Preis", None)) == [0.064, 0.0146, 18.5]
