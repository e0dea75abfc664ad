"""Sales tax split over jurisdiction rows with no total-tax row: a state tax, a city tax with
its rate in brackets ("City tax (4.5 %)", a percentage, so no levy per night), and a transit
district surcharge at its own rate of the same base. The tax is all three; the net the
subtotal they are levied on."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_PAGE: Page = [
    (50, 50, "Quillstone Software Inc."),
    (50, 64, "400 Pearl Street, Albany, NY 12207"),
    (400, 50, "INVOICE"),
    (60, 110, "Invoice #:"),
    (160, 110, "QS-4410"),
    (60, 122, "Invoice date:"),
    (160, 122, "2025-06-02"),
    (60, 170, "BILL TO:"),
    (60, 182, "Fenwick Bakery LLC"),
    (60, 194, "12 Mill Road, Queens, NY 11101"),
    (50, 240, "ITEM"),
    (360, 240, "QTY"),
    (420, 240, "RATE"),
    (500, 240, "AMOUNT"),
    (50, 256, "Team plan June 2025"),
    (360, 256, "1"),
    (420, 256, "300.00"),
    (500, 256, "300.00"),
    (50, 272, "Extra seats"),
    (360, 272, "5"),
    (420, 272, "20.00"),
    (500, 272, "100.00"),
    (340, 320, "Subtotal"),
    (500, 320, "400.00"),
    (340, 334, "NY State sales tax (4 %)"),
    (500, 334, "16.00"),
    (340, 348, "New York City tax (4.5 %)"),
    (500, 348, "18.00"),
    (340, 362, "MCTD surcharge (0.375 %)"),
    (500, 362, "1.50"),
    (340, 376, "TOTAL"),
    (500, 376, "US$435.50"),
]


def test_state_city_and_district_rows_add_up_to_the_tax() -> None:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_PAGE]), use_einvoice=False)
    fields = result["fields"]
    assert (fields["net_amount"], fields["tax_amount"]) == (400.0, 35.5)
    assert fields["total_amount"] == 435.5
