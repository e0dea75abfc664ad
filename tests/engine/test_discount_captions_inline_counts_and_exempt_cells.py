"""Item tables whose captions the reader knew too little of: copies counted ("Expl.") under a
book's title ("Titel"), a fee per head ("Entgelt") beside the line's "Betrag", captions broken
over two lines by a hyphen ("Ra-" over "batt %"); a count leading the item's text ("6 x ...")
where the table has no quantity column; and a rate column reading "Exento" beside a row's
"count x price" working."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Text = tuple[float, float, str]


def _items(page: list[Text]) -> list[tuple[object, ...]]:
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return [
        (i.get("description"), i.get("quantity"), i.get("unit_price"), i.get("amount"))
        for i in result["line_items"]
    ]


def _german_head(number: str) -> list[Text]:
    return [
        (50, 60, "Morgenrot Buchvertrieb GmbH"),
        (50, 74, "Am Hafen 12, 24103 Kiel"),
        (350, 120, "Rechnungsnummer"),
        (450, 120, number),
        (350, 134, "Rechnungsdatum"),
        (450, 134, "14.02.2025"),
        (50, 150, "Leseinsel Mertens"),
        (50, 164, "Burgstraße 4, 31134 Hildesheim"),
    ]


def test_copies_under_a_title_caption_with_a_discount_column() -> None:
    page = [
        *_german_head("MB-25-0311"),
        (40, 240, "ISBN"),
        (130, 240, "Titel"),
        (330, 240, "Expl."),
        (380, 240, "EP netto"),
        (440, 240, "Rabatt"),
        (500, 240, "Betrag"),
        (40, 258, "978-3-00-123456-7"),
        (130, 258, "Wind über den Dünen"),
        (335, 258, "5"),
        (380, 258, "18,00"),
        (440, 258, "30 %"),
        (500, 258, "63,00"),
        (130, 269, "Roman · Ute Feld · Hardcover"),
        (40, 285, "978-3-00-654321-0"),
        (130, 285, "Vögel am Stadtrand"),
        (335, 285, "3"),
        (380, 285, "24,00"),
        (440, 285, "40 %"),
        (500, 285, "43,20"),
        (130, 296, "Sachbuch · Jo Brandt · Broschur"),
        (380, 330, "Nettowarenwert"),
        (500, 330, "106,20 €"),
        (380, 345, "USt. 7 %"),
        (500, 345, "7,43 €"),
        (380, 360, "Endbetrag"),
        (500, 360, "113,63 €"),
    ]
    assert [row[1:] for row in _items(page)] == [(5.0, 18.0, 63.0), (3.0, 24.0, 43.2)]


def test_fee_per_head_beside_the_line_amount() -> None:
    page = [
        *_german_head("AK-2025-0098"),
        (50, 240, "Maßnahme"),
        (300, 240, "Anzahl"),
        (350, 240, "Einh."),
        (410, 240, "Entgelt"),
        (490, 240, "Betrag"),
        (50, 258, "Erste-Hilfe-Grundkurs (9 UE)"),
        (305, 258, "4"),
        (350, 258, "TN"),
        (410, 258, "85,00"),
        (490, 258, "340,00"),
        (50, 276, "Lernmappe Erste Hilfe"),
        (305, 276, "4"),
        (350, 276, "Paket"),
        (410, 276, "12,50"),
        (490, 276, "50,00"),
        (380, 320, "Gesamtbetrag"),
        (490, 320, "390,00 €"),
    ]
    assert _items(page) == [
        ("Erste-Hilfe-Grundkurs (9 UE)", 4.0, 85.0, 340.0),
        ("Lernmappe Erste Hilfe", 4.0, 12.5, 50.0),
    ]


def test_captions_broken_over_two_lines_by_a_hyphen() -> None:
    page = [
        *_german_head("RE-25-4410"),
        (50, 230, "Bezeichnung"),
        (300, 230, "Men-"),
        (345, 230, "Einzel-"),
        (405, 230, "Ra-"),
        (460, 230, "Gesamt-"),
        (300, 240, "ge"),
        (345, 240, "preis €"),
        (405, 240, "batt %"),
        (460, 240, "preis €"),
        (50, 260, "Deckenleuchte LED 40 W"),
        (305, 260, "10"),
        (345, 260, "50,00"),
        (410, 260, "10,0"),
        (460, 260, "450,00"),
        (50, 278, "Montagematerial pauschal"),
        (305, 278, "1"),
        (345, 278, "35,00"),
        (460, 278, "35,00"),
        (380, 320, "Summe netto"),
        (460, 320, "485,00 €"),
        (380, 335, "zzgl. 19 % USt."),
        (460, 335, "92,15 €"),
        (380, 350, "Rechnungsbetrag"),
        (460, 350, "577,15 €"),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    first = result["line_items"][0]
    assert (first.get("quantity"), first.get("unit_price"), first.get("amount")) == (
        10.0,
        50.0,
        450.0,
    )
    assert first.get("vat_rate") is None  # "Ra-/batt %" heads the discount, no tax rate


def test_count_leading_the_item_text_without_a_quantity_column() -> None:
    page = [
        (50, 60, "Harbourside Bakery Supplies Ltd"),
        (350, 100, "Invoice number"),
        (450, 100, "HB-20931"),
        (350, 114, "Invoice date"),
        (450, 114, "3 February 2025"),
        (50, 230, "Code"),
        (120, 230, "Item"),
        (380, 230, "Unit price"),
        (440, 230, "VAT"),
        (500, 230, "Total"),
        (50, 250, "BT-220"),
        (120, 250, "4 x Aluminium baking tray 60 x 40 cm"),
        (380, 250, "12.25"),
        (440, 250, "20%"),
        (500, 250, "49.00"),
        (50, 268, "PB-5"),
        (120, 268, "1 x Piping bags, roll of 100"),
        (380, 268, "7.80"),
        (440, 268, "20%"),
        (500, 268, "7.80"),
        (400, 310, "Subtotal"),
        (500, 310, "£56.80"),
        (400, 325, "VAT @ 20%"),
        (500, 325, "£11.36"),
        (400, 340, "Invoice total"),
        (500, 340, "£68.16"),
    ]
    assert _items(page) == [
        ("Aluminium baking tray 60 x 40 cm", 4.0, 12.25, 49.0),
        ("Piping bags, roll of 100", 1.0, 7.8, 7.8),
    ]


def test_exempt_rate_cell_beside_a_count_times_price_working() -> None:
    page = [
        (50, 60, "Aguas del Valle Alto"),
        (350, 100, "Nº de factura"),
        (450, 100, "2025/B/0045"),
        (350, 114, "Fecha de emisión"),
        (450, 114, "10/02/2025"),
        (50, 230, "CONCEPTO"),
        (250, 230, "CÁLCULO"),
        (400, 230, "IVA"),
        (480, 230, "IMPORTE"),
        (50, 250, "Cuota de servicio"),
        (250, 250, "3 meses x 5,2000 €"),
        (400, 250, "10%"),
        (480, 250, "15,60 €"),
        (50, 266, "Tasa de basuras"),
        (250, 266, "3 meses x 6,3000 €"),
        (400, 266, "Exento"),
        (480, 266, "18,90 €"),
        (380, 300, "Total sin IVA"),
        (480, 300, "34,50 €"),
        (380, 315, "IVA 10%"),
        (480, 315, "1,56 €"),
        (380, 330, "TOTAL FACTURA"),
        (480, 330, "36,06 €"),
    ]
    assert _items(page) == [
        ("Cuota de servicio", 3.0, 5.2, 15.6),
        ("Tasa de basuras", 3.0, 6.3, 18.9),
    ]
