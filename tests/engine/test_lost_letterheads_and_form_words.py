"""Sellers named where the letterhead is lost or a form's printed words stand on top: the
payment line's account holder, a stamp's centred lines; form captions ("Durchschrift",
"für:") are no names; a logo's name completed by the footer's legal name; a trade word over
a partnership's name; one-line letterhead addresses joined by dashes."""

from __future__ import annotations

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.labels import BUYER_SECTION
from facturist.engine.layout import Line, build_lines
from facturist.engine.legalname import with_legal_form
from facturist.engine.model import Box, PageText, Value, Word
from facturist.engine.parties import party_names
from facturist.engine.partycaptions import section_name

from .conftest import SizedText, make_aligned_pdf, spaced_lines

_TABLE: list[SizedText] = [
    (52, 400, "Omschrijving", 8),
    (400, 400, "Aantal", 8),
    (500, 400, "Bedrag", 8),
    (52, 418, "Schilderwerk", 8),
    (404, 418, "1", 8),
    (500, 418, "1.450,00", 8),
]


def _parties(texts: list[SizedText]) -> tuple[str | None, ...]:
    lines = build_lines(read_for_canonical(make_aligned_pdf([*texts, *_TABLE])).texts[0])
    return _read(lines)


def _read(lines: list[Line]) -> tuple[str | None, ...]:
    seller, buyer = party_names(lines)
    address = party_address(lines, seller, buyer)
    return tuple(None if v is None else str(v.value) for v in (seller, address, buyer))


# A photo's letterhead OCR lost but for debris: the street top right, single letters.
_LOST_LETTERHEAD: list[SizedText] = [
    (450, 40, "Molenweg 23", 9),
    (100, 60, "A Z D", 9),
    (60, 150, "Bakkerij De Korenschoof", 9),
    (60, 162, "t.a.v. dhr. P. Hendriks", 9),
    (60, 174, "Langestraat 61", 9),
    (60, 186, "3811 AB Amersfoort", 9),
    (330, 150, "Factuurnummer", 9),
    (430, 150, "2025-037", 9),
]


def test_an_attention_line_and_its_block_are_the_addressee_never_the_letterhead() -> None:
    seller, address, _ = _parties(_LOST_LETTERHEAD)
    assert seller is not None and not seller.startswith("t.a.v.")
    assert address != "Langestraat 61, 3811 AB Amersfoort"


def test_the_account_holder_names_the_seller_where_the_letterhead_is_lost() -> None:
    payment = (
        52,
        480,
        "IBAN NL58 RABO 0317 2449 80 t.n.v. Schildersbedrijf Van Dijk, o.v.v. 37",
        8,
    )
    seller, address, buyer = _parties([*_LOST_LETTERHEAD, payment])
    assert (seller, address, buyer) == (
        "Schildersbedrijf Van Dijk",
        None,
        "Bakkerij De Korenschoof",
    )


def test_an_invoice_books_printed_words_are_no_names_and_the_stamp_is_the_seller() -> None:
    seller, address, buyer = _parties(
        [
            (28, 40, "Rechnung", 14),
            (314, 40, "Nr. 004712", 10),
            (357, 54, "Durchschrift", 8),
            (230, 80, "für:", 8),
            (121, 89, "=MALERBETRIEB", 8),
            (121, 99, "=SVEN OLTMANNS", 8),
            (230, 99, "Hr. Enno Janssen", 9),
            (121, 110, "=Deichstraße 5 - 26721 Emden", 8),
            (233, 111, "Larrelter Str. 18", 9),
            (233, 123, "26723 Emden", 9),
        ]
    )
    assert (seller, address, buyer) == (
        "MALERBETRIEB SVEN OLTMANNS",
        "Deichstraße 5 - 26721 Emden",
        "Hr. Enno Janssen",
    )


def test_the_footers_legal_name_completes_a_logo_word_with_its_trade() -> None:
    seller, _, _ = _parties(
        [
            (60, 40, "Marchal", 22),
            (60, 60, "TRAITEUR", 8),
            (60, 74, "5, place du Marché", 8),
            (60, 84, "21200 Beaune", 8),
            (326, 150, "Association Les Amis du Vieux Moulin", 9),
            (326, 162, "12 chemin du Moulin", 9),
            (326, 174, "21420 Savigny-lès-Beaune", 9),
            (
                148,
                790,
                "Marchal Traiteur - EURL au capital de 5 000 € - RCS Dijon 493827166",
                6,
            ),
        ]
    )
    assert seller == "Marchal Traiteur"


