"""Item tables: "Qty/Hrs" captions, US "Extended" grids, captionless name columns, payment
rows of a folio, a second section under a titled heading, a fee billed as a paragraph."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]

_HEAD: list[Row] = [
    (50, 60, "Acme Widgets Ltd"),
    (350, 130, "Invoice number:"),
    (450, 130, "INV-7"),
    (350, 144, "Invoice date:"),
    (450, 144, "05.03.2024"),
]


def _items(rows: list[Row]) -> list[tuple[Any, ...]]:
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    return [
        (i["description"], i["quantity"], i["unit_price"], i["amount"])
        for i in result["line_items"]
    ]


def test_two_names_of_one_column_joined_by_a_slash_caption_it() -> None:
    rows: list[Row] = [
        (50, 220, "Code"),
        (110, 220, "Description"),
        (300, 220, "Qty/Hrs"),
        (360, 220, "Price/Rate"),
        (430, 220, "Disc %"),
        (510, 220, "Net"),
        (50, 240, "B-400"),
        (110, 240, "Combi boiler"),
        (310, 240, "2"),
        (360, 240, "1,245.00"),
        (435, 240, "10.00"),
        (500, 240, "2,241.00"),
        (50, 256, "F-22"),
        (110, 256, "System filter"),
        (310, 256, "4"),
        (370, 256, "68.50"),
        (435, 256, "0.00"),
        (505, 256, "274.00"),
        (420, 290, "Total Net"),
        (500, 290, "2,515.00"),
    ]
    assert _items(rows) == [
        ("Combi boiler", 2.0, 1245.0, 2241.0),
        ("System filter", 4.0, 68.5, 274.0),
    ]


def test_an_extended_column_under_ordered_shipped_and_back_ordered_counts() -> None:
    rows: list[Row] = [
        (40, 220, "Item #"),
        (180, 220, "Description"),
        (300, 220, "Ordered"),
        (345, 220, "Shipped"),
        (390, 220, "B/O"),
        (440, 220, "Unit Price"),
        (510, 220, "Extended"),
        (40, 240, "GL-TT2000"),
        (100, 240, "Jumbo roll tissue"),
        (310, 240, "40"),
        (355, 240, "40"),
        (414, 240, "0"),
        (450, 240, "38.75"),
        (510, 240, "1,550.00"),
        (40, 256, "KC-01080"),
        (100, 256, "Paper towels"),
        (310, 256, "60"),
        (355, 256, "45"),
        (409, 256, "15"),
        (450, 256, "29.60"),
        (510, 256, "1,332.00"),
        (440, 290, "Subtotal"),
        (510, 290, "2,882.00"),
    ]
    assert _items(rows) == [
        ("Jumbo roll tissue", 40.0, 38.75, 1550.0),
        ("Paper towels", 45.0, 29.6, 1332.0),
    ]


def test_a_parts_counters_ext_column_after_list_and_net_prices() -> None:
    # "LIST | NET | EXT": the list price, the shop's net price, and the extension (count
    # times net price) the row bills.
    rows: list[Row] = [
        (40, 220, "Description"),
        (300, 220, "Qty"),
        (360, 220, "List"),
        (430, 220, "Net"),
        (510, 220, "Ext"),
        (40, 240, "Oil filter"),
        (305, 240, "10"),
        (360, 240, "9.49"),
        (430, 240, "5.12"),
        (510, 240, "51.20"),
        (40, 256, "Fuel filter"),
        (305, 256, "1"),
        (360, 256, "42.99"),
        (430, 256, "27.36"),
        (510, 256, "27.36"),
        (440, 290, "Subtotal"),
        (510, 290, "78.56"),
    ]
    assert _items(rows) == [
        ("Oil filter", 10.0, 5.12, 51.2),
        ("Fuel filter", 1.0, 27.36, 27.36),
    ]


def test_names_left_of_a_header_without_a_description_caption_are_the_items() -> None:
    rows: list[Row] = [
        (300, 220, "Quantité"),
        (360, 220, "Prix unitaire HT"),
        (500, 220, "Montant HT"),
        (60, 240, "Abonnement gaz B1"),
        (310, 240, "12"),
        (380, 240, "21,31"),
        (505, 240, "255,72"),
        (60, 256, "Consommation gaz"),
        (300, 256, "8411"),
        (380, 256, "0,1094"),
        (505, 256, "920,16"),
        (420, 290, "Total HT"),
        (500, 290, "1 175,88"),
    ]
    assert _items(rows) == [
        ("Abonnement gaz B1", 12.0, 21.31, 255.72),
        ("Consommation gaz", 8411.0, 0.1094, 920.16),
    ]


def test_a_card_payment_in_a_folio_is_no_item() -> None:
    rows: list[Row] = [
        (60, 220, "Beschreibung"),
        (330, 220, "Menge"),
        (400, 220, "Preis"),
        (500, 220, "Betrag"),
        (60, 240, "Logis Superior Double"),
        (340, 240, "2"),
        (400, 240, "142,00"),
        (500, 240, "284,00"),
        (60, 256, "Zahlung Visa XXXXXXXXXXXX7712"),
        (500, 256, "-284,00"),
        (420, 290, "Saldo"),
        (500, 290, "0,00"),
    ]
    assert _items(rows) == [("Logis Superior Double", 2.0, 142.0, 284.0)]


def test_a_section_title_with_a_bracketed_reference_opens_the_next_group() -> None:
    rows: list[Row] = [
        (60, 220, "Leistungsbeschreibung"),
        (400, 220, "Anz."),
        (500, 220, "Betrag"),
        (60, 240, "Eingehende Untersuchung"),
        (405, 240, "1"),
        (500, 240, "12,94"),
        (60, 256, "Adhäsive Befestigung"),
        (405, 256, "1"),
        (500, 256, "16,82"),
        (380, 276, "Summe Honorar"),
        (500, 276, "29,76"),
        (40, 296, "Auslagen und Materialkosten (§ 4 Abs. 3 / § 9 GOZ)"),
        (60, 312, "Komposit-Füllungsmaterial"),
        (405, 312, "1"),
        (500, 312, "12,40"),
        (380, 332, "Summe Auslagen"),
        (500, 332, "12,40"),
        (380, 352, "Rechnungsbetrag"),
        (500, 352, "42,16"),
    ]
    names = [item[0] for item in _items(rows)]
    assert names == ["Eingehende Untersuchung", "Adhäsive Befestigung", "Komposit-Füllungsmaterial"]


def test_a_fee_billed_as_a_paragraph_keeps_the_whole_paragraph() -> None:
    rows: list[Row] = [
        (60, 220, "TO OUR PROFESSIONAL FEES for acting on your behalf in the"),
        (60, 230, "above purchase, including investigating title and all"),
        (60, 240, "attendances, calls and correspondence therewith."),
        (480, 240, "4,800.00"),
        (60, 262, "Counsel's fee - opinion on title"),
        (480, 262, "1,200.00"),
        (60, 284, "Sub-total"),
        (480, 284, "6,000.00"),
    ]
    items = _items(rows)
    assert [item[3] for item in items] == [4800.0, 1200.0]
    assert items[0][0].startswith("TO OUR PROFESSIONAL FEES")
    assert items[0][0].endswith("correspondence therewith.")
    assert items[1][0] == "Counsel's fee - opinion on title"


def test_credit_note_totals_right_of_a_code_column_are_no_discount_of_the_last_item() -> None:
    # A credit note's items are all negative; the totals under the table stand right of the
    # description column (clipped at "Art.-Nr."): none of them lowers the last item.
    rows: list[Row] = [
        (60, 220, "Pos"),
        (85, 220, "Artikel"),
        (326, 220, "Art.-Nr."),
        (380, 220, "Menge"),
        (431, 220, "Einzelpreis"),
        (516, 220, "Summe"),
        (60, 240, "1"),
        (85, 240, "Regenhülle für Rucksack"),
        (327, 240, "RH-M-01"),
        (403, 240, "-2"),
        (449, 240, "14,95 €"),
        (514, 240, "-29,90 €"),
        (60, 256, "2"),
        (85, 256, "Versandkostenerstattung"),
        (326, 256, "VERSAND"),
        (403, 256, "-1"),
        (454, 256, "4,95 €"),
        (519, 256, "-4,95 €"),
        (341, 280, "Gutschriftsbetrag (brutto)"),
        (503, 280, "-34,85 €"),
        (341, 295, "darin enthaltene MwSt. 19 %"),
        (515, 295, "-5,56 €"),
    ]
    assert _items(rows) == [
        ("Regenhülle für Rucksack", -2.0, 14.95, -29.9),
        ("Versandkostenerstattung", -1.0, 4.95, -4.95),
    ]
