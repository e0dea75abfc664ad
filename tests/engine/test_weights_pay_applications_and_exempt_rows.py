"""A carrier's freight bill: the shipment's weight after a "TOTAL" caption ("TOTAL WT 4,180
LBS") is no amount, the accessorial charges after the net linehaul close the sum with no tax,
and the "PRO NUMBER" numbers the bill. A contractor's application for payment (AIA G702):
the current payment due is the total, never the contract sum. A "Tax Exempt - Resale (0%)"
row over 0.00: a zero tax."""

from __future__ import annotations

from typing import Any

from facturist.engine.amountread import read_amount
from facturist.engine.extraction import read_for_canonical
from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, Word

from .conftest import make_aligned_pages, make_aligned_pdf

Text = tuple[float, float, str, float]


def _fields(*pages: list[Text]) -> dict[str, Any]:
    read = read_for_canonical(
        make_aligned_pages(*pages) if len(pages) > 1 else make_aligned_pdf(pages[0])
    )
    lines = [line for page in read.texts for line in build_lines(page)]
    return {key: value.value for key, value in header_fields(lines, find_candidates(lines)).items()}


def _words(*texts: str) -> list[Word]:
    return [Word(t, Box(1, 10.0 + 40 * i, 10.0, 40.0 + 40 * i, 18.0)) for i, t in enumerate(texts)]


def test_weight_with_its_unit_is_no_amount() -> None:
    assert read_amount(_words("TOTAL", "WT", "4,180", "LBS")) is None
    assert read_amount(_words("Gross", "weight", "1.250", "kg")) is None
    assert read_amount(_words("Total", "4,180.00")) is not None


def _freight_bill() -> list[Text]:
    return [
        (40, 50, "Kestrel Valley Carriers, Inc.", 14),
        (40, 68, "400 Foundry Street, Dayton, OH 45402", 8),
        (430, 90, "FREIGHT BILL / INVOICE", 8),
        (40, 120, "INVOICE DATE", 7),
        (40, 130, "05/14/2025", 7),
        (40, 160, "BILL TO", 7),
        (40, 171, "Marlow Outdoor Supply Co.", 7),
        (40, 181, "77 Canal Road, Akron, OH 44308", 7),
        (40, 220, "PCS", 7),
        (90, 220, "DESCRIPTION OF ARTICLES", 7),
        (330, 220, "WEIGHT", 7),
        (420, 220, "RATE", 7),
        (540, 220, ">CHARGES", 7),
        (40, 236, "8", 7),
        (90, 236, "GARDEN TOOLS, BOXED", 7),
        (330, 236, "4,180", 7),
        (420, 236, "41.20", 7),
        (540, 236, ">1,722.16", 7),
        (90, 250, "LESS DISCOUNT 60.0%", 7),
        (540, 250, ">-1,033.30", 7),
        (90, 264, "NET LINEHAUL", 7),
        (540, 264, ">688.86", 7),
        (90, 278, "FUEL SURCHARGE 30.0%", 7),
        (540, 278, ">206.66", 7),
        (90, 292, "DELIVERY APPOINTMENT", 7),
        (420, 292, "1 @ 80.00", 7),
        (540, 292, ">80.00", 7),
        (40, 312, "TOTAL PCS 8", 7),
        (200, 312, "TOTAL WT 4,180 LBS", 7),
        (380, 330, "TOTAL CHARGES USD", 8),
        (540, 330, ">$975.52", 8),
        (40, 600, "REMIT TO:", 7),
        (330, 600, "PRO NUMBER", 7),
        (450, 600, "602-118734-5", 7),
        (330, 630, "AMOUNT DUE", 7),
        (540, 630, ">$975.52", 7),
    ]


def test_freight_bill_weight_charges_and_pro_number() -> None:
    fields = _fields(_freight_bill())
    assert fields["total_amount"] == 975.52
    assert fields["net_amount"] == 975.52
    assert "tax_amount" not in fields
    assert fields["invoice_number"] == "602-118734-5"


