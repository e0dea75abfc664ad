"""UK wholesale "Invoice / Statement" pages: a "Goods" column heading the items' values beside
their count and price, an account ledger under them, and a bare "Invoice" caption heading a
caption grid's number column."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _canonical(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    return result


# (name, count, price, VAT code, goods value)
_ROWS = [
    ("Olive oil 5L", "2", "21.00", "Z", "42.00"),
    ("Basmati rice 10kg", "3", "18.50", "Z", "55.50"),
    ("Paper napkins (500)", "4", "6.25", "S", "25.00"),
]


def _statement_page() -> list[SizedText]:
    texts: list[SizedText] = [
        (40, 40, "Harbourside Foods Ltd", 12),
        (40, 54, "12 Quay Street, Bristol BS1 4DJ", 9),
        (330, 80, "Invoice No", 9),
        (430, 80, "H-30417", 9),
        (330, 94, "Date", 9),
        (430, 94, "05/03/2026", 9),
        (44, 200, "Product", 9),
        (260, 200, "Qty", 9),
        (330, 200, "Price", 9),
        (390, 200, "VAT", 9),
        (470, 200, "Goods", 9),
    ]
    for row, (name, count, price, code, goods) in enumerate(_ROWS):
        y = 216 + 16 * row
        texts += [
            (44, y, name, 9),
            (264, y, count, 9),
            (360, y, ">" + price, 9),
            (395, y, code, 9),
            (500, y, ">" + goods, 9),
        ]
    return [
        *texts,
        (380, 280, "Goods total", 9),
        (500, 280, ">122.50", 9),
        (380, 294, "VAT", 9),
        (500, 294, ">5.00", 9),
        (380, 308, "Invoice total", 9),
        (500, 308, ">127.50", 9),
        (40, 360, "ACCOUNT SUMMARY", 10),
        (44, 376, "Date", 9),
        (110, 376, "Ref", 9),
        (170, 376, "Details", 9),
        (360, 376, "Debit", 9),
        (420, 376, "Credit", 9),
        (480, 376, "Balance", 9),
        (44, 390, "01/02/2026", 9),
        (170, 390, "Brought forward", 9),
        (520, 390, ">640.10", 9),
        (44, 404, "20/02/2026", 9),
        (110, 404, "BACS", 9),
        (170, 404, "Payment received - thank you", 9),
        (460, 404, ">500.00", 9),
        (520, 404, ">140.10", 9),
        (44, 418, "05/03/2026", 9),
        (110, 418, "H-30417", 9),
        (170, 418, "Invoice", 9),
        (400, 418, ">127.50", 9),
        (520, 418, ">267.60", 9),
        (360, 440, "Amount outstanding", 9),
        (520, 440, ">267.60", 9),
    ]


def test_a_goods_column_beside_count_and_price_holds_the_items_values() -> None:
    # The account ledger under the items ("Date | Ref | Details | Debit | Credit | Balance")
    # posts this invoice as a debit: no item of it.
    items = _canonical(_statement_page())["line_items"]
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (name, float(count), float(price), float(goods))
        for name, count, price, _code, goods in _ROWS
    ]


def test_a_goods_caption_alone_still_names_the_items() -> None:
    # "Goods | Qty | Amount": the first caption, left of the count, heads the item's name.
    texts: list[SizedText] = [
        (40, 40, "Harbourside Foods Ltd", 12),
        (330, 80, "Invoice No", 9),
        (430, 80, "H-30418", 9),
        (44, 200, "Goods", 9),
        (300, 200, "Qty", 9),
        (470, 200, "Amount", 9),
        (44, 216, "Olive oil 5L", 9),
        (304, 216, "2", 9),
        (500, 216, ">42.00", 9),
        (44, 232, "Basmati rice 10kg", 9),
        (304, 232, "3", 9),
        (500, 232, ">55.50", 9),
        (380, 260, "Total", 9),
        (500, 260, ">97.50", 9),
    ]
    items = _canonical(texts)["line_items"]
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Olive oil 5L", 42.0),
        ("Basmati rice 10kg", 55.5),
    ]


def test_a_bare_invoice_caption_heads_the_number_column_of_a_caption_grid() -> None:
    texts: list[SizedText] = [
        (40, 40, "Lochside Chandlery Ltd", 12),
        (40, 54, "Pier Road, Oban PA34 4LW", 9),
        (46, 158, "Invoice", 8),
        (140, 158, "Invoice date", 8),
        (240, 158, "Tax point", 8),
        (330, 158, "Due", 8),
        (420, 158, "Currency", 8),
        (46, 181, "INV 40871", 10),
        (140, 181, "28/02/2026", 10),
        (240, 181, "26/02/2026", 10),
        (330, 181, "31/03/2026", 10),
        (420, 181, "GBP", 10),
        (44, 226, "Description", 9),
        (300, 226, "Qty", 9),
        (360, 226, "Unit", 9),
        (470, 226, "Net", 9),
        (44, 244, "Mooring line 12mm", 9),
        (304, 244, "2", 9),
        (390, 244, ">50.00", 9),
        (500, 244, ">100.00", 9),
        (380, 270, "VAT", 9),
        (500, 270, ">20.00", 9),
        (380, 284, "Amount due GBP", 9),
        (500, 284, ">120.00", 9),
    ]
    fields = _canonical(texts)["fields"]
    assert fields["invoice_number"] == "INV 40871"
    assert fields["invoice_date"] == "2026-02-28"
