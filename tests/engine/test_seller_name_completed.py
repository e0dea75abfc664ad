"""A seller's name completed from the page: a logo over its smaller second line in capitals
that ends in the legal form, and a brand name the payment sentence and footer print with its
legal form."""

from __future__ import annotations

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.legalname import with_legal_form
from facturist.engine.letterheadtagline import tagline_pieces_off
from facturist.engine.model import Value
from facturist.engine.parties import party_names, spaced_name

from .conftest import SizedText, make_sized_pdf

_REST: list[SizedText] = [
    (52, 300, "Description", 8),
    (400, 300, "Qty", 8),
    (500, 300, "Amount", 8),
    (52, 318, "Service charge", 8),
    (404, 318, "1", 8),
    (500, 318, "29,99", 8),
]


def _seller(texts: list[SizedText]) -> str | None:
    lines = build_lines(read_for_canonical(make_sized_pdf([*texts, *_REST])).texts[0])
    seller, _buyer = party_names(lines)
    return None if seller is None else str(seller.value)


def test_a_logo_over_its_legal_form_line_in_capitals_is_one_name() -> None:
    seller = _seller(
        [
            (40, 58, "Hollis & Grange", 24),
            (486, 48, "38 Holloway Road", 8),
            (491, 60, "Sheffield S3 8BX", 8),
            (40, 72, "CATERING SUPPLIES LTD", 8),
            (499, 72, "0114 278 9021", 8),
            (40, 141, "Customer:", 8),
            (40, 153, "The Olive Tree Bistro", 9),
            (40, 165, "21 Division Street", 9),
            (40, 177, "Sheffield S1 4GE", 9),
        ]
    )
    assert seller is not None and seller.casefold() == "hollis & grange catering supplies ltd"


def test_a_brand_printed_with_its_legal_form_in_the_payment_sentence_and_footer() -> None:
    seller = _seller(
        [
            (397, 65, "Blauwkoop", 16),
            (40, 120, "Blauwkoop, Postbus 21051, 3001 AB Rotterdam", 6),
            (40, 140, "Bouwbedrijf Kremer V.O.F.", 10),
            (40, 153, "Industrieweg 12", 10),
            (40, 166, "2712 LB Zoetermeer", 10),
            *[(52, 330 + 12 * i, f"Bouwmateriaal partij {i}", 8) for i in range(1, 9)],
            *[(500, 330 + 12 * i, f"{i}0,00", 8) for i in range(1, 9)],
            (53, 450, "Maak het bedrag over naar NL09 RABO 0318 4277 10 t.n.v. Blauwkoop B.V.", 8),
            (41, 780, "Blauwkoop B.V.", 7),
            (41, 790, "Weena 664", 7),
            (41, 800, "3012 CN Rotterdam", 7),
        ]
    )
    assert seller == "Blauwkoop B.V."


def test_the_polish_legal_form_read_with_zeros_by_ocr_is_spelled_with_letters() -> None:
    assert spaced_name("Drukarnia Wisła Sp. z 0.0.") == "Drukarnia Wisła Sp. z o.o."
    assert spaced_name("Poligraf Sp. z o.0.") == "Poligraf Sp. z o.o."


def test_a_us_checks_payable_sentence_in_the_footer_names_the_seller_without_its_lead_in() -> None:
    seller = _seller(
        [
            (80, 50, "BRIGHTWATER", 18),
            (80, 66, "Office Furniture", 11),
            (52, 150, "BILL TO", 8),
            (52, 163, "Cascade Dental Group, PLLC", 9),
            (52, 176, "1401 Madison St, Suite 210", 9),
            (52, 189, "Seattle, WA 98104", 9),
            *[(52, 330 + 12 * i, f"Task chair model {i}", 8) for i in range(1, 9)],
            *[(500, 330 + 12 * i, f"{i}00.00", 8) for i in range(1, 9)],
            (52, 790, "Make checks payable to Brightwater Office Furniture Inc.", 8),
        ]
    )
    assert seller == "Brightwater Office Furniture Inc."


def test_a_lower_case_wordmark_is_read_with_its_small_lower_case_trade_under_it() -> None:
    seller = _seller(
        [
            (21, 50, "lunaria", 22),
            (181, 60, "Fattura", 18),
            (381, 60, "Destinatario", 8),
            (21, 66, "studio grafico", 9),
            (381, 74, "Caseificio Valsamoggia S.r.l.", 9),
            (380, 86, "Via Provinciale 188", 9),
            (380, 98, "40053 Valsamoggia (BO)", 9),
            (21, 142, "INDIRIZZO", 7),
            (20, 153, "Via del Pratello 41", 8),
            (20, 164, "40122 Bologna (BO)", 8),
        ]
    )
    assert seller == "lunaria studio grafico"


