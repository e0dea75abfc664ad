"""Item tables headed by less usual captions, and the rows' details told from their names."""

from __future__ import annotations

from typing import Any

import pytest

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


def test_price_per_quantity_unit_and_value_captions() -> None:
    # German ERPs (SAP Business One): "Preis/ME" (per Mengeneinheit) and the line's "Wert EUR".
    rows: list[Row] = [
        (60, 220, "Pos"),
        (85, 220, "Artikel"),
        (155, 220, "Bezeichnung"),
        (393, 220, "Menge"),
        (440, 220, "Preis/ME"),
        (498, 220, "Wert EUR"),
        (62, 240, "1"),
        (85, 240, "LP6236-840"),
        (155, 240, "LED-Panel 62x62 cm"),
        (399, 240, "10 St"),
        (453, 240, "41,20"),
        (511, 240, "412,00"),
        (155, 251, "lt. Retoure R-17"),
        (62, 270, "2"),
        (85, 270, "FI40430"),
        (155, 270, "FI-Schutzschalter 4-pol."),
        (403, 270, "3 St"),
        (453, 270, "58,75"),
        (511, 270, "176,25"),
        (340, 310, "Nettowert"),
        (511, 310, "588,25"),
    ]
    assert _figures(_items(rows)) == [
        ("LED-Panel 62x62 cm lt. Retoure R-17", 10.0, 41.2, 412.0),
        ("FI-Schutzschalter 4-pol.", 3.0, 58.75, 176.25),
    ]


