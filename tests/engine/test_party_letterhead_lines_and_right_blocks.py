"""Parties of designed letterheads and right-hand blocks: a cooperative's "eG" letterhead over
a recipient with no sender line, a name set large over a trade-and-address line, phone and
tagline pieces before the street, the footer naming the issuer of two uncaptioned blocks, a
caption set flush right over its block, a suite number and a saint's town in the address."""

from __future__ import annotations

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names

from .conftest import SizedText, make_aligned_pdf

_TABLE: list[SizedText] = [
    (60, 300, "Artikel", 9),
    (400, 300, "Menge", 9),
    (480, 300, "Betrag", 9),
    (60, 316, "Bergkäse 1 kg", 9),
    (400, 316, "4", 9),
    (480, 316, "68,00", 9),
    (360, 350, "Summe netto  68,00", 9),
    (360, 364, "USt. 7 %  4,76", 9),
    (360, 378, "Gesamtbetrag  72,76 EUR", 9),
]


def _parties(texts: list[SizedText]) -> tuple[str | None, ...]:
    """Seller name, seller address and buyer name of a one-page document."""
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])
    seller, buyer = party_names(lines)
    address = party_address(lines, seller, buyer)
    return tuple(None if v is None else str(v.value) for v in (seller, address, buyer))


def test_a_cooperatives_letterhead_is_the_seller_over_a_recipient_with_no_sender_line() -> None:
    # "eG" (eingetragene Genossenschaft) is a legal form; the recipient's second line, the
    # shop owner's registered name ("... e.K."), does not replace the shop's name; the
    # letterhead line's tagline piece is no part of the address.
    seller, address, buyer = _parties(
        [
            (56, 30, "Milchhof Allgäuer Wiesen eG", 16),
            (56, 50, "Käserei und Molkerei · Kemptener Straße 12 · 87439 Kempten", 8),
            (56, 100, "Hofladen Wiesengrund", 9),
            (56, 113, "Tobias Brenner e.K.", 9),
            (56, 126, "Dorfstraße 3", 9),
            (56, 139, "87700 Memmingen", 9),
            (350, 100, "Rechnungs-Nr.  MH-4471", 9),
            (350, 113, "Datum  03.02.2026", 9),
            (56, 200, "Rechnung MH-4471", 13),
            *_TABLE,
            (40, 790, "Milchhof Allgäuer Wiesen eG | USt-IdNr. DE136695976", 7),
        ]
    )
    assert seller == "Milchhof Allgäuer Wiesen eG"
    assert address == "Kemptener Straße 12, 87439 Kempten"
    assert buyer == "Hofladen Wiesengrund"


def test_the_name_set_large_over_a_trade_and_address_line_is_the_seller() -> None:
    seller, address, buyer = _parties(
        [
            (60, 32, "Dr. rer. nat. Henrike Albers", 16),
            (60, 50, "Labor für Bodenanalytik · Gartenweg 7 · 37073 Göttingen", 8),
            (60, 96, "Stadtwerke Hagenburg GmbH", 10),
            (60, 109, "Abteilung Netze", 10),
            (60, 122, "Mühlenstraße 21", 10),
            (60, 135, "37154 Northeim", 10),
            (60, 192, "Rechnung Nr. 2026/014", 12),
            (60, 206, "Göttingen, 12.02.2026", 10),
            *_TABLE,
        ]
    )
    assert seller == "Dr. rer. nat. Henrike Albers"
    assert address == "Gartenweg 7, 37073 Göttingen"
    assert buyer == "Stadtwerke Hagenburg GmbH"


def test_a_taxi_receipt_bills_its_fahrgast_and_its_phone_piece_is_no_address() -> None:
    seller, address, buyer = _parties(
        [
            (95, 31, "Taxi Neckarstern OHG", 14),
            (95, 47, "Funkruf 0711 55 00 00 · Rotebühlstraße 40 · 70178 Stuttgart", 8),
            (40, 80, "Rechnung / Quittung", 12),
            (40, 104, "Beleg-Nr.", 9),
            (140, 104, "TX-2201", 9),
            (40, 116, "Datum", 9),
            (140, 116, "09.01.2026", 9),
            (40, 128, "Fahrgast", 9),
            (140, 128, "Velora Consulting GmbH", 9),
            *_TABLE,
        ]
    )
    assert seller == "Taxi Neckarstern OHG"
    assert address == "Rotebühlstraße 40, 70178 Stuttgart"
    assert buyer == "Velora Consulting GmbH"


