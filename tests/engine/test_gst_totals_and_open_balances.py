"""Indian GST totals ("Invoice Value", the total written out in words) and what is still open
after a payment ("Importe pendiente 0,00") (labels.py, amountwords.py, charges.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.amountwords import read_number_words

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Nordwind Traders Private Limited"),
    (50, 74, "MG Road, Bengaluru 560001"),
    (350, 120, "Tax Invoice No. KA-2024-117"),
    (350, 134, "Invoice Date: 05.03.2024"),
]

# An online marketplace's item table: net, central and state tax per row, then a sum row that
# prints the tax total first and the invoice's total last.
_GST_TABLE: Page = [
    (40, 220, "Description"),
    (200, 220, "Net Amount"),
    (270, 220, "CGST"),
    (330, 220, "SGST"),
    (390, 220, "IGST"),
    (470, 220, "Total Amount"),
    (40, 240, "Office chair"),
    (200, 240, "10,000.00"),
    (270, 240, "900.00"),
    (330, 240, "900.00"),
    (390, 240, "-"),
    (470, 240, "11,800.00"),
    (40, 256, "Desk lamp"),
    (200, 256, "2,000.00"),
    (270, 256, "180.00"),
    (330, 256, "180.00"),
    (390, 256, "-"),
    (470, 256, "2,360.00"),
    (40, 276, "TOTAL:"),
    (330, 276, "2,160.00"),
    (470, 276, "14,160.00"),
]


def _amounts(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_HEAD + page]))
    fields: dict[str, Any] = result["fields"]
    keys = ("net_amount", "tax_amount", "total_amount", "amount_due")
    return {key: fields.get(key) for key in keys}


def test_invoice_value_closes_a_gst_summary() -> None:
    # Taxable value, CGST and SGST (IGST 0.00 on an intra-state supply), then the total.
    fields = _amounts(
        [
            (330, 320, "Taxable Value"),
            (470, 320, "12,000.00"),
            (330, 334, "CGST @ 9%"),
            (470, 334, "1,080.00"),
            (330, 348, "SGST @ 9%"),
            (470, 348, "1,080.00"),
            (330, 362, "IGST"),
            (470, 362, "0.00"),
            (330, 376, "Invoice Value"),
            (470, 376, "14,160.00"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(12000.0)
    assert fields["tax_amount"] == pytest.approx(2160.0)
    assert fields["total_amount"] == pytest.approx(14160.0)


def test_amount_in_words_names_the_total_over_a_sum_row() -> None:
    # No summary: the sum row's first figure is the tax; the words name the total.
    fields = _amounts(
        [
            *_GST_TABLE,
            (40, 300, "Amount in Words:"),
            (40, 312, "Fourteen Thousand One Hundred Sixty only"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(14160.0)


def test_amount_in_words_wrapped_over_two_lines() -> None:
    fields = _amounts(
        [
            *_GST_TABLE,
            (40, 300, "Amount Chargeable (in words):"),
            (40, 312, "Indian Rupees Fourteen Thousand"),
            (40, 324, "One Hundred and Sixty Only"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(14160.0)


def test_tax_in_words_is_no_total() -> None:
    fields = _amounts(
        [
            (330, 320, "Taxable Value"),
            (470, 320, "12,000.00"),
            (330, 334, "IGST @ 18%"),
            (470, 334, "2,160.00"),
            (330, 348, "Total"),
            (470, 348, "14,160.00"),
            (40, 380, "Tax Amount (in words):"),
            (40, 392, "Indian Rupees Two Thousand One Hundred Sixty Only"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(14160.0)
    assert fields["tax_amount"] == pytest.approx(2160.0)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Eighty-eight Thousand One Hundred Eighty-seven only", Decimal(88187)),
        ("Rupees One Lakh Twelve Thousand and Fifty Paise Only", Decimal("112000.50")),
        ("INR One Crore Two Lakh Five Hundred and Sixty Rupees Only", Decimal(10200560)),
        ("US Dollars One Thousand Two Hundred Only", Decimal(1200)),
        ("Valid for one year only", None),
        ("Two Thousand Lakh only", None),
    ],
)
def test_number_words(words: str, expected: Decimal | None) -> None:
    tokens = [w.lower() for w in words.replace("-", " ").split()]
    assert read_number_words(tokens) == expected


@pytest.mark.parametrize(
    "caption",
    [
        "Importe pendiente",
        "Noch offen",
        "Solde restant",
        "Balance outstanding",
        "Offen",
        "Outstanding",
    ],
)
def test_nothing_left_open_after_payment(caption: str) -> None:
    # Paid by card: the total stands, the sum still open is 0.
    fields = _amounts(
        [
            (330, 320, "Net"),
            (470, 320, "100.00"),
            (330, 334, "VAT 20%"),
            (470, 334, "20.00"),
            (330, 348, "Total"),
            (470, 348, "120.00"),
            (330, 366, caption),
            (470, 366, "0.00"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(120.0)
    assert fields["amount_due"] == pytest.approx(0.0)
