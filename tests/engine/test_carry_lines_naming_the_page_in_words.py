"""A page's running sum whose caption names the page in words or puts a total word first
("Page subtotal carried forward", "Carried forward from previous page", "Report page
précédente"): a carry line, no end of the item table and no net amount of the invoice."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Acme Widgets Inc."),
    (350, 130, "Invoice No."),
    (450, 130, "INV-7"),
    (350, 144, "Invoice Date"),
    (450, 144, "03/12/2025"),
]
_HEADER: Page = [
    (60, 220, "Description"),
    (300, 220, "Qty"),
    (370, 220, "Price"),
    (470, 220, "Amount"),
]


def _read(*pages: Page) -> dict[str, Any]:
    return extract_canonical(make_invoice_pdf(list(pages)), use_einvoice=False)


def _rows(first: int, count: int, top: float, price: str = "5.00", amount: str = "10.00") -> Page:
    rows: Page = []
    for n in range(first, first + count):
        y = top + 16 * (n - first)
        rows += [(60, y, f"Widget {n}"), (300, y, "2"), (370, y, price), (470, y, amount)]
    return rows


def test_page_subtotal_carried_forward_is_no_end_of_the_table_nor_the_net() -> None:
    first = (
        _HEAD
        + _HEADER
        + _rows(1, 3, 240)
        + [(300, 300, "Page subtotal carried forward"), (470, 300, "30.00")]
    )
    second = [
        (60, 40, "Acme Widgets Inc.  Invoice INV-7  Page 2 of 2"),
        *_HEADER,
        (300, 240, "Carried forward from previous page"),
        (470, 240, "30.00"),
        *_rows(4, 2, 256),
        (350, 300, "Merchandise"),
        (470, 300, "$50.00"),
        (350, 316, "Sales Tax (7.25%)"),
        (470, 316, "$3.63"),
        (350, 332, "Invoice Total"),
        (470, 332, "$53.63"),
    ]
    result = _read(first, second)
    names = [i["description"] for i in result["line_items"]]
    assert names == [f"Widget {n}" for n in range(1, 6)]
    assert result["fields"]["net_amount"] == 50.0
    assert result["fields"]["tax_amount"] == 3.63


def test_report_from_the_previous_page_in_words_goes_on_with_the_rows() -> None:
    first = (
        _HEAD
        + _HEADER
        + _rows(1, 3, 240, "5,00", "10,00")
        + [(300, 300, "Total à reporter"), (470, 300, "30,00")]
    )
    second = [
        (60, 40, "Acme Widgets SARL  Facture INV-7 – page 2 sur 2"),
        *_HEADER,
        (300, 240, "Report page précédente"),
        (470, 240, "30,00"),
        *_rows(4, 2, 256, "5,00", "10,00"),
        (350, 300, "Total HT"),
        (470, 300, "50,00 €"),
        (350, 316, "TVA 20 %"),
        (470, 316, "10,00 €"),
        (350, 332, "Total TTC"),
        (470, 332, "60,00 €"),
    ]
    names = [i["description"] for i in _read(first, second)["line_items"]]
    assert names == [f"Widget {n}" for n in range(1, 6)]