def test_of_two_uncaptioned_blocks_on_top_the_one_the_footer_names_is_the_seller() -> None:
    seller, _, buyer = _parties(
        [
            (420, 45, "TAX INVOICE", 14),
            (50, 113, "Ashcombe Bakery Ltd", 9),
            (50, 124, "14 Tanner Row", 9),
            (50, 135, "York YO1 6JB", 9),
            (300, 113, "Invoice Date", 9),
            (300, 124, "2 Mar 2026", 9),
            (420, 113.5, "Brightledger Systems Ltd", 9),
            (420, 124, "8 Quayside", 9),
            (420, 135, "Newcastle NE1 3DX", 9),
            (54, 243, "Description", 9),
            (480, 243, "Amount GBP", 9),
            (54, 265, "Premium plan", 9),
            (480, 265, "59.00", 9),
            (360, 300, "TOTAL GBP  70.80", 9),
            (
                50,
                780,
                "Brightledger Systems Ltd. Registered in England, company number 09876543.",
                7,
            ),
        ]
    )
    assert seller == "Brightledger Systems Ltd"
    assert buyer == "Ashcombe Bakery Ltd"


def test_a_buyer_caption_set_flush_right_heads_the_block_under_it() -> None:
    _, _, buyer = _parties(
        [
            (37, 34, "Tax Invoice", 12),
            (36, 84, "Sold By :", 8),
            (559, 84, ">Billing Address :", 8),
            (36, 96, "Kaveri Home Appliances Private Limited", 8),
            (559, 96, ">Meera Venkataraman Krishnan", 8),
            (36, 107, "Survey No. 12, Whitefield", 8),
            (559, 107, ">No. 4, 2nd Main, Jayanagar", 8),
            (36, 118, "Bengaluru, Karnataka, 560066", 8),
            (559, 118, ">Bengaluru, Karnataka, 560011", 8),
            (36, 129, "IN", 8),
            (559, 129, ">IN", 8),
            (36, 200, "Invoice Number : KA-2201", 8),
            *_TABLE,
        ]
    )
    assert buyer == "Meera Venkataraman Krishnan"


def test_a_suite_number_does_not_end_the_sellers_address_before_its_town() -> None:
    _, address, _ = _parties(
        [
            (561, 44, ">Cirrusfield Data Services, Inc.", 9),
            (561, 56, ">200 Pine Street, Suite 1600", 9),
            (561, 67, ">Portland, OR 97204", 9),
            (561, 77, ">United States", 9),
            (51, 100, "Monthly Bill", 14),
            (50, 130, "Bill to:", 9),
            (50, 141, "Harbor Lane Analytics LLC", 9),
            (50, 152, "75 Front Street", 9),
            (50, 163, "Seattle, WA 98104", 9),
            (360, 130, "Invoice number: 771204", 9),
            *_TABLE,
        ]
    )
    assert address == "200 Pine Street, Suite 1600, Portland, OR 97204, United States"


def test_a_saints_town_ends_the_sellers_address() -> None:
    _, address, _ = _parties(
        [
            (50, 40, "Bodensee Hosting AG", 12),
            (50, 54, "Bahnhofstrasse 4", 9),
            (50, 65, "9000 St. Gallen", 9),
            (330, 140, "Herr Lukas Ammann", 10),
            (330, 152, "Seestrasse 8", 10),
            (330, 164, "8800 Thalwil", 10),
            (50, 220, "Rechnung 2026-0117", 12),
            *_TABLE,
        ]
    )
    assert address == "Bahnhofstrasse 4, 9000 St. Gallen"
