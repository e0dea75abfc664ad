"""Wholesalers' item-table captions: British "Nett", abridged "Einzelpr.", a discount's "%"
beside or under "Rab.", a numbered "Item" column, a pack-size column beside the count, and a
price caption quoting per 100 ("Preis €" over "je 100 St.", "Preis/100")."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.column_captions import classify_text

from .conftest import make_aligned_pdf

_HEAD = [
    (50, 60, "Acme Wholesale Ltd", 10.0),
    (350, 130, "Invoice No:", 9.0),
    (450, 130, "SI-0042", 9.0),
    (350, 144, "Invoice Date:", 9.0),
    (450, 144, "14/03/2024", 9.0),
]


def _items(rows: list[tuple[float, float, str, float]]) -> list[tuple[Any, ...]]:
    result = extract_canonical(make_aligned_pdf(_HEAD + rows), use_einvoice=False)
    return [
        (i["description"], i["quantity"], i["unit_price"], i["amount"])
        for i in result["line_items"] or []
    ]


def test_captions_read_by_the_lexicon() -> None:
    assert classify_text("Nett") == "amount"
    assert classify_text("Nett Amount") == "amount"
    assert classify_text("Einzelpr.") == "unit_price"
    assert classify_text("Gesamtpr.") == "amount"
    assert classify_text("Preis/100") == "unit_price"
    assert classify_text("/100 St.") == "unit_price"
    assert classify_text("Menge/100") is None


def test_nett_heads_the_line_amount_and_pack_sizes_are_no_count() -> None:
    rows = [
        (40, 220, "Product", 8.0),
        (90, 220, "Description", 8.0),
        (290, 220, "Pack", 8.0),
        (360, 220, "Qty", 8.0),
        (400, 220, "Price", 8.0),
        (500, 220, "Nett", 8.0),
        (40, 236, "HP2113", 8.0),
        (90, 236, "TILDA BASMATI RICE", 8.0),
        (290, 236, "10kg", 8.0),
        (372, 236, ">1", 8.0),
        (422, 236, ">21.90", 8.0),
        (518, 236, ">21.90", 8.0),
        (40, 250, "HP2310", 8.0),
        (90, 250, "KTC PURE VEGETABLE OIL", 8.0),
        (290, 250, "20L", 8.0),
        (372, 250, ">6", 8.0),
        (422, 250, ">32.99", 8.0),
        (518, 250, ">197.94", 8.0),
        (400, 290, "Total Nett", 8.0),
        (518, 290, ">219.84", 8.0),
    ]
    assert _items(rows) == [
        ("TILDA BASMATI RICE", 1.0, 21.9, 21.9),
        ("KTC PURE VEGETABLE OIL", 6.0, 32.99, 197.94),
    ]


def test_abridged_price_caption_beside_a_discount_percent() -> None:
    rows = [
        (42, 220, "Art.-Nr.", 8.0),
        (90, 220, "Bezeichnung", 8.0),
        (300, 220, "Menge", 8.0),
        (372, 220, "Einzelpr. € Rab. %", 8.0),
        (480, 220, "Betrag €", 8.0),
        (42, 236, "10211", 8.0),
        (90, 236, "Bitburger Premium Pils", 8.0),
        (330, 236, ">8", 8.0),
        (412, 236, ">15,85", 8.0),
        (445, 236, ">3,0", 8.0),
        (515, 236, ">123,00", 8.0),
        (42, 250, "90005", 8.0),
        (90, 250, "Pfand Kasten", 8.0),
        (330, 250, ">8", 8.0),
        (412, 250, ">3,10", 8.0),
        (515, 250, ">24,80", 8.0),
        (400, 290, "Summe netto", 8.0),
        (515, 290, ">147,80", 8.0),
    ]
    result = extract_canonical(make_aligned_pdf(_HEAD + rows), use_einvoice=False)
    items = result["line_items"] or []
    assert [(i["description"], i["unit_price"], i["amount"]) for i in items] == [
        ("Bitburger Premium Pils", 15.85, 123.0),
        ("Pfand Kasten", 3.1, 24.8),
    ]
    assert all(i.get("vat_rate") is None for i in items)


def test_an_item_column_of_running_numbers_is_no_description() -> None:
    rows = [
        (37, 220, "Item", 8.0),
        (70, 220, "Article No.", 8.0),
        (140, 220, "Description", 8.0),
        (350, 220, "Qty", 8.0),
        (400, 220, "Unit price", 8.0),
        (490, 220, "Amount EUR", 8.0),
    ]
    names = ["Hydraulic hose 2SN DN10", "Press fitting DKOL M18", "Ferrule 2SN DN10"]
    for n, name in enumerate(names):
        y = 236 + 12 * n
        rows += [
            (56, y, f">{n + 1}", 8.0),
            (70, y, f"NM-8904{n}", 8.0),
            (140, y, name, 8.0),
            (365, y, ">2", 8.0),
            (440, y, ">5.00", 8.0),
            (530, y, ">10.00", 8.0),
        ]
    rows += [(400, 300, "Total net", 8.0), (530, 300, ">30.00", 8.0)]
    assert [i[0] for i in _items(rows)] == names


def test_price_caption_per_hundred_over_two_lines_keeps_the_printed_price() -> None:
    rows = [
        (43, 220, "Menge", 8.0),
        (80, 220, "ME", 8.0),
        (143, 220, "Bezeichnung", 8.0),
        (341, 220, "EAN", 8.0),
        (422, 220, "Preis €", 8.0),
        (459, 220, "Rab.", 8.0),
        (534, 220, "Wert €", 8.0),
        (418, 230, "je 100 St.", 8.0),
        (469, 230, "%", 8.0),
        (68, 246, ">100", 8.0),
        (80, 246, "St", 8.0),
        (143, 246, "DIN 912 Zylinderschraube M6x20", 8.0),
        (340, 246, "4058064093656", 8.0),
        (448, 246, ">14,20", 8.0),
        (476, 246, ">25,0", 8.0),
        (558, 246, ">10,65", 8.0),
        (68, 258, ">200", 8.0),
        (80, 258, "St", 8.0),
        (143, 258, "DIN 934 Sechskantmutter M6", 8.0),
        (340, 258, "4032440502888", 8.0),
        (448, 258, ">1,68", 8.0),
        (558, 258, ">3,36", 8.0),
        (420, 290, "Summe netto", 8.0),
        (558, 290, ">14,01", 8.0),
    ]
    result = extract_canonical(make_aligned_pdf(_HEAD + rows), use_einvoice=False)
    items = result["line_items"] or []
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (100.0, 14.2, 10.65),
        (200.0, 1.68, 3.36),
    ]
    assert all(i.get("vat_rate") is None for i in items)
