"""Three-box overviews of e-invoice viewer prints: each party's box, the invoice's data box.

Conventions:
- XRechnung / ZUGFeRD viewers (the KoSIT style sheet and its kin) print an overview of three
  boxes side by side, "Käufer | Verkäufer | Rechnungsdaten" ("Buyer | Seller | Invoice data"),
  each a caption | value listing. A row that names both parties' boxes is a row of section
  heads whatever else it titles, and a VAT ID listed in the seller's box is the seller's.
- Viewers list each invoice line as a block under its heading ("Position 1", "Line 2",
  "Rechnungsposition 3 von 5"), one caption | value row per business term; the line's net
  ("Gesamtpreis (netto)", BT-131) and its rate ("Steuersatz | 19 %") are that position's,
  never the document's totals, which the viewer prints in a block of their own.
- Narrow boxes wrap both parties' names and addresses side by side ("Isarwerk Software" /
  "GmbH", "Industriestraße 45," / "28195 Bremen, DE"): a wrapped value goes on in its own
  box's value column, never the next box's.
- A box about the invoice ("Angaben zur Rechnung", "Belegdaten", "Invoice data") captions
  the invoice's number with a bare "Nummer" / "Nr.", even beside a party's box.
- German letters address the reader: "Ihre USt-IdNr." is the buyer's ID, "Unsere USt-IdNr."
  the seller's ("Your" / "Our VAT No." in English).
"""

from __future__ import annotations

from facturist.engine.labels import SELLER_SECTION
from facturist.engine.partycaptions import section_name

from .conftest import Page, header_values, spaced_lines

_TOTALS: Page = [
    (56, 180, "Rechnungsbeträge"),
    (56, 200, "Summe aller Positionen netto"),
    (300, 200, "287,08"),
    (56, 212, "Summe Umsatzsteuer"),
    (300, 212, "54,55"),
    (56, 224, "Gesamtsumme mit Umsatzsteuer"),
    (300, 224, "341,63"),
    (56, 236, "Fälliger Betrag"),
    (300, 236, "341,63"),
]


def _overview(buyer_id: bool = False) -> Page:
    """Käufer | Verkäufer | Rechnungsdaten, each box a caption | value listing."""
    rows: Page = [
        (51, 47, "Rechnung"),
        (56, 79, "Käufer"),
        (224, 79, "Verkäufer"),
        (393, 79, "Rechnungsdaten"),
        (56, 97, "Name"),
        (117, 97, "Kita Arche"),
        (224, 97, "Name"),
        (265, 97, "Nordlicht GmbH"),
        (393, 97, "Rechnungsnummer"),
        (470, 97, "RE-2024-10417"),
        (56, 109, "Straße"),
        (117, 109, "Alte Poststraße 31"),
        (224, 109, "Straße"),
        (265, 109, "Kastanienweg 5"),
        (393, 109, "Rechnungsdatum"),
        (470, 109, "05.03.2024"),
        (56, 120, "Ort"),
        (117, 120, "04109 Leipzig"),
        (224, 120, "Ort"),
        (265, 120, "20457 Hamburg"),
        (393, 120, "Währung"),
        (470, 120, "EUR"),
        (224, 131, "USt-IdNr."),
        (265, 131, "DE557521411"),
        (393, 131, "Fälligkeitsdatum"),
        (470, 131, "04.04.2024"),
    ]
    if buyer_id:
        rows += [(56, 131, "USt-IdNr."), (117, 131, "DE800591315")]
    return rows


def test_the_vat_id_in_the_seller_box_of_a_three_box_overview() -> None:
    values = header_values([*_overview(), *_TOTALS])
    assert values["seller_vat_id"] == "DE557521411"
    values = header_values([*_overview(buyer_id=True), *_TOTALS])
    assert values["seller_vat_id"] == "DE557521411"


