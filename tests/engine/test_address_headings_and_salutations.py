"""What stands over the addressee's lines but is no name: a box heading naming the kind of
address ("Faktureringsadresse"), a salutation ("Exmo(a). Sr(a).") before the name."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import ONE_ITEM_AND_TOTALS, SizedText, make_invoice_pdf, make_sized_pdf

Row = tuple[float, float, str]

_DANISH_ITEMS: list[Row] = [
    (40, 215, "Antal"),
    (90, 215, "Vare"),
    (360, 215, "Stk. pris"),
    (480, 215, "Pris"),
    (40, 233, "1 stk."),
    (90, 233, "Uldplaid, grå"),
    (360, 233, "599,00 kr."),
    (480, 233, "599,00 kr."),
    (330, 300, "Subtotal ekskl. moms"),
    (480, 300, "479,20 kr."),
    (330, 316, "Moms 25 %"),
    (480, 316, "119,80 kr."),
    (330, 332, "I alt DKK"),
    (480, 332, "599,00 kr."),
]


def _fields(rows: list[Row]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


@pytest.mark.parametrize("heading", ["Faktureringsadresse", "Postadresse"])
def test_address_kind_heading_is_no_name(heading: str) -> None:
    # A web shop heads the customer's box with the kind of address it is, beside the title.
    # "Postadresse" (the postal address) heads the addressee's box the same way: no caption
    # list names every kind of address, and no name ends in one.
    rows = [
        (175, 70, "Lysbo ApS · Nørregade 12 · 8000 Aarhus C · CVR 39147025"),
        (40, 110, "Faktura"),
        (330, 110, heading),
        (330, 126, "Karen Holm"),
        (40, 134, "Fakturanr.: 20455"),
        (330, 138, "Algade 4"),
        (40, 146, "Fakturadato: 12.02.2025"),
        (330, 150, "5000 Odense C"),
        *_DANISH_ITEMS,
    ]
    fields = _fields(rows)
    assert fields["buyer_name"] == "Karen Holm"


def test_salutation_for_either_sex_is_no_name() -> None:
    # Portuguese bills open the addressee's block with "Exmo(a). Sr(a).", the ending of each
    # sex in brackets; the name is on the next line.
    rows = [
        (460, 44, "Fatura FT 2025/118823"),
        (100, 48, "atlântica"),
        (330, 48, "Data de emissão: 05/03/2025"),
        (40, 122, "Resumo da fatura"),
        (330, 122, "Exmo(a). Sr(a)."),
        (330, 136, "Inês Cardoso Lima"),
        (40, 144, "Valor sem IVA"),
        (200, 144, "54,22 €"),
        (330, 149, "Rua do Almada, 214"),
        (40, 157, "IVA (23%)"),
        (200, 157, "12,47 €"),
        (330, 162, "4050-032 Porto"),
        (40, 170, "Total a pagar"),
        (200, 170, "66,69 €"),
        (40, 777, "Atlântica Comunicações, S.A. · Av. da Boavista, 1837, 4100-133 Porto"),
    ]
    fields = _fields(rows)
    assert fields["buyer_name"] == "Inês Cardoso Lima"


def test_letter_spaced_caption_heads_the_block_from_its_first_word() -> None:
    # Wide letter spacing sets each word of "Invoiced To:" and of the name in a cell of its
    # own: "To:" alone is a caption, but the block lines up under "Invoiced", and the name
    # starts there ("Brennan's | Bakery Ltd"), not under "To:".
    rows = [
        (90, 48, "Liffey Cloud Hosting"),
        (90, 68, "Liffey Cloud Hosting Ltd · Unit 4, Grand Canal Wharf, Dublin 4"),
        (40, 112, "TAX INVOICE"),
        (340, 112, "Invoiced"),
        (389, 112, "To:"),
        (340, 126, "Brennan's"),
        (394, 126, "Bakery Ltd"),
        (40, 134, "Invoice No.: LCH-77318"),
        (340, 138, "Aoife"),
        (373, 138, "Brennan"),
        (40, 146, "Invoice Date: 02/04/2025"),
        (340, 150, "12 Main Street"),
        (340, 162, "Kilkenny R95 X2F3"),
        (43, 225, "Description"),
        (380, 225, "Qty"),
        (480, 225, "Total"),
        (43, 242, "Managed Backup 200 GB"),
        (380, 242, "1"),
        (480, 242, "€12.50"),
        (380, 311, "Sub Total"),
        (480, 311, "€12.50"),
        (380, 324, "23.00% VAT"),
        (480, 324, "€2.88"),
        (380, 350, "Total"),
        (480, 350, "€15.38"),
    ]
    fields = _fields(rows)
    assert fields["buyer_name"] == "Brennan's Bakery Ltd"


def test_addressee_in_one_line_over_the_item_table() -> None:
    # A compact page prints the addressee as name, street and town in one line of small
    # print beside the meta grid, straight over the item table: no return address (one has
    # its recipient under it), and the table's header row is no one's name.
    texts: list[SizedText] = [
        (60, 32, "Brenner & Quast Industriebedarf KG", 12),
        (420, 32, "Rechnung", 16),
        (60, 51, "Am Walzwerk 4, 47057 Duisburg · USt-IdNr. DE293847560", 8),
        (330, 75, "Rechnungs-Nr.", 7),
        (420, 75, "Datum", 7),
        (30, 85, "Kaiwerk Service GmbH · Werftstraße 201 · 24143 Kiel", 7),
        (330, 85, "BQ 2025/04471", 7),
        (420, 85, "02.04.2025", 7),
        (30, 124, "Pos", 8),
        (58, 124, "Art.-Nr.", 8),
        (140, 124, "Bezeichnung", 8),
        (380, 124, "Menge", 8),
        (420, 124, "Preis", 8),
        (500, 124, "Betrag", 8),
        (30, 144, "10", 8),
        (58, 144, "100-933-1240", 8),
        (140, 144, "Sechskantschraube M12x40", 8),
        (380, 144, "500", 8),
        (420, 144, "0,19", 8),
        (500, 144, "95,00", 8),
        (420, 256, "Warenwert netto", 8),
        (500, 256, "95,00", 8),
        (420, 269, "USt 19 %", 8),
        (500, 269, "18,05", 8),
        (420, 282, "Endbetrag EUR", 8),
        (500, 282, "113,05", 8),
    ]
    result: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)
    fields = result["fields"]
    assert fields["seller_name"] == "Brenner & Quast Industriebedarf KG"
    assert fields["buyer_name"] == "Kaiwerk Service GmbH"


def test_one_word_wordmark_named_in_full_by_the_footer() -> None:
    # The letterhead prints the family name alone as a wordmark; the footer's legal line
    # names the firm in full. The legal-form name in the window is the addressee.
    rows = [
        (42, 34, "KESSLER"),
        (420, 34, "Sammelrechnung"),
        (41, 55, "HAUSTECHNIK · HEIZUNG · SANITÄR"),
        (480, 55, "Nr. SR-2505-019"),
        (41, 113, "Klinikum Am Steinberg gGmbH"),
        (380, 113, "Rechnungsdatum"),
        (500, 113, "31.05.2025"),
        (40, 125, "Technischer Dienst"),
        (40, 137, "Steinbergweg 1"),
        (40, 149, "79104 Freiburg"),
        *ONE_ITEM_AND_TOTALS,
        (
            40,
            756,
            "Kessler Haustechnik e.K. · Gartenweg 3a, 79098 Freiburg · USt-IdNr. DE366019487",
        ),
    ]
    fields = _fields(rows)
    assert fields["seller_name"] == "Kessler Haustechnik e.K."
    assert fields["buyer_name"] == "Klinikum Am Steinberg gGmbH"


def test_swedish_invoice_address_heading_marks_the_buyer() -> None:
    # A consultancy's logo ("NK", its tagline under it) heads the page, its company only in
    # the footer's columns; "Fakturaadress" heads the customer's block.
    rows = [
        (41, 45, "NK"),
        (470, 45, "FAKTURA"),
        (41, 67, "Arkitektur och systemstöd"),
        (41, 103, "Fakturanr"),
        (150, 103, "1187"),
        (340, 103, "Fakturaadress"),
        (41, 116, "Fakturadatum"),
        (150, 116, "2025-03-31"),
        (340, 116, "Bergvik Fastigheter AB"),
        (41, 128, "Förfallodatum"),
        (150, 128, "2025-04-30"),
        (340, 128, "Att: Ekonomiavdelningen"),
        (41, 140, "Er referens"),
        (150, 140, "Maja Lindqvist"),
        (340, 140, "Box 1142"),
        (340, 155, "901 21 Umeå"),
        (44, 212, "Benämning"),
        (340, 212, "Antal"),
        (440, 212, "À-pris"),
        (510, 212, "Belopp"),
        (44, 232, "Konsulttjänster mars 2025"),
        (340, 232, "10"),
        (440, 232, "1 250,00"),
        (510, 232, "12 500,00"),
        (380, 270, "Netto"),
        (510, 270, "12 500,00"),
        (380, 282, "Moms 25 %"),
        (510, 282, "3 125,00"),
        (380, 294, "Att betala"),
        (510, 294, "15 625,00"),
        (40, 777, "Norrsken Konsult AB"),
        (200, 777, "Org.nr 556912-4372"),
        (40, 785, "Sveavägen 64"),
        (200, 785, "Momsreg.nr SE556912437201"),
        (40, 793, "111 34 Stockholm"),
    ]
    fields = _fields(rows)
    assert fields["buyer_name"] == "Bergvik Fastigheter AB"
    assert fields["seller_name"] == "Norrsken Konsult AB"


def test_payee_among_bank_rows_is_no_buyer() -> None:
    # A summary page's payment column names the transfer's recipient ("Empfänger") over its
    # IBAN and BIC: the seller, paid; the buyer is captioned in the invoice-data column.
    rows = [
        (73, 32, "Nordlicht Leuchtenbau GmbH"),
        (73, 48, "Hafenkante 17, 24103 Kiel · info@nordlicht.example"),
        (42, 86, "RECHNUNG"),
        (51, 149, "Rechnungsdaten"),
        (315, 149, "Zahlungsdaten"),
        (51, 170, "Rechnungsnummer"),
        (175, 170, "NL-25-00817"),
        (315, 170, "Zahlungsart"),
        (401, 170, "SEPA-Überweisung"),
        (51, 186, "Rechnungsdatum"),
        (175, 186, "14.03.2025"),
        (315, 186, "Empfänger"),
        (401, 186, "Nordlicht Leuchtenbau GmbH"),
        (51, 201, "Kundennummer"),
        (175, 201, "K-10233"),
        (315, 201, "IBAN"),
        (401, 201, "DE89 3704 0044 0532 0130 00"),
        (51, 216, "Rechnungsempfänger"),
        (175, 216, "Ostsee Werft Service GmbH"),
        (315, 216, "BIC"),
        (401, 216, "COBADEFFXXX"),
        (175, 231, "Werftstraße 201"),
        (175, 246, "24143 Kiel"),
        (41, 415, "Summe Positionen (netto)"),
        (239, 415, "1.000,00 EUR"),
        (41, 431, "USt 19 %"),
        (239, 431, "190,00 EUR"),
        (41, 447, "Rechnungsbetrag brutto"),
        (239, 447, "1.190,00 EUR"),
    ]
    fields = _fields(rows)
    assert fields["seller_name"] == "Nordlicht Leuchtenbau GmbH"
    assert fields["buyer_name"] == "Ostsee Werft Service GmbH"


def test_uncaptioned_addressee_with_a_digit_in_its_company_name() -> None:
    # "Halle 7 Veranstaltungs GmbH": a digit in the name does not make it a street line when
    # the name ends in its legal form.
    rows = [
        (41, 39, "Lumen Optics Trading GmbH"),
        (396, 39, "Rechnung / Invoice"),
        (41, 57, "Speicherstraße 58, 60327 Frankfurt am Main"),
        (41, 69, "USt-IdNr. / VAT ID DE702155339"),
        (400, 75, "Nr. / No."),
        (480, 75, "LO-2025-000412"),
        (400, 88, "Datum / Date"),
        (480, 88, "24.06.2025"),
        (41, 123, "Halle 7 Veranstaltungs GmbH"),
        (41, 135, "Hallesches Ufer 7"),
        (41, 147, "10963 Berlin"),
        (41, 159, "USt-IdNr. DE618300427"),
        *ONE_ITEM_AND_TOTALS,
    ]
    fields = _fields(rows)
    assert fields["seller_name"] == "Lumen Optics Trading GmbH"
    assert fields["buyer_name"] == "Halle 7 Veranstaltungs GmbH"


def test_one_word_brand_over_the_name_it_stands_for() -> None:
    # The brand large on top with its slogan beside it, the full trading name under it
    # (no legal form), then the registration number and the address.
    texts: list[SizedText] = [
        (158, 99, "WASHMATE", 20),
        (310, 99, "COIN LAUNDRY", 14),
        (137, 126, "WASHMATE SELF SERVICE LAUNDRY", 12),
        (225, 148, "(003118402-V)", 10),
        (168, 171, "NO 19, JALAN SETIA 3/9,", 10),
        (100, 192, "TAMAN SETIA INDAH, 81100 JOHOR BAHRU", 10),
        (89, 237, "Trans: 55120348", 10),
        (410, 237, "Kiosk 01", 10),
        (89, 260, "Date: 28-06-18", 10),
        (442, 260, "21:14", 10),
        (92, 305, "WASHER 10KG x1", 10),
        (453, 305, "5.00", 10),
        (89, 328, "DRYER 30 MIN x2", 10),
        (453, 328, "8.00", 10),
        (90, 419, "TOTAL", 10),
        (435, 419, "13.00", 10),
        (90, 445, "PAID (E-WALLET)", 10),
        (442, 445, "13.00", 10),
        (225, 491, "OPEN 24 HOURS", 10),
    ]
    result: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)
    assert result["fields"]["seller_name"] == "WASHMATE SELF SERVICE LAUNDRY"
