"""Party names and addresses: Nordic legal forms, department lines, Romanian block captions.

Conventions:
- Norway's and Denmark's companies end their name with the legal form in capitals ("Vestland
  Energi AS", "Norsk Hydro ASA", "Dansk Træ IVS"); the lower-case "og" (and) between two words
  of a Norwegian or Danish line is no Austrian "OG".
- A department line under an addressee's company ("Avd. Personal og HMS", "Abt. Einkauf",
  "Afd. Inkoop", "Dept. Accounts") names a part of the addressee, never a company: its block
  is the buyer's.
- A coloured top band prints the seller's name alone; the footer repeats it with its address
  and register number ("Fjordkjøkkenet Catering AS · Bryggen 14 · 5003 Bergen · Org.nr.").
- Romania's invoices caption the two blocks side by side "Furnizor:" (supplier) and
  "Cumpărător:" (buyer), the name after the caption on the same line.
- A scan's address block is set flush left; its big name line starts a few pixels right of
  the street and town under it (the first letter's side bearing at a large size).
- An Italian letterhead sets the name large and its legal form small on the next line,
  perhaps with a founding tagline ("Tipografia Bellini" / "S.r.l. - dal 1962"): a legal form
  alone is no name; the big line over it, flush with it, starts the name.
- A British footer's registered-office row goes on after the town with the VAT number after a
  dot ("Registered office: ..., Bristol BS1 6XN · VAT Reg. No. GB ..."): the address ends at
  the town.
"""

from __future__ import annotations

from facturist.engine.addresses import party_address
from facturist.engine.labels import SELLER_SECTION
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.parties import party_names
from facturist.engine.partycaptions import section_name
from facturist.engine.partynames import names_by_form, not_a_name

from .conftest import ONE_ITEM_AND_TOTALS, header_values


def test_nordic_forms_in_capitals_name_companies_and_og_is_a_conjunction() -> None:
    assert names_by_form("Vestland Energi AS")
    assert names_by_form("Norsk Hydro ASA")
    assert names_by_form("Põhjala Puit OÜ")
    assert not names_by_form("Avd. Personal og HMS")
    assert not names_by_form("Paid as agreed")
    assert names_by_form("Müller & Partner OG")


def test_a_department_line_is_no_name() -> None:
    assert not_a_name("Avd. Personal og HMS")
    assert not_a_name("Abt. Einkauf")
    assert not not_a_name("Avdeling Nord Bygg AS")


_NORWEGIAN = [
    (57, 20, "Fjordkjøkkenet Catering AS"),
    (400, 20, "FAKTURA"),
    (57, 66, "Vestland Energi AS"),
    (370, 66, "Fakturanr."),
    (460, 66, "24117"),
    (57, 80, "Avd. Personal og HMS"),
    (370, 80, "Fakturadato"),
    (460, 80, "21.06.2024"),
    (57, 94, "Postboks 7050"),
    (57, 108, "5020 Bergen"),
    *ONE_ITEM_AND_TOTALS,
    (117, 788, "Fjordkjøkkenet Catering AS · Bryggen 14 · 5003 Bergen · Org.nr. 979 991 436 MVA"),
]


def test_the_band_name_is_the_seller_and_the_department_block_the_buyer() -> None:
    fields = header_values(_NORWEGIAN)
    assert fields["seller_name"] == "Fjordkjøkkenet Catering AS"
    assert fields["buyer_name"] == "Vestland Energi AS"
    assert fields["seller_address"] == "Bryggen 14, 5003 Bergen"


_ROMANIAN = [
    (57, 45, "Furnizor: CARPATICA LOGISTIC S.R.L."),
    (300, 45, "Cumpărător: AGROMEC SOMEȘ S.A."),
    (57, 57, "C.I.F.: RO18288896"),
    (300, 57, "C.I.F.: RO5185791"),
    (57, 69, "Sediul: Str. Fabricii nr. 46, 400632 Cluj-Napoca"),
    (300, 69, "Sediul: Str. Libertății nr. 9, 420155 Bistrița"),
    (250, 150, "FACTURĂ"),
    *ONE_ITEM_AND_TOTALS,
]


