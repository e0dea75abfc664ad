"""Letters without party labels: the recipient in the window-envelope field, payment lines.

A DIN 5008 letter prints the recipient's address at the top left, under one line of the
sender's return address in small print; no "Bill to" label names the buyer.
"""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.parties import party_names, spaced_name
from facturist.engine.partynames import names_by_form

from .conftest import SizedText, make_sized_pdf

Text = SizedText  # (x, y from the top, text, font size)

_LETTERHEAD: list[Text] = [
    (450, 90, "Nordlicht Design GmbH", 9),
    (450, 104, "Hafenweg 3", 9),
    (450, 118, "20457 Hamburg", 9),
    (450, 132, "phone 040 123 456", 9),
]
_BODY: list[Text] = [
    (58, 330, "Invoice # RE-2024/118 issued at 2024-06-10", 10),
    (60, 370, "Amount", 10),
    (120, 370, "Product", 10),
    (290, 370, "VAT", 10),
    (350, 370, "Price", 10),
    (430, 370, "Total", 10),
    (60, 390, "1.00", 10),
    (120, 390, "Design (hours)", 10),
    (290, 390, "7%", 10),
    (350, 390, "160.00 €", 10),
    (430, 390, "160.00 €", 10),
    (60, 406, "400.00", 10),
    (120, 406, "Ballons", 10),
    (290, 406, "19%", 10),
    (350, 406, "0.84 €", 10),
    (430, 406, "336.00 €", 10),
    (58, 430, "Net total: 496.00 €", 10),
    (58, 450, "plus VAT", 10),
    (60, 466, "VAT", 8),
    (140, 466, "Net amount", 8),
    (210, 466, "VAT amount", 8),
    (60, 480, "7%", 8),
    (140, 480, "160.00 €", 8),
    (210, 480, "11.20 €", 8),
    (60, 494, "19%", 8),
    (140, 494, "336.00 €", 8),
    (210, 494, "63.84 €", 8),
    (150, 510, "VAT total: 75.04 €", 10),
    (58, 528, "Due payable: 571.04 €", 10),
    (58, 560, "Please remit until 2024-07-01.", 10),
]


def test_the_recipient_under_the_return_address_is_the_buyer() -> None:
    window: list[Text] = [
        (80, 160, "Nordlicht Design GmbH ● Hafenweg 3 ● 20457 Hamburg", 6),
        (70, 176, "Theodor Est", 11),
        (70, 192, "Bahnstr. 42", 11),
        (70, 208, "88802 Spielkreis", 11),
    ]
    fields = extract_canonical(make_sized_pdf(_LETTERHEAD + window + _BODY), use_einvoice=False)[
        "fields"
    ]
    assert fields["buyer_name"] == "Theodor Est"
    assert fields["seller_name"] == "Nordlicht Design GmbH"


@pytest.mark.parametrize(
    ("salutation", "names"),
    [("Herrn", "Max Mustermann"), ("Eheleute", "Birgit und Holger Sievers")],
)
def test_a_salutation_opens_the_recipient_block(salutation: str, names: str) -> None:
    window: list[Text] = [
        (70, 160, salutation, 10),
        (70, 172, names, 10),
        (70, 184, "Musterstr. 11", 10),
        (70, 196, "12346 Bad Musterhausen", 10),
    ]
    fields = extract_canonical(make_sized_pdf(_LETTERHEAD + window + _BODY), use_einvoice=False)[
        "fields"
    ]
    assert fields["buyer_name"] == f"{salutation} {names}"


def test_an_address_block_without_sender_line_or_salutation_is_the_buyer() -> None:
    # French, Belgian, Dutch and Portuguese invoices print the recipient's block bare: a name
    # over a street and a postcode/town line, apart from the seller's letterhead.
    window: list[Text] = [
        (70, 160, "Versicherungsbüro Muster", 10),
        (70, 172, "Musterstr. 12", 10),
        (70, 184, "12345 Musterstadt", 10),
    ]
    fields = extract_canonical(make_sized_pdf(_LETTERHEAD + window + _BODY), use_einvoice=False)[
        "fields"
    ]
    assert fields["buyer_name"] == "Versicherungsbüro Muster"


def test_the_sellers_own_address_block_is_no_buyer() -> None:
    window: list[Text] = [
        (70, 160, "Nordlicht Design GmbH", 10),
        (70, 172, "Hafenweg 3", 10),
        (70, 184, "20457 Hamburg", 10),
    ]
    fields = extract_canonical(make_sized_pdf(_LETTERHEAD + window + _BODY), use_einvoice=False)[
        "fields"
    ]
    assert "buyer_name" not in fields


