"""Sellers outside the EU: their tax registration numbers (ABN, GSTIN, BN, UEN, NZ GST) and
their addresses' town lines (US, Canada, Australia, India, Singapore, a UK postcode alone)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.parties import POSTCODE_TOWN

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]

# Number, date and totals, at the right below the parties' blocks.
_META: list[Row] = [
    (350, 250, "Invoice No:"),
    (450, 250, "INV-1042"),
    (350, 264, "Invoice Date:"),
    (450, 264, "14/03/2025"),
    (50, 320, "Description"),
    (300, 320, "Qty"),
    (360, 320, "Unit Price"),
    (480, 320, "Amount"),
    (50, 338, "Consulting services"),
    (300, 338, "2"),
    (360, 338, "500.00"),
    (480, 338, "1,000.00"),
    (360, 380, "Subtotal"),
    (480, 380, "1,000.00"),
    (360, 394, "Tax 10%"),
    (480, 394, "100.00"),
    (360, 408, "Total"),
    (480, 408, "1,100.00"),
]


def _fields(rows: list[Row]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows + _META]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def _buyer(top: float, caption: str, lines: list[str]) -> list[Row]:
    return [(50, top, caption)] + [(50, top + 14 * (i + 1), text) for i, text in enumerate(lines)]


def test_australian_abn_under_the_letterhead_name() -> None:
    fields = _fields(
        [
            (50, 50, "TAX INVOICE"),
            (380, 80, "Southern Cross Plumbing Pty Ltd"),
            (380, 94, "ABN 51 824 753 556"),
            (380, 108, "Unit 3, 18 Kent Road"),
            (380, 122, "Mascot NSW 2020"),
            *_buyer(
                150,
                "Invoice To:",
                [
                    "Harbourside Dental Group Pty Ltd",
                    "Level 2, 45 Pitt Street",
                    "Sydney NSW 2000",
                    "Customer ABN: 33 102 417 032",
                ],
            ),
        ]
    )
    assert fields["seller_vat_id"] == "51824753556"
    assert fields["seller_address"] == "Unit 3, 18 Kent Road, Mascot NSW 2020"


def test_indian_gstin_and_state_pin_town_line() -> None:
    fields = _fields(
        [
            (50, 50, "Sahyadri Tech Solutions Pvt. Ltd."),
            (50, 64, "No. 42, 3rd Cross, Indiranagar 2nd Stage"),
            (50, 78, "Bengaluru Karnataka 560038"),
            (50, 92, "GSTIN 29AABCS1234F1ZN"),
            (400, 50, "TAX INVOICE"),
            *_buyer(
                150,
                "Bill To",
                ["Kaveri Retail LLP", "18, Sayyaji Rao Road", "GSTIN 29AAKFK5678L1ZF"],
            ),
        ]
    )
    assert fields["seller_vat_id"] == "29AABCS1234F1ZN"
    assert fields["seller_address"] == (
        "No. 42, 3rd Cross, Indiranagar 2nd Stage, Bengaluru Karnataka 560038"
    )


def test_buyer_gstin_in_its_block_is_not_the_sellers() -> None:
    # The seller's GSTIN stands at the foot of the page, after the buyer's in reading order.
    fields = _fields(
        [
            (50, 50, "Shree Ganesh Textiles"),
            (50, 64, "Plot 17, GIDC Estate, Pandesara"),
            (50, 78, "Surat, Gujarat 394221"),
            (250, 40, "Tax Invoice"),
            *_buyer(
                120,
                "Buyer (Bill to)",
                [
                    "Mehta Garments Pvt Ltd",
                    "B-204, Kamala Mills Compound",
                    "Lower Parel, Mumbai, Maharashtra 400013",
                    "GSTIN/UIN: 27AAECM4321R1Z3",
                ],
            ),
            (50, 600, "Company's GSTIN/UIN: 24ABCPG5678K1ZG"),
        ]
    )
    assert fields["seller_vat_id"] == "24ABCPG5678K1ZG"
    assert fields["seller_address"] == "Plot 17, GIDC Estate, Pandesara, Surat, Gujarat 394221"


@pytest.mark.parametrize(
    ("caption", "number", "town", "expected"),
    [
        ("GST/HST No.", "81234 5676 RT0001", "Montréal, QC H3A 1S8", "812345676RT0001"),
        ("HST Reg. No.", "84512 3900 RT0001", "Toronto ON M5A 1Z9", "845123900RT0001"),
        ("BN:", "812345676RT0001", "Ottawa, ON K1P 5J2", "812345676RT0001"),
    ],
)
def test_canadian_business_number_and_postal_code(
    caption: str, number: str, town: str, expected: str
) -> None:
    fields = _fields(
        [
            (50, 50, "Lachance Conseil Inc."),
            (50, 64, "1450 rue Peel, Bureau 800"),
            (50, 78, town),
            (50, 92, f"{caption} {number}"),
            (400, 50, "INVOICE"),
            *_buyer(150, "Billed To", ["Maple Leaf Outfitters Ltd.", "3300 Main Street"]),
        ]
    )
    assert fields["seller_vat_id"] == expected
    assert fields["seller_address"] == f"1450 rue Peel, Bureau 800, {town}"


@pytest.mark.parametrize("caption", ["GST Reg. No.:", "UEN:"])
def test_singapore_uen_and_postal_code(caption: str) -> None:
    fields = _fields(
        [
            (50, 50, "Lion City Office Supplies Pte. Ltd."),
            (50, 64, "10 Ubi Crescent, #05-33 Ubi Techpark"),
            (50, 78, "Singapore 408564"),
            (50, 92, f"{caption} 201912345K"),
            (400, 50, "TAX INVOICE"),
            *_buyer(150, "Bill To:", ["Marina Bay Consulting Pte Ltd", "8 Marina View"]),
        ]
    )
    assert fields["seller_vat_id"] == "201912345K"
    assert fields["seller_address"] == "10 Ubi Crescent, #05-33 Ubi Techpark, Singapore 408564"


def test_new_zealand_gst_number_after_its_caption() -> None:
    fields = _fields(
        [
            (50, 50, "Kauri Coast Joinery Limited"),
            (50, 64, "GST No: 49-091-850"),
            (400, 50, "TAX INVOICE"),
            *_buyer(150, "Bill To", ["Tui Bay Lodge Limited"]),
        ]
    )
    assert fields["seller_vat_id"] == "49091850"


@pytest.mark.parametrize(
    ("town", "expected"),
    [
        ("Burlington VT 05401", "19 Church Street, Burlington VT 05401"),
        ("San Francisco, California 94104", "19 Church Street, San Francisco, California 94104"),
    ],
)
def test_us_town_lines_without_comma_or_with_the_state_name(town: str, expected: str) -> None:
    fields = _fields(
        [
            (50, 50, "Cedar & Sage Candle Co."),
            (50, 64, "19 Church Street"),
            (50, 78, town),
            (50, 92, "hello@cedarandsage.com"),
            (400, 50, "INVOICE"),
            *_buyer(150, "Bill to", ["Olivia Bennett", "22 Maple Court"]),
        ]
    )
    assert fields["seller_address"] == expected
    assert "seller_vat_id" not in fields


def test_uk_postcode_alone_under_the_town() -> None:
    fields = _fields(
        [
            (50, 50, "TAX INVOICE"),
            (400, 80, "Fernleigh Design Studio Ltd"),
            (400, 94, "Unit 5, The Old Mill"),
            (400, 108, "Mill Lane"),
            (400, 122, "Bath"),
            (400, 136, "BA2 3DQ"),
            *_buyer(150, "Bill To", ["Brightwater Cafe Ltd", "14 Wharf Street"]),
        ]
    )
    assert fields["seller_address"] == "Unit 5, The Old Mill, Mill Lane, Bath, BA2 3DQ"


@pytest.mark.parametrize(
    "block",
    [
        # An Eircode alone under its Dublin district.
        ["4 Grand Canal Quay", "Dublin 2", "D02 X576", "Ireland"],
        # New Zealand: the postcode after the town, under the street.
        ["22 Kaiwharawhara Road", "Kaiwharawhara", "Wellington 6035"],
        # South Africa: the postcode alone under the town, five lines in all.
        ["Unit 5, Montague Park", "21 Montague Drive", "Montague Gardens", "Cape Town", "7441"],
        # India: the town and its PIN after a dash.
        ["Shop No. 14, Laxmi Industrial Estate", "Andheri (East), Mumbai - 400093"],
        # A house number last is no postcode after a town: the street, the town under it.
        ["Via Emilia Est 1520", "41126 Modena (MO)"],
        # A unit's number before words in capitals is no postcode before a town.
        ["SUITE 1200 NORTH TOWER", "100 King St W", "Toronto ON M5X 1A9"],
    ],
)
def test_town_lines_a_block_under_the_name_tells(block: list[str]) -> None:
    rows: list[Row] = [(400, 94 + 14 * i, text) for i, text in enumerate(block)]
    fields = _fields(
        [
            (50, 50, "TAX INVOICE"),
            (400, 80, "Southern Lights Installations Ltd"),
            *rows,
            (400, 94 + 14 * len(block), "Tel: 021 555 0148"),
            *_buyer(200, "Bill To", ["Brightwater Cafe Ltd", "14 Wharf Street"]),
        ]
    )
    assert fields["seller_address"] == ", ".join(block)


def test_town_line_shapes_outside_europe_and_numbers_that_are_none() -> None:
    towns = [
        "Burlington VT 05401",
        "San Francisco, California 94104",
        "Montréal, QC H3A 1S8",
        "Toronto ON M5A 1Z9",
        "Mascot NSW 2020",
        "Bengaluru Karnataka 560038",
        "Surat, Gujarat 394221",
        "Singapore 408564",
        "BA2 3DQ",
        "D02 X576",
        "Andheri (East), Mumbai - 400093",
    ]
    european = ["10115 Berlin", "75008 Paris", "00-950 Warszawa", "1012 AB Amsterdam"]
    # Grouped Czech postcodes, accented initials.
    european += ["602 00 Brno", "370 01 České Budějovice", "674 01 Třebíč", "3830-044 Ílhavo"]
    for text in towns + european:
        assert POSTCODE_TOWN.search(text), text
    others = [
        "Unit 5",
        "Suite 200",
        "(707) 555-0142",
        "Ph 02 9555 0148",
        "Invoice 2025",
        "Order 123456",
        "Total EUR 12345",
        "PO 5521",
        "Account: 1023 4567",
    ]
    for text in others:
        assert not POSTCODE_TOWN.search(text), text
