"""Sales tax levied in parts, one line each (state, county, city, transit; GST and PST; TPS
and TVQ), each with its rate and its amount: the tax is their sum, the net the rest of the
total. A credit memo prints the same lines in brackets."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 50, "Harbor Valve & Pipe Co."),
    (50, 64, "77 Dock Street, Tacoma, WA 98402"),
    (400, 50, "INVOICE"),
    (60, 110, "Invoice No."),
    (160, 110, "Invoice Date"),
    (60, 122, "77120"),
    (160, 122, "02/10/2025"),
    (60, 170, "SOLD TO:"),
    (60, 182, "Granite Mill Works LLC"),
    (60, 194, "5 Quarry Lane, Olympia, WA 98501"),
    (50, 240, "Item"),
    (150, 240, "Description"),
    (360, 240, "Qty"),
    (420, 240, "Price"),
    (500, 240, "Amount"),
    (50, 256, "BV-200"),
    (150, 256, "Ball valve 2 inch brass"),
    (360, 256, "10"),
    (420, 256, "50.00"),
    (500, 256, "500.00"),
    (50, 272, "GK-12"),
    (150, 272, "Gasket kit 12 piece"),
    (360, 272, "20"),
    (420, 272, "15.00"),
    (500, 272, "300.00"),
]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_state_and_county_tax_lines_add_up_to_the_tax() -> None:
    # The state's line shares its row with the remittance block on the left.
    fields = _fields(
        [
            *_HEAD,
            (340, 320, "Merchandise Total"),
            (500, 320, "800.00"),
            (50, 334, "PLEASE REMIT TO:"),
            (340, 334, "Freight"),
            (500, 334, "40.00"),
            (50, 348, "Harbor Valve & Pipe Co."),
            (340, 348, "State Sales Tax 6.00%"),
            (500, 348, "50.40"),
            (50, 362, "P.O. Box 1200"),
            (340, 362, "Pierce Co. Local Tax 1.50%"),
            (500, 362, "12.60"),
            (340, 376, "Invoice Total"),
            (500, 376, "$903.00"),
        ]
    )
    assert (fields["net_amount"], fields["tax_amount"]) == (840.0, 63.0)
    assert fields["total_amount"] == 903.0


def test_four_local_tax_lines_on_the_merchandise_only() -> None:
    # Freight is not taxed: each rate is of the merchandise, the net holds the freight too.
    fields = _fields(
        [
            *_HEAD,
            (300, 320, "Merchandise"),
            (500, 320, "800.00"),
            (300, 334, "Freight (not taxed)"),
            (500, 334, "60.00"),
            (300, 348, "State Tax 6.00%"),
            (500, 348, "48.00"),
            (300, 362, "County Tax 1.50%"),
            (500, 362, "12.00"),
            (300, 376, "City of Tacoma Tax 1.25%"),
            (500, 376, "10.00"),
            (300, 390, "Transit Tax 0.50%"),
            (500, 390, "4.00"),
            (300, 404, "Invoice Total"),
            (500, 404, "934.00"),
        ]
    )
    assert (fields["net_amount"], fields["tax_amount"]) == (860.0, 74.0)


def test_credit_memo_tax_lines_in_brackets() -> None:
    fields = _fields(
        [
            *_HEAD,
            (330, 320, "Merchandise Credit"),
            (500, 320, "(800.00)"),
            (330, 334, "State Sales Tax 6.50%"),
            (500, 334, "(52.00)"),
            (330, 348, "District Tax – Pierce Co. 1.25%"),
            (500, 348, "(10.00)"),
            (330, 366, "TOTAL CREDIT"),
            (500, 366, "($862.00)"),
        ]
    )
    assert abs(fields["tax_amount"]) == 62.0
    assert abs(fields["net_amount"]) == 800.0
    assert abs(fields["total_amount"]) == 862.0


def test_gst_and_pst_lines_add_up_to_the_tax() -> None:
    fields = _fields(
        [
            *_HEAD,
            (340, 320, "Subtotal"),
            (500, 320, "800.00"),
            (340, 334, "GST 5%"),
            (500, 334, "40.00"),
            (340, 348, "PST 7%"),
            (500, 348, "56.00"),
            (340, 362, "Total"),
            (500, 362, "896.00"),
        ]
    )
    assert (fields["net_amount"], fields["tax_amount"]) == (800.0, 96.0)


def test_bracketed_base_after_a_rate_is_still_no_tax() -> None:
    # "Sales Tax 6.00% (800.00) 48.00": the base in the rate's brackets, then the tax.
    fields = _fields(
        [
            *_HEAD,
            (340, 320, "Subtotal"),
            (500, 320, "800.00"),
            (300, 334, "Sales Tax 6.00% (800.00)"),
            (500, 334, "48.00"),
            (340, 348, "Total"),
            (500, 348, "848.00"),
        ]
    )
    assert (fields["net_amount"], fields["tax_amount"]) == (800.0, 48.0)