def test_the_total_is_net_plus_the_vat_total_not_a_rate_line() -> None:
    fields = extract_canonical(make_sized_pdf(_LETTERHEAD + _BODY), use_einvoice=False)["fields"]
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        496.0,
        75.04,
        571.04,
    )
    assert fields["amount_due"] == 571.04
    assert fields["due_date"] == "2024-07-01"


def _ocr_page(rows: list[tuple[float, float, str]]) -> list[Line]:
    """Words as OCR gives them: every box the same height, confidence below 1."""
    words = []
    for x, y, text in rows:
        for token in text.split():
            width = 5.5 * len(token)
            words.append(Word(token, Box(1, x, y, x + width, y + 12.0), 0.93))
            x += width + 4.0
    return build_lines(PageText(1, 595.0, 842.0, words, source="ocr"))


def test_a_scanned_return_address_without_separators_still_marks_the_recipient() -> None:
    # OCR drops the small dots between the return address's parts, and its boxes give the
    # small print the same height as the address below.
    lines = _ocr_page(
        [
            (450, 90, "Nordlicht Design GmbH"),
            (450, 104, "Hafenweg 3"),
            (80, 160, "Nordlicht Design GmbH Hafenweg 3 20457 Hamburg"),
            (70, 176, "Theodor Est"),
            (450, 176, "phone 040 123 456"),
            (70, 192, "Bahnstr. 42"),
            (70, 208, "88802 Spielkreis"),
            (58, 330, "Invoice # RE-2024/118 issued at 2024-06-10"),
            (58, 700, "Please remit until 2024-07-01."),
        ]
    )
    _seller, buyer = party_names(lines)
    assert buyer is not None and buyer.value == "Theodor Est"


def test_a_letterhead_line_over_the_return_address_line_is_no_recipient() -> None:
    # The letterhead prints name, street and town in one line; the small return address under
    # it repeats them. OCR gives both the same height: the recipient is under the second.
    lines = _ocr_page(
        [
            (60, 83, "Gastro Frisch GmbH · Am Großmarkt 7 · 60314 Frankfurt"),
            (60, 122, "Gastro Frisch GmbH · Am Großmarkt 7 · 60314 Frankfurt"),
            (60, 134, "Restaurant Zur Alten Mühle"),
            (60, 148, "Mühlweg 3"),
            (60, 162, "61348 Bad Homburg"),
            (58, 330, "Invoice # RE-2024/118 issued at 2024-06-10"),
            (58, 700, "Please remit until 2024-07-01."),
        ]
    )
    _seller, buyer = party_names(lines)
    assert buyer is not None and buyer.value == "Restaurant Zur Alten Mühle"


def test_an_ordinary_street_and_town_line_is_no_return_address() -> None:
    lines = _ocr_page(
        [
            (70, 160, "Bahnstr. 42 88802 Spielkreis"),
            (70, 176, "Theodor Est"),
            (58, 330, "Invoice # RE-2024/118 issued at 2024-06-10"),
            (58, 700, "Please remit until 2024-07-01."),
        ]
    )
    assert party_names(lines)[1] is None


def test_a_return_address_line_found_by_its_legal_form_gives_only_the_name() -> None:
    # OCR glued the letterhead's "S.L." to the name, so the first legal form on the page is
    # the return address's: the seller is its first piece, not the whole line.
    lines = _ocr_page(
        [
            (60, 40, "Bergmann BrightwaterS.L."),
            (400, 60, "Nº factura INV-2019-14023"),
            (50, 136, "Bergmann Brightwater S.L.· Paseo del Prado 62 ·28581 Madrid"),
            (50, 151, "Castell Tramontana"),
            (50, 166, "Calle Mayor 72"),
            (50, 181, "08804 Barcelona"),
        ]
    )
    seller, _buyer = party_names(lines)
    assert seller is not None and seller.value == "Bergmann Brightwater S.L."


def test_a_numbered_title_beside_a_logo_is_no_seller() -> None:
    lines = _ocr_page(
        [
            (40, 40, "PS"),
            (300, 40, "INVOICE No. FV 73074/09/2021"),
            (48, 89, "Pinecrest Services Teoranta"),
            (48, 104, "155 Main Street"),
            (48, 119, "Galway H60 FD10"),
        ]
    )
    seller, _buyer = party_names(lines)
    assert seller is not None and seller.value == "Pinecrest Services Teoranta"


