"""Tables beside a sidebar, sizes and code cells before an item's name, and outlays listed
in an inner column with their sum in the list's amount column."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD: list[tuple[float, float, str]] = [
    (250, 60, "Invoice"),
    (250, 80, "Invoice number"),
    (380, 80, "INV-7"),
    (250, 94, "Invoice date"),
    (380, 94, "05.03.2024"),
]


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    return (x1 - stringWidth(text, "Helvetica", 10), y, text)


def _items(rows: list[tuple[float, float, str]]) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def test_sidebar_caption_and_phone_beside_the_table_end_nothing() -> None:
    rows: list[tuple[float, float, str]] = [
        (40, 200, "+44 113 496 0731"),
        (230, 200, "Description"),
        _right(440, 200, "Qty"),
        _right(490, 200, "Rate"),
        _right(560, 200, "Amount"),
    ]
    y = 220.0
    sidebar = ["accounts@example.co.uk", "VAT Reg. No.", "GB 284 6193 31", "Company No. 1187"]
    for (name, wrap, qty, rate, amount), side in zip(
        [
            ("Discovery workshops", "with stakeholders", "3", "950.00", "2,850.00"),
            ("Dashboard development", "and reporting", "8", "950.00", "7,600.00"),
            ("Project management", "weekly calls", "2", "720.00", "1,440.00"),
        ],
        sidebar,
        strict=False,
    ):
        rows += [(230, y, name), _right(440, y, qty), _right(490, y, rate), _right(560, y, amount)]
        rows += [(40, y + 12, side), (230, y + 12, wrap)]
        y += 30
    rows += [(330, y + 10, "Subtotal"), _right(560, y + 10, "11,890.00")]
    items = _items(rows)
    assert [i["amount"] for i in items] == [2850.0, 7600.0, 1440.0]


def _grid(code: str, name: str) -> list[tuple[float, float, str]]:
    return [
        (60, 200, "Item #"),
        (185, 200, "Description"),
        (330, 200, "Shipped"),
        (430, 200, "Unit Price"),
        (500, 200, "Extended"),
        (40, 220, "GL-TT2000"),
        (107, 220, "Jumbo roll tissue, 12/cs"),
        _right(360, 220, "40"),
        _right(470, 220, "38.75"),
        _right(545, 220, "1,550.00"),
        (40, 235, code),
        (107, 235, name),
        _right(360, 235, "50"),
        _right(470, 235, "27.35"),
        _right(545, 235, "1,367.50"),
        (400, 260, "Subtotal"),
        _right(545, 260, "2,917.50"),
    ]


def test_a_size_in_the_name_left_of_the_caption_is_no_article_code() -> None:
    items = _items(_grid("NT-4046", "Can liners 40x46 1.5 mil black"))
    assert items[1]["description"] == "Can liners 40x46 1.5 mil black"


def test_a_short_code_in_its_own_cell_before_the_name_is_no_word_of_it() -> None:
    items = _items(_grid("FRT", "Freight - LTL, 1 pallet"))
    assert items[1]["description"] == "Freight - LTL, 1 pallet"


def test_outlays_in_an_inner_column_summed_in_the_main_one_are_items() -> None:
    rows: list[tuple[float, float, str]] = [
        (150, 220, "Professional fees for acting in the purchase"),
        _right(545, 220, "4,800.00"),
        (150, 236, "Counsel's fee - opinion on title"),
        _right(545, 236, "1,200.00"),
        (150, 256, "Sub-total liable to VAT"),
        _right(545, 256, "6,000.00"),
        (150, 270, "VAT @ 23%"),
        _right(545, 270, "1,380.00"),
        (150, 292, "OUTLAYS (not liable to VAT)"),
        (160, 306, "Registration fees"),
        _right(465, 306, "400.00"),
        (160, 319, "Law searches"),
        _right(465, 319, "185.00"),
        (160, 332, "Commissioner for Oaths"),
        _right(465, 332, "20.00"),
        _right(545, 332, "605.00"),
        (150, 360, "TOTAL FEE NOTE"),
        _right(545, 360, "7,985.00"),
    ]
    items = _items(rows)
    assert [i["amount"] for i in items] == [4800.0, 1200.0, 400.0, 185.0, 20.0]
