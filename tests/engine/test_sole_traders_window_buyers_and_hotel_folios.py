"""Sole traders' sender lines, the issuer's column beside an uncaptioned window block, hotel
folios billed to a company, items that start with the brand, event taglines naming the
organiser, customer codes beside a party caption, and the Adriatic "d.o.o."."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf

_ITEMS: list[SizedText] = [
    (57, 330, "Pos.", 9),
    (100, 330, "Leistung", 9),
    (400, 330, "Menge", 9),
    (500, 330, "Betrag", 9),
    (57, 350, "1", 9),
    (100, 350, "Lektorat Fachbuch Kapitel 1-4", 9),
    (400, 350, "1", 9),
    (500, 350, "840,00", 9),
    (380, 380, "Zwischensumme", 9),
    (500, 380, "840,00", 9),
    (380, 394, "Umsatzsteuer 19 %", 9),
    (500, 394, "159,60", 9),
    (380, 408, "Gesamtbetrag", 9),
    (500, 408, "999,60", 9),
]


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)[
        "fields"
    ]
    return fields


def test_sole_trader_sender_line_with_trade_and_accented_capital() -> None:
    """A translator's sender line names her, then her trade ("Übersetzungen": its accent
    makes the small print's glyph box as tall as the recipient's name), then the street and
    town: she is the seller, at that street; the window's company is the buyer."""
    texts: list[SizedText] = [
        (57, 60, "Lektorat Ölberg", 20),
        (57, 80, "Deutsch · Französisch — freie Lektorin", 8),
        (57, 140, "Ilse Brandauer · Übersetzungen · Ahornweg 12 · 04109 Leipzig", 6.8),
        (355, 140, "Rechnungsnummer", 8.5),
        (480, 140, "IB-2025-044", 8.5),
        (57, 160, "Kranwerk Nordsachsen GmbH", 10),
        (355, 160, "Rechnungsdatum", 8.5),
        (480, 160, "12.05.2025", 8.5),
        (57, 173, "Einkauf", 10),
        (57, 186, "Hafenstraße 40", 10),
        (57, 199, "04356 Leipzig", 10),
        *_ITEMS,
    ]
    fields = _fields(texts)
    assert fields["seller_name"] == "Ilse Brandauer"
    assert fields["seller_address"] == "Ahornweg 12, 04109 Leipzig"
    assert fields["buyer_name"] == "Kranwerk Nordsachsen GmbH"


def test_issuer_column_with_wordmark_and_bare_phone_beside_window_block() -> None:
    """The customer's block with its legal form at the window, no caption; the issuer's
    block in a small right-hand column with a phone number printed bare, an e-mail and its
    register, under a two-line wordmark of its name: the column's block is the issuer's."""
    texts: list[SizedText] = [
        (51, 45, "van dam", 20),
        (51, 62, "schilderwerken", 9),
        (400, 40, "Schilderwerken Van Dam", 7),
        (400, 50, "Kerkstraat 14", 7),
        (400, 60, "3811 CW Amersfoort", 7),
        (400, 72, "06 - 52 19 33 08", 7),
        (400, 84, "post@vandam-schilders.nl", 7),
        (400, 104, "KvK 70112233", 7),
        (400, 114, "IBAN NL20 INGB 0001 2345 67", 7),
        (51, 125, "Aannemersbedrijf Kuipers B.V.", 10),
        (51, 138, "Postbus 404", 10),
        (51, 151, "3800 AK Amersfoort", 10),
        (51, 200, "Factuur", 14),
        (51, 225, "Factuurnummer", 9),
        (160, 225, "2025-118", 9),
        (51, 238, "Factuurdatum", 9),
        (160, 238, "04-06-2025", 9),
        (51, 300, "Omschrijving", 9),
        (450, 300, "Bedrag", 9),
        (51, 315, "Schilderwerk kozijnen blok C", 9),
        (450, 315, "€ 2.400,00", 9),
        (350, 340, "Subtotaal", 9),
        (450, 340, "€ 2.400,00", 9),
        (350, 354, "Btw 21%", 9),
        (450, 354, "€ 504,00", 9),
        (350, 368, "Totaal", 9),
        (450, 368, "€ 2.904,00", 9),
    ]
    fields = _fields(texts)
    assert fields["seller_name"] == "Schilderwerken Van Dam"
    assert fields["buyer_name"] == "Aannemersbedrijf Kuipers B.V."