def test_a_logo_over_its_capitalised_legal_form_line_is_one_name() -> None:
    seller = _seller(
        [
            (100, 58, "Borealis", 22),
            (460, 40, "1250 Peel Street, Suite 2200", 8),
            (481, 52, "Montréal, QC H3B 4W8", 8),
            (98, 75, "Software Inc.", 9),
            (41, 180, "BILLED TO", 8),
            (41, 192, "Groupe Laurentide", 9),
            (40, 215, "4600 boul. Industriel", 9),
            (40, 227, "Laval, QC H7C 2P2", 9),
        ]
    )
    assert seller == "Borealis Software Inc."


def test_the_header_bands_words_before_the_brand_go_with_its_legal_form() -> None:
    # The band's "REIFEN-CENTER ALBERS", the return line's "Albers", the footer's
    # "Reifen-Center Albers e.K.": the whole name with the form, not "Albers e.K.".
    texts: list[SizedText] = [
        (160, 36, "REIFEN-CENTER ALBERS", 20),
        (62, 122, "Albers · Am Stadtrand 55 · 22047 Hamburg", 6),
        (63, 150, "Svenja Ohlsen", 9),
        (63, 782, "Reifen-Center Albers e.K.", 6),
        (224, 782, "Amtsgericht Hamburg HRA 118 420", 6),
        (63, 791, "Inhaber: Jan Albers", 6),
    ]
    lines = build_lines(read_for_canonical(make_sized_pdf([*texts, *_REST])).texts[0])
    brand = lines[1].words[0]
    name = Value("Albers", "Albers", (brand.box,), 0.6)
    assert with_legal_form(name, lines).value == "Reifen-Center Albers e.K."


def test_words_before_the_brand_no_letterhead_prints_stay_off() -> None:
    texts: list[SizedText] = [
        (62, 122, "Blauwkoop · Postbus 21051 · 3001 AB Rotterdam", 6),
        (63, 782, "Betaling t.n.v. Blauwkoop B.V.", 6),
    ]
    lines = build_lines(read_for_canonical(make_sized_pdf([*texts, *_REST])).texts[0])
    name = Value("Blauwkoop", "Blauwkoop", (lines[0].words[0].box,), 0.6)
    assert with_legal_form(name, lines).value == "Blauwkoop B.V."


def test_the_bands_listed_trades_are_no_part_of_the_address_under_it() -> None:
    # The name read from the footer, printed again in the band; under it the trades listed
    # one word a piece beside the street and town: the address is the street and town.
    texts: list[SizedText] = [
        (160, 36, "REIFEN-CENTER ALBERS", 20),
        (104, 62, "Reifen · Felgen · Achsvermessung · Einlagerung", 7),
        (290, 62, "| Am Stadtrand 55 · 22047 Hamburg · Tel. 040 / 693 11 08", 7),
        (62, 122, "Albers · Am Stadtrand 55 · 22047 Hamburg", 6),
        (63, 150, "Svenja Ohlsen", 9),
        (63, 782, "Reifen-Center Albers e.K.", 6),
        (224, 782, "Amtsgericht Hamburg HRA 118 420", 6),
    ]
    lines = build_lines(read_for_canonical(make_sized_pdf([*texts, *_REST])).texts[0])
    sender = lines[2].words
    name = Value("Reifen-Center Albers e.K.", "Albers", tuple(w.box for w in sender), 0.6)
    address = party_address(lines, name, None)
    assert address is not None and address.value == "Am Stadtrand 55, 22047 Hamburg"


def test_listed_trades_opening_a_one_line_address_are_dropped() -> None:
    found = Value("Reifen, Felgen, Achsvermessung, Am Stadtrand 55, 22047 Hamburg", "", (), 1.0)
    kept = Value("Calder House, Mill Lane, Unit 7, Huddersfield HD5 9AB", "", (), 1.0)
    assert str(getattr(tagline_pieces_off(found), "value", "")) == "Am Stadtrand 55, 22047 Hamburg"
    assert tagline_pieces_off(kept) is kept