def test_pay_application_current_payment_due_is_the_total() -> None:
    summary: list[Text] = [
        (40, 40, "APPLICATION AND CERTIFICATE FOR PAYMENT", 10),
        (40, 60, "TO OWNER:", 7),
        (110, 60, "Harbor Point Clinics, LLC", 7),
        (400, 60, "INVOICE NO:", 7),
        (480, 60, "HBC-0912", 7),
        (400, 72, "APPLICATION DATE:", 7),
        (480, 72, "06/28/2025", 7),
        (40, 90, "FROM CONTRACTOR:", 7),
        (130, 90, "Fenwick Electrical Builders, Inc.", 7),
        (40, 200, "1.", 7),
        (55, 200, "ORIGINAL CONTRACT SUM", 7),
        (300, 200, ">$1,240,000.00", 7),
        (40, 215, "2.", 7),
        (55, 215, "Net change by Change Orders", 7),
        (300, 215, ">$38,500.00", 7),
        (40, 230, "3.", 7),
        (55, 230, "CONTRACT SUM TO DATE (Line 1 ± 2)", 7),
        (300, 230, ">$1,278,500.00", 7),
        (40, 245, "4.", 7),
        (55, 245, "TOTAL COMPLETED & STORED TO DATE", 7),
        (300, 245, ">$640,000.00", 7),
        (40, 260, "6.", 7),
        (55, 260, "TOTAL EARNED LESS RETAINAGE", 7),
        (300, 260, ">$576,000.00", 7),
        (40, 275, "7.", 7),
        (55, 275, "LESS PREVIOUS CERTIFICATES FOR PAYMENT", 7),
        (300, 275, ">$412,200.00", 7),
        (40, 290, "8.", 7),
        (55, 290, "CURRENT PAYMENT DUE", 7),
        (300, 290, ">$163,800.00", 7),
    ]
    sheet: list[Text] = [
        (40, 40, "CONTINUATION SHEET", 10),
        (40, 100, "ITEM", 6),
        (80, 100, "DESCRIPTION OF WORK", 6),
        (300, 100, ">SCHEDULED VALUE", 6),
        (400, 100, ">THIS PERIOD", 6),
        (500, 100, ">TOTAL COMPLETED", 6),
        (40, 115, "1", 6),
        (80, 115, "Switchgear", 6),
        (300, 115, ">1,278,500.00", 6),
        (400, 115, ">182,000.00", 6),
        (500, 115, ">640,000.00", 6),
        (80, 130, "GRAND TOTALS", 6),
        (300, 130, ">$1,278,500.00", 6),
        (400, 130, ">$182,000.00", 6),
        (500, 130, ">$640,000.00", 6),
    ]
    fields = _fields(summary, sheet)
    assert fields["total_amount"] == 163800.0
    assert fields["amount_due"] == 163800.0
    assert fields["net_amount"] == 163800.0
    assert "tax_amount" not in fields


def test_tax_exempt_row_over_zero_is_a_zero_tax() -> None:
    page: list[Text] = [
        (40, 50, "Copperline Fixtures LLC", 14),
        (400, 50, "INVOICE", 14),
        (400, 70, "Invoice #", 8),
        (470, 70, "CF-1187", 8),
        (40, 120, "Description", 8),
        (540, 120, ">Amount", 8),
        (40, 135, "Pendant lights, brushed brass", 8),
        (540, 135, ">2,140.00", 8),
        (400, 170, "Sub Total", 8),
        (540, 170, ">2,140.00", 8),
        (330, 185, "Tax Exempt - Wholesale (0%)", 8),
        (540, 185, ">0.00", 8),
        (400, 200, "Total", 8),
        (540, 200, ">$2,140.00", 8),
    ]
    fields = _fields(page)
    assert fields["tax_amount"] == 0.0
    assert fields["total_amount"] == 2140.0