def test_slovenian_limited_company_under_its_logo() -> None:
    """Name, street and town on one comma-joined line under the logo in capitals: the
    "d.o.o." names the company, the rest of the line is its address."""
    texts: list[SizedText] = [
        (51, 40, "KLEPARSTVO ROZMAN", 16),
        (51, 58, "Kleparstvo Rozman d.o.o., Tržaška cesta 120, 1000 Ljubljana", 8),
        (51, 70, "ID za DDV: SI12345678", 7),
        (51, 115, "RAČUN št. 2025-00077", 13),
        (331, 115, "Kupec:", 9),
        (331, 130, "Gradnje Novak s.p.", 9),
        (331, 143, "Celovška cesta 7", 9),
        (331, 156, "1000 Ljubljana", 9),
        (51, 240, "Opis", 9),
        (450, 240, "Vrednost", 9),
        (51, 255, "Obroba strehe, pocinkana pločevina", 9),
        (450, 255, "1.200,00", 9),
        (300, 280, "Osnova za DDV", 9),
        (450, 280, "1.200,00", 9),
        (300, 294, "DDV 22 %", 9),
        (450, 294, "264,00", 9),
        (300, 308, "ZA PLAČILO EUR", 9),
        (450, 308, "1.464,00", 9),
    ]
    fields = _fields(texts)
    assert fields["seller_name"] == "Kleparstvo Rozman d.o.o."
    assert fields["seller_address"] == "Tržaška cesta 120, 1000 Ljubljana"


def test_hotel_folio_billed_to_the_company_in_the_window() -> None:
    """A hotel's folio: the hotel's name centred with a one-line address, the company billed
    in the window, the guest in the stay's details, the legal name in the footer only."""
    texts: list[SizedText] = [
        (297, 55, "=HOTEL SEEBLICK", 16),
        (297, 85, "=Uferweg 9 · 6900 Bregenz · Österreich · T +43 5574 12345", 7),
        (51, 128, "Vorarlberger Kabelwerke GmbH", 9),
        (354, 128, "Rechnung Nr.", 8),
        (454, 128, "77120", 8),
        (51, 141, "Buchhaltung", 9),
        (354, 141, "Datum", 8),
        (454, 141, "02.04.2025", 8),
        (51, 154, "Industriestraße 5", 9),
        (354, 154, "Zimmer", 8),
        (454, 154, "31", 8),
        (51, 167, "6850 Dornbirn", 9),
        (354, 167, "Gast", 8),
        (454, 167, "Frau Karin Moosbrugger", 8),
        (51, 245, "RECHNUNG", 11),
        (51, 270, "Datum", 8),
        (120, 270, "Beschreibung", 8),
        (500, 270, "Betrag EUR", 8),
        (51, 290, "31.03.2025", 8),
        (120, 290, "Logis Einzelzimmer", 8),
        (500, 290, "118,00", 8),
        (51, 304, "01.04.2025", 8),
        (120, 304, "Logis Einzelzimmer", 8),
        (500, 304, "118,00", 8),
        (380, 330, "Gesamtbetrag", 9),
        (500, 330, "236,00", 9),
        (297, 790, "=Seeblick Beherbergungs GmbH · Uferweg 9, 6900 Bregenz · FN 123456 a", 7),
    ]
    fields = _fields(texts)
    assert fields["seller_name"] == "Seeblick Beherbergungs GmbH"
    assert fields["buyer_name"] == "Vorarlberger Kabelwerke GmbH"


def test_item_line_starting_with_brand_does_not_spell_out_the_legal_form() -> None:
    """ "Brumelo SAS" under an issuer caption; the first item starts with the brand and the
    second holds a long word starting with "S": no spelled-out name of the company."""
    texts: list[SizedText] = [
        (52, 60, "brumelo", 17),
        (470, 55, "FACTURE", 12),
        (52, 115, "Émetteur", 8),
        (312, 115, "Client", 8),
        (52, 130, "Brumelo SAS", 8),
        (312, 130, "Cabinet Vasseur SARL", 8),
        (52, 142, "4 rue des Lilas", 8),
        (312, 142, "9 place Bellecour", 8),
        (52, 154, "33000 Bordeaux", 8),
        (312, 154, "69002 Lyon", 8),
        (52, 215, "Date de facturation", 7),
        (52, 228, "01/02/2025", 7),
        (52, 280, "Désignation", 8),
        (510, 280, "Total HT", 8),
        (52, 300, "Brumelo Équipe – abonnement mensuel", 8),
        (510, 300, "120,00 €", 8),
        (52, 318, "Module Sauvegarde automatique", 8),
        (510, 318, "30,00 €", 8),
        (400, 350, "Total HT", 8),
        (510, 350, "150,00 €", 8),
        (400, 364, "TVA 20 %", 8),
        (510, 364, "30,00 €", 8),
        (400, 378, "Total TTC", 8),
        (510, 378, "180,00 €", 8),
    ]
    fields = _fields(texts)
    assert fields["seller_name"] == "Brumelo SAS"
    assert fields["buyer_name"] == "Cabinet Vasseur SARL"


