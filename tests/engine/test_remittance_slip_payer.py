"""A tear-off remittance slip at the invoice's foot ("REMITTANCE ADVICE" under a scissors
line, "Please detach and return this portion"): its "From:" names the customer paying, never
the seller; the seller is the letterhead's."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_from_in_remittance_slip_names_no_seller() -> None:
    texts: list[SizedText] = [
        (57, 50, "Oakfield Window Cleaning Ltd", 14),
        (420, 50, "INVOICE", 16),
        (57, 68, "Unit 4, Station Yard, Histon", 9),
        (420, 72, "Invoice no.", 9),
        (490, 72, "OW-2406-77", 9),
        (57, 80, "Cambridge CB24 9LQ", 9),
        (420, 84, "Date", 9),
        (490, 84, "14.06.24", 9),
        (57, 120, "To:", 9),
        (57, 132, "Parkside Residents Association Ltd", 9),
        (57, 144, "14 Mill Road", 9),
        (57, 156, "Cambridge CB1 2AD", 9),
        (57, 200, "Description", 9),
        (330, 200, "Qty", 9),
        (400, 200, "Rate", 9),
        (480, 200, "Amount", 9),
        (57, 215, "Window cleaning, communal areas", 9),
        (330, 215, "4", 9),
        (400, 215, "55.00", 9),
        (480, 215, "220.00", 9),
        (400, 250, "Net", 9),
        (480, 250, "220.00", 9),
        (400, 262, "VAT 20%", 9),
        (480, 262, "44.00", 9),
        (400, 274, "Gross", 9),
        (480, 274, "264.00", 9),
        (57, 320, "Terms: payment within 14 days.", 8),
        (34, 560, "✂", 10),
        (190, 560, "Please detach and return this portion with your payment", 8),
        (57, 590, "REMITTANCE ADVICE", 11),
        (57, 610, "From: Parkside Residents Association Ltd", 9),
        (330, 610, "Payment due by", 9),
        (430, 610, "28.06.24", 9),
        (57, 622, "Invoice no.: OW-2406-77", 9),
        (330, 622, "Amount due", 9),
        (430, 622, "£264.00", 9),
        (57, 640, "Pay by BACS to Oakfield Window Cleaning Ltd", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Oakfield Window Cleaning Ltd"
    assert fields["buyer_name"] == "Parkside Residents Association Ltd"