def test_romanian_form_captions_value_and_vat_value() -> None:
    # "Name of products or services" heads the description column as a whole phrase (its
    # continuation lines start under "Name"); "Value" is the line's, "VAT value" its tax.
    rows: list[Row] = [
        (45, 220, "No."),
        (67, 220, "Name of products or services"),
        (283, 220, "U.M."),
        (332, 220, "Qty"),
        (370, 220, "Unit price"),
        (457, 220, "Value"),
        (508, 220, "VAT value"),
        (457, 230, "-RON-"),
        (508, 230, "-RON-"),
        (47, 246, "1"),
        (67, 246, "Sworn translation EN>RO"),
        (283, 246, "page"),
        (334, 246, "118"),
        (390, 246, "42.00"),
        (448, 246, "4,956.00"),
        (525, 246, "941.64"),
        (67, 257, "(operator manual, 118 pages)"),
        (47, 272, "2"),
        (67, 272, "Notary certification"),
        (283, 272, "doc"),
        (340, 272, "6"),
        (390, 272, "85.00"),
        (457, 272, "510.00"),
        (530, 272, "96.90"),
        (380, 310, "Total"),
        (448, 310, "5,466.00"),
        (518, 310, "1,038.54"),
    ]
    assert _figures(_items(rows)) == [
        ("Sworn translation EN>RO (operator manual, 118 pages)", 118.0, 42.0, 4956.0),
        ("Notary certification", 6.0, 85.0, 510.0),
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


def test_a_regular_line_of_its_size_under_a_bold_item_name_goes_on_with_it() -> None:
    # The item's second line in regular print under its bold name, of the same size: the name
    # goes on (test_item_count_units_bold_names_and_price_units.py), as it does without bold.
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
    assert [len(i["description"].split()) > 4 for i in result["line_items"]] == [True, True]
    plain = extract_canonical(_sized_pdf(lines), use_einvoice=False)
    assert [i["description"] for i in plain["line_items"]] == [
        i["description"] for i in result["line_items"]
    ]


def test_italian_capitals_a_split_price_caption_and_sizes_inside_the_name() -> None:
    # A monospaced print sets every word apart: "PREZZO" and "UNIT." are two cells, and so
    # are the words of a name starting left of its centred caption.
    rows: list[Row] = [
        (50, 220, "CODICE"),
        (200, 220, "DESCRIZIONE"),
        (330, 220, "QUANTITA'"),
        (400, 220, "PREZZO"),
        (447, 220, "UNIT."),
        (480, 220, "SC.%"),
        (520, 220, "IMPORTO"),
        (50, 240, "FL-080"),
        (120, 240, "FLANGIA"),
        (170, 240, "DN80"),
        (203, 240, "PN16"),
        (236, 240, "ACCIAIO"),
        (285, 240, "INOX"),
        (345, 240, "40,00"),
        (438, 240, "23,7500"),
        (525, 240, "950,00"),
        (50, 256, "VS-200"),
        (120, 256, "VALVOLA"),
        (172, 256, "A"),
        (186, 256, "SFERA"),
        (345, 256, "15,00"),
        (438, 256, "64,2000"),
        (485, 256, "8,00"),
        (525, 256, "885,96"),
        (400, 290, "TOTALE IMPONIBILE"),
        (520, 290, "1.835,96"),
    ]
    assert _figures(_items(rows)) == [
        ("FLANGIA DN80 PN16 ACCIAIO INOX", 40.0, 23.75, 950.0),
        ("VALVOLA A SFERA", 15.0, 64.2, 885.96),
    ]


def test_code_and_name_captions_a_short_price_caption_and_the_items_sum_below() -> None:
    rows: list[Row] = [
        (45, 220, "Artigo"),
        (100, 220, "Descrição"),
        (315, 220, "Qtd."),
        (370, 220, "Pr. Unitário"),
        (440, 220, "Desc."),
        (500, 220, "Valor Líquido"),
        (45, 240, "TP1279"),
        (100, 240, "Caixa plástica empilhável"),
        (318, 240, "20,00"),
        (385, 240, "42,930"),
        (443, 240, "0,00"),
        (520, 240, "858,60"),
        (45, 256, "TP9684"),
        (100, 256, "Palete PEAD 1200x800"),
        (318, 256, "50,00"),
        (385, 256, "15,350"),
        (443, 256, "5,00"),
        (520, 256, "729,13"),
        # The tax summary's title beside the goods' sum: no item.
        (45, 290, "Quadro Resumo de Impostos"),
        (400, 290, "Mercadoria"),
        (513, 290, "1.587,73"),
    ]
    assert _figures(_items(rows)) == [
        ("Caixa plástica empilhável", 20.0, 42.93, 858.6),
        ("Palete PEAD 1200x800", 50.0, 15.35, 729.13),
    ]


@pytest.mark.parametrize(
    ("xs", "header", "row", "expected"),
    [
        (  # Czech (Fakturoid): net and gross per line
            [45, 95, 125, 330, 390, 450, 515],
            ["Množství", "MJ", "Popis", "Cena za MJ", "DPH %", "Bez DPH", "S DPH"],
            ["2", "ks", "Spilka nerezová 500 l", "48 500,00", "21", "97 000,00", "117 370,00"],
            ("Spilka nerezová 500 l", 2.0, 48500.0, 97000.0),
        ),
        (  # Finnish (Procountor): product code and name, net and gross per line
            [45, 95, 290, 330, 365, 410, 460, 515],
            ["Tuote", "Nimike", "Määrä", "Yks.", "A-hinta", "Alv %", "Veroton", "Yhteensä"],
            ["K-210", "Keittiön alakaappi", "4", "kpl", "386,00", "25,5", "1 544,00", "1 937,72"],
            ("Keittiön alakaappi", 4.0, 386.0, 1544.0),
        ),
        (  # German marketplace: "Zwischensumme" (ohne / inkl. USt.) as the line totals
            [45, 230, 275, 335, 385, 475],
            ["Beschreibung", "Menge", "Stückpreis", "USt. %", "Zwischensumme", "Zwischensumme"],
            ["Schöpfkelle Edelstahl", "2", "14,99 €", "19%", "25,19 €", "29,98 €"],
            ("Schöpfkelle Edelstahl", 2.0, 14.99, 29.98),
        ),
        (  # Mexican CFDI: "Valor unitario" is the unit price, "Importe" the line's
            [45, 110, 330, 450],
            ["Cantidad", "Descripción", "Valor unitario", "Importe"],
            ["1,200", "Caja de cartón 40x30", "18.50", "22,200.00"],
            ("Caja de cartón 40x30", 1200.0, 18.5, 22200.0),
        ),
        (  # Turkish e-invoice: "Goods/Service" heads the description, a row number before it
            [45, 70, 250, 330, 470],
            ["No", "Goods/Service", "Quantity", "Unit Price", "Amount"],
            ["1", "Bath towel 70x140", "600 PCS", "185,00 TL", "111.000,00 TL"],
            ("Bath towel 70x140", 600.0, 185.0, 111000.0),
        ),
        (  # "Unit | Qty": the unit of measure before the count, a discounted line
            [45, 60, 280, 320, 360, 420, 480],
            ["#", "Description", "Unit", "Qty", "Price", "Disc.", "Amount (EUR)"],
            ["3", "On-site training", "day", "1", "480,00", "10%", "432,00"],
            ("On-site training", 1.0, 480.0, 432.0),
        ),
    ],
)
def test_czech_and_finnish_captions(
    xs: list[float], header: list[str], row: list[str], expected: tuple[Any, ...]
) -> None:
    rows: list[Row] = [(x, 220, text) for x, text in zip(xs, header, strict=True)]
    rows += [(x, 240, text) for x, text in zip(xs, row, strict=True)]
    assert _figures(_items(rows)) == [expected]


def test_a_thousands_group_set_a_little_apart_stays_with_its_figure() -> None:
    # "1 170,00": the narrow "1" leaves a wider gap than the layout joins, in one cell.
    rows: list[Row] = [
        (50, 220, "Beskrivelse"),
        (320, 220, "Antall"),
        (395, 220, "Pris"),
        (440, 220, "MVA"),
        (525, 220, "Beløp"),
        (50, 240, "Barnemeny"),
        (335, 240, "6"),
        (385, 240, "195,00"),
        (440, 240, "15 %"),
        (505, 240, "1"),
        (514, 240, "170,00"),
    ]
    assert _figures(_items(rows)) == [("Barnemeny", 6.0, 195.0, 1170.0)]


def test_a_period_line_in_smaller_print_is_no_part_of_a_name_with_a_t() -> None:
    # "seats": a "t" reaches lower than the capitals, so the name is measured on "Additional".
    lines = [
        (50, 220, "Description", 9.0),
        (330, 220, "Qty", 9.0),
        (390, 220, "Unit price", 9.0),
        (530, 220, "Amount", 9.0),
        (50, 240, "Additional seats", 9.0),
        (335, 240, "12", 9.0),
        (393, 240, "€29.00", 9.0),
        (530, 240, "€348.00", 9.0),
        (50, 251, "Mar 5 - Apr 5, 2025", 8.0),
        (300, 280, "Subtotal", 9.0),
        (530, 280, "€348.00", 9.0),
    ]
    result = extract_canonical(_sized_pdf(lines), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == ["Additional seats"]