def test_romanian_supplier_and_buyer_captions_before_their_names() -> None:
    fields = header_values(_ROMANIAN)
    assert fields["seller_name"] == "CARPATICA LOGISTIC S.R.L."
    assert fields["buyer_name"] == "AGROMEC SOMEȘ S.A."


def test_a_seller_caption_with_its_colon_gives_the_name_after_it() -> None:
    from .conftest import spaced_lines

    lines = spaced_lines([(50, 40, "Lieferant: Kranz Haustechnik GmbH"), *ONE_ITEM_AND_TOTALS])
    found = section_name(lines, SELLER_SECTION)
    assert found is not None and found.value == "Kranz Haustechnik GmbH"


def _scan(rows: list[tuple[float, float, str, float]]) -> PageText:
    """An OCR page in pixels: (x, y, text, word height); about 7 pixels a letter at 34 high."""
    words: list[Word] = []
    for x, y, text, height in rows:
        char = 0.55 * height
        for token in text.split():
            x1 = x + len(token) * char
            words.append(Word(token, Box(1, x, y, x1, y + height), 0.95))
            x = x1 + char
    return PageText(1, 1406, 1988, words, source="ocr")


def test_a_scanned_street_a_few_pixels_left_of_the_big_name_is_the_address() -> None:
    lines = build_lines(
        _scan(
            [
                (142, 106, "Norrlands Städservice AB", 48),
                (940, 106, "Faktura", 54),
                (134, 166, "Storgatan 40", 34),
                (940, 166, "Fakturanr: 2024-0331", 36),
                (136, 210, "972 31 Luleå", 42),
                (134, 262, "Tel 0920-22 61 10", 34),
                (134, 348, "Kund:", 38),
                (136, 396, "Polarbyggen Fastigheter AB", 42),
                (136, 444, "Box 512", 38),
                (136, 490, "971 08 Luleå", 40),
            ]
        )
    )
    seller, buyer = party_names(lines)
    assert seller is not None and seller.value == "Norrlands Städservice AB"
    address = party_address(lines, seller, buyer)
    assert address is not None and address.value == "Storgatan 40, 972 31 Luleå"


def test_a_legal_form_alone_under_a_big_scanned_name_ends_that_name() -> None:
    lines = build_lines(
        _scan(
            [
                (176, 134, "Tipografia Bellini", 82),
                (164, 210, "S.r.l. - dal 1962", 42),
                (164, 264, "Via Garibaldi 41 - 40121 Bologna (BO)", 42),
                (170, 310, "Tel. 051 228 417", 40),
                (918, 384, "Studio Legale Ferri", 40),
                (918, 430, "Strada Maggiore 12", 40),
                (918, 476, "40125 Bologna (BO)", 40),
            ]
        )
    )
    seller, _buyer = party_names(lines)
    assert seller is not None and seller.value == "Tipografia Bellini S.r.l."


def test_a_registered_office_row_ends_at_its_town_before_the_vat_piece() -> None:
    fields = header_values(
        [
            (50, 40, "INVOICE"),
            (50, 70, "Invoice to"),
            (50, 84, "Clifton Events Co."),
            (50, 98, "14 Royal York Crescent"),
            (50, 112, "Bristol BS8 4JX"),
            (350, 70, "Invoice No."),
            (450, 70, "INV-10482"),
            *ONE_ITEM_AND_TOTALS,
            (50, 790, "Harbourside Print Ltd · Registered in England & Wales No. 08412377"),
            (
                50,
                802,
                "Registered office: Unit 7, Quayside Business Park, Bristol BS1 6XN· VAT Reg. No."
                " GB 294 5817 17",
            ),
        ]
    )
    assert fields["seller_name"] == "Harbourside Print Ltd"
    assert fields["seller_address"] == "Unit 7, Quayside Business Park, Bristol BS1 6XN"
