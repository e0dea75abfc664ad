"""Party names and addresses in letterheads: logo words, saints' towns, bilingual firms.

Conventions:
- A header grid's date range ("Leistungszeitraum: | 01/03/2024 – 31/03/2024"): a year after
  its date's slash is no postcode, and a caption ending in a colon names no one.
- Austrian, German and Swiss towns named for a saint add their region after "in", "im",
  "an der" ("6380 St. Johann in Tirol"): a town line, no US house number and street.
- A logo's words set large over the legal form ("SPEDITION  GASTEIGER" / "GmbH & Co. KG"),
  spaced wide: one line of the name.
- A logo word set tall beside a bilingual firm's two stacked names (South Tyrol's "MAIR"
  beside "Industrietechnik GmbH" / "Tecnica Industriale S.r.l."): it starts the name; the
  second language's name is no line of the address, whose country line is bilingual too
  ("Italien / Italia").
- A name set large starts a side bearing right of its block's edge, growing with its size:
  on a scan the street under "Tobias Wren" stands a fifth of the name's height further left.
- A receipt book prints the letterhead left (a logo left of it) and the form's title with the
  receipt's number and date in a block right of it ("OFFICIAL RECEIPT" / "No: OR-3318"): the
  seller's address is read in the name's column.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf
from .receipts.test_receipt_seller_blocks_and_nett import Run, invoice_of, values


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


_TABLE: list[SizedText] = [
    (60, 310, "Pos", 9),
    (90, 310, "Leistung", 9),
    (330, 310, "Menge", 9),
    (400, 310, "Einzelpreis", 9),
    (500, 310, "Betrag", 9),
    (60, 330, "1", 9),
    (90, 330, "Wartung Server", 9),
    (330, 330, "2", 9),
    (400, 330, "100,00 €", 9),
    (500, 330, "200,00 €", 9),
    (60, 400, "Nettobetrag 200,00 €", 9),
    (60, 414, "Umsatzsteuer 19 % 38,00 €", 9),
    (60, 428, "Gesamtbetrag 238,00 €", 9),
]


def test_a_date_ranges_year_is_no_postcode_and_its_caption_no_buyer() -> None:
    fields = _fields(
        [
            (538, 85, ">NordByte IT-Services GmbH", 8),
            (538, 95, ">Landsberger Straße 302", 8),
            (538, 105, ">80687 München", 8),
            (57, 120, "Alpenmetall Maschinenbau GmbH", 9),
            (57, 133, "IT-Abteilung / Herr Daniel Vogl", 9),
            (57, 146, "Innstraße 42", 9),
            (57, 159, "83022 Rosenheim", 9),
            (57, 222, "Rechnung", 14),
            (57, 249, "Rechnungsnummer:", 9),
            (165, 249, "NB-INV-2024-00318", 9),
            (57, 261, "Rechnungsdatum:", 9),
            (165, 261, "01/03/2024", 9),
            (57, 274, "Leistungszeitraum:", 9),
            (165, 274, "01/03/2024 – 31/03/2024", 9),
            (295, 274, "Fällig am:", 9),
            (426, 274, "15/03/2024", 9),
            *_TABLE,
            (57, 785, "USt-IdNr. DE755493695 · Amtsgericht München HRB 241877", 7),
        ]
    )
    assert fields["buyer_name"] == "Alpenmetall Maschinenbau GmbH"


def test_a_saints_town_with_its_region_ends_a_right_aligned_letterhead() -> None:
    fields = _fields(
        [
            (538, 37, ">Hallenbau Pletzer GmbH", 8),
            (538, 47, ">Gewerbestraße 18", 8),
            (538, 58, ">6380 St. Johann in Tirol", 8),
            (538, 68, ">Österreich", 8),
            (538, 79, ">T +43 5352 620 77", 8),
            (57, 129, "Alpenmetall Austria GmbH", 10),
            (57, 142, "Endach 31", 10),
            (57, 155, "6330 Kufstein", 10),
            (335, 129, "Rechnungsnummer:", 9),
            (431, 129, "TR-2024-031", 9),
            (335, 142, "Datum:", 9),
            (431, 142, "28.03.2024", 9),
            *_TABLE,
        ]
    )
    assert fields["seller_address"] == "Gewerbestraße 18, 6380 St. Johann in Tirol, Österreich"


def test_a_logos_wide_spaced_words_over_the_legal_form_start_the_name() -> None:
    fields = _fields(
        [
            (57, 60, "SPEDITION", 22),
            (192, 60, "GASTEIGER", 22),
            (57, 84, "GmbH & Co. KG", 12),
            (150, 84, "- Nah- und Fernverkehr", 10),
            (538, 50, ">Münchener Straße 88", 9),
            (538, 62, ">83395 Freilassing", 9),
            (538, 74, ">Tel. 08654 7713-0", 9),
            (57, 160, "Alpenmetall Maschinenbau GmbH", 10),
            (57, 173, "Innstraße 42", 10),
            (57, 186, "83022 Rosenheim", 10),
            (335, 160, "Rechnung Nr.:", 9),
            (431, 160, "0117/24", 9),
            (335, 173, "Datum:", 9),
            (431, 173, "29.02.2024", 9),
            *_TABLE,
        ]
    )
    assert fields["seller_name"] == "SPEDITION GASTEIGER GmbH & Co. KG"


def test_a_tall_logo_word_beside_a_bilingual_firms_names_starts_the_name() -> None:
    fields = _fields(
        [
            (59, 55, "MAIR", 24),
            (137, 43, "Industrietechnik GmbH", 9),
            (137, 56, "Tecnica Industriale S.r.l.", 9),
            (341, 43, "MwSt.-Nr. / Partita IVA: IT01121610214", 7),
            (341, 56, "REA BZ-201877", 7),
            (57, 80, "Julius-Durst-Straße 44 / Via Julius Durst 44", 8),
            (57, 90, "39042 Brixen / Bressanone (BZ)", 8),
            (57, 100, "Italien / Italia", 8),
            (321, 140, "Rechnungsempfänger / Destinatario", 8),
            (321, 152, "Alpenmetall Italia S.r.l.", 9),
            (321, 164, "Zona Industriale Nord 7", 9),
            (321, 176, "39031 Bruneck / Brunico (BZ)", 9),
            (57, 170, "Nr. / N.", 9),
            (188, 170, "118/2024", 9),
            (57, 182, "Datum / Data", 9),
            (188, 182, "14/03/2024", 9),
            *_TABLE,
            (100, 790, "Mair Industrietechnik GmbH / Mair Tecnica Industriale S.r.l. · ", 7),
            (310, 790, "Julius-Durst-Straße 44 · 39042 Brixen", 7),
        ]
    )
    assert fields["seller_name"] == "MAIR Industrietechnik GmbH"
    assert fields["seller_address"] == (
        "Julius-Durst-Straße 44 / Via Julius Durst 44, 39042 Brixen / Bressanone (BZ), "
        "Italien / Italia"
    )


def test_a_big_names_side_bearing_leaves_the_street_under_it_in_its_block() -> None:
    runs: list[Run] = [
        (157, 134, "Tobias Wren", 52),
        (906, 127, "INVOICE", 59),
        (150, 191, "Photography & Film", 39),
        (147, 249, "221 Larkspur Lane", 30),
        (150, 277, "Asheville, NC 28801", 29),
        (149, 310, "(828) 555-0193", 29),
        (151, 437, "BILL TO", 34),
        (762, 437, "INVOICE NO.", 34),
        (1084, 437, "0027", 34),
        (148, 471, "Holloway Brewing Co.", 35),
        (831, 471, "DATE", 35),
        (1029, 471, "02/09/2024", 35),
        (147, 533, "310 Riverside Dr", 29),
        (150, 561, "Asheville, NC 28801", 29),
        (859, 1011, "TOTAL", 36),
        (1022, 1011, "$1,921.66", 36),
    ]
    found = values(invoice_of(runs, width=1275))
    assert found["seller_address"] == "221 Larkspur Lane, Asheville, NC 28801"


def test_a_receipt_books_title_block_beside_the_letterhead_is_no_part_of_its_address() -> None:
    runs: list[Run] = [
        (253, 102, "CAHAYA OPTICAL SDN BHD", 21),
        (532, 102, "OFFICIAL RECEIPT", 21),
        (170, 117, "CO", 32),
        (250, 122, "(1204455-T)", 17),
        (599, 122, "No: OR-3318", 17),
        (249, 137, "LOT 2.14, 2ND FLOOR, AEON MALL", 17),
        (564, 137, "Date: 15 Mar 2018", 17),
        (249, 151, "JALAN TEBRAU, 81100 JOHOR BAHRU", 17),
        (251, 165, "JOHOR", 17),
        (150, 200, "Customer: Ms. Tan Mei Ling", 17),
        (149, 224, "Item", 17),
        (488, 224, "Qty", 17),
        (584, 224, "Amount (RM)", 17),
        (148, 249, "CLEANING KIT", 17),
        (500, 249, "1", 17),
        (635, 249, "25.00", 17),
        (484, 280, "NETT TOTAL", 17),
        (635, 280, "25.00", 17),
    ]
    found = values(invoice_of(runs, width=800))
    assert found["seller_address"] == (
        "LOT 2.14, 2ND FLOOR, AEON MALL JALAN TEBRAU, 81100 JOHOR BAHRU JOHOR"
    )
