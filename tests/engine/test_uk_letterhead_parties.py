"""UK small-business letterheads: a town alone over its postcode alone (no one's name), the
bank a payment line names beside its sort code (not the seller), the trading-name sentence
that names the issuer, a street line set above the sole trader's name, and an inline "To:"
caption before the addressee's name."""

from __future__ import annotations

from typing import Any

from facturist.engine.extraction import extract_canonical
from facturist.engine.footerbank import after_trading_name_of, bank_before_account

from .conftest import make_aligned_pdf

# (x, y from the top, text, font size); a text starting with ">" ends at x.
Text = tuple[float, float, str, float]

_ITEMS: list[Text] = [
    (60, 430, "Description", 9),
    (530, 430, ">Amount", 9),
    (60, 448, "Professional charges", 9),
    (530, 448, ">1,000.00", 9),
    (360, 480, "VAT 20%", 9),
    (530, 480, ">200.00", 9),
    (360, 496, "Total", 9),
    (530, 496, ">1,200.00", 9),
]


def _fields(texts: list[Text]) -> dict[str, Any]:
    result = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    return dict(result["fields"])


def _solicitors(footer: list[Text]) -> list[Text]:
    return [
        (530, 50, ">Whitcombe Larch", 20),
        (530, 74, ">S O L I C I T O R S", 7),
        (72, 98, "Partners", 7),
        (530, 98, ">42 Westgate", 8),
        (72, 109, "Helen R. Whitcombe LLB", 7),
        (530, 109, ">Wetherby", 8),
        (72, 120, "Martin Larch BA (Hons)", 7),
        (530, 120, ">LS22 6NE", 8),
        (530, 131, ">DX 27140 Wetherby", 8),
        (530, 142, ">T 01937 860 411", 8),
        (72, 216, "Ms Priya Ondaatje", 10),
        (72, 230, "3 Fennel Way", 10),
        (72, 244, "Cottingham", 10),
        (72, 258, "HU16 4TP", 10),
        (72, 310, "Date: 14th May 2025", 10),
        (72, 330, "INVOICE No. 5530", 11),
        *_ITEMS,
        *footer,
    ]


def test_a_town_alone_over_its_postcode_alone_is_no_name() -> None:
    fields = _fields(
        _solicitors(
            [(90, 780, "Whitcombe Larch LLP, registered in England and Wales No OC401122.", 6)]
        )
    )
    assert fields["seller_name"] == "Whitcombe Larch LLP"
    assert fields["buyer_name"] == "Ms Priya Ondaatje"
    assert fields["buyer_address"] == "3 Fennel Way, Cottingham, HU16 4TP"
    assert fields["seller_address"] == "42 Westgate, Wetherby, LS22 6NE"


def test_the_bank_beside_a_sort_code_is_not_the_seller() -> None:
    fields = _fields(
        _solicitors(
            [
                (72, 720, "Please make payment to our client account:", 8),
                (72, 732, "Barclays Bank PLC, Sort Code 20-45-77, Account 40918273.", 8),
                (90, 780, "Whitcombe Larch is the trading name of Whitcombe Larch LLP, a", 6),
                (90, 790, "limited liability partnership registered in England and Wales.", 6),
            ]
        )
    )
    assert fields["seller_name"] in ("Whitcombe Larch LLP", "Whitcombe Larch")


def test_footer_pieces() -> None:
    assert bank_before_account("Barclays Bank PLC, Sort Code 20-45-77, Account 40918273.")
    assert bank_before_account("Ulster Bank Ltd, IBAN GB12 ULSB 9860 1012 3456 78")
    assert not bank_before_account("Kranz Haustechnik Ltd, 12 Mill Lane, Leeds LS1 4AB")
    assert not bank_before_account("Barclays Bank PLC")
    assert (
        after_trading_name_of("Whitcombe Larch is the trading name of Whitcombe Larch LLP")
        == "Whitcombe Larch LLP"
    )
    assert after_trading_name_of("Whitcombe Larch LLP") == "Whitcombe Larch LLP"


def _sole_trader(caption: list[Text]) -> list[Text]:
    return [
        (530, 50, ">7 Harrow Lane", 9),
        (62, 58, "D. Okafor Plumbing & Heating", 16),
        (530, 62, ">Derby DE22 3FN", 9),
        (62, 80, "Gas Safe Registered", 8),
        (530, 74, ">07700 900 412", 9),
        (62, 136, "INVOICE", 15),
        *caption,
        (62, 194, "14 Fletcher Row", 10),
        (340, 194, "Job:", 10),
        (410, 194, "Kedleston Rd, Allestree", 10),
        (62, 207, "Belper", 10),
        (62, 220, "DE56 1AX", 10),
        *_ITEMS,
    ]


def test_a_street_line_above_the_sole_traders_name_is_no_name() -> None:
    fields = _fields(
        _sole_trader(
            [
                (62, 168, "To:", 10),
                (340, 168, "Invoice no:", 10),
                (410, 168, "0388", 10),
                (62, 181, "Marrick Homes Ltd", 10),
                (340, 181, "Date:", 10),
                (410, 181, "02/05/2025", 10),
            ]
        )
    )
    assert fields["seller_name"] == "D. Okafor Plumbing & Heating"
    assert fields["seller_address"].startswith("7 Harrow Lane, Derby")
    assert fields["buyer_name"] == "Marrick Homes Ltd"
    assert fields["buyer_address"] == "14 Fletcher Row, Belper, DE56 1AX"


def test_an_inline_to_caption_heads_the_buyers_block() -> None:
    fields = _fields(
        _sole_trader(
            [
                (62, 181, "To: Marrick Homes Ltd", 10),
                (340, 181, "Invoice no:", 10),
                (410, 181, "0388", 10),
            ]
        )
    )
    assert fields["seller_name"] == "D. Okafor Plumbing & Heating"
    assert fields["buyer_name"] == "Marrick Homes Ltd"
    assert fields["buyer_address"] == "14 Fletcher Row, Belper, DE56 1AX"
