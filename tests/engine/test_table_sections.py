"""Item tables in sections, and columns beside the description that are not part of it."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

# (x, y from the top, text); a text starting with ">" is set right-aligned, ending at x.
Text = tuple[float, float, str]

_HEAD: list[Text] = [
    (50, 60, "Acme Widgets GmbH"),
    (350, 130, "Invoice number:"),
    (450, 130, "INV-7"),
    (350, 144, "Invoice date:"),
    (450, 144, "05.03.2024"),
]


def _pdf(texts: list[Text], *more_pages: list[Text]) -> bytes:
    return make_invoice_pdf([_HEAD + texts, *more_pages], size=9, marks=True)


def _items(texts: list[Text]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = extract_canonical(_pdf(texts), use_einvoice=False)["line_items"]
    return items


def _figures(items: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items]


def _row(y: float, name: str, quantity: str, price: str, amount: str) -> list[Text]:
    return [(110, y, name), (330, y, ">" + quantity), (430, y, ">" + price), (530, y, ">" + amount)]


_WORKSHOP_HEADER: list[Text] = [
    (60, 220, "Pos."),
    (110, 220, "Bezeichnung"),
    (305, 220, "Menge"),
    (390, 220, "Einzelpreis"),
    (495, 220, "Betrag"),
]


def test_a_group_sum_and_the_next_groups_title_do_not_end_the_table() -> None:
    texts = [
        *_WORKSHOP_HEADER,
        (110, 236, "Arbeitslohn"),
        *_row(250, "Inspektion mit Ölwechsel", "18", "14,90", "268,20"),
        *_row(262, "Bremsbeläge vorne erneuern", "9", "14,90", "134,10"),
        (360, 278, "Summe Arbeitslohn"),
        (530, 278, ">402,30"),
        (110, 296, "Ersatzteile / Material"),
        *_row(312, "Bremsbeläge Satz VA", "1", "68,40", "68,40"),
        *_row(324, "Ölfilter mit Dichtring", "2", "14,80", "29,60"),
        (360, 340, "Summe Ersatzteile"),
        (530, 340, ">98,00"),
        (390, 370, "Nettobetrag"),
        (530, 370, ">500,30"),
        (390, 384, "zzgl. 19 % MwSt."),
        (530, 384, ">95,06"),
    ]
    assert _figures(_items(texts)) == [
        ("Inspektion mit Ölwechsel", 18.0, 14.9, 268.2),
        ("Bremsbeläge vorne erneuern", 9.0, 14.9, 134.1),
        ("Bremsbeläge Satz VA", 1.0, 68.4, 68.4),
        ("Ölfilter mit Dichtring", 2.0, 14.8, 29.6),
    ]


def test_the_next_groups_counts_stand_where_the_labour_rows_units_end() -> None:
    # "25 AW" (work units) right-aligned in the count column: the parts' bare "1" ends
    # where the unit does, right of the labour's figures, still in the count column.
    texts = [
        *_WORKSHOP_HEADER,
        (110, 236, "Arbeitslohn"),
        (110, 250, "Inspektion mit Ölwechsel"),
        (310, 250, ">25"),
        (330, 250, ">AW"),
        (430, 250, ">12,60"),
        (530, 250, ">315,00"),
        (110, 262, "Bremsbeläge vorne erneuern"),
        (310, 262, ">10"),
        (330, 262, ">AW"),
        (430, 262, ">12,60"),
        (530, 262, ">126,00"),
        (360, 278, "Summe Arbeitslohn"),
        (530, 278, ">441,00"),
        (110, 296, "Teile"),
        *_row(312, "Bremsbeläge Satz VA", "1", "68,40", "68,40"),
        *_row(324, "Ölfilter mit Dichtring", "2", "14,80", "29,60"),
        (360, 340, "Summe Teile"),
        (530, 340, ">98,00"),
        (390, 370, "Nettobetrag"),
        (530, 370, ">539,00"),
        (390, 384, "zzgl. 19 % MwSt."),
        (530, 384, ">102,41"),
    ]
    assert _figures(_items(texts)) == [
        ("Inspektion mit Ölwechsel", 25.0, 12.6, 315.0),
        ("Bremsbeläge vorne erneuern", 10.0, 12.6, 126.0),
        ("Bremsbeläge Satz VA", 1.0, 68.4, 68.4),
        ("Ölfilter mit Dichtring", 2.0, 14.8, 29.6),
    ]


def test_a_bare_group_sum_between_full_rows_does_not_end_the_table() -> None:
    texts = [
        *_WORKSHOP_HEADER,
        *_row(240, "Inspektion mit Ölwechsel", "18", "14,90", "268,20"),
        *_row(252, "Bremsbeläge vorne erneuern", "9", "14,90", "134,10"),
        (530, 266, ">402,30"),
        *_row(290, "Bremsbeläge Satz VA", "1", "68,40", "68,40"),
        (390, 320, "Nettobetrag"),
        (530, 320, ">470,70"),
    ]
    assert [i["amount"] for i in _items(texts)] == [268.2, 134.1, 68.4]


def test_a_payment_line_repeating_the_total_is_no_item() -> None:
    texts = [
        *_WORKSHOP_HEADER,
        *_row(240, "Inspektion mit Ölwechsel", "18", "14,90", "268,20"),
        *_row(252, "Bremsbeläge vorne erneuern", "9", "14,90", "134,10"),
        (530, 268, ">402,30"),
        (60, 290, "Zahlungsart"),
        (60, 304, "Überweisung an Sparkasse"),
        (530, 304, ">402,30"),
    ]
    assert [i["amount"] for i in _items(texts)] == [268.2, 134.1]


def test_disbursements_after_the_fees_total_and_a_timekeeper_summary() -> None:
    texts = [
        (60, 220, "Date"),
        (110, 220, "Description"),
        (330, 220, ">Hours"),
        (430, 220, ">Rate"),
        (530, 220, ">Amount"),
        (60, 236, "03/03/25"),
        *_row(236, "Conference with client re: deal structure", "1.20", "650.00", "780.00"),
        (60, 250, "03/04/25"),
        *_row(250, "Draft due diligence request list", "2.40", "475.00", "1,140.00"),
        (380, 270, "Total Fees"),
        (530, 270, ">$1,920.00"),
        (60, 290, "TIMEKEEPER SUMMARY"),
        (60, 304, "Eleanor M. Harrow, Partner"),
        (250, 304, ">1.20"),
        (320, 304, ">650.00"),
        (400, 304, ">780.00"),
        (60, 316, "Jonathan R. Lindqvist, Counsel"),
        (250, 316, ">2.40"),
        (320, 316, ">475.00"),
        (400, 316, ">1,140.00"),
        (60, 336, "DISBURSEMENTS"),
        (60, 350, "03/06/25"),
        (110, 350, "UCC and judgment searches"),
        (530, 350, ">312.00"),
        (60, 362, "03/14/25"),
        (110, 362, "Westlaw research charges"),
        (530, 362, ">186.75"),
        (380, 380, "Total Disbursements"),
        (530, 380, ">$498.75"),
        (380, 400, "Total Current Charges"),
        (530, 400, ">$2,418.75"),
    ]
    items = _items(texts)
    assert [(i["description"], i["amount"]) for i in items][2:] == [
        ("UCC and judgment searches", 312.0),
        ("Westlaw research charges", 186.75),
    ]
    assert len(items) == 4


def test_swiss_hours_and_rate_captions() -> None:
    texts = [
        (60, 220, "Leistung"),
        (330, 220, ">Std."),
        (430, 220, ">Ansatz CHF"),
        (530, 220, ">Betrag CHF"),
        (60, 236, "Workshop Portfoliostrategie"),
        (330, 236, ">7.50"),
        (430, 236, ">220.00"),
        (530, 236, ">1'650.00"),
        (60, 248, "Projektleitung und Koordination"),
        (330, 248, ">4.50"),
        (430, 248, ">165.00"),
        (530, 248, ">742.50"),
        (360, 270, "Total exkl. MWST"),
        (530, 270, ">2'392.50"),
    ]
    assert _figures(_items(texts)) == [
        ("Workshop Portfoliostrategie", 7.5, 220.0, 1650.0),
        ("Projektleitung und Koordination", 4.5, 165.0, 742.5),
    ]


def test_swedish_captions() -> None:
    texts = [
        (50, 220, "Art.nr"),
        (105, 220, "Benämning"),
        (340, 220, ">Antal"),
        (350, 220, "Enh"),
        (430, 220, ">À-pris"),
        (470, 220, ">Rab %"),
        (545, 220, ">Belopp"),
        (50, 236, "M-101"),
        (105, 236, "Receptionsdisk ek, platsbyggd"),
        (340, 236, ">1,00"),
        (350, 236, "st"),
        (430, 236, ">38500,00"),
        (545, 236, ">38500,00"),
        (50, 248, "B-020"),
        (105, 248, "Bänkskiva kompaktlaminat"),
        (340, 248, ">6,40"),
        (350, 248, "m"),
        (430, 248, ">1890,00"),
        (470, 248, ">10"),
        (545, 248, ">10886,40"),
        (50, 280, "Netto"),
        (545, 280, ">49386,40"),
    ]
    assert _figures(_items(texts)) == [
        ("Receptionsdisk ek, platsbyggd", 1.0, 38500.0, 38500.0),
        ("Bänkskiva kompaktlaminat", 6.4, 1890.0, 10886.4),
    ]


def test_the_shipped_count_of_several_is_the_quantity_and_the_item_code_no_name() -> None:
    texts = [
        (41, 220, "Item #"),
        (106, 220, "Description"),
        (329, 220, ">Ordered"),
        (374, 220, ">Shipped"),
        (410, 220, ">B/O"),
        (480, 220, ">Unit Price"),
        (572, 220, ">Ext. Price"),
        (41, 236, "PIP-0200B"),
        (106, 236, "Pipette tips 200 µL, sterile (10 x 96)"),
        (329, 236, ">20"),
        (374, 236, ">12"),
        (410, 236, ">8"),
        (480, 236, ">39.50"),
        (572, 236, ">474.00"),
        (41, 248, "TUB-15PP"),
        (106, 248, "Centrifuge tubes 15 mL"),
        (329, 248, ">6"),
        (374, 248, ">6"),
        (410, 248, ">0"),
        (480, 248, ">118.00"),
        (572, 248, ">708.00"),
        (445, 270, "Subtotal"),
        (572, 270, ">1,182.00"),
    ]
    assert _figures(_items(texts)) == [
        ("Pipette tips 200 µL, sterile (10 x 96)", 12.0, 39.5, 474.0),
        ("Centrifuge tubes 15 mL", 6.0, 118.0, 708.0),
    ]


def test_a_captioned_column_beside_the_description_is_no_part_of_it() -> None:
    texts = [
        (41, 220, "Product / Description"),
        (235, 220, "Licence period"),
        (370, 220, ">Qty"),
        (440, 220, ">Unit price"),
        (555, 220, ">Net amount"),
        (41, 236, "Quillstone Fleet Planner"),
        (235, 236, "01/05/2025 – 30/04/2026"),
        (370, 236, ">25"),
        (440, 236, ">€348.00"),
        (555, 236, ">€8,700.00"),
        (381, 260, "Subtotal (excl. VAT)"),
        (555, 260, ">€8,700.00"),
    ]
    assert _figures(_items(texts)) == [("Quillstone Fleet Planner", 25.0, 348.0, 8700.0)]


def test_a_vat_summary_grid_under_the_items_is_no_item() -> None:
    texts = [
        (43, 220, "Cod. articolo"),
        (100, 220, "Descrizione"),
        (334, 220, ">Quantità"),
        (403, 220, ">Prezzo unitario"),
        (551, 220, ">Prezzo totale"),
        (43, 236, "DICO"),
        (100, 236, "Dichiarazione di conformità"),
        (342, 236, ">1,00"),
        (402, 236, ">90,00"),
        (552, 236, ">90,00"),
        (43, 248, "TB-KF01"),
        (100, 248, "Kit fumi coassiale 60/100"),
        (342, 248, ">1,00"),
        (402, 248, ">186,50"),
        (552, 248, ">186,50"),
        (44, 270, "Esigibilità IVA"),
        (233, 270, "%IVA"),
        (283, 270, "Spese accessorie"),
        (393, 270, "Totale imponibile"),
        (473, 270, "Totale imposta"),
        (44, 284, "I (esigibilità immediata)"),
        (276, 284, ">22,00"),
        (466, 284, ">276,50"),
        (552, 284, ">60,83"),
    ]
    assert _figures(_items(texts)) == [
        ("Dichiarazione di conformità", 1.0, 90.0, 90.0),
        ("Kit fumi coassiale 60/100", 1.0, 186.5, 186.5),
    ]


def test_of_two_quantity_captions_the_count_that_gives_the_amount_is_billed() -> None:
    texts = [
        (60, 220, "Description"),
        (300, 220, ">Qty ordered"),
        (370, 220, ">Qty shipped"),
        (450, 220, ">Unit price"),
        (540, 220, ">Amount"),
        *[(x, 236, t) for x, t in [(60, "Pipette tips 200 µL"), (300, ">20"), (370, ">12")]],
        (450, 236, ">39.50"),
        (540, 236, ">474.00"),
        *[(x, 248, t) for x, t in [(60, "Centrifuge tubes 15 mL"), (300, ">6"), (370, ">6")]],
        (450, 248, ">118.00"),
        (540, 248, ">708.00"),
        (445, 270, "Subtotal"),
        (540, 270, ">1,182.00"),
    ]
    assert _figures(_items(texts)) == [
        ("Pipette tips 200 µL", 12.0, 39.5, 474.0),
        ("Centrifuge tubes 15 mL", 6.0, 118.0, 708.0),
    ]


def test_totals_beside_a_note_after_the_subtotal_are_no_items() -> None:
    texts = [
        *_WORKSHOP_HEADER,
        *_row(240, "Inspektion mit Ölwechsel", "18", "14,90", "268,20"),
        *_row(252, "Bremsbeläge vorne erneuern", "9", "14,90", "134,10"),
        (60, 270, "Zahlbar in 14 Tagen."),
        (360, 270, "Summe netto"),
        (530, 270, ">402,30"),
        (60, 284, "Vielen Dank für Ihren Auftrag"),
        # The totals' captions start inside the description column, not where items do.
        (200, 298, "Rabat"),
        (530, 298, ">0,00"),
        (200, 312, "Kwota VAT @ 19%"),
        (530, 312, ">76,44"),
    ]
    assert [i["amount"] for i in _items(texts)] == [268.2, 134.1]


def test_the_letterhead_over_a_repeated_header_is_no_part_of_the_item_above() -> None:
    header: list[Text] = [
        (110, 220, "Description"),
        (330, 220, ">Hours"),
        (430, 220, ">Rate"),
        (530, 220, ">Amount"),
    ]
    first = [
        *header,
        *_row(240, "Draft due diligence request list", "2.40", "475.00", "1,140.00"),
        *_row(254, "Prepare HSR filing threshold analysis", "1.10", "195.00", "214.50"),
        (285, 800, "Page 1 of 2"),
    ]
    second = [
        (154, 40, "WHITCOMB, HARROW & LINDQVIST LLP"),
        (200, 55, "Attorneys at Law"),
        (150, 70, "One Financial Plaza, 27th Floor, Hartford"),
        (190, 85, "Federal Tax ID No. 06-1587342"),
        (60, 100, "Invoice No. 218834"),
        (500, 100, "Page 2 of 2"),
        *[(x, y - 90, text) for x, y, text in header],
        *_row(150, "Draft transition services agreement", "3.30", "325.00", "1,072.50"),
        (380, 180, "Total Fees"),
        (530, 180, ">$2,427.00"),
    ]
    result = extract_canonical(_pdf(first, second), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == [
        "Draft due diligence request list",
        "Prepare HSR filing threshold analysis",
        "Draft transition services agreement",
    ]


def test_timekeeper_lines_in_the_amount_column_are_passed_over_for_the_disbursements() -> None:
    # The fees' total also sums the hours; the summary by timekeeper prints its amounts in
    # the items' column; the disbursements start at the margin, left of the fees' texts.
    texts = [
        (50, 220, "Date"),
        (95, 220, "Atty"),
        (130, 220, "Description"),
        (330, 220, ">Hours"),
        (430, 220, ">Rate"),
        (530, 220, ">Amount"),
        (50, 236, "02/03/25"),
        (95, 236, "JRH"),
        (130, 236, "Review of supply agreement"),
        (330, 236, ">1.40"),
        (430, 236, ">525.00"),
        (530, 236, ">735.00"),
        (50, 250, "02/04/25"),
        (95, 250, "AKO"),
        (130, 250, "Research on cure periods"),
        (330, 250, ">3.20"),
        (430, 250, ">395.00"),
        (530, 250, ">1,264.00"),
        (330, 270, ">4.60"),
        (360, 270, "Total Fees"),
        (530, 270, ">$1,999.00"),
        (50, 290, "Timekeeper Summary"),
        (70, 304, "Jonathan R. Harlan, Partner"),
        (260, 304, "1.40 hrs"),
        (310, 304, "@ $525.00"),
        (530, 304, ">735.00"),
        (70, 316, "Adwoa K. Osei, Associate"),
        (260, 316, "3.20 hrs"),
        (310, 316, "@ $395.00"),
        (530, 316, ">1,264.00"),
        (50, 336, "Disbursements"),
        (70, 350, "Overnight courier"),
        (530, 350, ">38.42"),
        (70, 362, "PACER research charges"),
        (530, 362, ">27.60"),
        (360, 380, "Total Disbursements"),
        (530, 380, ">$66.02"),
    ]
    assert [(i["description"], i["amount"]) for i in _items(texts)] == [
        ("Review of supply agreement", 735.0),
        ("Research on cure periods", 1264.0),
        ("Overnight courier", 38.42),
        ("PACER research charges", 27.6),
    ]


def test_the_goods_sum_after_a_table_continued_on_the_next_page_is_no_item() -> None:
    header: list[Text] = [
        (60, 200, "Descrição"),
        (330, 200, ">Qtd."),
        (430, 200, ">Preço"),
        (530, 200, ">Valor"),
    ]
    first = [
        *header,
        *_row(220, "Caixa plástica", "20,00", "42,93", "858,60"),
        *_row(232, "Contentor 240L", "20,00", "7,04", "140,80"),
        (430, 250, ">A transportar"),
        (530, 250, ">999,40"),
        (150, 800, "Processado por programa certificado n.º 0003/AT"),
    ]
    second = [
        *header,
        (430, 220, ">Transporte"),
        (530, 220, ">999,40"),
        *_row(236, "Caixa 300x200", "100,00", "20,50", "2.050,00"),
        *_row(248, "Tampa contentor", "10,00", "33,27", "332,70"),
        (60, 270, "Quadro Resumo de Impostos"),
        (400, 270, "Mercadoria"),
        (530, 270, ">3.382,10"),
    ]
    result = extract_canonical(_pdf(first, second), use_einvoice=False)
    assert [i["amount"] for i in result["line_items"]] == [858.6, 140.8, 2050.0, 332.7]


_FOOTED_HEADER: list[Text] = [
    (60, 200, "Pos"),
    (110, 200, "Beschreibung"),
    (330, 200, ">Menge"),
    (430, 200, ">Nettopreis"),
    (530, 200, ">Nettobetrag"),
]


def _footed(y: float, position: int) -> list[Text]:
    return [(60, y, str(position)), *_row(y, f"Widget {position}", "2", "5,00", "10,00")]


def test_a_table_goes_on_after_the_page_foot_without_a_repeated_header() -> None:
    # The rows on the next page fit the columns under the page's own title line; the
    # section bar under them ends the table.
    first = [
        *_FOOTED_HEADER,
        *_footed(220, 1),
        *_footed(240, 2),
        (150, 252, "Bruttopreis : 5,00"),
        (480, 800, "Seite 1 von 2"),
    ]
    second = [
        (50, 40, "Visualisierung eRechnung © DWC 2025"),
        *_footed(75, 3),
        *_footed(95, 4),
        (60, 120, "Umsatzsteueraufschlüsselung"),
        (60, 135, "Art (Kategorie)"),
        (200, 135, "Warenwert"),
        (330, 135, "Basisbetrag"),
        (430, 135, "Steuersatz"),
        (500, 135, "Steuerbetrag"),
        (60, 150, "Umsatzsteuer (S)"),
        (230, 150, ">40,00"),
        (360, 150, ">40,00"),
        (460, 150, ">19"),
        (530, 150, ">7,60"),
        (480, 800, "Seite 2 von 2"),
    ]
    result = extract_canonical(_pdf(first, second), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == [f"Widget {n}" for n in range(1, 5)]


def test_a_letter_after_the_page_foot_is_no_continuation_of_the_table() -> None:
    first = [*_FOOTED_HEADER, *_footed(220, 1), *_footed(240, 2), (480, 800, "Seite 1 von 2")]
    second = [
        (50, 40, "Acme Widgets GmbH"),
        (50, 60, "Sehr geehrte Damen und Herren,"),
        (50, 75, "anbei erhalten Sie 2 Muster zu 5,00 EUR, zusammen 10,00 EUR."),
        *_footed(95, 3),
        (480, 800, "Seite 2 von 2"),
    ]
    result = extract_canonical(_pdf(first, second), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == ["Widget 1", "Widget 2"]


@pytest.mark.parametrize(
    "foot",
    [
        [],
        [(60, 780, "Acme Widgets GmbH - Main Street 1 - London"), (480, 800, "Page 1 of 2")],
    ],
    ids=["page-ends-with-rows", "company-footer"],
)
def test_a_classic_table_goes_on_on_the_next_page_without_a_repeated_header(
    foot: list[Text],
) -> None:
    # The footer a wide blank under the rows is the page's foot, not a totals block; the
    # next page's running head at the margin is no part of the item above.
    first = [*_FOOTED_HEADER, *_footed(220, 1), *_footed(240, 2), *foot]
    second = [
        (50, 40, "Acme Widgets GmbH"),
        (400, 40, "Invoice INV-7"),
        *_footed(100, 3),
        (380, 130, "Subtotal"),
        (530, 130, ">30,00"),
    ]
    result = extract_canonical(_pdf(first, second), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == [f"Widget {n}" for n in range(1, 4)]
