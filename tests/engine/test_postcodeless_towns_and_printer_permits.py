"""Address blocks of countries that print no postcode, and a printer's permit in the footer.

Conventions:
- A Gulf state's or Hong Kong's address ends at its town and country ("Dubai, United Arab
  Emirates", "Kowloon, Hong Kong"), at a post box and its town, or at the city state alone
  under the street; the town may carry the postcode printed after it ("Riyadh 12214,
  Kingdom of Saudi Arabia", "Quezon City 1110, Philippines").
- A printer's authority to print dates its permit ("Date Issued"), never the invoice.
"""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.postcodelesstown import postcodeless_town

from .conftest import SizedText, make_sized_pdf, spaced_lines

_TOTALS: list[SizedText] = [
    (60, 330, "Pallet racking inspection", 9),
    (470, 330, "1,000.00", 9),
    (380, 370, "Total 1,050.00", 9),
]


def test_town_and_country_end_a_block_without_a_postcode() -> None:
    texts: list[SizedText] = [
        (57, 44, "Qamar Shelving Trading L.L.C", 14),
        (57, 66, "Shop 7, Al Quoz Industrial Area 3", 9),
        (57, 78, "P.O. Box 77120, Dubai, United Arab Emirates", 9),
        (57, 90, "Tel +971 4 555 0101", 9),
        (57, 130, "Invoice to:", 9),
        (57, 143, "Corniche Clinics W.L.L.", 9),
        (57, 156, "Building 41, Street 850", 9),
        (57, 169, "Doha, State of Qatar", 9),
        (340, 143, "Invoice No. QS-2025-118", 9),
        (340, 156, "Invoice Date: 14/04/2025", 9),
        *_TOTALS,
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_address"] == (
        "Shop 7, Al Quoz Industrial Area 3, P.O. Box 77120, Dubai, United Arab Emirates"
    )
    assert fields["buyer_address"] == "Building 41, Street 850, Doha, State of Qatar"


def test_town_lines_of_postcodeless_places() -> None:
    street = spaced_lines([(57, 60, "9 Tai Yip Street")])[0].cells
    found = postcodeless_town("Riyadh 12214, Kingdom of Saudi Arabia", street)
    assert found is not None and found.group() == "Riyadh 12214, Kingdom of Saudi Arabia"
    one_line = postcodeless_town("Unit 5, 8/F, 9 Tai Yip Street, Kowloon Bay, Hong Kong", [])
    assert one_line is not None and one_line.group() == "Kowloon Bay, Hong Kong"
    assert postcodeless_town("Hong Kong", street) is not None
    assert postcodeless_town("Hong Kong", []) is None  # no street above: no address
    assert postcodeless_town("Abu Dhabi, UAE", []) is None
    assert postcodeless_town("Dublin, Ireland", street) is None  # a postcode country


def test_a_printers_permit_date_is_no_invoice_date() -> None:
    texts: list[SizedText] = [
        (150, 40, "MABINI HARDWARE CORPORATION", 14),
        (57, 100, "SALES INVOICE No. 0001452", 11),
        (57, 130, "Sold to: Dagat Foods Inc.", 9),
        (340, 130, "Date: March 3, 2025", 9),
        *_TOTALS,
        (57, 780, "BIR Authority to Print No. 3AU0001234567", 7),
        (300, 780, "Date Issued: 01/15/2024", 7),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["invoice_date"] == "2025-03-03"
