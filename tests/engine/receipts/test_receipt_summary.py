"""A GST summary table's rows give the net after discounts / service charges and the tax
(receipt_summary.py)."""

from __future__ import annotations

import pytest

from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import build_lines
from facturist.engine.model import Value
from facturist.engine.receipts import with_receipt_fields

from .test_receipts import page_of

HEAD = [
    "KEDAI RUNCIT SINAR JAYA SDN BHD",
    "NO 12, JALAN MERANTI 3,",
    "43000 KAJANG, SELANGOR",
    "TAX INVOICE",
    "Date: 25/03/2018 13:05",
    "BERAS SUPER 10KG || 169.70",
]


def fields_of(rows: list[str]) -> dict[str, Value]:
    page = page_of([*HEAD, *rows])
    lines = build_lines(page)
    return with_receipt_fields([page], lines, header_fields(lines, find_candidates(lines)))


@pytest.mark.parametrize(
    ("rows", "net", "tax"),
    [
        (
            [
                "Sub-Total || 169.70",
                "Discount || -10.00",
                "TOTAL (RM) || 159.70",
                "Cash || 200.00",
                "Change || 40.30",
                "GST Summary Amount || Tax",
                "SR (6%) 150.66 || 9.04",
            ],
            150.66,
            9.04,
        ),
        (
            [
                "Subtotal || 57.60",
                "Service Charge 10% || 5.76",
                "GST 6% || 3.80",
                "Rounding || -0.01",
                "Total || 67.15",
                "GST Summary Amount(RM) Tax(RM)",
                "SR 6% 63.36 || 3.80",
            ],
            63.36,
            3.80,
        ),
        (
            [
                "6 Item(s) Total || 64.78",
                "Rounding || 0.02",
                "TOTAL || 64.80",
                "CASH || 100.00",
                "GST Amt (RM) || Tax(RM)",
                "S = 6% 32.72 || 1.96",
                "Z = 0% 30.10 || 0.00",
            ],
            62.82,
            1.96,
        ),
        (
            [
                "SUBTOTAL || 46.24",
                "ROUNDING || 0.01",
                "TOTAL || 46.25",
                "CASH || 50.00",
                "GST Summary (RM)",
                "Z @ 0% || 46.24 / 0.00",
            ],
            46.24,
            0.0,
        ),
        (
            [
                "TOTAL || 55.30",
                "MEMBER DISC 10% || -5.53",
                "TOTAL || 49.77",
                "CASH || 50.00",
                "GST SUMMARY AMT 46.95 TAX 2.82",
            ],
            46.95,
            2.82,
        ),
    ],
)
def test_summary_rows_give_net_and_tax(rows: list[str], net: float, tax: float) -> None:
    found = fields_of(rows)
    assert found["net_amount"].value == pytest.approx(net)
    assert found["tax_amount"].value == pytest.approx(tax)


def test_rows_that_fit_neither_rate_nor_total_are_left_alone() -> None:
    rows = [
        "Sub-Total || 100.00",
        "GST 6% || 6.00",
        "TOTAL || 106.00",
        "GST Summary",
        "SR 6% 90.00 || 2.00",
    ]
    found = fields_of(rows)
    assert found["net_amount"].value == pytest.approx(100.0)
    assert found["tax_amount"].value == pytest.approx(6.0)
