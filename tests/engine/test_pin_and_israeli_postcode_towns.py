"""Postcodes a country's long form tells: India's six-digit PIN and Israel's seven digits.

Conventions:
- An Indian block prints its PIN before or after the town or state ("110020 Delhi", "Noida
  201301"), the country on the next line; a state's name or "India" makes the six digits a
  PIN, though the line over it names the town with no number ("New Delhi").
- An Israeli address prints a seven-digit postcode after the town ("Haifa 3303312",
  "Yokneam Illit 2069206, Israel") or before it; a known town or "Israel" on the same or
  next line makes it one, as seven bare digits are as often an account or a phone number.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.countrypostcodes import country_postcode_town

from .conftest import SizedText, make_sized_pdf

_TOTALS: list[SizedText] = [
    (47, 330, "#", 8),
    (70, 330, "Item & Description", 8),
    (400, 330, "Qty", 8),
    (480, 330, "Amount", 8),
    (47, 346, "1", 8),
    (70, 346, "Consulting services", 8),
    (400, 346, "1.00", 8),
    (480, 346, "1,000.00", 8),
    (380, 380, "Sub Total", 8),
    (480, 380, "1,000.00", 8),
    (380, 394, "Total", 8),
    (480, 394, "1,180.00", 8),
]


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    return fields


def test_pin_before_state_under_a_town_line_beside_captions() -> None:
    texts: list[SizedText] = [
        (95, 40, "Lotus Ledger Systems Pvt. Ltd.", 10),
        (400, 40, "TAX INVOICE", 14),
        (95, 54, "Plot 9, Phase 2, Hinjewadi", 8),
        (95, 66, "Pune Maharashtra 411057", 8),
        (400, 66, "# INV-000512", 9),
        (95, 78, "India", 8),
        (95, 90, "GSTIN 27AAFCL1234Q1ZU", 8),
        (41, 150, "Bill To", 8),
        (41, 164, "Banyan Home Stores Pvt Ltd", 9),
        (300, 164, "Invoice Date :", 8),
        (400, 164, "13/03/2024", 8),
        # The caption column's rows fall between the address lines.
        (41, 175, "B-7, Sector 3 Industrial Estate", 8),
        (300, 179, "Terms :", 8),
        (400, 179, "Net 30", 8),
        (41, 186, "New Delhi", 8),
        (41, 196, "110020 Delhi", 8),
        (300, 196, "Due Date :", 8),
        (400, 196, "12/04/2024", 8),
        (41, 207, "India", 8),
        (300, 207, "P.O.# :", 8),
        (400, 207, "BHS-PO-1120", 8),
        (41, 218, "GSTIN 07AAHCB3307B1ZZ", 8),
        *_TOTALS,
    ]
    fields = _fields(texts)
    assert fields["buyer_name"] == "Banyan Home Stores Pvt Ltd"
    assert fields["buyer_address"] == (
        "B-7, Sector 3 Industrial Estate, New Delhi, 110020 Delhi, India"
    )


def test_town_and_pin_over_the_country_line() -> None:
    texts: list[SizedText] = [
        (41, 40, "Saffron Analytics LLP", 10),
        (400, 40, "TAX INVOICE", 14),
        (41, 54, "Unit 4, Hitech City Road, Hyderabad Telangana 500081", 8),
        (41, 140, "Bill To", 8),
        (41, 154, "Indus Freight Movers Pvt Ltd", 9),
        (300, 154, "Invoice Date :", 8),
        (400, 154, "02/05/2024", 8),
        (41, 165, "C-56, Sector 62", 8),
        (41, 176, "Noida 201301", 8),
        (300, 176, "Due Date :", 8),
        (400, 176, "01/06/2024", 8),
        (41, 187, "India", 8),
        (41, 198, "GSTIN 09AAHCI3307B1ZZ", 8),
        *_TOTALS,
    ]
    fields = _fields(texts)
    assert fields["buyer_address"] == "C-56, Sector 62, Noida 201301, India"


def test_israeli_town_then_seven_digit_postcode() -> None:
    texts: list[SizedText] = [
        (41, 40, "NEGEV PRECISION LTD.", 12),
        (400, 40, "TAX INVOICE", 14),
        (41, 56, "21 Hataasia St., Yokneam Illit 2069209, Israel", 8),
        (41, 68, "Tel. +972-4-9590000", 8),
        (41, 80, "Company No. / VAT Reg.: 514500017", 8),
        (41, 110, "Invoice No.", 8),
        (120, 110, "40127", 8),
        (300, 110, "Date", 8),
        (400, 110, "17/03/2024", 8),
        (41, 140, "Customer:", 8),
        (300, 140, "Customer No.", 8),
        (400, 140, "C-2210", 8),
        (41, 152, "Galilee Dental Clinic Ltd.", 8),
        (300, 152, "Your Order", 8),
        (400, 152, "PO 4500011", 8),
        (41, 164, "40 Herzl St.", 8),
        (300, 164, "Delivery Note", 8),
        (400, 164, "DN-7712", 8),
        (41, 176, "Haifa 3303120", 8),
        (300, 176, "Payment Terms", 8),
        (400, 176, "EOM + 30", 8),
        (41, 188, "Israel", 8),
        (41, 212, "VAT No.: 513900015", 8),
        *_TOTALS,
    ]
    fields = _fields(texts)
    assert fields["seller_address"] == "21 Hataasia St., Yokneam Illit 2069209, Israel"
    assert fields["buyer_address"] == "40 Herzl St., Haifa 3303120, Israel"


def test_postcode_told_by_its_country_or_town() -> None:
    # A state's name, a known town, or the country on the line or the next makes the code.
    assert country_postcode_town("110020 Delhi", "") is not None
    assert country_postcode_town("Noida 201301", "India") is not None
    assert country_postcode_town("Chennai 600 018", "INDIA") is not None
    assert country_postcode_town("Tel Aviv-Yafo 6789141", "") is not None
    assert country_postcode_town("6701101 Tel Aviv", "") is not None
    assert country_postcode_town("Kfar Yona 4030000", "Israel") is not None
    assert country_postcode_town("Modiin 7178000, Israel", "") is not None
    # ... else seven or six bare digits after a word are an account's, a phone's, an order's.
    assert country_postcode_town("Account 1234567", "Israel") is None
    assert country_postcode_town("Reference 7654321", "") is None
    assert country_postcode_town("Order 110020", "") is None
    assert country_postcode_town("Noida 201301", "GSTIN 09AAACN1234F1Z5") is None
    assert country_postcode_town("Batch 2069206", "") is None
