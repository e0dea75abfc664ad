"""Invoices printed from a web portal or shop with the browser: the browser's header and
footer in the page's margins (page title, address, time stamp, page counter), a row of block
headings over the seller's block at the foot ("VERKÄUFER | RECHTLICHES | BANKVERBINDUNG",
"Sold by | VAT Reg. No."), the bill-to captions portals use ("Intestatario fattura",
"Titulaire du contrat / Facturé à"), a customer named twice with no letterhead, and the VAT
printed per rate, each base over its tax, beside an untaxed or exempt row (browsermargins.py,
companyundercaption.py, partysections.py, parties.py, levyrates.py, exemptbase.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.browsermargins import browser_margin_lines
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word

from .conftest import SizedText, header_values, make_sized_pages, spaced_lines


def _fields(*pages: list[SizedText]) -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(make_sized_pages(*pages))["fields"]
    return fields


_TOTALS: list[SizedText] = [
    (50, 330, "Artikel", 9),
    (400, 330, "Menge", 9),
    (480, 330, "Gesamt", 9),
    (50, 350, "Filterkaffee Hausmischung 1 kg", 9),
    (400, 350, "2", 9),
    (480, 350, "42,80 €", 9),
    (330, 390, "Gesamtsumme inkl. MwSt.", 9),
    (480, 390, "42,80 €", 9),
    (330, 405, "enthaltene MwSt. 7 %", 9),
    (480, 405, "2,80 €", 9),
    (330, 420, "Nettobetrag", 9),
    (480, 420, "40,00 €", 9),
]


def test_browser_header_title_and_address_name_no_one() -> None:
    page: list[SizedText] = [
        (30, 14, "Rechnung NK-7781 | Nordlicht Kaffee – Röstkaffee aus Bremen", 8),
        (330, 14, "https://www.nordlicht-kaffee.de/konto/rechnungen/7781/drucken", 8),
        (50, 50, "NORDLICHT", 14),
        (200, 52, "Kaffee", 9),
        (260, 52, "Mein Konto", 9),
        (50, 130, "Rechnung", 16),
        (50, 160, "Rechnungsnummer", 9),
        (160, 160, "NK-7781", 9),
        (330, 160, "RECHNUNGSADRESSE", 9),
        (50, 172, "Rechnungsdatum", 9),
        (160, 172, "04.02.2025", 9),
        (330, 172, "Tobias Harms", 9),
        (330, 184, "Deichstraße 4", 9),
        (330, 196, "26721 Emden", 9),
        *_TOTALS,
        (50, 500, "Nordlicht Kaffeerösterei GmbH", 8),
        (50, 511, "Am Speicher 9, 28217 Bremen, Deutschland", 8),
        (50, 522, "USt-IdNr.: DE287766512 · Amtsgericht Bremen HRB 33120", 8),
        (50, 760, "Wir verwenden Cookies, um unseren Shop für Sie zu verbessern.", 8),
        (30, 830, "https://www.nordlicht-kaffee.de/konto/rechnungen/7781/drucken", 8),
        (545, 830, "1/1", 8),
    ]
    fields = _fields(page)
    assert fields["seller_name"] == "Nordlicht Kaffeerösterei GmbH"
    assert fields["invoice_number"] == "NK-7781"


def test_browser_time_stamp_and_title_name_no_one() -> None:
    page: list[SizedText] = [
        (24, 14, "21/02/2025 16:40", 8),
        (200, 14, "Ma facture - Espace Client Clairval", 8),
        (50, 46, "Clairval", 14),
        (200, 48, "Accueil", 9),
        (260, 48, "Mes factures", 9),
        (50, 110, "Facture", 16),
        (50, 130, "N° de facture : 20250211", 9),
        (50, 142, "Date : 11/02/2025", 9),
        (50, 170, "CLIENT", 9),
        (50, 182, "Boulangerie Maraval SARL", 9),
        (50, 194, "3 place du Marché", 9),
        (50, 206, "26000 Valence", 9),
        (330, 390, "Total HT", 9),
        (480, 390, "50,00 €", 9),
        (330, 405, "TVA 20 %", 9),
        (480, 405, "10,00 €", 9),
        (330, 420, "Total TTC", 9),
        (480, 420, "60,00 €", 9),
        (50, 500, "VOTRE FOURNISSEUR", 8),
        (50, 511, "Clairval Télécom SAS", 8),
        (50, 522, "12 quai Perrache", 8),
        (50, 533, "69002 Lyon", 8),
        (50, 760, "Besoin d'aide ? Notre assistant est en ligne.", 8),
        (24, 830, "https://client.clairval.fr/factures/20250211", 8),
        (545, 830, "1/1", 8),
    ]
    fields = _fields(page)
    assert fields["seller_name"] == "Clairval Télécom SAS"
    assert fields["buyer_name"] == "Boulangerie Maraval SARL"


def _words(y: float, *cells: tuple[float, str]) -> list[Word]:
    words = []
    for x, text in cells:
        for token in text.split(" "):
            words.append(Word(token, Box(1, x, y, x + 5 * len(token), y + 8)))
            x += 5 * len(token) + 2.5
    return words


def test_margin_lines_need_a_browser_mark_and_a_gap() -> None:
    lines = spaced_lines([(50, 14, "Café Lindner"), (50, 40, "Hauptplatz 1")])
    assert browser_margin_lines(lines, 842) == []
    # A till's stamp right over its receipt's lines: the sale's moment, kept.
    words = _words(10, (20, "09/01/2024 11:05"), (150, "KASSE 2")) + _words(20, (20, "Lindner"))
    assert browser_margin_lines(build_lines(PageText(1, 226, 400, words)), 400) == []
    words = _words(700, (50, "Thank you")) + _words(
        826, (28, "Page 1 of 2"), (480, "3/18/2025, 10:02 AM")
    )
    footer = browser_margin_lines(build_lines(PageText(1, 595, 842, words)), 842)
    assert [line.text for line in footer] == ["Page 1 of 2 3/18/2025, 10:02 AM"]


def test_seller_block_under_a_row_of_block_headings() -> None:
    page: list[SizedText] = [
        (50, 60, "KÜSTENKRAM", 14),
        (200, 62, "Sortiment", 9),
        (280, 62, "Mein Konto", 9),
        (50, 130, "Rechnung", 16),
        (50, 160, "Rechnungsnummer", 9),
        (160, 160, "HK-55120", 9),
        (330, 160, "RECHNUNGSADRESSE", 9),
        (50, 172, "Rechnungsdatum", 9),
        (160, 172, "04.02.2025", 9),
        (330, 172, "Tobias Harms", 9),
        (330, 184, "Deichstraße 4", 9),
        (330, 196, "26721 Emden", 9),
        *_TOTALS,
        (50, 480, "VERKÄUFER", 8),
        (220, 480, "RECHTLICHES", 8),
        (400, 480, "BANKVERBINDUNG", 8),
        (50, 492, "Hafenkontor Handels GmbH", 8),
        (220, 492, "Amtsgericht Kiel HRB 20417", 8),
        (400, 492, "Förde Sparkasse", 8),
        (50, 503, "Kaistraße 31", 8),
        (220, 503, "USt-IdNr.: DE301774215", 8),
        (400, 503, "IBAN DE21 2105 0170 0012 3456 78", 8),
        (50, 514, "24103 Kiel", 8),
        (50, 540, "© 2025 Hafenkontor · Impressum · Datenschutz · AGB", 8),
        (50, 760, "Wir verwenden Cookies, um unseren Shop für Sie zu verbessern.", 8),
    ]
    fields = _fields(page)
    assert fields["seller_name"] == "Hafenkontor Handels GmbH"
    assert fields["buyer_name"] == "Tobias Harms"


def test_sold_by_beside_the_vat_number_heads_the_seller_block() -> None:
    page: list[SizedText] = [
        (180, 38, "FREE UK delivery on orders over £50", 8),
        (50, 60, "HEATHERLINE", 14),
        (50, 130, "VAT Invoice", 16),
        (50, 160, "Invoice number", 9),
        (160, 160, "HL-INV-20931", 9),
        (50, 172, "Invoice date", 9),
        (160, 172, "12 February 2025", 9),
        (50, 200, "Billing address", 9),
        (50, 212, "Ms Carys Lloyd", 9),
        (50, 224, "8 Ffordd y Parc", 9),
        (50, 236, "Bangor LL57 2EF", 9),
        (330, 390, "Order total (incl. VAT)", 9),
        (480, 390, "£120.00", 9),
        (330, 405, "of which VAT @ 20%", 9),
        (480, 405, "£20.00", 9),
        (50, 480, "Sold by", 8),
        (220, 480, "VAT Reg. No. GB 327 1188 40", 8),
        (50, 491, "Heatherline Knitwear Ltd", 8),
        (220, 491, "Registered in England & Wales No. 08812245", 8),
        (50, 502, "2 Mill Lane", 8),
        (220, 502, "help@heatherline.co.uk", 8),
        (50, 513, "Hawick TD9 7AE", 8),
        (50, 524, "United Kingdom", 8),
        (50, 760, "We use cookies to give you the best shopping experience.", 8),
    ]
    fields = _fields(page)
    assert fields["seller_name"] == "Heatherline Knitwear Ltd"


def test_portal_bill_to_captions() -> None:
    italian = header_values(
        [
            (50, 100, "Fattura n. 2025/0119"),
            (50, 140, "INTESTATARIO FATTURA"),
            (330, 140, "SPEDIZIONE"),
            (50, 152, "Cartoleria Il Quaderno S.n.c."),
            (330, 152, "GLS – consegnato il 03/03/2025"),
            (50, 164, "Via Roma 12"),
            (50, 176, "10121 Torino (TO)"),
        ]
    )
    assert italian["buyer_name"] == "Cartoleria Il Quaderno S.n.c."
    french = header_values(
        [
            (50, 100, "Facture d'électricité"),
            (50, 140, "TITULAIRE DU CONTRAT / FACTURÉ À"),
            (330, 140, "ADRESSE DE CONSOMMATION"),
            (50, 152, "SCI Les Tilleuls"),
            (330, 152, "Local commercial"),
            (50, 164, "7 rue des Lilas"),
            (330, 164, "22 avenue Foch"),
            (50, 176, "21000 Dijon"),
            (330, 176, "21000 Dijon"),
        ]
    )
    assert french["buyer_name"] == "SCI Les Tilleuls"


def test_customer_named_twice_without_letterhead_the_footer_company_sells() -> None:
    page: list[SizedText] = [
        (50, 46, "Mijn Vezelnet", 12),
        (50, 70, "Klantnummer 5501-22", 9),
        (200, 70, "· Drukkerij Het Anker B.V.", 9),
        (50, 92, "Factuur", 16),
        (50, 125, "Drukkerij Het Anker B.V.", 9),
        (330, 125, "Factuurgegevens", 9),
        (50, 137, "t.a.v. de administratie", 9),
        (50, 149, "Havenweg 7", 9),
        (330, 149, "Factuurnummer", 9),
        (430, 149, "2025020881", 9),
        (50, 161, "8011 CB Zwolle", 9),
        (330, 161, "Factuurdatum", 9),
        (430, 161, "1 februari 2025", 9),
        (330, 390, "Totaal excl. btw", 9),
        (480, 390, "€ 50,00", 9),
        (330, 405, "Btw 21%", 9),
        (480, 405, "€ 10,50", 9),
        (330, 420, "Totaal incl. btw", 9),
        (480, 420, "€ 60,50", 9),
        (50, 460, "Liever zelf overmaken? Gebruik IBAN NL20 INGB 0001 2345 67.", 8),
        (50, 500, "Vezelnet Noord B.V. · Oude Ebbingestraat 12, 9712 HA Groningen", 8),
        (330, 500, "KvK 61234567 · BTW NL854412093B01", 8),
        (50, 740, "Vezelnet gebruikt functionele en analytische cookies.", 8),
        (350, 790, "Hoi! Vragen over je factuur? Chat met ons", 8),
    ]
    fields = _fields(page)
    assert fields["buyer_name"] == "Drukkerij Het Anker B.V."
    assert fields["seller_name"] == "Vezelnet Noord B.V."


def test_rated_bases_over_their_taxes_beside_an_untaxed_row() -> None:
    fields = header_values(
        [
            (300, 400, "Imponibile 10%"),
            (480, 400, "200,00 €"),
            (300, 414, "IVA 10%"),
            (480, 414, "20,00 €"),
            (300, 428, "Imponibile 22%"),
            (480, 428, "50,00 €"),
            (300, 442, "IVA 22%"),
            (480, 442, "11,00 €"),
            (300, 456, "Fuori campo IVA"),
            (480, 456, "30,00 €"),
            (300, 470, "Totale fattura"),
            (480, 470, "311,00 €"),
        ]
    )
    assert fields["tax_amount"] == 31.0
    assert fields["net_amount"] == 280.0
    assert fields["total_amount"] == 311.0


def test_rated_bases_over_their_taxes_beside_an_exempt_row() -> None:
    fields = header_values(
        [
            (300, 400, "Base imponible IVA 10%"),
            (480, 400, "300,00 €"),
            (300, 414, "Cuota IVA 10%"),
            (480, 414, "30,00 €"),
            (300, 428, "Base imponible IVA 21%"),
            (480, 428, "40,00 €"),
            (300, 442, "Cuota IVA 21%"),
            (480, 442, "8,40 €"),
            (300, 456, "Exento (art. 20.Uno LIVA)"),
            (480, 456, "25,00 €"),
            (300, 470, "Total factura"),
            (480, 470, "403,40 €"),
        ]
    )
    assert fields["tax_amount"] == 38.4
    assert fields["net_amount"] == 365.0
    assert fields["total_amount"] == 403.4
