"""An Australian / New Zealand / British till's number after "Sale #", "Sale No" or
"Docket", and its tax printed only in the footnote under the total ("* Taxable item. Total
includes GST $4.59"): the tax the total holds, the net the total less it."""

from __future__ import annotations

import pytest

from .test_receipt_tax_and_numbers import fields_of

_BAKERY = [
    "GOLDEN CRUST BAKEHOUSE",
    "142 Sydney Road",
    "Brunswick VIC 3056",
    "ABN 53 004 085 616",
    "TAX INVOICE",
]


def _rows(number_line: str, note: str) -> list[str]:
    return [
        *_BAKERY,
        number_line,
        "Operator: Tom || Reg 1",
        "1 Sourdough Loaf || 7.50",
        "2 Vanilla Slice* || 10.40",
        "Subtotal || 17.90",
        "TOTAL AUD || $17.90",
        "Cash || $20.00",
        "Change || $2.10",
        note,
    ]


@pytest.mark.parametrize(
    "line",
    ["Sale #100442 || 07/08/19 09:15", "Sale No 100442 || 07/08/19 09:15", "Docket: 100442"],
)
def test_a_sale_or_docket_number_is_the_receipt_number(line: str) -> None:
    found = fields_of(_rows(line, "Thank you"))
    assert found["invoice_number"].value == "100442"


@pytest.mark.parametrize(
    "note", ["* Taxable item. Total includes GST $0.95", "Total includes VAT £0.95"]
)
def test_tax_in_a_footnote_under_the_total(note: str) -> None:
    found = fields_of(_rows("Sale #100442 || 07/08/19 09:15", note))
    assert found["tax_amount"].value == pytest.approx(0.95)
    assert found["net_amount"].value == pytest.approx(16.95)


def test_a_sales_total_is_no_sale_number() -> None:
    rows = _rows("07/08/19 09:15", "Thank you")
    found = fields_of([*rows[:6], "TOTAL SALE: 125.50", *rows[6:]])
    assert "invoice_number" not in found
