"""Design templates: the issuer's captioned block prints only the address ("ÉMETTRICE" /
"8 rue des Tanneurs"), the name stands large in the header; a trade line under the name
("Text & Lektorat") is no part of the address."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_invoice_pdf, make_sized_pdf

_ITEMS: list[SizedText] = [
    (60, 340, "DESCRIPTION", 9),
    (370, 340, "PRIX", 9),
    (440, 340, "QTÉ", 9),
    (510, 340, "TOTAL", 9),
    (60, 370, "Identité visuelle", 10),
    (360, 370, "1 200,00 €", 10),
    (446, 370, "1", 10),
    (500, 370, "1 200,00 €", 10),
    (410, 420, "Total HT", 10),
    (500, 420, "1 200,00 €", 10),
    (410, 440, "TVA 0 %", 10),
    (520, 440, "0,00 €", 10),
    (360, 470, "TOTAL À PAYER", 10),
    (490, 470, "1 200,00 €", 10),
    (60, 560, "TVA non applicable, art. 293 B du CGI", 9),
    (470, 780, "Merci !", 12),
]


def test_emettrice_block_without_a_name_takes_the_header_name() -> None:
    texts: list[SizedText] = [
        (470, 60, "N° F-2025-031", 10),
        (465, 78, "Date : 14/03/2025", 10),
        (65, 75, "FACTURE", 40),
        (63, 137, "Inès Mercier", 14),
        (63, 157, "Graphiste & illustratrice — EI", 10),
        (63, 230, "FACTURÉ À", 9),
        (341, 230, "ÉMETTRICE", 9),
        (63, 248, "Librairie Les Pages SARL", 10),
        (341, 248, "8 rue des Tanneurs", 10),
        (63, 261, "23 rue Mercière", 10),
        (341, 261, "69001 Lyon", 10),
        (63, 275, "69002 Lyon", 10),
        (341, 275, "ines@mercier-graphisme.fr", 10),
        (341, 289, "SIRET 842 156 309 00028", 10),
        *_ITEMS,
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Inès Mercier"
    assert fields["seller_address"] == "8 rue des Tanneurs, 69001 Lyon"
    assert fields["buyer_name"] == "Librairie Les Pages SARL"


def test_von_block_keeps_the_person_and_drops_the_trade_line() -> None:
    rows = [
        (316, 57, "RECHNUNG"),
        (43, 135, "Von:"),
        (312, 135, "An:"),
        (43, 152, "Jana Vogt"),
        (312, 152, "Verlag Hagebutte GmbH"),
        (43, 165, "Text & Lektorat"),
        (312, 165, "Marienstraße 3"),
        (43, 179, "Schillerstraße 14"),
        (312, 179, "30171 Hannover"),
        (43, 192, "04109 Leipzig"),
        (49, 262, "Rechnungs-Nr."),
        (177, 262, "Datum"),
        (49, 281, "2025-014"),
        (176, 281, "07.03.2025"),
        (57, 330, "Menge"),
        (100, 330, "Beschreibung"),
        (416, 330, "Einzelpreis"),
        (511, 330, "Gesamt"),
        (77, 347, "38"),
        (100, 347, "Lektorat Manuskript"),
        (438, 347, "6,50 €"),
        (505, 347, "247,00 €"),
        (392, 533, "Gesamtbetrag"),
        (501, 533, "247,00 €"),
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Jana Vogt"
    assert fields["seller_address"] == "Schillerstraße 14, 04109 Leipzig"


def test_a_salesperson_row_in_the_header_grid_heads_no_issuer_block() -> None:
    # "Verkäufer | Sabine Kolb" is a caption | value row (the salesperson), and the table's
    # first row under it starts with a figure: no nameless issuer block, so the big logo
    # letters "RIH" are not the seller; the legal name printed under the logo is.
    texts: list[SizedText] = [
        (53, 50, "Rechnung", 18),
        (475, 70, "RIH", 12),
        (371, 100, "Remscheider Industriebedarf Hahn GmbH & Co. KG", 6),
        (463, 109, "Neuenkamper Straße 90", 6),
        (484, 118, "42855 Remscheid", 6),
        (52, 150, "Brenntrup Antriebstechnik GmbH", 9),
        (52, 162, "Am Lenkwerk 7", 9),
        (52, 174, "33609 Bielefeld", 9),
        (340, 200, "Rechnungsnr.", 8),
        (500, 200, "RE-2025-04412", 8),
        (340, 212, "Datum", 8),
        (500, 212, "12.04.2025", 8),
        (340, 224, "Verkäufer", 8),
        (502, 224, "Sabine Kolb", 8),
        (54, 250, "Nr.", 8),
        (111, 250, "Beschreibung", 8),
        (324, 250, "Menge", 8),
        (415, 250, "Preis", 8),
        (526, 250, "Betrag", 8),
        (54, 264, "100-2210", 8),
        (111, 264, "Spiralbohrer HSS-E 6,8 mm", 8),
        (341, 264, "10", 8),
        (433, 264, "4,86", 8),
        (530, 264, "48,60", 8),
        (420, 300, "Nettobetrag", 8),
        (530, 300, "48,60", 8),
        (420, 312, "USt. 19 %", 8),
        (530, 312, "9,23", 8),
        (420, 324, "Gesamtbetrag", 8),
        (530, 324, "57,83", 8),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Remscheider Industriebedarf Hahn GmbH & Co. KG"