def test_our_vat_id_is_the_sellers_your_vat_id_the_buyers() -> None:
    rows: Page = [
        (50, 50, "ALBIS FEINMECHANIK GMBH"),
        (50, 66, "Kastanienweg 5 · 24103 Kiel"),
        (50, 92, "Rechnung"),
        (50, 108, "Belegnummer:"),
        (171, 108, "80014577"),
        (50, 120, "Belegdatum:"),
        (171, 120, "03.09.2024"),
        (50, 133, "Fälligkeitsdatum:"),
        (171, 133, "03.10.2024"),
        (50, 145, "Währung:"),
        (170, 145, "EUR"),
        (50, 157, "Kunde:"),
        (170, 157, "Hotel Seeblick Betriebs GmbH"),
        (50, 170, "Lieferanschrift:"),
        (170, 170, "Kastanienweg 5, 50667 Köln"),
        (50, 182, "Ihre USt-IdNr.:"),
        (170, 182, "DE800591315"),
        (50, 194, "Unsere USt-IdNr.:"),
        (170, 194, "DE253900936"),
        (258, 342, "Warenwert netto"),
        (450, 342, "3.107,84"),
        (258, 354, "Umsatzsteuer 19 % auf 3.107,84"),
        (450, 354, "590,49"),
        (258, 367, "Gesamtbetrag EUR"),
        (450, 367, "3.698,33"),
    ]
    values = header_values(rows)
    assert values["buyer_name"] == "Hotel Seeblick Betriebs GmbH"
    assert values["seller_vat_id"] == "DE253900936"


def _position(number: int, top: float, price: str, amount: str) -> Page:
    rows = [
        "Positionsnummer",
        str(number),
        "Artikelname",
        f"Artikel {number}",
        "Menge",
        "1,00",
        "Preis pro Einheit (netto)",
        price,
        "Gesamtpreis (netto)",
        amount,
        "Umsatzsteuersatz in %",
        "19,00",
    ]
    page: Page = [(55, top, f"Position {number}")]
    for row in range(len(rows) // 2):
        page += [
            (51, top + 17 + 12 * row, rows[2 * row]),
            (230, top + 17 + 12 * row, rows[2 * row + 1]),
        ]
    return page


def test_a_positions_net_is_no_document_total() -> None:
    positions = [
        *_position(1, 260, "8,14", "81,40"),
        *_position(2, 360, "1,05", "52,50"),
        *_position(3, 460, "9,94", "99,40"),
        *_position(4, 560, "26,89", "53,78"),
    ]
    values = header_values([*_overview(), *_TOTALS, (51, 250, "Positionen"), *positions])
    assert values["net_amount"] == 287.08
    assert values["tax_amount"] == 54.55
    assert values["total_amount"] == 341.63


def test_a_bare_number_caption_in_the_box_about_the_invoice() -> None:
    rows: Page = [
        (51, 38, "Hanse Bürowelt GmbH"),
        (51, 60, "Kastanienweg 5, 50667 Köln"),
        (56, 113, "Rechnungsempfänger"),
        (308, 113, "Angaben zur Rechnung"),
        (56, 131, "Rothaus Getränke GmbH"),
        (308, 131, "Nummer"),
        (380, 131, "WDM-24-0930"),
        (56, 143, "Robert-Bosch-Straße 14"),
        (308, 143, "Datum"),
        (380, 143, "30.09.2024"),
        (56, 154, "20457 Hamburg"),
        (308, 154, "Währung"),
        (380, 154, "EUR"),
    ]
    values = header_values([*rows, *_TOTALS])
    assert values["invoice_number"] == "WDM-24-0930"


def test_names_and_addresses_wrapped_in_side_by_side_boxes() -> None:
    rows: Page = [
        (52, 46, "Invoice"),
        (442, 46, "XRechnung 3.0 · visualisation"),
        (56, 79, "Buyer"),
        (224, 79, "Seller"),
        (393, 79, "Invoice data"),
        (56, 97, "Name"),
        (124, 97, "Autohaus Brandt"),
        (224, 97, "Name"),
        (283, 97, "Isarwerk Software"),
        (393, 97, "Invoice number"),
        (470, 97, "INV-2024-00552"),
        (124, 107, "GmbH & Co. KG"),
        (283, 107, "GmbH"),
        (393, 107, "Invoice date"),
        (470, 107, "11.03.2024"),
        (56, 118, "Address"),
        (124, 118, "Werftstraße 160,"),
        (224, 118, "Address"),
        (283, 118, "Industriestraße 45,"),
        (393, 118, "Currency"),
        (470, 118, "EUR"),
        (124, 128, "20457 Hamburg"),
        (283, 128, "28195 Bremen, DE"),
        (224, 139, "VAT identifier"),
        (283, 139, "DE528342705"),
    ]
    seller = section_name(spaced_lines(rows), SELLER_SECTION)
    assert seller is not None and seller.value == "Isarwerk Software GmbH"
    values = header_values([*rows, *_TOTALS])
    assert values["seller_name"] == "Isarwerk Software GmbH"
    assert values["seller_address"] == "Industriestraße 45, 28195 Bremen, DE"
    assert values["seller_vat_id"] == "DE528342705"
