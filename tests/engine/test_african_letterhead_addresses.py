"""Letterhead addresses of African sellers (postcodelesstown.py, townline.py).

Conventions:
- Kenya, Nigeria and Ghana print no postcode: the town line is the one ending in the town
  and the country ("..., Mombasa, Kenya", "Lagos, Nigeria"), or a post-office box with its
  postal code and town ("P.O. Box 10234-00100 Nairobi").
- A South African address on one line ends in the town and its four-digit postcode after a
  comma, though it opens with a unit ("Unit 4, ..., Cape Town, 8001") or the line goes on
  into the phone after a bar ("..., Midrand, 1686 | Tel ...").
"""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf

_TOTALS: list[SizedText] = [
    (47, 330, "Description", 8),
    (400, 330, "Qty", 8),
    (480, 330, "Amount", 8),
    (47, 346, "Consulting services", 8),
    (400, 346, "1.00", 8),
    (480, 346, "1,000.00", 8),
    (380, 380, "Sub Total", 8),
    (480, 380, "1,000.00", 8),
    (380, 394, "Total", 8),
    (480, 394, "1,160.00", 8),
]


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    return fields


def _letterhead(address: str, contact: str) -> list[SizedText]:
    return [
        (120, 50, "Acacia Supplies Ltd", 14),
        (120, 70, address, 8),
        (120, 82, contact, 8),
        (43, 150, "INVOICE TO", 9),
        (400, 150, "TAX INVOICE", 12),
        (43, 164, "Baobab Traders Ltd", 9),
        (43, 176, "Kimathi Street 4", 9),
        (400, 176, "Invoice No: AS-2024-117", 9),
        (43, 188, "P.O. Box 10234-00100 Nairobi", 9),
        (400, 188, "Date: 07/08/2024", 9),
        *_TOTALS,
    ]


@pytest.mark.parametrize(
    "address",
    [
        "Moi Avenue, Plot 214/XVII, P.O. Box 84512-80100, Mombasa, Kenya",
        "No. 12 Ring Road East, Osu, Accra, Ghana",
        "14 Creek Road, Apapa, Lagos, Nigeria",
        "Plot 45 Kampala Road, Kampala, Uganda",
        "Unit 4, Bree Street Studios, 112 Bree Street, Cape Town, 8001",
    ],
)
def test_one_line_letterhead_address(address: str) -> None:
    fields = _fields(_letterhead(address, "Tel: +254 41 222 8790 · sales@acacia.example"))
    assert fields["seller_name"] == "Acacia Supplies Ltd"
    assert fields["seller_address"] == address


def test_south_african_address_going_on_into_its_phone() -> None:
    fields = _fields(
        _letterhead("23 Le Roux Avenue, Vorna Valley, Midrand, 1686 | Tel 011 805 2290", "")
    )
    assert fields["seller_address"] == "23 Le Roux Avenue, Vorna Valley, Midrand, 1686"


def test_post_office_box_with_its_postal_code_ends_the_buyer_block() -> None:
    fields = _fields(_letterhead("14 Creek Road, Apapa, Lagos, Nigeria", "Tel 0803 455 2190"))
    assert fields["buyer_address"] == "Kimathi Street 4, P.O. Box 10234-00100 Nairobi"


def test_town_and_country_beside_the_name_under_its_street() -> None:
    # The block set top right: the street over the name's line, the town and country on it.
    texts: list[SizedText] = [
        (464, 45, "14 Creek Road, Apapa", 8),
        (134, 56, "EKO BRIGHT LOGISTICS LIMITED", 14),
        (496, 57, "Lagos, Nigeria", 8),
        (473, 68, "+234 803 455 2190", 8),
        (470, 90, "TIN: 20734518-0001", 8),
        (58, 118, "INVOICE", 14),
        (341, 152, "BILLED TO", 9),
        (58, 158, "Invoice Number  EBL/LAG/2024/0457", 9),
        (341, 169, "Sahel Agro Processing Ltd", 9),
        (58, 170, "Invoice Date  02-May-2024", 9),
        (341, 182, "Plot 27, Sharada Industrial Estate", 9),
        (341, 195, "Kano, Kano State, Nigeria", 9),
        *_TOTALS,
    ]
    fields = _fields(texts)
    assert fields["seller_name"] == "EKO BRIGHT LOGISTICS LIMITED"
    assert fields["seller_address"] == "14 Creek Road, Apapa, Lagos, Nigeria"
    assert fields["seller_vat_id"] == "20734518-0001"
