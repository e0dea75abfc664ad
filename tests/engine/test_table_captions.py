"""Item tables headed by less usual captions, and the rows' details told from their names."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf, make_sized_pdf

_HEAD: list[tuple[float, float, str]] = [
    (50, 60, "Acme Widgets GmbH"),
    (350, 130, "Invoice number:"),
    (450, 130, "INV-7"),
    (350, 144, "Invoice date:"),
    (450, 144, "05.03.2024"),
]

Row = tuple[float, float, str]


def _items(rows: list[Row]) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def _figures(items: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items]


def test_a_bare_currency_caption_heads_the_amount_column() -> None:
    rows: list[Row] = [
        (60, 220, "Art.-Nr."),
        (120, 220, "Bezeichnung"),
        (330, 220, "Menge"),
        (370, 220, "ME"),
        (430, 220, "Preis"),
        (510, 220, "EUR"),
        (60, 240, "NL-2201"),
        (120, 240, "LED-Par 64"),
        (340, 240, "8"),
        (370, 240, "Stk"),
        (425, 240, "129,00"),
        (500, 240, "1.032,00"),
        (60, 256, "NL-0410"),
        (120, 256, "DMX-Kabel 10 m"),
        (340, 256, "12"),
        (370, 256, "Stk"),
        (430, 256, "11,90"),
        (505, 256, "142,80"),
        (370, 290, "Netto"),
        (500, 290, "1.174,80"),
    ]
    assert _figures(_items(rows)) == [
        ("LED-Par 64", 8.0, 129.0, 1032.0),
        ("DMX-Kabel 10 m", 12.0, 11.9, 142.8),
    ]


def test_sales_price_and_line_amount_captions_with_a_tax_note_below() -> None:
    rows: list[Row] = [
        (60, 220, "Nr."),
        (110, 220, "Beschreibung"),
        (310, 220, "Menge"),
        (350, 220, "Einheit"),
        (415, 220, "VK-Preis"),
        (490, 220, "Zeilenbetrag"),
        (405, 232, "ohne MwSt."),
        (495, 232, "ohne MwSt."),
        (60, 250, "70000"),
        (110, 250, "Sechskantschraube M8x30"),
        (335, 250, "5"),
        (350, 250, "Satz"),
        (430, 250, "30,49"),
        (520, 250, "152,45"),
        (60, 266, "70017"),
        (110, 266, "Sechskantmutter M8"),
        (335, 266, "4"),
        (350, 266, "Stück"),
        (430, 266, "15,97"),
        (525, 266, "63,88"),
        (330, 300, "Summe EUR ohne MwSt."),
        (515, 300, "216,33"),
    ]
    assert _figures(_items(rows)) == [
        ("Sechskantschraube M8x30", 5.0, 30.49, 152.45),
        ("Sechskantmutter M8", 4.0, 15.97, 63.88),
    ]


def test_indian_tax_invoice_captions_and_tariff_codes() -> None:
    rows: list[Row] = [
        (45, 220, "S.No"),
        (75, 220, "Description"),
        (240, 220, "SAC"),
        (300, 220, "Qty"),
        (340, 220, "Rate (INR)"),
        (400, 220, "GST %"),
        (470, 220, "Taxable Value (INR)"),
        (45, 240, "1"),
        (75, 240, "Deluxe Room"),
        (240, 240, "996311"),
        (305, 240, "12"),
        (340, 240, "6,500.00"),
        (405, 240, "12%"),
        (510, 240, "78,000.00"),
        # The quantity cell left empty: the tariff code beside it is no quantity.
        (45, 256, "2"),
        (75, 256, "Banquet Hall"),
        (240, 256, "996334"),
        (335, 256, "25,000.00"),
        (405, 256, "18%"),
        (510, 256, "25,000.00"),
        (45, 272, "3"),
        (75, 272, "Conference package"),
        (240, 272, "996334"),
        (305, 272, "5"),
        (335, 272, "25,000.00"),
        (405, 272, "18%"),
        (503, 272, "1,25,000.00"),
        (390, 300, "Total Taxable Value"),
        (500, 300, "2,28,000.00"),
    ]
    items = _items(rows)
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Deluxe Room", 78000.0),
        ("Banquet Hall", 25000.0),
        ("Conference package", 125000.0),
    ]
    assert [i["quantity"] for i in items] == [12.0, 1.0, 5.0]
    assert [i["unit_price"] for i in items] == [6500.0, 25000.0, 25000.0]


def test_a_discount_column_keeps_the_printed_unit_price() -> None:
    rows: list[Row] = [
        (40, 220, "Art.nr."),
        (100, 220, "Omschrijving"),
        (325, 220, "Aantal"),
        (365, 220, "Eenh.prijs"),
        (420, 220, "Korting"),
        (466, 220, "BTW"),
        (505, 220, "Totaal excl."),
        (40, 240, "TN-2420"),
        (100, 240, "Toner zwart"),
        (350, 240, "3"),
        (390, 240, "54,90"),
        (470, 240, "21%"),
        (530, 240, "164,70"),
        (40, 256, "ORD-75B"),
        (100, 256, "Ordners A4 rug 75 mm"),
        (346, 256, "20"),
        (394, 256, "2,35"),
        (434, 256, "10%"),
        (470, 256, "21%"),
        (534, 256, "42,30"),
        # Exempt from VAT: the discount's percentage is no rate.
        (40, 272, "BK-FM24"),
        (100, 272, "Boek Fiscaal Memento"),
        (351, 272, "1"),
        (389, 272, "89,00"),
        (438, 272, "5%"),
        (470, 272, "vrij"),
        (534, 272, "84,55"),
        (384, 300, "Totaal excl. BTW"),
        (524, 300, "291,55"),
    ]
    items = _items(rows)
    assert _figures(items) == [
        ("Toner zwart", 3.0, 54.9, 164.7),
        ("Ordners A4 rug 75 mm", 20.0, 2.35, 42.3),
        ("Boek Fiscaal Memento", 1.0, 89.0, 84.55),
    ]
    assert [i.get("vat_rate") for i in items] == [21.0, 21.0, None]


def test_a_charges_list_goes_on_under_a_section_heading() -> None:
    rows: list[Row] = [
        (40, 220, "Abonnements et options"),
        (500, 220, "Montant TTC"),
        (49, 240, "Forfait Fibre"),
        (260, 240, "du 01/11 au 30/11"),
        (522, 240, "34,99 EUR"),
        (49, 256, "Option TV"),
        (260, 256, "du 01/11 au 30/11"),
        (527, 256, "4,99 EUR"),
        (40, 278, "Consommations et achats"),
        (48, 298, "Appels hors forfait"),
        (527, 298, "3,01 EUR"),
        (49, 314, "Location video"),
        (528, 314, "1,99 EUR"),
        (380, 360, "Total TTC"),
        (516, 360, "44,98 EUR"),
    ]
    items = _items(rows)
    assert [i["amount"] for i in items] == [34.99, 4.99, 3.01, 1.99]
    assert items[2]["description"] == "Appels hors forfait"


def _sized_pdf(
    lines: list[tuple[float, float, str, float]], bold: frozenset[str] = frozenset()
) -> bytes:
    """The invoice head in 10 points, then (x, y-from-top, text, font size) strings."""
    return make_sized_pdf([(x, y, t, 10.0) for x, y, t in _HEAD] + lines, bold)


def test_a_line_in_smaller_print_under_an_item_is_a_detail_not_its_name() -> None:
    body = 8.5
    lines = [
        (57, 220, "Pos.", body),
        (85, 220, "Produkt", body),
        (330, 220, "Menge", body),
        (400, 220, "Einzelpreis", body),
        (480, 220, "Gesamtpreis", body),
        (57, 240, "1", body),
        (85, 240, "Dedizierter Server AX42", body),
        (355, 240, "1", body),
        (410, 240, "46,41", body),
        (510, 240, "46,41", body),
        (85, 250, "Abrechnung 01.09.2024 bis 30.09.2024", 7.0),
        (57, 266, "2", body),
        (85, 266, "Storage Box BX11 mit Backup", body),
        (355, 266, "1", body),
        (410, 266, "3,20", body),
        (510, 266, "3,20", body),
        # Wrapped in the name's own size: the name goes on.
        (85, 277, "Standort Falkenstein", body),
        (390, 310, "Summe netto", 9.0),
        (510, 310, "49,61", 9.0),
    ]
    result = extract_canonical(_sized_pdf(lines), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == [
        "Dedizierter Server AX42",
        "Storage Box BX11 mit Backup Standort Falkenstein",
    ]


def test_a_regular_line_under_a_bold_item_name_is_a_detail() -> None:
    body = 8.5
    lines = [
        (57, 220, "Pos.", body),
        (85, 220, "Leistung", body),
        (330, 220, "Menge", body),
        (400, 220, "Einzelpreis", body),
        (480, 220, "Gesamtpreis", body),
        (57, 240, "1", body),
        (85, 240, "Konzeption und Wireframes", body),
        (355, 240, "1", body),
        (410, 240, "980,00", body),
        (510, 240, "980,00", body),
        (85, 251, "Workshop vor Ort (halbtägig), Sitemap, Wireframes für 6 Seiten", body),
        (57, 268, "2", body),
        (85, 268, "Screendesign Desktop und Mobil", body),
        (355, 268, "18", body),
        (410, 268, "78,00", body),
        (510, 268, "1.404,00", body),
        (85, 279, "Gestaltung aller Seitentypen inkl. zwei Korrekturschleifen", body),
        (390, 310, "Summe netto", 9.0),
        (510, 310, "2.384,00", 9.0),
    ]
    names = frozenset({"Konzeption und Wireframes", "Screendesign Desktop und Mobil"})
    result = extract_canonical(_sized_pdf(lines, bold=names), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == sorted(names)
    # Without the bold, the same lines are one description each (wrapped names).
    plain = extract_canonical(_sized_pdf(lines), use_einvoice=False)
    assert [len(i["description"].split()) > 4 for i in plain["line_items"]] == [True, True]
