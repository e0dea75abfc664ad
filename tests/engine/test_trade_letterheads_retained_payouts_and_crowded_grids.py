"""Trades' invoices: a letterhead centred over its own address line above the addressee's
legal-form block, a payout after a retention under the remainder of the payments on
account, two figures crowding under the amount's caption in a spreadsheet grid, a title
carrying its number in one heading, a subject line's "Ihre Offerte ... /" before the
seller's VAT ID, and a sidebar naming the firm's trade and owner a blank line over its
street."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.tables import line_items

from .conftest import Drawn, SizedText, make_aligned_pdf, make_invoice_pdf, make_pdf

Page = list[tuple[float, float, str]]


def _read(pdf: bytes) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)
    return result


def test_a_centred_letterhead_over_its_address_line_is_the_seller() -> None:
    texts: list[SizedText] = [
        (297, 44, "=Malerbetrieb Jana Wolter", 18),
        (297, 67, "=Malermeisterin · Fassaden · Innenraum · Bodenbeläge", 9),
        (297, 81, "=Talweg 7 · 35037 Marburg · Tel. 06421 48 22 10", 9),
        (57, 134, "Immobilien Lenz & Partner GmbH", 10),
        (57, 148, "Herr Paul Reiter", 10),
        (57, 162, "Bahnhofstraße 31", 10),
        (57, 176, "35037 Marburg", 10),
        (420, 134, "Marburg, den 17. Mai 2024", 10),
        (57, 218, "Rechnung Nr. 2024-118", 11),
        (60, 330, "Pos.", 9),
        (100, 330, "Leistung", 9),
        (500, 330, "GP in €", 9),
        (60, 348, "1", 9),
        (100, 348, "Wandflächen streichen", 9),
        (535, 348, ">1.000,00", 9),
        (330, 380, "Zwischensumme netto", 9),
        (535, 380, ">1.000,00 €", 9),
        (330, 395, "zzgl. 19 % Mehrwertsteuer", 9),
        (535, 395, ">190,00 €", 9),
        (330, 410, "Rechnungsbetrag", 9),
        (535, 410, ">1.190,00 €", 9),
        (57, 550, "Jana Wolter", 10),
        (150, 780, "USt-IdNr. DE136695976 · Steuernummer 031/225/11839", 7),
    ]
    fields = _read(make_aligned_pdf(texts))["fields"]
    assert fields["seller_name"] == "Malerbetrieb Jana Wolter"
    assert fields["buyer_name"] == "Immobilien Lenz & Partner GmbH"
    assert fields["seller_address"] == "Talweg 7, 35037 Marburg"


_HEAD: Page = [
    (50, 60, "Bau Krämer GmbH"),
    (50, 74, "Mühlweg 4, 97070 Würzburg"),
    (50, 88, "USt-IdNr: DE123456789"),
    (50, 130, "Kunde:"),
    (50, 144, "Beta Kunden AG"),
    (350, 130, "Rechnungsnummer:"),
    (450, 130, "SR-24-031"),
    (350, 144, "Rechnungsdatum:"),
    (450, 144, "28.06.2024"),
]


def test_the_payout_after_a_retention_under_the_remainder_is_the_amount_due() -> None:
    rows = [
        ("Schlussrechnungssumme brutto", "11.900,00"),
        ("abzgl. 1. Abschlagszahlung v. 15.03.2024 (brutto)", "-5.000,00"),
        ("Restforderung", "6.900,00"),
        ("abzgl. Sicherheitseinbehalt 5% der Bruttoabrechnungssumme", "-595,00"),
        ("Auszahlungsbetrag", "6.305,00"),
    ]
    page = [
        *_HEAD,
        (60, 220, "Pos."),
        (100, 220, "Bezeichnung"),
        (490, 220, "Betrag"),
        (60, 240, "1"),
        (100, 240, "Rohbauarbeiten"),
        (490, 240, "10.000,00"),
        (200, 290, "Summe netto"),
        (490, 290, "10.000,00"),
        (200, 305, "MwSt. 19%"),
        (490, 305, "1.900,00"),
        *[(200, 320 + 15 * i, caption) for i, (caption, _) in enumerate(rows)],
        *[(490, 320 + 15 * i, figure) for i, (_, figure) in enumerate(rows)],
    ]
    fields = _read(make_invoice_pdf([page]))["fields"]
    assert fields["total_amount"] == 11900.0
    assert fields["amount_due"] == 6305.0


def _ocr_words(rows: list[tuple[float, list[tuple[float, float, str]]]]) -> list[Word]:
    """Words of a scan in pixels: (y, [(x0, x1, text), ...]) rows, 35 pixels high."""
    return [Word(text, Box(1, x0, y, x1, y + 35), 0.95) for y, row in rows for x0, x1, text in row]


def test_a_price_crowding_under_the_amounts_caption_is_told_by_the_product() -> None:
    # A spreadsheet's grid scanned at 170 dpi: captions at their cells' left edges, figures
    # right-aligned at the right edges; the price ends right before the amount's caption.
    words = _ocr_words(
        [
            (519, [(142, 174, "Nr."), (206, 292, "Leistung"), (755, 823, "Menge")]),
            (519, [(884, 907, "ME"), (957, 985, "EP"), (990, 1003, "€")]),
            (519, [(1108, 1170, "Betrag"), (1175, 1188, "€")]),
            (605, [(136, 161, "2"), (211, 298, "Erdaushub"), (310, 397, "Baugrube")]),
            (605, [(804, 870, "146,00"), (874, 910, "m³"), (1044, 1097, "18,50")]),
            (605, [(1190, 1272, "2.701,00")]),
            (644, [(134, 159, "3"), (211, 375, "Streifenfundamente"), (815, 867, "38,40")]),
            (644, [(880, 903, "m³"), (1035, 1094, "195,00"), (1189, 1269, "7.488,00")]),
            (683, [(136, 159, "4"), (206, 317, "Bodenplatte"), (801, 869, "112,00")]),
            (683, [(876, 910, "m²"), (1041, 1096, "64,00"), (1190, 1270, "7.168,00")]),
            (826, [(422, 490, "Summe"), (497, 540, "netto"), (1181, 1272, "17.357,00")]),
        ]
    )
    items = line_items(build_lines(PageText(1, 1406, 1988, words, source="ocr")))
    assert [
        tuple(item[k].value for k in ("quantity", "unit_price", "amount")) for item in items
    ] == [
        (146.0, 18.5, 2701.0),
        (38.4, 195.0, 7488.0),
        (112.0, 64.0, 7168.0),
    ]


def test_a_title_with_its_number_in_one_heading_and_a_vat_id_after_the_offer() -> None:
    page = [
        (50, 60, "Schreinerei Arnold AG"),
        (50, 74, "Industriestrasse 14, 6340 Baar"),
        (340, 128, "Herr"),
        (340, 142, "Reto Gisler"),
        (340, 156, "Chamerstrasse 88"),
        (340, 170, "6300 Zug"),
        (50, 128, "Baar, 19.07.2024"),
        (50, 196, "Schlussrechnung 2400217"),
        (50, 228, "Ihre Offerte vom 06.03.2024 / MWST-Nr. CHE-108.735.241 MWST"),
        (50, 260, "Bezeichnung"),
        (340, 260, "Menge"),
        (420, 260, "Preis"),
        (490, 260, "Total CHF"),
        (50, 276, "Einbauschrank Eiche"),
        (340, 276, "1.00"),
        (420, 276, "6'480.00"),
        (490, 276, "6'480.00"),
        (310, 320, "Total exkl. MWST"),
        (490, 320, "6'480.00"),
        (310, 334, "MWST 8.1 %"),
        (490, 334, "524.90"),
        (310, 348, "Total inkl. MWST"),
        (490, 348, "7'004.90"),
    ]
    fields = _read(make_invoice_pdf([page]))["fields"]
    assert fields["invoice_number"] == "2400217"
    assert fields["seller_vat_id"] == "CHE108735241"


def test_a_sidebar_names_trade_and_owner_a_blank_line_over_its_street() -> None:
    side = [
        "Hofbauer Bau GmbH",
        "Baumeister",
        "Ing. Gerald Hofbauer",
        "",
        "Linzer Straße 44",
        "4600 Wels",
        "",
        "T +43 7242 41 87 0",
        "",
        "UID: ATU64218377",
    ]
    drawn = [Drawn(23, 125 + 10.2 * i, text, size=7.2) for i, text in enumerate(side) if text]
    drawn += [
        Drawn(165, 113.4, "Frau"),
        Drawn(165, 127, "Mag. Verena Pichler"),
        Drawn(165, 140.6, "Schulweg 12"),
        Drawn(165, 154.2, "4614 Marchtrenk"),
        Drawn(165, 193, "3. Teilrechnung", size=15, bold=True),
        Drawn(165, 220, "Rechnungsnummer", size=8.5),
        Drawn(270, 220, "2024/0311", size=8.5),
        Drawn(165, 232, "Rechnungsdatum", size=8.5),
        Drawn(270, 232, "14.03.2024", size=8.5),
        Drawn(165, 290, "Pos", size=8.3),
        Drawn(205, 290, "Leistung", size=8.3),
        Drawn(533, 290, "Betrag", size=8.3),
        Drawn(165, 311, "03.01", size=8.3),
        Drawn(205, 311, "Ziegelmauerwerk 25 cm", size=8.3),
        Drawn(558, 311, "10.000,00", size=8.3, align="right"),
        Drawn(340, 390, "Summe netto", size=8.3),
        Drawn(558, 390, "EUR 10.000,00", size=8.3, align="right"),
        Drawn(340, 405, "zuzüglich 20 % USt", size=8.3),
        Drawn(558, 405, "EUR 2.000,00", size=8.3, align="right"),
        Drawn(340, 421, "Rechnungsbetrag brutto", size=8.3),
        Drawn(558, 421, "EUR 12.000,00", size=8.3, align="right"),
    ]
    fields = _read(make_pdf(drawn))["fields"]
    assert fields["seller_name"] == "Hofbauer Bau GmbH"
    assert fields["seller_address"] == "Linzer Straße 44, 4600 Wels"
