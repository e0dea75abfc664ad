"""Party names on Gulf and Turkish invoices.

Conventions:
- A table's column caption is never a party's name: "Rate (BHD)" over the items holds the
  currency, no Malaysian "Bhd"; "Description | Quantity | Amount" starts no buyer's block.
- The Gulf's legal forms name a company as any other: "W.L.L.", "L.L.C", "FZE", "SAOC";
  so does Turkey's "A.Ş." (the logo's word over it is no name).
- Bahrain's "VAT Account No." before fifteen digits opening with "2" and Oman's "VATIN:"
  before "OM" and ten digits caption the seller's VAT number (a header line with the
  commercial register's "C.R. No." and the phone beside).
- "Seller" | "Buyer" each centred over its half of the page, over rows of "Name | value",
  "VAT Number | value" on either side (Saudi e-invoices): each half is its party's block.
"""

from __future__ import annotations

import pytest

from facturist.engine.partynames import names_by_form

from .conftest import header_values


@pytest.mark.parametrize(
    "name",
    [
        "Dilmun Marine Logistics W.L.L.",
        "Al Noor Digital Systems L.L.C",
        "Gulf Horizon Logistics FZE",
        "Al Mouj Hospitality SAOC",
        "Başkent Ofis ve Gıda Tedarik Sanayi Ticaret A.Ş.",
    ],
)
def test_gulf_and_turkish_forms_name_a_company(name: str) -> None:
    assert names_by_form(name)


def test_a_column_caption_with_the_currency_names_no_seller() -> None:
    values = header_values(
        [
            (36, 40, "Freight Forwarding · Customs Brokerage · Warehousing"),
            (318, 120, "Invoice No. : DML/INV/2025/0318"),
            (318, 134, "Invoice Date : 25/03/2025"),
            (45, 250, "#"),
            (141, 250, "Description"),
            (282, 250, "Qty"),
            (315, 250, "Rate (BHD)"),
            (400, 250, "Amount (BHD)"),
            (46, 270, "1"),
            (64, 270, "Customs clearance charges"),
            (290, 270, "1"),
            (343, 270, "45.000"),
            (415, 270, "45.000"),
            (306, 300, "Total including VAT (BHD) 49.500"),
        ]
    )
    assert values.get("seller_name") != "Rate (BHD)"


def test_a_table_header_starts_no_buyer_block() -> None:
    values = header_values(
        [
            (40, 110, "Al Noor Digital Systems L.L.C"),
            (40, 122, "Office 1204, Churchill Tower"),
            (40, 134, "Dubai"),
            (40, 146, "United Arab Emirates"),
            (40, 270, "Tax Invoice INV/2025/00417"),
            (41, 312, "Invoice Date: 17/02/2025"),
            (41, 357, "Description"),
            (302, 357, "Quantity"),
            (366, 357, "Unit Price"),
            (520, 357, "Amount"),
            (41, 377, "Dell Latitude 5440 Laptop"),
            (293, 377, "12.00 Units"),
            (373, 377, "4,250.00"),
            (491, 377, "51,000.00"),
            (41, 397, "Dell 24 Monitor P2425H 75001 Paris"),
            (340, 477, "Untaxed Amount AED 51,000.00"),
            (340, 513, "Total AED 53,550.00"),
            (41, 800, "Page 1 / 1"),
        ]
    )
    assert values.get("buyer_name") != "Description"


def test_seller_and_buyer_captions_centred_over_their_halves() -> None:
    values = header_values(
        [
            (240, 36, "Tax Invoice"),
            (41, 73, "Invoice Number: INV-2025-000318"),
            (41, 87, "Invoice Issue Date: 2025-03-09"),
            (154, 164, "Seller"),
            (401, 164, "Buyer"),
            (40, 180, "Name"),
            (121, 180, "Al Masar Consultants Co."),
            (304, 180, "Name"),
            (386, 180, "Rawabi Al Sharq Real Estate Co."),
            (40, 195, "Building No"),
            (122, 195, "7284"),
            (304, 195, "Building No"),
            (385, 195, "2915"),
            (39, 210, "City"),
            (122, 210, "Riyadh"),
            (303, 210, "City"),
            (386, 210, "Dammam"),
        ]
    )
    assert values["seller_name"] == "Al Masar Consultants Co."
    assert values["buyer_name"] == "Rawabi Al Sharq Real Estate Co."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("VAT Account No. 200019574300002 | C.R. No. 112233-1", "200019574300002"),
        ("Tel: +968 24701183 |VATIN: OM1100274561 |C.R. No.: 1187263", "OM1100274561"),
    ],
)
def test_bahraini_and_omani_vat_captions(line: str, expected: str) -> None:
    values = header_values(
        [
            (40, 40, "Dilmun Marine Logistics W.L.L."),
            (40, 60, line),
            (300, 100, "Invoice No: A-1"),
            (300, 300, "Total 100.000"),
        ]
    )
    assert values["seller_vat_id"] == expected
