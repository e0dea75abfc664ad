"""A long table's running sum carried over a page break as a balance ("Balance c/f" at the
foot, "Balance b/f" at the head of the next page), and a last page that brings the sum
forward only to print the totals block under it."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Harbour Lane Trading Ltd"),
    (350, 130, "Invoice No:"),
    (450, 130, "HL-3391"),
    (350, 144, "Date:"),
    (450, 144, "11/06/2024"),
]
_HEADER: Page = [
    (50, 220, "Qty"),
    (90, 220, "Description"),
    (380, 220, "Price"),
    (480, 220, "Total"),
]


def _read(*pages: Page) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf(list(pages)), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def _rows(first: int, count: int, top: float) -> Page:
    rows: Page = []
    for n in range(first, first + count):
        y = top + 16 * (n - first)
        rows += [(55, y, "3"), (90, y, f"Copper fitting {n}"), (380, y, "4.00"), (480, y, "12.00")]
    return rows


def _page_head(page: int) -> Page:
    return [(50, 40, f"Harbour Lane Trading Ltd   Page {page} of 3"), *_HEADER]


def test_a_balance_carried_and_brought_forward_goes_on_with_the_table() -> None:
    first = _HEAD + _HEADER + _rows(1, 4, 240) + [(330, 320, "Balance c/f"), (480, 320, "48.00")]
    second = [
        *_page_head(2),
        (330, 240, "Balance b/f"),
        (480, 240, "48.00"),
        *_rows(5, 3, 258),
        (330, 320, "Total excl. VAT"),
        (480, 320, "84.00"),
    ]
    items = _read(first, second)
    assert [i["description"] for i in items] == [f"Copper fitting {n}" for n in range(1, 8)]


def test_a_brought_forward_sum_over_the_totals_block_adds_no_items() -> None:
    first = (
        _HEAD + _HEADER + _rows(1, 3, 240) + [(330, 300, "Carried forward"), (480, 300, "36.00")]
    )
    second = [
        *_page_head(2),
        *_rows(4, 2, 240),
        (330, 280, "Carried forward"),
        (480, 280, "60.00"),
    ]
    third = [
        *_page_head(3),
        (330, 240, "Brought forward"),
        (480, 240, "60.00"),
        (330, 262, "Goods and services"),
        (480, 262, "60.00"),
        (330, 276, "Carriage and packing"),
        (480, 276, "9.50"),
        (330, 290, "Total net"),
        (480, 290, "69.50"),
    ]
    items = _read(first, second, third)
    assert [i["description"] for i in items] == [f"Copper fitting {n}" for n in range(1, 6)]
