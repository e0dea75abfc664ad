"""A letterhead's address set apart from the seller's name on top of the page: one line from
street to town under a logo or rules, a column of its own flush right in a header band, a
street line under a logo with a US town line under it, and South Africa's postcode after the
town on one line."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.letterheadaddress import letterhead_address
from facturist.engine.parties import party_names

from .conftest import SizedText, make_sized_pdf

_REST: list[SizedText] = [
    (52, 300, "Description", 8),
    (400, 300, "Qty", 8),
    (500, 300, "Amount", 8),
    (52, 318, "Service charge", 8),
    (404, 318, "1", 8),
    (500, 318, "29,99", 8),
]


def _right(x1: float, y: float, text: str, size: float) -> SizedText:
    return (x1 - stringWidth(text, "Helvetica", size), y, text, size)


def _seller_address(texts: list[SizedText]) -> str | None:
    lines = build_lines(read_for_canonical(make_sized_pdf([*texts, *_REST])).texts[0])
    seller, buyer = party_names(lines)
    address = party_address(lines, seller, buyer)
    return None if address is None else str(address.value)


def test_a_centred_one_line_address_under_the_letterhead_rules() -> None:
    assert (
        _seller_address(
            [
                (150, 50, "SPEDITION BRANDT & SÖHNE", 18),
                (166, 78, "Nah- und Fernverkehr · Lagerlogistik · seit 1952", 8),
                (
                    120,
                    104,
                    "Hafenstraße 37 · 47119 Duisburg · Telefon 0203 80 94 10 · dispo@brandt.de",
                    8,
                ),
                (57, 150, "Firma", 9),
                (57, 164, "Halvorsen & Kraus GmbH", 9),
                (57, 177, "Industriestraße 14", 9),
                (57, 190, "33602 Bielefeld", 9),
                (57, 780, "Spedition Brandt & Söhne GmbH & Co. KG · USt-IdNr. DE120905442", 7),
            ]
        )
        == "Hafenstraße 37, 47119 Duisburg"
    )


def test_a_flush_right_address_column_in_the_header_band_with_the_name_on_the_left() -> None:
    assert (
        _seller_address(
            [
                _right(555, 42, "Calder House, 18 Wakefield Road", 9),
                (44, 55, "PENNINE", 20),
                _right(555, 54, "Huddersfield HD5 9AB", 9),
                _right(555, 66, "T: 01484 555 210", 9),
                (42, 74, "LAB SUPPLIES LTD", 11),
                _right(555, 78, "sales@penninelab.co.uk", 9),
                (43, 140, "University of Brightmoor", 10),
                (43, 153, "Goods Inwards, Building 14", 10),
                (43, 166, "Leeds LS2 9QT", 10),
                (42, 790, "Pennine Lab Supplies Ltd · VAT Reg No. GB339017462", 7),
            ]
        )
        == "Calder House, 18 Wakefield Road, Huddersfield HD5 9AB"
    )


def test_a_us_street_and_town_under_a_two_line_logo() -> None:
    assert (
        _seller_address(
            [
                (80, 50, "BRIGHTWATER", 18),
                (80, 66, "Office Furniture Inc.", 11),
                (52, 86, "2210 4th Avenue, Suite 300", 9),
                (52, 98, "Seattle, WA 98121", 9),
                (52, 110, "(206) 555-0187 · billing@brightwateroffice.com", 9),
                (52, 150, "BILL TO", 8),
                (52, 163, "Cascade Dental Group, PLLC", 9),
                (52, 176, "1401 Madison St, Suite 210", 9),
                (52, 189, "Seattle, WA 98104", 9),
            ]
        )
        == "2210 4th Avenue, Suite 300, Seattle, WA 98121"
    )


def test_a_south_african_address_with_the_postcode_after_the_town() -> None:
    assert (
        _seller_address(
            [
                (101, 55, "Highveld Hardware Distributors (Pty) Ltd", 12),
                (101, 70, "18 Electron Avenue, Isando, Kempton Park, 1600", 9),
                (100, 81, "Tel 011 555 0184 · sales@highveldhw.co.za", 8),
                (46, 150, "Customer", 8),
                (47, 163, "Mabaso Building Supplies CC", 9),
                (46, 175, "Stand 2214, Main Reef Road", 9),
                (47, 187, "Roodepoort, 1724", 9),
            ]
        )
        == "18 Electron Avenue, Isando, Kempton Park, 1600"
    )


def test_a_sidebar_address_under_a_caption_alone_on_its_line() -> None:
    assert (
        _seller_address(
            [
                (21, 50, "lunaria", 22),
                (181, 60, "Fattura", 18),
                (381, 60, "Destinatario", 8),
                (21, 66, "studio grafico", 9),
                (381, 74, "Caseificio Valsamoggia S.r.l.", 9),
                (181, 86, "Numero: 07/2025", 9),
                (380, 86, "Via Provinciale 188", 9),
                (181, 98, "Data: 28/02/2025", 9),
                (380, 98, "40053 Valsamoggia (BO)", 9),
                (381, 110, "P.IVA 02749311207", 9),
                (21, 142, "INDIRIZZO", 7),
                (20, 153, "Via del Pratello 41", 8),
                (20, 164, "40122 Bologna (BO)", 8),
                (20, 188, "CONTATTI", 7),
                (21, 202, "+39 051 6442 190", 8),
            ]
        )
        == "Via del Pratello 41, 40122 Bologna (BO)"
    )


def test_a_letterhead_line_opened_by_the_firms_name_gives_the_pieces_after_it() -> None:
    texts: list[SizedText] = [
        (52, 50, "KRANZ", 24),
        (52, 70, "Kranz Gebäudetechnik GmbH · Am Hafen 7 · 28217 Bremen · Tel 0421 55 66", 8),
        (52, 150, "Max Muster", 9),
    ]
    lines = build_lines(read_for_canonical(make_sized_pdf([*texts, *_REST])).texts[0])
    found = letterhead_address(lines, None)
    assert found is not None and found.value == "Am Hafen 7, 28217 Bremen"


def test_a_centred_address_line_ends_at_its_town_before_a_colon_and_the_phone() -> None:
    line = "Unit 7, Brook Street Industrial Estate, Oldham OL9 6RS: Tel 0161 496 0730"
    width = stringWidth(line, "Helvetica", 8)
    name = "Northgate Plumbing Supplies Ltd"
    assert (
        _seller_address(
            [
                ((595 - stringWidth(name, "Helvetica", 16)) / 2, 60, name, 16),
                ((595 - width) / 2, 78, line, 8),
                (51, 165, "INVOICE TO:", 9),
                (53, 180, "Whitfield Heating & Plumbing", 9),
                (52, 194, "14 Moss Lane", 9),
                (53, 208, "Oldham OL9 0JT", 9),
            ]
        )
        == "Unit 7, Brook Street Industrial Estate, Oldham OL9 6RS"
    )


def test_a_building_name_over_the_street_in_a_flush_right_column() -> None:
    assert (
        _seller_address(
            [
                _right(555, 40, "Calder House", 9),
                (44, 55, "PENNINE", 20),
                _right(555, 52, "18 Wakefield Road", 9),
                _right(555, 64, "Huddersfield HD5 9AB", 9),
                (42, 74, "LAB SUPPLIES LTD", 11),
                _right(555, 76, "T: 01484 555 210", 9),
                (43, 140, "University of Brightmoor", 10),
                (43, 153, "Goods Inwards, Building 14", 10),
                (43, 166, "Leeds LS2 9QT", 10),
            ]
        )
        == "Calder House, 18 Wakefield Road, Huddersfield HD5 9AB"
    )


def test_a_logo_boxes_address_line_beside_and_below_the_addressees_name() -> None:
    # The logo box top left holds the short name, a tagline and "street · town" on one line;
    # the addressee's block in a column beside it starts level with the logo, and the footer
    # names the seller with its register and bank only.
    assert (
        _seller_address(
            [
                (54, 56, "De Kroon", 16),
                (313, 56, "Factuuradres", 7),
                (313, 66, "Leasewise Nederland B.V.", 9),
                (54, 80, "AutoCentrum · Banden · Onderhoud", 7),
                (313, 80, "t.a.v. Crediteurenadministratie", 9),
                (313, 92, "Postbus 12044", 9),
                (54, 96, "Vlaardingweg 88 · 3044 CK Rotterdam", 7),
                (313, 104, "1100 AA Amsterdam", 9),
                (
                    100,
                    790,
                    "AutoCentrum De Kroon B.V. · KvK 24388150 · IBAN NL21 INGB 0007 3619 42",
                    7,
                ),
            ]
        )
        == "Vlaardingweg 88, 3044 CK Rotterdam"
    )