def test_the_footers_legal_name_adds_words_before_its_legal_form() -> None:
    page = spaced_lines(
        [
            (60, 40, "Landhotel Zur Linde"),
            (
                60,
                790,
                "Landhotel Zur Linde Strullendorf GmbH · Hauptstraße 17 · 96129 Strullendorf",
            ),
        ]
    )
    name = Value("Landhotel Zur Linde", "Landhotel Zur Linde")
    assert with_legal_form(name, page).value == "Landhotel Zur Linde Strullendorf GmbH"


def test_a_trade_word_over_a_partnerships_name_is_no_part_of_it() -> None:
    _, _, buyer = _parties(
        [
            (57, 40, "Hanseatische Bauzeitung GmbH", 16),
            (57, 106, "Architekturbüro", 9),
            (57, 118, "Lüders + Yilmaz Partnerschaft", 9),
            (57, 130, "Schanzenstraße 75", 9),
            (57, 142, "20357 Hamburg", 9),
        ]
    )
    assert buyer == "Lüders + Yilmaz Partnerschaft"


_PLUMBER: list[SizedText] = [
    (300, 50, "=PLOMBERIE GIRARD & FILS", 14),
    (300, 72, "=8 rue des Tanneurs 69007 Lyon - Tél. 04 78 61 22 90", 8),
    (340, 140, "Cabinet Dentaire Moreau", 9),
    (340, 152, "42 cours Gambetta", 9),
    (340, 164, "69003 Lyon", 9),
    (171, 790, "SARL Plomberie Girard & Fils au capital de 8 000 € - RCS Lyon 812 345 672", 6),
]


def test_a_legal_form_before_the_footers_name_still_finds_the_letterhead() -> None:
    seller, address, _ = _parties(_PLUMBER)
    assert (seller, address) == ("SARL Plomberie Girard & Fils", "8 rue des Tanneurs 69007 Lyon")


def test_round_the_clock_service_in_a_tagline_is_no_house_number() -> None:
    tagline = (300, 61, "=Plomberie - Chauffage - Sanitaire - Dépannage 7j/7", 8)
    _, address, _ = _parties([*_PLUMBER, tagline])
    assert address == "8 rue des Tanneurs 69007 Lyon"


def _scan_lines(texts: list[tuple[float, float, str]]) -> list[Line]:
    """A 200 dpi scan's lines in pixels: letters 14 wide, 32 high, words centred on x."""
    words = []
    for middle, y, text in texts:
        x = middle - 14 * len(text) / 2
        for token in text.split(" "):
            words.append(Word(token, Box(1, x, y, x + 14 * len(token), y + 32)))
            x += 14 * len(token) + 14
    return build_lines(PageText(1, 1654, 2339, words))


def test_a_stamps_centred_lines_align_within_a_letters_height_in_pixels() -> None:
    lines = _scan_lines(
        [
            (300, 60, "FATTURA"),
            (290, 220, "IDRAULICA FERRANTE"),
            (293, 262, "di Ferrante Marco"),
            (296, 304, "Via Garibaldi 41 - 40121 Bologna"),
            (300, 346, "P.IVA 03812140378"),
            (860, 220, "Trattoria Da Gino"),
            (860, 262, "via Saragozza 112"),
            (860, 304, "40135 Bologna"),
            (300, 700, "Descrizione"),
        ]
    )
    _, address, _ = _read(lines)
    assert address == "Via Garibaldi 41 - 40121 Bologna"


def test_an_invoice_books_fuer_caption_heads_the_customer() -> None:
    lines = spaced_lines(
        [(230, 80, "für:"), (232, 94, "Hr. Enno Janssen"), (232, 108, "26723 Emden")]
    )
    found = section_name(lines, BUYER_SECTION)
    assert found is not None and found.value == "Hr. Enno Janssen"
