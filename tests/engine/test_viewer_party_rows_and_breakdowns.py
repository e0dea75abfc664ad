"""E-invoice viewer prints: identifier rows, bilingual party rows, VAT breakdown boxes and the
document-type heading.

Conventions:
- A viewer's party box may open with the party's identifier row (EN 16931 BT-29/BT-46,
  "Käuferkennung | 0815-K", "Buyer identifier | ..."): an identifier row is never the
  party's name; the name is the "Firmenname" / "Name" row under it.
- A bilingual viewer captions each row in two languages ("Straße / Street", "PLZ, Ort /
  Post code, city") under a bilingual heading ("Verkäufer / Seller"): the party's address is
  assembled from its street row and its postcode and town row.
- The document totals ("Gesamtsumme netto", "Summe Umsatzsteuer") come before the VAT
  breakdown boxes, each of which prints its own "Gesamtsumme netto" (the category's taxable
  base): the document's net and tax are the totals box's, never a breakdown box's.
- A viewer's heading line names the document type with its code and then the number
  ("Gutschrift (381) | Nr. GS-77 | vom | 01.02.2025"): the number is the document's, not a
  party's "Nummer:" row.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]


def _extract(rows: list[Row]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    return result


_TOTALS_DE: list[Row] = [
    (300, 640, "Summe netto"),
    (450, 640, "410,00"),
    (300, 654, "USt. 19 %"),
    (450, 654, "77,90"),
    (300, 668, "Gesamtbetrag"),
    (450, 668, "487,90"),
]


def test_an_identifier_row_opening_the_buyer_box_is_no_name() -> None:
    rows: list[Row] = [
        (50, 50, "Rechnung"),
        (50, 100, "Käufer"),
        (300, 100, "Verkäufer"),
        (50, 120, "Käuferkennung"),
        (170, 120, "0815-KRS"),
        (300, 120, "Firmenname"),
        (410, 120, "Holzmann Werkzeuge GmbH"),
        (50, 134, "Firmenname"),
        (170, 134, "Kreisverwaltung Nordheim"),
        (300, 134, "Straße"),
        (410, 134, "Werkstraße 9"),
        (50, 148, "Straße"),
        (170, 148, "Am Rathaus 3"),
        (300, 148, "PLZ"),
        (410, 148, "34117"),
        (50, 162, "PLZ"),
        (170, 162, "99084"),
        (300, 162, "Ort"),
        (410, 162, "Kassel"),
        (50, 176, "Ort"),
        (170, 176, "Erfurt"),
        (50, 220, "Rechnungsnummer"),
        (200, 220, "HW-2024-118"),
        (50, 234, "Rechnungsdatum"),
        (200, 234, "11.03.2024"),
        *_TOTALS_DE,
    ]
    fields = _extract(rows)["fields"]
    assert fields["buyer_name"] == "Kreisverwaltung Nordheim"


def test_an_english_identifier_row_is_no_name() -> None:
    rows: list[Row] = [
        (50, 50, "Invoice"),
        (50, 100, "Buyer"),
        (300, 100, "Seller"),
        (50, 120, "Buyer identifier"),
        (170, 120, "C-4471"),
        (300, 120, "Company name"),
        (410, 120, "Holzmann Tools Ltd"),
        (50, 134, "Company name"),
        (170, 134, "Harbour View Hotels Ltd"),
        (300, 134, "Street"),
        (410, 134, "9 Mill Lane"),
        (50, 148, "Street"),
        (170, 148, "3 Quay Road"),
        (50, 220, "Invoice number"),
        (200, 220, "HT-2024-118"),
        (50, 234, "Invoice date"),
        (200, 234, "11.03.2024"),
        *_TOTALS_DE,
    ]
    fields = _extract(rows)["fields"]
    assert fields["buyer_name"] == "Harbour View Hotels Ltd"


def _bilingual_party(y: float, heading: str, name: str, street: str, town: str) -> list[Row]:
    return [
        (50, y, heading),
        (50, y + 16, "Name / Name"),
        (250, y + 16, name),
        (50, y + 30, "Straße / Street"),
        (250, y + 30, street),
        (50, y + 44, "PLZ, Ort / Post code, city"),
        (250, y + 44, town),
        (50, y + 58, "Land / Country"),
        (250, y + 58, "DE"),
        (50, y + 72, "Kontakt / Contact"),
        (250, y + 72, "Jana Roth"),
    ]


def test_bilingual_party_rows_give_the_whole_address() -> None:
    rows: list[Row] = [
        (50, 40, "Rechnung / Invoice"),
        (50, 70, "Rechnungsnummer / Invoice number"),
        (250, 70, "RT-2024-0042"),
        (50, 84, "Rechnungsdatum / Issue date"),
        (250, 84, "03.06.2024"),
        *_bilingual_party(
            130, "Verkäufer / Seller", "Roth Laborbedarf GmbH", "Uferweg 12", "68159 Mannheim"
        ),
        *_bilingual_party(
            250, "Käufer / Buyer", "Gemeindewerke Talheim", "Schulstraße 4", "74388 Talheim"
        ),
        *_TOTALS_DE,
    ]
    fields = _extract(rows)["fields"]
    assert fields["seller_name"] == "Roth Laborbedarf GmbH"
    assert fields["buyer_name"] == "Gemeindewerke Talheim"
    assert fields["seller_address"].startswith("Uferweg 12, 68159 Mannheim")
    assert fields["buyer_address"].startswith("Schulstraße 4, 74388 Talheim")


def _breakdown(y: float, base: str, rate: str, tax: str) -> list[Row]:
    return [
        (50, y, "Aufschlüsselung Umsatzsteuer"),
        (50, y + 18, "Umsatzsteuerkategorie"),
        (250, y + 18, "Umsatzsteuer, Normalsatz (S)"),
        (50, y + 31, "Gesamtsumme netto"),
        (250, y + 31, base),
        (50, y + 44, "Umsatzsteuersatz"),
        (250, y + 44, rate),
        (50, y + 57, "Umsatzsteuerbetrag"),
        (250, y + 57, tax),
    ]


def test_breakdown_boxes_after_the_totals_keep_the_totals_net_and_tax() -> None:
    rows: list[Row] = [
        (50, 40, "Rechnung"),
        (50, 60, "Rechnungsnummer"),
        (250, 60, "2024/05/311"),
        (50, 73, "Rechnungsdatum"),
        (250, 73, "28.05.2024"),
        (50, 300, "Gesamtbeträge"),
        (50, 318, "Summe aller Positionen"),
        (250, 318, "700,00"),
        (50, 331, "Gesamtsumme netto"),
        (250, 331, "700,00"),
        (50, 344, "Summe Umsatzsteuer"),
        (250, 344, "121,00"),
        (50, 357, "Gesamtsumme brutto"),
        (250, 357, "821,00"),
        (50, 370, "Fälliger Betrag"),
        (250, 370, "821,00"),
        *_breakdown(420, "500,00", "19,00%", "95,00"),
        *_breakdown(510, "200,00", "13,00%", "26,00"),
    ]
    fields = _extract(rows)["fields"]
    assert fields["net_amount"] == 700.0
    assert fields["tax_amount"] == 121.0
    assert fields["total_amount"] == 821.0


def test_a_credit_note_heading_gives_the_number_not_the_buyers() -> None:
    rows: list[Row] = [
        (50, 40, "Visualisierung"),
        (50, 170, "Gutschrift (381)"),
        (210, 170, "Nr. GN-2024-0031"),
        (360, 170, "vom"),
        (392, 170, "14.02.2024"),
        (50, 190, "Währung:"),
        (200, 190, "EUR"),
        (50, 230, "Verkäufer"),
        (50, 250, "Name:"),
        (200, 250, "Holzmann Werkzeuge GmbH"),
        (50, 263, "Anschrift:"),
        (200, 263, "Werkstraße 9"),
        (200, 276, "DE 34117 Kassel"),
        (50, 340, "Käufer"),
        (50, 360, "Nummer:"),
        (200, 360, "30418"),
        (50, 373, "Name:"),
        (200, 373, "Gasthaus Lindner OHG"),
        (50, 386, "Anschrift:"),
        (200, 386, "Dorfplatz 2"),
        (200, 399, "DE 97070 Würzburg"),
        *_TOTALS_DE,
    ]
    fields = _extract(rows)["fields"]
    assert fields["invoice_number"] == "GN-2024-0031"
