"""Parties listed as field rows by e-invoice visualisers: a heading over "Name | Straße | PLZ |
Ort" rows, the party in each caption ("Verkäufer.Name ........"), or the XML's element names
("ram:SellerTradeParty" over "ram:Name" and "ram:PostalTradeAddress/ram:LineOne")."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_TOTALS = [
    (50, 520, "Nettobetrag"),
    (200, 520, "1.000,00"),
    (50, 534, "Umsatzsteuer 19 %"),
    (200, 534, "190,00"),
    (50, 548, "Gesamtbetrag"),
    (200, 548, "1.190,00"),
]


def _fields(rows: list[tuple[float, float, str]]) -> dict[str, object]:
    fields: dict[str, object] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)[
        "fields"
    ]
    return fields


def test_sections_of_caption_rows_give_the_sellers_address() -> None:
    rows = [
        (50, 60, "Kopfdaten"),
        (50, 80, "Rechnungsnummer"),
        (210, 80, "SR-2024-118"),
        (50, 92, "Rechnungsdatum"),
        (210, 92, "30.08.2024"),
        (50, 120, "Verkäufer"),
        (50, 140, "Name"),
        (210, 140, "Dachdeckerei Lammers GmbH"),
        (50, 152, "Straße"),
        (210, 152, "Kirchweg 12"),
        (50, 164, "PLZ"),
        (210, 164, "26122"),
        (50, 176, "Ort"),
        (210, 176, "Oldenburg"),
        (50, 188, "Land"),
        (210, 188, "DE"),
        (50, 216, "Käufer"),
        (50, 236, "Name"),
        (210, 236, "Gemeinde Wardenburg Bauamt"),
        (50, 248, "Straße"),
        (210, 248, "Marktplatz 3"),
        (50, 260, "PLZ"),
        (210, 260, "26203"),
        (50, 272, "Ort"),
        (210, 272, "Wardenburg"),
        *_TOTALS,
    ]
    fields = _fields(rows)
    assert fields["seller_name"] == "Dachdeckerei Lammers GmbH"
    assert fields["seller_address"] == "Kirchweg 12, 26122 Oldenburg"
    assert fields["buyer_name"] == "Gemeinde Wardenburg Bauamt"


def test_dotted_listing_with_party_prefixed_captions() -> None:
    dots = "........................"
    rows = [
        (44, 60, "Rechnungsnummer"),
        (130, 60, dots),
        (260, 60, "TR-2024-77"),
        (44, 72, "Rechnungsdatum"),
        (130, 72, dots),
        (260, 72, "15.05.2024"),
        (44, 96, "Verkäufer.Name"),
        (130, 96, dots),
        (260, 96, "Tischlerei Roggenkamp GmbH"),
        (400, 96, "& Co. KG"),
        (44, 108, "Verkäufer.Straße"),
        (130, 108, dots),
        (260, 108, "Gewerbering 7"),
        (44, 120, "Verkäufer.PLZ"),
        (130, 120, dots),
        (260, 120, "49393"),
        (44, 132, "Verkäufer.Ort"),
        (130, 132, dots),
        (260, 132, "Lohne"),
        (44, 144, "Käufer.Name"),
        (130, 144, dots),
        (260, 144, "Stadt Dinklage Hochbauamt"),
        (44, 156, "Käufer.Straße"),
        (130, 156, dots),
        (260, 156, "Am Markt 1"),
        *_TOTALS,
    ]
    fields = _fields(rows)
    assert fields["seller_name"] == "Tischlerei Roggenkamp GmbH & Co. KG"
    assert fields["seller_address"] == "Gewerbering 7, 49393 Lohne"
    assert fields["buyer_name"] == "Stadt Dinklage Hochbauamt"


def test_xml_view_with_element_names_as_captions() -> None:
    rows = [
        (36, 60, "rsm:ExchangedDocument"),
        (48, 74, "ram:ID"),
        (280, 74, "24-5521"),
        (36, 100, "ram:SellerTradeParty"),
        (48, 114, "ram:Name"),
        (280, 114, "Fliesen-"),
        (322, 114, "und"),
        (342, 114, "Natursteinwerk Hoppe GmbH"),
        (48, 126, "ram:PostalTradeAddress/ram:LineOne"),
        (280, 126, "Brückenstraße 9"),
        (48, 138, "ram:PostalTradeAddress/ram:PostcodeCode"),
        (280, 138, "45127"),
        (48, 150, "ram:PostalTradeAddress/ram:CityName"),
        (280, 150, "Essen"),
        (36, 176, "ram:BuyerTradeParty"),
        (48, 190, "ram:Name"),
        (280, 190, "Ruhrbau Projekt AG"),
        (48, 202, "ram:PostalTradeAddress/ram:LineOne"),
        (280, 202, "Kruppstraße 40"),
        (36, 228, "ram:IncludedSupplyChainTradeLineItem"),
        (48, 242, "ram:SpecifiedTradeProduct/ram:Name"),
        (280, 242, "Bodenfliesen verlegen"),
        *_TOTALS,
    ]
    fields = _fields(rows)
    assert fields["seller_name"] == "Fliesen- und Natursteinwerk Hoppe GmbH"
    assert fields["seller_address"] == "Brückenstraße 9, 45127 Essen"
    assert fields["buyer_name"] == "Ruhrbau Projekt AG"


def test_customer_number_caption_over_the_billed_block_is_no_name() -> None:
    rows = [
        (57, 68, "Atelier Lavande"),
        (435, 68, "FACTURE"),
        (390, 112, "N° de facture"),
        (491, 112, "F-2024-0311"),
        (382, 124, "Date de facture"),
        (497, 124, "14/06/2024"),
        (57, 141, "De"),
        (270, 141, "Facturé à"),
        (408, 146, "N° client"),
        (514, 146, "C0388"),
        (57, 166, "Atelier Lavande SARL"),
        (270, 166, "Boulangerie des Vosges SAS"),
        (57, 178, "22 rue du Dôme"),
        (270, 178, "5 place Kléber"),
        (57, 190, "67000 Strasbourg"),
        (270, 190, "67000 Strasbourg"),
        (57, 320, "Description"),
        (420, 320, "Total HT"),
        (57, 334, "Logo"),
        (420, 334, "1 000,00 €"),
        (400, 380, "Total HT 1 000,00 €"),
        (400, 394, "TVA 20 % 200,00 €"),
        (400, 408, "Total TTC 1 200,00 €"),
    ]
    assert _fields(rows)["buyer_name"] == "Boulangerie des Vosges SAS"


def test_owner_line_under_the_firm_is_no_part_of_its_address() -> None:
    rows = [
        (420, 45, "Antiquariat Brandt e.K."),
        (420, 56, "Inh. Jonas Brandt"),
        (420, 67, "Lange Straße 14"),
        (420, 78, "18055 Rostock"),
        (57, 128, "Antiquariat Brandt e.K. - Lange Straße 14 - 18055 Rostock"),
        (58, 150, "Herrn"),
        (58, 162, "Dr. Paul Kestner"),
        (58, 174, "Mittelweg 9"),
        (58, 186, "20148 Hamburg"),
        (355, 162, "Rechnungsnummer: 10588"),
        (355, 174, "Datum: 02.02.2024"),
        (58, 270, "Rechnung"),
        *_TOTALS,
    ]
    assert _fields(rows)["seller_address"] == "Lange Straße 14, 18055 Rostock"


def test_sidebar_with_tax_number_and_account_is_the_issuers_block() -> None:
    rows = [
        (60, 70, "Lektorat Roth"),
        (400, 110, "Dr. Eva Roth"),
        (400, 122, "Freie Lektorin"),
        (400, 134, "Domstraße 30"),
        (400, 146, "55116 Mainz"),
        (60, 150, "Verlag Lindenblatt & Co."),
        (60, 162, "Programmleitung Sachbuch"),
        (400, 158, "0151 2290 6618"),
        (60, 174, "Holzhofstraße 6"),
        (400, 170, "post@lektorat-roth.de"),
        (60, 186, "60594 Frankfurt am Main"),
        (400, 182, "Steuer-Nr. 26/188/34017"),
        (400, 200, "IBAN"),
        (400, 212, "DE77 2490 6528 6303 7486 25"),
        (60, 240, "Rechnung Nr. 2024-17"),
        (60, 256, "Mainz, den 03.12.2024"),
        (60, 300, "Leistung"),
        (300, 300, "Menge"),
        (470, 300, "Betrag"),
        (60, 314, "Lektorat Manuskript"),
        (300, 314, "412 NS"),
        (470, 314, "1.730,40"),
        (300, 350, "Gesamtbetrag"),
        (470, 350, "1.730,40"),
    ]
    fields = _fields(rows)
    assert fields["seller_name"] == "Dr. Eva Roth"
    assert fields["buyer_name"] == "Verlag Lindenblatt & Co."


def test_street_address_in_the_footer_over_the_post_office_box() -> None:
    rows = [
        (58, 44, "bürowelt"),
        (57, 125, "bürowelt Handel GmbH · Postfach 10 04 61 · 44004 Dortmund"),
        (58, 143, "Kanzlei Brandes & Kolb"),
        (58, 156, "Ostenhellweg 54"),
        (58, 169, "44135 Dortmund"),
        (369, 143, "Rechnungsnummer: 2016-4471"),
        (369, 156, "Datum: 12.03.2016"),
        (58, 240, "Rechnung"),
        *_TOTALS,
        (65, 762, "bürowelt Handel GmbH"),
        (65, 771, "Hausanschrift:"),
        (65, 780, "Westfalendamm 212"),
        (65, 789, "44141 Dortmund"),
        (300, 762, "USt-IdNr.: DE544637564"),
    ]
    assert _fields(rows)["seller_address"] == "Westfalendamm 212, 44141 Dortmund"
