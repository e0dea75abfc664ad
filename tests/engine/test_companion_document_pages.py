"""A PDF that bundles the invoice with other documents of the same sale: an order
confirmation before it, a remittance advice after it. Their grids, tables and balances are
theirs, never the invoice's; and an invoice titled with its number beside it, no caption."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_LETTERHEAD: Page = [
    (50, 40, "Northgate Valve Supplies Ltd"),
    (50, 54, "12 Mill Road, Leeds LS2 7EX"),
]


def _table(top: float, rows: list[tuple[str, str, str, str]]) -> Page:
    out: Page = [
        (50, top, "Description"),
        (300, top, "Qty"),
        (380, top, "Price"),
        (480, top, "Amount"),
    ]
    for n, (text, qty, price, amount) in enumerate(rows):
        y = top + 16 * (n + 1)
        out += [(50, y, text), (300, y, qty), (380, y, price), (480, y, amount)]
    return out


_ORDERED = [
    ("Ball valve DN25 brass", "10", "14.20", "142.00"),
    ("Gate valve DN50 cast iron", "4", "88.00", "352.00"),
    ("Pressure gauge 0-16 bar", "6", "21.50", "129.00"),
]
_BILLED = [
    ("Ball valve DN25 brass", "10", "14.20", "142.00"),
    ("Gate valve DN50 cast iron", "3", "88.00", "264.00"),
    ("Pressure gauge 0-16 bar", "6", "21.50", "129.00"),
]


def _confirmation() -> Page:
    return [
        *_LETTERHEAD,
        (50, 100, "ORDER CONFIRMATION"),
        (50, 130, "Confirmation no."),
        (200, 130, "Date"),
        (320, 130, "Your order"),
        (50, 144, "OC-4471"),
        (200, 144, "03/02/2025"),
        (320, 144, "PO-9920"),
        *_table(200, _ORDERED),
        (380, 280, "Order total"),
        (480, 280, "623.00"),
        (450, 800, "Page 1 of 2"),
    ]


def _invoice(page: str) -> Page:
    return [
        *_LETTERHEAD,
        (50, 100, "INVOICE"),
        (50, 130, "Invoice no."),
        (200, 130, "Invoice date"),
        (320, 130, "Your order"),
        (50, 144, "NVS-20817"),
        (200, 144, "21/02/2025"),
        (320, 144, "PO-9920"),
        *_table(200, _BILLED),
        (380, 280, "Net total"),
        (480, 280, "535.00"),
        (380, 294, "VAT 20%"),
        (480, 294, "107.00"),
        (380, 308, "Invoice total"),
        (480, 308, "642.00"),
        (380, 322, "Amount due"),
        (480, 322, "642.00"),
        (450, 800, page),
    ]


def _remittance() -> Page:
    return [
        *_LETTERHEAD,
        (50, 100, "REMITTANCE ADVICE"),
        (50, 130, "Open items on your account as at 28/02/2025:"),
        (50, 170, "Date"),
        (150, 170, "Reference"),
        (480, 170, "Amount"),
        (50, 186, "10/01/2025"),
        (150, 186, "NVS-20544"),
        (480, 186, "318.40"),
        (50, 202, "21/02/2025"),
        (150, 202, "NVS-20817"),
        (480, 202, "642.00"),
        (300, 230, "Balance outstanding"),
        (480, 230, "960.40"),
        (450, 800, "Page 2 of 2"),
    ]


def _read(*pages: Page) -> dict[str, Any]:
    return extract_canonical(make_invoice_pdf(list(pages)), use_einvoice=False)


def test_an_order_confirmation_before_the_invoice_gives_no_date_and_no_rows() -> None:
    result = _read(_confirmation(), _invoice("Page 2 of 2"))
    assert result["fields"]["invoice_date"] == "2025-02-21"
    assert result["fields"]["invoice_number"] == "NVS-20817"
    assert [(i["description"], i["quantity"]) for i in result["line_items"]] == [
        ("Ball valve DN25 brass", 10.0),
        ("Gate valve DN50 cast iron", 3.0),
        ("Pressure gauge 0-16 bar", 6.0),
    ]


def test_a_remittance_advice_after_the_invoice_gives_no_amount_due() -> None:
    result = _read(_invoice("Page 1 of 2"), _remittance())
    assert result["fields"]["amount_due"] == 642.0
    assert result["fields"]["total_amount"] == 642.0
    assert len(result["line_items"]) == 3


def test_a_number_beside_a_lone_invoice_title_is_the_invoice_number() -> None:
    page: Page = [
        (50, 40, "Northgate Valve Supplies Ltd"),
        (50, 54, "12 Mill Road, Leeds LS2 7EX"),
        (60, 100, "INVOICE"),
        (140, 100, "NVS/INV/25/0413"),
        (50, 140, "Invoice to"),
        (250, 140, "Delivered to"),
        (400, 140, "Invoice date"),
        (480, 140, "14/04/2025"),
        (50, 154, "Aire Dyeworks Ltd"),
        (250, 154, "Aire Dyeworks Ltd"),
        *_table(200, _BILLED),
        (380, 280, "Invoice total"),
        (480, 280, "642.00"),
    ]
    result = _read(page)
    assert result["fields"]["invoice_number"] == "NVS/INV/25/0413"
