"""A voucher line under a table whose code column stands right of the description."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Text = tuple[float, float, str]

_HEAD: list[Text] = [
    (50, 60, "Acme Widgets GmbH"),
    (350, 130, "Rechnungsnummer:"),
    (450, 130, "R-7"),
    (350, 144, "Rechnungsdatum:"),
    (450, 144, "05.03.2024"),
]


def _items(texts: list[Text]) -> list[dict[str, Any]]:
    pdf = make_invoice_pdf([_HEAD + texts], size=9, marks=True)
    items: list[dict[str, Any]] = extract_canonical(pdf, use_einvoice=False)["line_items"]
    return items


def test_a_voucher_under_the_table_is_no_discount_of_the_last_item() -> None:
    texts = [
        (50, 220, "Pos"),
        (80, 220, "Artikel"),
        (250, 220, "Art.-Nr."),
        (360, 220, ">Menge"),
        (450, 220, ">Einzelpreis"),
        (540, 220, ">Summe"),
        (50, 236, "1"),
        (80, 236, "Gartenschlauch 20 m"),
        (250, 236, "GS-2001"),
        (360, 236, ">2"),
        (450, 236, ">24,90 €"),
        (540, 236, ">49,80 €"),
        (50, 250, "2"),
        (80, 250, "Schlauchkupplung"),
        (250, 250, "SK-0310"),
        (360, 250, ">4"),
        (450, 250, ">3,50 €"),
        (540, 250, ">14,00 €"),
        (250, 264, "Gutschein Frühjahr"),
        (540, 264, ">-10,00 €"),
        (400, 290, "Gesamtbetrag"),
        (540, 290, ">53,80 €"),
    ]
    items = _items(texts)
    assert [(i["description"], i["amount"]) for i in items][:2] == [
        ("Gartenschlauch 20 m", 49.8),
        ("Schlauchkupplung", 14.0),
    ]


def test_a_size_or_a_model_number_opens_no_code_left_of_a_centred_caption() -> None:
    texts = [
        (53, 247, "Qty"),
        (103, 247, "Item No."),
        (253, 247, "Description"),
        (439, 247, ">Unit Price"),
        (518, 247, ">Total"),
        (76, 265, ">12"),
        (84, 265, "CUP-8OZ-DW"),
        (165, 265, "8oz double wall cups (carton of 500)"),
        (446, 265, ">$68.40"),
        (518, 265, ">$820.80"),
        (76, 281, ">2"),
        (84, 281, "NAP-DIN-2P"),
        (164, 281, "Dinner napkins 2-ply white (case)"),
        (446, 281, ">$54.00"),
        (518, 281, ">$108.00"),
        (76, 297, ">1"),
        (84, 297, "MCB-32-DP"),
        (164, 297, "Schneider Easy9 MCB 32A Double Pole"),
        (446, 297, ">$24.00"),
        (518, 297, ">$24.00"),
        (440, 330, "Subtotal:"),
        (518, 330, ">$952.80"),
    ]
    assert [i["description"] for i in _items(texts)] == [
        "8oz double wall cups (carton of 500)",
        "Dinner napkins 2-ply white (case)",
        "Schneider Easy9 MCB 32A Double Pole",
    ]


def test_a_listed_items_date_and_rate_cells_are_no_part_of_its_name() -> None:
    texts = [
        (52, 240, "Prestation"),
        (363, 240, "Date"),
        (448, 240, ">Taux TVA"),
        (544, 240, ">Montant TTC"),
        (52, 263, "Aller : Paris Gare de Lyon - Lyon Part-Dieu"),
        (363, 263, "04/03/2024"),
        (448, 263, ">10,0 %"),
        (544, 263, ">89,00 €"),
        (52, 290, "Forfait LibreBox Pop"),
        (330, 290, "01/04 - 30/04"),
        (448, 290, ">20,0 %"),
        (544, 290, ">29,99 €"),
        (400, 330, "TOTAL TTC"),
        (544, 330, ">118,99 €"),
    ]
    assert [i["description"] for i in _items(texts)] == [
        "Aller : Paris Gare de Lyon - Lyon Part-Dieu",
        "Forfait LibreBox Pop",
    ]


def test_a_host_name_or_a_worded_period_under_an_item_is_no_part_of_its_name() -> None:
    texts = [
        (57, 266, "Description"),
        (363, 266, ">Quantité"),
        (453, 266, ">Prix unitaire HT"),
        (538, 266, ">Prix total HT"),
        (57, 288, "VPS Comfort 4 vCore 8 Go RAM"),
        (361, 288, ">1"),
        (454, 288, ">13,20 €"),
        (539, 288, ">13,20 €"),
        (63, 300, "vps-7f3a21c.vps.nuageo.net"),
        (57, 322, "Adresse IP Failover additionnelle"),
        (361, 322, ">2"),
        (454, 322, ">2,00 €"),
        (539, 322, ">4,00 €"),
        (63, 334, "Du 14/03/2024 au 13/04/2024"),
        (419, 360, "Total HT"),
        (539, 360, ">17,20 €"),
    ]
    assert [i["description"] for i in _items(texts)] == [
        "VPS Comfort 4 vCore 8 Go RAM",
        "Adresse IP Failover additionnelle",
    ]


def test_a_bracketed_word_wraps_a_name_left_of_its_centred_caption() -> None:
    texts = [
        (171, 285, "DESCRIPTION"),
        (386, 285, ">HOURS"),
        (442, 285, ">RATE"),
        (514, 285, ">AMOUNT"),
        (77, 303, "Website updates - taproom events page & menu"),
        (391, 303, ">6.5"),
        (453, 303, ">$70.00"),
        (518, 303, ">$455.00"),
        (77, 316, "(Squarespace)"),
        (77, 337, "Print-ready files for can"),
        (391, 337, ">3"),
        (453, 337, ">$85.00"),
        (518, 337, ">$255.00"),
        (440, 370, "Subtotal"),
        (518, 370, ">$710.00"),
    ]
    assert [i["description"] for i in _items(texts)] == [
        "Website updates - taproom events page & menu (Squarespace)",
        "Print-ready files for can",
    ]
