"""Invoices real vendors send: letterheads, footers and captions from several countries
(address lines centred or captioned, postcodes outside the EU, Nordic dates, a contact
person over the buyer's company)."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical
from facturist.engine.parties import POSTCODE_TOWN

from .conftest import SizedText as Text
from .conftest import make_sized_pdf

_TOTALS: list[Text] = [
    (60, 330, "Description", 9),
    (330, 330, "Qty", 9),
    (400, 330, "Unit price", 9),
    (480, 330, "Amount", 9),
    (60, 348, "Consulting", 9),
    (330, 348, "2", 9),
    (400, 348, "500.00", 9),
    (480, 348, "1,000.00", 9),
    (360, 380, "Subtotal", 9),
    (480, 380, "1,000.00", 9),
    (360, 394, "Tax 10%", 9),
    (480, 394, "100.00", 9),
    (360, 408, "Total", 9),
    (480, 408, "1,100.00", 9),
]


def _fields(texts: list[Text]) -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts + _TOTALS), use_einvoice=False)[
        "fields"
    ]
    return fields


def _centred(text: str, size: float, middle: float = 306.0) -> float:
    return middle - stringWidth(text, "Helvetica", size) / 2


def test_a_centred_letterhead_address_line_ends_at_its_town() -> None:
    name = "WHITCOMB, HARROW & LINDQVIST LLP"
    pieces = [
        "One Financial Plaza, 27th Floor",
        "· Hartford, Connecticut 06103",
        "· (860) 555-0142",
    ]
    widths = [stringWidth(p, "Helvetica", 7) for p in pieces]
    x = 306.0 - (sum(widths) + 12) / 2
    line: list[Text] = []
    for piece, width in zip(pieces, widths, strict=True):
        line.append((x, 54, piece, 7))
        x += width + 6
    fields = _fields([(_centred(name, 12), 40, name, 12), *line])
    assert (
        fields["seller_address"] == "One Financial Plaza, 27th Floor, Hartford, Connecticut 06103"
    )


def test_a_registered_office_caption_and_the_sentence_after_the_town_stay_out() -> None:
    fields = _fields(
        [
            (42, 32, "brightwater", 22),
            (
                40,
                767,
                "Brightwater Energy Ltd, Registered office: 3 Temple Quay, Bristol BS1 6DZ. "
                "Registered in England and Wales No. 10928374.",
                6,
            ),
        ]
    )
    assert fields["seller_name"] == "Brightwater Energy Ltd"
    assert fields["seller_address"] == "3 Temple Quay, Bristol BS1 6DZ"


def test_the_legal_name_repeated_under_a_tagline_starts_the_address() -> None:
    fields = _fields(
        [
            (50, 45, "Camille Roussel", 14),
            (50, 68, "Développement web & accessibilité numérique", 9),
            (50, 88, "EI Camille Roussel", 7),
            (50, 98, "12 rue des Tanneurs", 9),
            (50, 111, "35000 Rennes", 7),
        ]
    )
    assert fields["seller_address"] == "12 rue des Tanneurs, 35000 Rennes"


def test_a_contact_person_over_the_buyers_company() -> None:
    fields = _fields(
        [
            (154, 40, "Whitcomb Harrow LLP", 12),
            (60, 118, "Mr. Gregory T. Ashworth", 9),
            (60, 130, "General Counsel", 9),
            (60, 142, "Tollgate Precision Components, Inc.", 9),
            (60, 154, "88 Industrial Park Road", 9),
            (60, 166, "Middletown, CT 06457", 9),
        ]
    )
    assert fields["buyer_name"] == "Tollgate Precision Components, Inc."


@pytest.mark.parametrize(
    "line",
    [
        "Dublin 18, D18 K2W7",
        "Montréal (Québec) H4R 2V2",
        "Yinzhou District, Ningbo 315040, China",
    ],
)
def test_postcodes_outside_the_eu(line: str) -> None:
    assert POSTCODE_TOWN.search(line)


def test_nordic_dates_a_bare_number_sign_and_a_bare_due() -> None:
    fields = _fields(
        [
            (50, 45, "Nordvik Konsult AB", 14),
            (350, 60, "Faktura", 12),
            (350, 75, "N° 2025-014", 9),
            (350, 90, "Fakturadatum 2025-04-03", 9),
            (350, 104, "Förfallodatum 2025-05-03", 9),
        ]
    )
    assert (fields["invoice_number"], fields["invoice_date"], fields["due_date"]) == (
        "2025-014",
        "2025-04-03",
        "2025-05-03",
    )
    due = _fields([(50, 45, "Sparks Electrical Pty Ltd", 14), (420, 90, "Due 17/4/2025", 9)])
    assert due["due_date"] == "2025-04-17"


def test_a_canadian_business_number_under_gst_tps() -> None:
    fields = _fields(
        [(40, 57, "Scientific Supply Ltd.", 9), (40, 790, "GST/TPS No.: 81234 5676 RT0001", 7)]
    )
    assert fields["seller_vat_id"] == "812345676RT0001"
