"""A header captioning only the figure columns ("Cena za MJ | DPH % | DPH | Celkem bez DPH"),
its rows printing a count, a unit and the item's text left of it under no caption
(Fakturoid's layout): the leading number is the quantity, the text the description."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf

_PARTIES: list[SizedText] = [
    (42, 40, "Faktura 2024-0042", 16),
    (42, 80, "DODAVATEL", 8),
    (300, 80, "ODBERATEL", 8),
    (42, 94, "Petra Novotná", 9),
    (300, 94, "Kavárna U Zlatého klasu s.r.o.", 9),
    (42, 106, "Mánesova 1520/31", 9),
    (300, 106, "Husova 240/12", 9),
    (42, 118, "120 00 Praha 2", 9),
    (300, 118, "110 00 Praha 1", 9),
    (42, 150, "Datum vystavení", 8),
    (160, 150, "Datum splatnosti", 8),
    (42, 162, "3. 4. 2024", 9),
    (160, 162, "17. 4. 2024", 9),
]
_CZECH_HEADER: list[SizedText] = [
    (347, 220, "Cena za MJ", 8),
    (402, 220, "DPH %", 8),
    (466, 220, "DPH", 8),
    (492, 220, "Celkem bez DPH", 8),
]


def _row(y: float, count: str, unit: str, text: str, figures: tuple[str, ...]) -> list[SizedText]:
    """A row as Fakturoid prints it: the count right-aligned, unit, text, then the figures
    right-aligned under their captions ("DPH %", the tax, the amount)."""
    price, rate, tax, amount = figures
    return [
        (80, y, ">" + count, 9),
        (91, y, unit, 9),
        (121, y, text, 9),
        (384, y, ">" + price, 9),
        (424, y, ">" + rate, 9),
        (479, y, ">" + tax, 9),
        (549, y, ">" + amount, 9),
    ]


def _items(texts: list[SizedText]) -> list[tuple[Any, ...]]:
    items = extract_canonical(make_aligned_pdf([*_PARTIES, *texts]), use_einvoice=False)
    return [
        (i.get("description"), i.get("quantity"), i.get("unit_price"), i.get("amount"))
        for i in items["line_items"]
    ]


def test_count_unit_and_text_left_of_price_captions_are_an_item() -> None:
    rows = [
        *_row(
            240,
            "1,00",
            "ks",
            "Návrh loga a vizuální identity",
            ("24 000,00", "21", "5 040,00", "24 000,00"),
        ),
        *_row(
            258,
            "6,00",
            "hod",
            "Tisková data – vizitky, razítko",
            ("800,00", "21", "1 008,00", "4 800,00"),
        ),
    ]
    totals: list[SizedText] = [(300, 300, "Celkem", 10), (549, 300, ">34 656,00 CZK", 10)]
    assert _items([*_CZECH_HEADER, *rows, *totals]) == [
        ("Návrh loga a vizuální identity", 1.0, 24000.0, 24000.0),
        ("Tisková data – vizitky, razítko", 6.0, 800.0, 4800.0),
    ]


def test_english_price_captions_over_counted_rows() -> None:
    header: list[SizedText] = [
        (347, 220, "Unit price", 8),
        (402, 220, "VAT %", 8),
        (466, 220, "VAT", 8),
        (505, 220, "Amount", 8),
    ]
    rows = _row(240, "3", "pcs", "Ceramic espresso cups", ("12.50", "20", "7.50", "37.50"))
    totals: list[SizedText] = [(300, 300, "Total due", 10), (549, 300, ">45.00", 10)]
    assert _items([*header, *rows, *totals]) == [("Ceramic espresso cups", 3.0, 12.5, 37.5)]


def test_text_alone_left_of_price_captions_opens_no_table() -> None:
    """Without a count and its unit left of them, the price captions head no item rows: the
    line under them may be any block's."""
    rows: list[SizedText] = [(121, 240, "Poznámka k objednávce", 9), (549, 240, ">24 000,00", 9)]
    assert _items([*_CZECH_HEADER, *rows]) == []
