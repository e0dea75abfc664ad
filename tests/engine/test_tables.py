"""Line-item tables: column naming and rows whose amount sits on the line below."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD: list[tuple[float, float, str]] = [
    (50, 60, "Acme Widgets GmbH"),
    (350, 130, "Invoice number:"),
    (450, 130, "INV-7"),
    (350, 144, "Invoice date:"),
    (450, 144, "05.03.2024"),
]


def _items(rows: list[tuple[float, float, str]]) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def test_amount_header_left_of_price_names_the_quantity() -> None:
    items = _items(
        [
            (60, 220, "Amount"),
            (120, 220, "Product"),
            (350, 220, "Price"),
            (450, 220, "Total"),
            (60, 240, "3.00"),
            (120, 240, "Blue balloons"),
            (350, 240, "2.50"),
            (450, 240, "7.50"),
            (60, 256, "4.00"),
            (120, 256, "Hot air"),
            (350, 256, "1.25"),
            (450, 256, "5.00"),
            (60, 290, "Net total: 12.50"),
        ]
    )
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (3.0, 2.5, 7.5),
        (4.0, 1.25, 5.0),
    ]


def test_rows_with_their_amount_on_the_next_line_stay_apart() -> None:
    rows: list[tuple[float, float, str]] = [
        (60, 220, "Pos"),
        (100, 220, "Beschreibung"),
        (300, 220, "Nettopreis"),
        (380, 220, "Menge"),
        (480, 220, "Nettobetrag"),
    ]
    y = 240.0
    for position, (name, price, quantity, amount) in enumerate(
        [("Trennblaetter A4", "9,90", "20", "198,00"), ("Joghurt Banane", "5,50", "50", "275,00")]
    ):
        rows += [
            (60, y, str(position + 1)),
            (100, y, name),
            (300, y, price),
            (380, y, quantity),
            (480, y + 10, amount),
            (100, y + 28, f"Rabatt {position + 1}: 0,00 %"),
        ]
        y += 60
    rows.append((300, y + 20, "Rechnungssumme 473,00"))
    items = _items(rows)
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ("Trennblaetter A4", 20.0, 198.0),
        ("Joghurt Banane", 50.0, 275.0),
    ]


def test_missing_price_is_derived_from_amount_and_quantity() -> None:
    items = _items(
        [
            (60, 220, "Beschreibung"),
            (300, 220, "Nettopreis"),
            (380, 220, "Menge"),
            (480, 220, "Nettobetrag"),
            (60, 240, "Stahlcoil"),
            (380, 240, "8"),
            (480, 240, "1.000,00"),
            (300, 270, "Rechnungssumme 1.000,00"),
        ]
    )
    assert [(i["quantity"], i["unit_price"]) for i in items] == [(8.0, 125.0)]


def _sub_item_table() -> list[tuple[float, float, str]]:
    return [
        (60, 220, "Bezeichnung"),
        (250, 220, "Menge"),
        (330, 220, "Nettopreis"),
        (440, 220, "MwSt-%"),
        (510, 220, "Nettowert"),
        (60, 240, "Mischpalette Joghurt"),
        (250, 240, "2,0000"),
        (330, 240, "29,1000"),
        (445, 240, "7,0"),
        (515, 240, "58,20"),
        (60, 256, "Erdbeer 150g"),
        (250, 256, "20,0000"),
        (445, 256, "7,0"),
    ]


def test_rate_under_a_percent_header_is_not_read_as_the_amount() -> None:
    items = _items([*_sub_item_table(), (330, 290, "Rechnungssumme 58,20")])
    assert [(i["amount"], i.get("vat_rate")) for i in items] == [(58.2, 7.0)]


def test_a_totals_grid_below_the_items_ends_the_table() -> None:
    totals = [
        (60, 300, "Warenwert"),
        (130, 300, "Zu-/Abschlag"),
        (330, 300, "Nettobetrag"),
        (510, 300, "Endbetrag"),
        (60, 316, "58,20"),
        (130, 316, "-1,10"),
        (330, 316, "57,10"),
        (445, 316, "7,0"),
        (515, 316, "61,10"),
    ]
    items = _items(_sub_item_table() + totals)
    assert [i["amount"] for i in items] == [58.2]


def test_stacked_header_takes_the_name_from_the_line_under_the_figures() -> None:
    # Two header rows: codes and figures over "Art-Nr-Kunde  Artikelbezeichnung". Each item
    # prints its figures on one line and its name on the next; lines after it are details.
    rows: list[tuple[float, float, str]] = [
        (40, 220, "GTIN"),
        (125, 220, "Art-Nr-Lieferant"),
        (250, 220, "Menge"),
        (350, 220, "Nettopreis"),
        (480, 220, "Nettowert"),
        (40, 231, "Art-Nr-Kunde"),
        (125, 231, "Artikelbezeichnung"),
    ]
    y = 250.0
    for gtin, code, name, amount in (
        ("4123456000014", "WA997", "Wirkarbeit HT", "52,00"),
        ("4123456000021", "OEST250", "Kopierpapier A4", "20,50"),
    ):
        rows += [
            (40, y, gtin),
            (125, y, code),
            (250, y, "1000"),
            (350, y, "0,0520" if amount == "52,00" else "0,0205"),
            (480, y, amount),
            (125, y + 11, name),
            (125, y + 22, "Abrechnungszeitraum KW 36"),
        ]
        y += 40
    rows.append((300, y + 20, "Rechnungssumme 72,50"))
    items = _items(rows)
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Wirkarbeit HT", 52.0),
        ("Kopierpapier A4", 20.5),
    ]


def test_a_note_a_paragraph_below_an_item_is_not_its_name() -> None:
    items = _items(
        [
            (40, 220, "Description"),
            (300, 220, "Quantity"),
            (380, 220, "Price"),
            (480, 220, "Amount"),
            (40, 240, "*987123* Olive Oil"),
            (300, 240, "1.00"),
            (380, 240, "1.00"),
            (480, 240, "1.00"),
            (40, 251, "Extra virgin"),
            (40, 272, "Our Olive Oil is delivered in a re-usable glass container"),
            (40, 292, "Luxury Truffles"),
            (300, 292, "15.00"),
            (380, 292, "10.00"),
            (480, 292, "150.00"),
            (380, 330, "Subtotal 151.00"),
        ]
    )
    assert [i["description"] for i in items] == ["Olive Oil Extra virgin", "Luxury Truffles"]


def test_a_rate_detail_under_an_item_does_not_end_the_table() -> None:
    items = _items(
        [
            (60, 220, "Description"),
            (300, 220, "Qty"),
            (380, 220, "Price"),
            (480, 220, "Amount"),
            (60, 240, "Cloud storage"),
            (300, 240, "2"),
            (380, 240, "10.00"),
            (480, 240, "20.00"),
            (60, 254, "Tax: 0.2%"),
            (60, 270, "Support plan"),
            (300, 270, "1"),
            (380, 270, "30.00"),
            (480, 270, "30.00"),
            (300, 300, "Net total: 50.00"),
        ]
    )
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Cloud storage", 20.0),
        ("Support plan", 30.0),
    ]


def test_an_empty_quantity_cell_under_a_price_equal_to_the_amount_is_one_unit() -> None:
    # The lone "1" of the quantity column is what a scan's OCR drops first; the amount is
    # quantity times price, so a price equal to the amount means one unit.
    items = _items(
        [
            (60, 220, "Article"),
            (250, 220, "Qty"),
            (320, 220, "Unit price"),
            (450, 220, "Total"),
            (60, 240, "Blue balloons"),
            (320, 240, "2.50"),
            (450, 240, "2.50"),
            (60, 256, "Hot air"),
            (250, 256, "4"),
            (320, 256, "1.25"),
            (450, 256, "5.00"),
            # A unit column before the quantity ("bt 2"), a name ending in a size ("70 cl"):
            # the count OCR dropped is the amount over the price, whole or decimal.
            (60, 272, "Armagnac VSOP 70 cl"),
            (200, 272, "bt"),
            (320, 272, "34.90"),
            (450, 272, "69.80"),
            (60, 288, "Worktop quartz 40 mm"),
            (200, 288, "lfm"),
            (320, 288, "395.00"),
            (450, 288, "1659.00"),
            (60, 320, "Net total: 1736.30"),
        ]
    )
    assert [(i.get("quantity"), i["unit_price"], i["amount"]) for i in items] == [
        (1.0, 2.5, 2.5),
        (4.0, 1.25, 5.0),
        (2.0, 34.9, 69.8),
        (4.2, 395.0, 1659.0),
    ]


def test_figure_under_an_unnamed_column_is_the_quantity_when_it_times_the_price() -> None:
    # "#" names no column: its "400,00" is the quantity only because 400 x 0,79 = 316,00;
    # the "2" beside "Paket" multiplies to nothing and stays out.
    rows: list[tuple[float, float, str]] = [
        (60, 220, "#"),
        (120, 220, "Produkt"),
        (290, 220, "USt"),
        (350, 220, "Einzelpreis"),
        (450, 220, "Summe"),
        (60, 240, "400,00"),
        (120, 240, "Luftballon: Bunt"),
        (290, 240, "19%"),
        (350, 240, "0,79 €"),
        (450, 240, "316,00 €"),
        (60, 256, "2"),
        (120, 256, "Paket"),
        (290, 256, "19%"),
        (350, 256, "5,00 €"),
        (450, 256, "15,00 €"),
        (60, 272, "200,00"),
        (120, 272, "Heiße Luft pro Liter:"),
        (290, 272, "19%"),
        (350, 272, "0,10 €"),
        (450, 272, "20,00 €"),
        (60, 300, "Summe netto: 351,00 €"),
    ]
    items = _items(rows)
    assert [(i["description"], i.get("quantity"), i["amount"]) for i in items] == [
        ("Luftballon: Bunt", 400.0, 316.0),
        ("Paket", None, 15.0),
        ("Heiße Luft pro Liter", 200.0, 20.0),
    ]


def test_a_misread_quantity_caption_leaves_its_figure_to_the_description() -> None:
    # "Illosc" (OCR for "Ilosc") names no column, so the counts fall to the description's
    # column: the last word of the name that times the price to the amount is the quantity.
    rows: list[tuple[float, float, str]] = [
        (60, 220, "Nazwa towaru"),
        (250, 220, "Illosc"),
        (320, 220, "Cena netto"),
        (450, 220, "Wartosc netto"),
        (60, 240, "Robocizna"),
        (255, 240, "-9,5"),
        (320, 240, "129,68"),
        (450, 240, "-1 231,96"),
        (60, 256, "Papier A4"),
        (255, 256, "4"),
        (320, 256, "2,50"),
        (450, 256, "10,00"),
        (60, 290, "Razem netto: -1 221,96"),
    ]
    items = _items(rows)
    assert [(i["description"], i.get("quantity"), i["amount"]) for i in items] == [
        ("Robocizna", -9.5, -1231.96),
        ("Papier A4", 4.0, 10.0),
    ]


def test_a_labelled_date_over_the_header_is_no_part_of_it() -> None:
    # "Service" names a description column; on a "caption: value" line it is no caption.
    rows: list[tuple[float, float, str]] = [
        (60, 200, "Service period: 28/06/2023 - 05/07/2023"),
        (60, 214, "No."),
        (100, 214, "Qty"),
        (170, 214, "Description"),
        (350, 214, "Unit Price"),
        (450, 214, "Amount"),
        (60, 232, "1"),
        (100, 232, "11.5"),
        (170, 232, "Labour"),
        (350, 232, "54.30"),
        (450, 232, "624.45"),
        (60, 270, "Net total: 624.45"),
    ]
    items = _items(rows)
    assert [(i["description"], i.get("quantity"), i["amount"]) for i in items] == [
        ("Labour", 11.5, 624.45)
    ]


def test_a_sentence_just_above_the_header_is_no_part_of_it() -> None:
    # "services:" names a description column, but the line is the letter's prose.
    rows: list[tuple[float, float, str]] = [
        (60, 204, "Dear Sir or Madam, we hereby invoice the following goods and services:"),
        (60, 214, "No."),
        (100, 214, "SKU"),
        (160, 214, "Description"),
        (330, 214, "Qty"),
        (390, 214, "Unit price"),
        (480, 214, "Total"),
        (60, 232, "1"),
        (100, 232, "002123"),
        (160, 232, "Delivery charge"),
        (330, 232, "3.00"),
        (390, 232, "1.53"),
        (480, 232, "4.59"),
        (60, 270, "Net total: 4.59"),
    ]
    items = _items(rows)
    assert [(i["description"], i.get("quantity"), i["amount"]) for i in items] == [
        ("Delivery charge", 3.0, 4.59)
    ]


def test_a_discounted_net_under_subtotal_beside_a_total_with_vat() -> None:
    items = _items(
        [
            (50, 220, "CONCEPTO"),
            (300, 220, "PRECIO"),
            (345, 220, "UNIDADES"),
            (420, 220, "DTO."),
            (452, 220, "SUBTOTAL"),
            (522, 220, "TOTAL"),
            (50, 240, "Horas de soporte técnico"),
            (300, 240, "45,00 €"),
            (375, 240, "12"),
            (455, 240, "540,00 €"),
            (515, 240, "653,40 €"),
            (50, 256, "Sesión de formación"),
            (296, 256, "120,00 €"),
            (380, 256, "3"),
            (420, 256, "10%"),
            (455, 256, "324,00 €"),
            (515, 256, "392,04 €"),
            (420, 290, "BASE IMPONIBLE"),
            (515, 290, "864,00 €"),
        ]
    )
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (12.0, 45.0, 540.0),
        (3.0, 120.0, 324.0),
    ]


def test_figures_right_aligned_past_their_captions_keep_their_columns() -> None:
    # Courier-style rows: each figure ends well right of its caption, nearer the next one.
    items = _items(
        [
            (45, 220, "Item No."),
            (115, 220, "Description"),
            (300, 220, "Qty"),
            (340, 220, "Unit Price"),
            (400, 220, "Disc%"),
            (443, 220, "Total"),
            (505, 220, "Tax"),
            (45, 240, "FERT-NPK20"),
            (115, 240, "Nitrophoska Special"),
            (323, 240, "25"),
            (365, 240, "$48.50"),
            (424, 240, "5%"),
            (460, 240, "$1,151.88"),
            (515, 240, "GST"),
            (45, 256, "IRR-DRIP16"),
            (115, 256, "Drip line 16mm"),
            (329, 256, "6"),
            (360, 256, "$112.00"),
            (472, 256, "$672.00"),
            (515, 256, "GST"),
            (430, 290, "Subtotal:"),
            (495, 290, "$1,823.88"),
        ]
    )
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Nitrophoska Special", 25.0, 48.5, 1151.88),
        ("Drip line 16mm", 6.0, 112.0, 672.0),
    ]


def test_a_tax_summary_grid_under_the_items_is_no_table_of_items() -> None:
    items = _items(
        [
            (50, 220, "Description of Goods"),
            (250, 220, "HSN/SAC"),
            (310, 220, "Quantity"),
            (380, 220, "Rate"),
            (500, 220, "Amount"),
            (50, 240, "Legrand MCB 32A"),
            (250, 240, "85362030"),
            (320, 240, "20"),
            (375, 240, "1,125.00"),
            (495, 240, "22,500.00"),
            (450, 270, "Total"),
            (495, 270, "26,550.00"),
            (75, 300, "HSN/SAC"),
            (130, 300, "Taxable Value"),
            (205, 300, "CGST Rate"),
            (262, 300, "CGST Amount"),
            (335, 300, "SGST Rate"),
            (390, 300, "SGST Amount"),
            (455, 300, "Total Tax Amount"),
            (40, 316, "85362030"),
            (140, 316, "22,500.00"),
            (215, 316, "9%"),
            (272, 316, "2,025.00"),
            (345, 316, "9%"),
            (400, 316, "2,025.00"),
            (495, 316, "4,050.00"),
        ]
    )
    assert [(i["description"], i["amount"]) for i in items] == [("Legrand MCB 32A", 22500.0)]


def test_a_figure_under_an_unknown_caption_does_not_move_to_the_quantity() -> None:
    # "RSP" names no column the reader knows: its price, crowded out of the amount's
    # column, is no count for the empty quantity cell.
    items = _items(
        [
            (50, 220, "Item"),
            (370, 220, "Qty"),
            (425, 220, "RSP"),
            (480, 220, "Amount"),
            (50, 240, "Silicone gun"),
            (375, 240, "3"),
            (420, 240, "15.00"),
            (490, 240, "45.00"),
            (50, 256, "Acetic silicone"),
            (425, 256, "7.00"),
            (490, 256, "21.00"),
        ]
    )
    assert [(i["description"], i.get("quantity"), i["amount"]) for i in items] == [
        ("Silicone gun", 3.0, 45.0),
        ("Acetic silicone", None, 21.0),
    ]


def test_a_period_alone_under_an_item_is_no_part_of_its_name() -> None:
    # The billing period printed under each item in the name's own size: a detail.
    items = _items(
        [
            (50, 220, "Description"),
            (330, 220, "Qté"),
            (390, 220, "Prix unitaire HT"),
            (500, 220, "Total HT"),
            (50, 240, "Snapshot VPS"),
            (335, 240, "1"),
            (400, 240, "2,99 €"),
            (505, 240, "2,99 €"),
            (50, 252, "01/03/2025 - 31/03/2025"),
            (50, 270, "Email Pro - 3 comptes"),
            (335, 270, "3"),
            (400, 270, "1,49 €"),
            (505, 270, "4,47 €"),
            (50, 282, "01/03/2025 - 31/03/2025"),
        ]
    )
    assert [i["description"] for i in items] == ["Snapshot VPS", "Email Pro - 3 comptes"]