def test_ocr_spacing_around_ampersands_and_legal_forms_is_put_back() -> None:
    assert spaced_name("Rodrigues & SilvaS.A.") == "Rodrigues & Silva S.A."
    assert spaced_name("Santos &Gomes S.A.") == "Santos & Gomes S.A."
    assert spaced_name("Sousa& Martins S.A.") == "Sousa & Martins S.A."
    assert spaced_name("MüllerGmbH") == "Müller GmbH"
    assert spaced_name("AT&T Inc.") == "AT&T Inc."  # spaced on neither side: as printed
    assert spaced_name("Ferramenta Colombo S.r.I.") == "Ferramenta Colombo S.r.l."  # l read as I
    assert names_by_form("Ferramenta Colombo S.r.I.")  # ... and still a legal form
    assert names_by_form("Gasteiger Elektrotechnik e.U.")  # Austria's sole trader


def test_a_name_cut_at_its_ampersand_is_joined() -> None:
    lines = _ocr_page(
        [
            (52, 51, "Santos &"),
            (120, 51, "Gomes S.A."),
            (400, 51, "Fatura"),
            (52, 66, "Avenida da Liberdade 26"),
            (52, 81, "4272-229 Porto"),
        ]
    )
    seller, _buyer = party_names(lines)
    assert seller is not None and seller.value == "Santos & Gomes S.A."


def test_a_buyer_caption_run_into_the_name_still_heads_it() -> None:
    lines = _ocr_page(
        [
            (52, 51, "Molen Pinhal SA"),
            (52, 66, "Bahnhofstrasse 22"),
            (52, 81, "8037 Zürich"),
            (50, 175, "RechnungsempfängerWeber & Schneider GmbH"),
            (50, 190, "Industrieweg 32"),
            (50, 205, "3102 Bern"),
        ]
    )
    _seller, buyer = party_names(lines)
    assert buyer is not None and buyer.value == "Weber & Schneider GmbH"


def test_return_address_in_the_right_hand_window() -> None:
    # Swiss and French letters put the window on the right, beside the sender's own block.
    rows: list[Text] = [
        (56, 85, "Alpensoft AG", 10),
        (56, 97, "Bahnhofstrasse 42", 10),
        (56, 109, "8001 Zürich", 10),
        (56, 140, "CHE-109.322.551 MWST", 8),
        (333, 140, "Alpensoft AG, Bahnhofstrasse 42, 8001 Zürich", 6),
        (335, 164, "Bäckerei Gerber GmbH", 10),
        (336, 177, "Marktgasse 7", 10),
        (333, 190, "3011 Bern", 10),
    ]
    fields = extract_canonical(make_sized_pdf(rows + _BODY), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Bäckerei Gerber GmbH"


def test_a_letterhead_street_line_is_no_return_address() -> None:
    rows: list[Text] = [
        (419, 49, "Pumpen- und Anlagenbau AG", 10),
        (411, 63, "Rheinuferstraße 140 · 47229 Duisburg", 8),
        (370, 73, "Telefon +49 2065 90870 - service@hydrotec-ag.de", 10),
        (58, 132, "Hydrotec AG · Rheinuferstraße 140 · 47229 Duisburg", 6),
        (57, 165, "Stadtwerke Kleve GmbH", 10),
        (59, 177, "Flutstraße 36", 10),
        (57, 190, "47533 Kleve", 10),
    ]
    fields = _pdf_fields(rows)
    assert fields["buyer_name"] == "Stadtwerke Kleve GmbH"


def test_a_country_line_ending_the_sellers_block_starts_no_buyer_block() -> None:
    rows: list[Text] = [
        (50, 53, "Van Dijk Food Ingredients B.V.", 10),
        (51, 65, "Industrieweg 45", 10),
        (50, 77, "5145 PD Waalwijk", 10),
        (50, 89, "The Netherlands", 10),
        (53, 125, "De Graaf Horeca Groothandel B.V.", 10),
        (52, 137, "Marconistraat 16", 10),
        (50, 149, "3029 AK Rotterdam", 10),
    ]
    fields = _pdf_fields(rows)
    assert fields["buyer_name"] == "De Graaf Horeca Groothandel B.V."


def _pdf_fields(rows: list[Text]) -> dict[str, object]:
    found: dict[str, object] = extract_canonical(make_sized_pdf(rows + _BODY), use_einvoice=False)[
        "fields"
    ]
    return found
