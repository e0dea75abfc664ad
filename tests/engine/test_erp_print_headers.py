"""ERP-printed invoices: a VAT grid sharing its rows with the totals block, a labels-above-values
header grid whose rows each date something, a German "Summe EUR ohne MwSt." with rate-captioned
tax lines, an acronym wordmark spelled out by the footer's legal-form name, the customer's VAT
ID in its grid or caption rows, and a window address with one blank line before the town
(nextcaption.py, dateread.py, labels.py, acronymname.py, customergrid.py, blanktownline.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.fields import find_candidates

from .conftest import SizedText, make_invoice_pdf, make_sized_pdf, spaced_lines

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]))
    fields: dict[str, Any] = result["fields"]
    return fields


_FRENCH: Page = [
    (50, 40, "ATELIERS DE LA VALLÉE"),
    (50, 54, "4 rue des Forges"),
    (50, 66, "69007 Lyon"),
    (320, 110, "Garage Central Morel SARL"),
    (320, 122, "18 avenue Jean Jaurès"),
    (320, 134, "42000 Saint-Étienne"),
    (50, 200, "FACTURE"),
    (55, 230, "N° facture"),
    (200, 230, "Date facture"),
    (360, 230, "N° client"),
    (55, 242, "70220415"),
    (200, 242, "14/02/2025"),
    (360, 242, "51177"),
    (55, 258, "Votre commande"),
    (200, 258, "Date commande"),
    (360, 258, "Notre n° de commande"),
    (55, 270, "CMD-4471"),
    (200, 270, "03/02/2025"),
    (360, 270, "880912"),
    (55, 286, "N° bon de livraison"),
    (200, 286, "Date de livraison"),
    (360, 286, "Votre interlocuteur"),
    (55, 298, "60044718"),
    (200, 298, "12/02/2025"),
    (360, 298, "Mme Perrin"),
    (55, 330, "Poste"),
    (100, 330, "Désignation"),
    (330, 330, "Quantité"),
    (400, 330, "Prix unit."),
    (480, 330, "Montant HT"),
    (55, 346, "10"),
    (100, 346, "Tôle acier galvanisé 2 mm"),
    (330, 346, "40"),
    (400, 346, "30,00"),
    (480, 346, "1 200,00"),
    (50, 420, "Récapitulatif TVA"),
    (300, 420, "Total marchandises HT"),
    (500, 420, "1 200,00"),
    (50, 432, "Code"),
    (90, 432, "Taux"),
    (130, 432, "Base HT"),
    (190, 432, "Montant TVA"),
    (300, 432, "Participation aux frais de port"),
    (500, 432, "30,00"),
    (50, 444, "T1"),
    (90, 444, "20,00 %"),
    (130, 444, "1 230,00"),
    (190, 444, "246,00"),
    (300, 444, "Total HT"),
    (500, 444, "1 230,00"),
    (300, 458, "TVA T1 20,00 %"),
    (500, 458, "246,00"),
    (300, 472, "NET À PAYER TTC EUR"),
    (500, 472, "1 476,00"),
]


def test_vat_grid_beside_the_totals_keeps_its_column_captions() -> None:
    # "Montant TVA" heads the grid's column: the freight's figure right of its own caption
    # is no tax, "Total HT" no total.
    fields = _fields(_FRENCH)
    assert fields["net_amount"] == 1230.0
    assert fields["tax_amount"] == 246.0
    assert fields["total_amount"] == 1476.0


def test_invoice_date_under_its_caption_in_a_grid_of_dated_rows() -> None:
    # Each grid row dates something else under its own caption: no column of dates.
    assert _fields(_FRENCH)["invoice_date"] == "2025-02-14"


_GERMAN: Page = [
    (50, 40, "Brenner Fördertechnik GmbH, Hafenweg 3, 28197 Bremen"),
    (50, 60, "Holzbau Lindemann GmbH"),
    (50, 72, "Gartenstraße 17"),
    (50, 84, "31134 Hildesheim"),
    (360, 60, "Brenner Fördertechnik GmbH"),
    (360, 72, "Hafenweg 3"),
    (360, 84, "28197 Bremen"),
    (360, 100, "USt-IdNr. DE314159262"),
    (50, 150, "Verkauf - Rechnung 55120"),
    (50, 170, "Debitorennr."),
    (140, 170, "20417"),
    (300, 170, "Rechnungsnr."),
    (400, 170, "55120"),
    (50, 182, "USt-IdNr."),
    (140, 182, "DE246813573"),
    (300, 182, "Belegdatum"),
    (400, 182, "11.03.2025"),
    (50, 230, "Nr."),
    (100, 230, "Beschreibung"),
    (330, 230, "Menge"),
    (400, 230, "MwSt."),
    (480, 230, "Betrag"),
    (50, 246, "4410"),
    (100, 246, "Rollenbahn 2 m"),
    (330, 246, "2"),
    (400, 246, "VOLL"),
    (480, 246, "1.900,00"),
    (50, 260, "KAT-1"),
    (100, 260, "Katalog"),
    (330, 260, "1"),
    (400, 260, "ERM"),
    (480, 260, "100,00"),
    (320, 300, "Summe EUR ohne MwSt."),
    (480, 300, "2.000,00"),
    (320, 312, "19 % MwSt."),
    (480, 312, "361,00"),
    (320, 324, "7 % MwSt."),
    (480, 324, "7,00"),
    (320, 338, "Summe EUR inkl. MwSt."),
    (480, 338, "2.368,00"),
    (50, 368, "MwSt.-Betrag Spezifikation"),
    (50, 380, "MwSt.-Kennzeichen"),
    (150, 380, "MwSt. %"),
    (220, 380, "Zeilenbetrag"),
    (300, 380, "MwSt.-Bemessungsgrundl."),
    (420, 380, "MwSt.-Betrag"),
    (50, 392, "VOLL"),
    (150, 392, "19"),
    (220, 392, "1.900,00"),
    (300, 392, "1.900,00"),
    (420, 392, "361,00"),
    (50, 404, "ERM"),
    (150, 404, "7"),
    (220, 404, "100,00"),
    (300, 404, "100,00"),
    (420, 404, "7,00"),
    (220, 416, "2.000,00"),
    (300, 416, "2.000,00"),
    (420, 416, "368,00"),
]


def test_sum_without_vat_and_rate_captioned_tax_lines() -> None:
    fields = _fields(_GERMAN)
    assert fields["net_amount"] == 2000.0
    assert fields["tax_amount"] == 368.0
    assert fields["total_amount"] == 2368.0


def test_sum_in_a_currency_without_vat_is_the_net() -> None:
    rows = [
        (320.0, 300.0, "Summe EUR ohne MwSt. 2.000,00"),
        (320.0, 338.0, "Summe CHF exkl. MwSt. 80,00"),
    ]
    nets = [c.value.value for c in find_candidates(spaced_lines(rows)) if c.key == "net_amount"]
    assert nets == [2000.0, 80.0]


def test_vat_id_under_the_customer_number_is_the_buyers() -> None:
    fields = _fields(_GERMAN)
    assert fields["seller_vat_id"] == "DE314159262"
    assert fields["buyer_vat_id"] == "DE246813573"


_SPANISH: list[SizedText] = [
    (106, 54, "CAVSA", 18),
    (327, 51, "FACTURA", 12),
    (517, 53, "Original", 8),
    (106, 70, "Cementos y Áridos del Vinalopó", 7.5),
    (321, 71, "Nº factura", 6),
    (439, 71, "Fecha factura", 6),
    (321, 82, "7700321", 8),
    (439, 82, "04.02.2025", 8),
    (321, 95, "Nº cliente", 6),
    (439, 95, "Su pedido", 6),
    (321, 106, "118802", 8),
    (439, 106, "PED-5521", 8),
    (57, 128, "CAVSA · Calle Mayor, 12 · 03201 Elche", 6),
    (321, 130, "02.02.2025", 8),
    (58, 145, "Reformas Benidorm, S.L.", 9),
    (321, 142, "Albarán", 6),
    (321, 154, "4410022", 8),
    (57, 171, "Avenida del Mediterráneo 40", 9),
    (57, 184, "03503 Benidorm", 9),
    (60, 250, "Descripción", 8),
    (400, 250, "Importe", 8),
    (60, 264, "Cemento gris 25 kg", 8),
    (400, 264, "500,00", 8),
    (300, 320, "Base imponible", 8),
    (450, 320, "500,00", 8),
    (300, 334, "IVA 21,00 %", 8),
    (450, 334, "105,00", 8),
    (300, 348, "TOTAL FACTURA EUR", 8),
    (450, 348, "605,00", 8),
    (100, 800, "Cementos y Áridos del Vinalopó, S.A. · Calle Mayor, 12 · 03201 Elche", 6),
]


def test_acronym_wordmark_gives_way_to_the_legal_name_it_abbreviates() -> None:
    result: dict[str, Any] = extract_canonical(make_sized_pdf(_SPANISH))
    assert result["fields"]["seller_name"] == "Cementos y Áridos del Vinalopó, S.A."


_ITALIAN: Page = [
    (50, 40, "Fonderie Riunite Cremonesi S.p.A."),
    (50, 54, "Via Postumia 80 - 26100 Cremona (CR)"),
    (50, 66, "P.IVA IT02468130220"),
    (320, 110, "Spett.le"),
    (320, 122, "Idraulica Lodigiana S.r.l."),
    (320, 134, "Via Roma 3"),
    (320, 146, "26900 Lodi (LO)"),
    (40, 200, "Tipo doc."),
    (95, 200, "Numero"),
    (160, 200, "Cod. cliente"),
    (240, 200, "Partita IVA"),
    (340, 200, "Codice fiscale"),
    (430, 200, "Pagina"),
    (40, 212, "FATTURA"),
    (95, 212, "2025/118"),
    (160, 212, "C0093"),
    (240, 212, "IT05551230211"),
    (340, 212, "05551230211"),
    (430, 212, "1 di 1"),
    (300, 400, "Totale imponibile"),
    (450, 400, "100,00"),
    (300, 412, "Totale IVA"),
    (450, 412, "22,00"),
    (300, 424, "Totale documento"),
    (450, 424, "122,00"),
]


def test_vat_caption_beside_the_customer_code_in_a_wider_grid() -> None:
    fields = _fields(_ITALIAN)
    assert fields["seller_vat_id"] == "IT02468130220"
    assert fields["buyer_vat_id"] == "IT05551230211"


_WINDOW: list[SizedText] = [
    (48, 30, "HOFMANN SANITÄRGROSSHANDEL GMBH", 7.5),
    (48, 44, "Weserstraße 5 - 32423 Minden - Tel. 0571 8080-0", 7.5),
    (318, 106, "R E C H N U N G", 7.5),
    (48, 120, "Hofmann Sanitärgroßhandel GmbH, Weserstr. 5, 32423 Minden", 4.5),
    (318, 125, "Beleg-Nr.", 7.5),
    (380, 125, ": 3301884", 7.5),
    (48, 136, "Firma", 7.5),
    (318, 136, "Beleg-Datum", 7.5),
    (380, 136, ": 12.02.2025", 7.5),
    (48, 147, "Haustechnik Brandt GmbH", 7.5),
    (318, 147, "Kunden-Nr.", 7.5),
    (380, 147, ": 44871", 7.5),
    (48, 158, "Herrn Uwe Brandt", 7.5),
    (318, 158, "Ihr Zeichen", 7.5),
    (380, 158, ": BV Schule", 7.5),
    (318, 169, "Ihre Best.-Nr.: 77-UB", 7.5),
    (48, 172, "Lindenallee 31", 7.5),
    (318, 180, "Auftrags-Nr.", 7.5),
    (380, 180, ": A-4471", 7.5),
    (318, 187, "Lieferschein", 7.5),
    (380, 187, ": L-9902", 7.5),
    (318, 198, "Vertreter", 7.5),
    (380, 198, ": 12 Kurz", 7.5),
    (48, 201, "32756 Detmold", 7.5),
    (318, 209, "Bearbeiter", 7.5),
    (380, 209, ": KLM", 7.5),
    (48, 260, "Pos Artikel", 7.5),
    (200, 260, "Menge", 7.5),
    (400, 260, "Betrag", 7.5),
    (48, 274, "1 Eckventil", 7.5),
    (200, 274, "10", 7.5),
    (400, 274, "100,00", 7.5),
    (48, 320, "Warenwert netto", 7.5),
    (400, 320, "100,00", 7.5),
    (48, 334, "19,00 % USt", 7.5),
    (400, 334, "19,00", 7.5),
    (48, 348, "RECHNUNGSBETRAG EUR", 7.5),
    (400, 348, "119,00", 7.5),
]


def test_one_blank_line_in_the_window_beside_a_header_list() -> None:
    result: dict[str, Any] = extract_canonical(make_sized_pdf(_WINDOW))
    assert result["fields"]["buyer_address"] == "Lindenallee 31, 32756 Detmold"
