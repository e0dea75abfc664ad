"""A forwarder's invoice prints the shipment's data in a grid ("HAWB: | ... | Empfänger: |
<consignee>"): the receiver there is the goods' consignee abroad, not the customer; the
addressee in the envelope's window, under the sender's line, is billed."""

from __future__ import annotations

from facturist.engine.extraction import extract_canonical

from .conftest import make_sized_pdf

_PAGE = [
    (424, 33, "Nordkai Spedition GmbH & Co. KG", 8),
    (474, 43, "Reiherstieg 18", 8),
    (505, 53, "21107 Hamburg", 8),
    (480, 63, "USt-IdNr. DE118742032", 7),
    (40, 96, "Nordkai Spedition · Reiherstieg 18 · 21107 Hamburg", 6),
    (41, 106, "Wendland Feinwerktechnik GmbH", 9),
    (330, 106, "SPEDITIONSRECHNUNG", 11),
    (40, 119, "Versand", 9),
    (331, 119, "Rechnungs-Nr.", 8),
    (431, 119, "NKS-25-4471", 8),
    (40, 130, "Am Hafen 4", 9),
    (331, 130, "Rechnungsdatum", 8),
    (431, 130, "14.05.2025", 8),
    (40, 141, "29439 Lüchow", 9),
    (46, 196, "Sendungsdaten", 8),
    (46, 208, "MAWB:", 7),
    (94, 208, "020-4418 7731", 7),
    (217, 208, "Route:", 7),
    (265, 208, "HAM – FRA – ORD", 7),
    (387, 208, "Incoterm:", 7),
    (435, 208, "FCA Lüchow", 7),
    (46, 218, "HAWB:", 7),
    (95, 218, "NKS0071193", 7),
    (217, 218, "Empfänger:", 7),
    (264, 218, "Lakeshore Machining Inc., Racine WI, USA", 7),
    (46, 228, "Flug:", 7),
    (94, 228, "LH 8160 / 12.05.2025", 7),
    (44, 260, "Leistung", 8),
    (309, 260, "Menge", 8),
    (438, 260, "Preis EUR", 8),
    (514, 260, "Betrag EUR", 8),
    (44, 275, "Luftfracht HAM–ORD", 8),
    (318, 275, "412", 8),
    (457, 275, "2,85", 8),
    (524, 275, "1.174,20", 8),
    (44, 286, "Ausfuhranmeldung", 8),
    (327, 286, "1", 8),
    (453, 286, "65,00", 8),
    (534, 286, "65,00", 8),
    (386, 310, "Rechnungsbetrag EUR", 8),
    (521, 310, "1.239,20", 8),
]


def test_the_consignee_in_the_shipment_grid_is_not_the_buyer() -> None:
    fields = extract_canonical(make_sized_pdf(_PAGE))["fields"]
    assert fields["buyer_name"] == "Wendland Feinwerktechnik GmbH"