def test_event_tagline_names_the_organising_company() -> None:
    """An event's logo, its tagline "Town · dates · organised by <company>": the company is
    the seller, not the tagline; its address stands in the footer's first column."""
    texts: list[SizedText] = [
        (52, 60, "BALTIC DATA DAYS", 13),
        (468, 60, "FAKTURA", 12),
        (52, 78, "Malmö · 3–4 juni 2025 · arrangeras av Dataforum Syd AB", 7.5),
        (341, 100, "Fakturanummer", 6.5),
        (500, 100, "250311", 6.5),
        (341, 113, "Fakturadatum", 6.5),
        (500, 113, "2025-03-11", 6.5),
        (52, 118, "Hallberg Redovisning AB", 9.5),
        (52, 131, "Box 220", 9.5),
        (52, 144, "252 21 Helsingborg", 9.5),
        (57, 240, "Benämning", 8),
        (500, 240, "Belopp", 8),
        (57, 260, "Konferensbiljett Baltic Data Days 2025", 8),
        (500, 260, "4 500,00", 8),
        (380, 290, "Netto", 8),
        (500, 290, "4 500,00", 8),
        (380, 304, "Moms 25 %", 8),
        (500, 304, "1 125,00", 8),
        (380, 318, "Att betala SEK", 8),
        (500, 318, "5 625,00", 8),
        (52, 770, "Dataforum Syd AB", 5.5),
        (182, 770, "Org.nr 556000-1111", 5.5),
        (52, 779, "Stortorget 3", 5.5),
        (182, 779, "Momsreg.nr SE556000111101", 5.5),
        (52, 788, "211 22 Malmö", 5.5),
    ]
    fields = _fields(texts)
    assert fields["seller_name"] == "Dataforum Syd AB"
    assert fields["buyer_name"] == "Hallberg Redovisning AB"


def test_customer_code_beside_client_caption_names_no_buyer() -> None:
    """ "Client | 504DUPRE" in the header's grid: the customer's code; the buyer is the
    uncaptioned block lower right."""
    texts: list[SizedText] = [
        (180, 40, "Bois et Charpentes SAS", 6.5),
        (40, 52, "BOIS ET CHARPENTES", 11),
        (180, 52, "14 rue Garibaldi", 6.5),
        (180, 63, "42000 Saint-Étienne", 6.5),
        (440, 40, "FACTURE", 13),
        (450, 70, "Date", 6.5),
        (510, 70, "10/03/2025", 6.5),
        (445, 82, "Client", 6.5),
        (510, 82, "504DUPRE", 6.5),
        (330, 125, "EURL Menuiserie Dupré", 7.5),
        (330, 137, "3 allée des Pins", 7.5),
        (330, 149, "42100 Saint-Étienne", 7.5),
        (43, 200, "Désignation", 6.5),
        (500, 200, "Montant HT", 6.5),
        (43, 215, "Poutre chêne 200x200", 6.5),
        (500, 215, "640,00", 6.5),
        (420, 240, "Total HT", 6.5),
        (500, 240, "640,00", 6.5),
        (420, 252, "TVA 20 %", 6.5),
        (500, 252, "128,00", 6.5),
        (420, 264, "Total TTC", 6.5),
        (500, 264, "768,00", 6.5),
        (43, 560, "Paiement à 45 jours fin de mois.", 6.5),
    ]
    fields = _fields(texts)
    assert fields["buyer_name"] == "EURL Menuiserie Dupré"


def test_partners_initials_spelled_out_by_the_footers_legal_name() -> None:
    """ "K+L" as the logo and in the sender line, the partners' names in the tagline, the
    partnership's legal name "... PartG mbB" in the footer: the legal name is the seller."""
    texts: list[SizedText] = [
        (59, 60, "K+L", 20),
        (57, 78, "Krüger + Lindemann Architekten", 7.5),
        (63, 132, "K+L Architekten · Königsallee 12 · 44789 Bochum", 6),
        (63, 148, "Wohnbau Ruhrtal GmbH", 9.5),
        (63, 161, "Am Kanal 3", 9.5),
        (63, 174, "44791 Bochum", 9.5),
        (341, 160, "Rechnungsnummer", 8),
        (480, 160, "AR 2025-012", 8),
        (341, 173, "Datum", 8),
        (480, 173, "14.04.2025", 8),
        *_ITEMS,
        (57, 760, "Krüger + Lindemann Architekten PartG mbB", 5.5),
        (57, 769, "Dipl.-Ing. Jan Krüger", 5.5),
        (300, 760, "USt-IdNr. DE123456789", 5.5),
    ]
    fields = _fields(texts)
    assert fields["seller_name"] == "Krüger + Lindemann Architekten PartG mbB"
    assert fields["buyer_name"] == "Wohnbau Ruhrtal GmbH"
