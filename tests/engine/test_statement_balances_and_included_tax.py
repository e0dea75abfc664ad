"""Statement balances and tax printed as "included" (labels.py, totals.py).

Conventions: a utility or telecom statement carries the previous balance forward, books the
payments received, adds this period's charges and closes on "Your new balance" / "Neuer Saldo"
/ "Nouveau solde": that closing balance, not the period's charges, is what is due.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Tidewater Energy Ltd"),
    (50, 74, "41 Harbour Street, London W1T 2AR"),
    (350, 120, "Statement no. 5520193"),
    (350, 134, "Statement date 4 April 2024"),
]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_HEAD + page]))
    fields: dict[str, Any] = result["fields"]
    return fields


def test_new_balance_after_brought_forward_and_payment_is_due() -> None:
    page: Page = [
        (50, 240, "Balance brought forward from your last statement (in credit)"),
        (480, 240, "-£31.20"),
        (50, 256, "Payment received - Direct Debit 18 March 2024, thank you"),
        (480, 256, "-£95.00"),
        (50, 272, "Your charges this period"),
        (480, 272, "£210.99"),
        (50, 288, "Your new balance"),
        (480, 288, "£84.79"),
        (350, 400, "Charges before VAT"),
        (480, 400, "£200.94"),
        (350, 416, "VAT at 5%"),
        (480, 416, "£10.05"),
        (350, 432, "Total charges this period"),
        (480, 432, "£210.99"),
    ]
    fields = _fields(page)
    assert fields.get("amount_due") == 84.79
    assert fields.get("total_amount") == 210.99


def test_gst_free_row_is_no_tax_line() -> None:
    # Australia prints "GST-free" on a supply that carries no GST (a device repayment): the
    # amount beside it is the supply's price, not tax; the tax is the "includes GST of" figure.
    page: Page = [
        (50, 240, "Total amount due"),
        (480, 240, "$308.17"),
        (50, 256, "New charges include GST of $23.09"),
        (50, 320, "Service / description"),
        (380, 320, "GST"),
        (480, 320, "Amount (incl. GST)"),
        (60, 336, "Business Max 120GB plan"),
        (480, 336, "$158.04"),
        (60, 352, "Samsung Galaxy S24 repayment (7 of 24)"),
        (380, 352, "GST-free"),
        (480, 352, "$54.13"),
        (60, 368, "nbn Business Fast 100/40"),
        (480, 368, "$96.00"),
        (380, 390, "Total new charges"),
        (480, 390, "$308.17"),
    ]
    fields = _fields(page)
    assert fields.get("tax_amount") == 23.09
    assert fields.get("amount_due") == 308.17
