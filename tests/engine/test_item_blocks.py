"""Item tables printed as blocks: details under each item, page breaks, sections after them.

E-invoice visualisations and ERP layouts print each position as a block: the item's row,
its wrapped name, then detail lines ("Bruttopreis : 4,00", "• Herkunftsland: DE"), and
after the table further sections ("Zu- und Abschläge:") whose rows are no items.
"""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_invoice_pdf, make_sized_pdf

Row = tuple[float, float, str]

_HEAD: list[Row] = [
    (50, 60, "Acme Widgets GmbH"),
    (350, 100, "Rechnungsnummer:"),
    (450, 100, "R-7"),
    (350, 114, "Rechnungsdatum:"),
    (450, 114, "05.03.2024"),
]
# "Pos Art-Nr-Kunde Beschreibung" in one run of words: the description starts at its keyword.
_TABLE_HEAD: list[Row] = [
    (50, 200, "Pos Art-Nr-Kunde Beschreibung"),
    (270, 200, "Nettopreis"),
    (360, 200, "Menge"),
    (440, 200, "Steuer"),
    (510, 200, "Entgelt"),
]


def _items(pages: list[list[Row]]) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf(pages), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def _row(
    y: float, pos: str, number: str, name: str, price: str, qty: str, amount: str
) -> list[Row]:
    return [
        (55, y, pos),
        (75, y, number),
        (150, y, name),
        (280, y, price),
        (365, y, qty),
        (445, y, "19 %"),
        (515, y, amount),
    ]


def test_details_under_an_item_are_no_part_of_its_name() -> None:
    page = [
        *_HEAD,
        *_TABLE_HEAD,
        *_row(220, "1", "KR3M", "Kunstrasen", "3,33", "3", "10,00"),
        (150, 232, "grün 3m breit"),
        (150, 250, "Bruttopreis"),
        (220, 250, ": 4,00"),
        (150, 268, "Bestellt wurden 5 Stück, berechnet werden 3."),
        *_row(290, "2", "SFK5", "Schweinesteak", "5,50", "1", "5,50"),
        (150, 302, "• Herkunftsland: DE"),
        (150, 314, "Aus Freilandhaltung"),
        (300, 350, "Rechnungssumme 15,50"),
    ]
    items = _items([page])
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Kunstrasen grün 3m breit", 10.0),
        ("Schweinesteak", 5.5),
    ]


def test_an_item_cut_by_a_page_break_goes_on_at_the_top_of_the_next_page() -> None:
    first = [*_HEAD, *_TABLE_HEAD, *_row(780, "1", "", "GTIN:", "9,90", "20", "198,00")]
    first.append((150, 792, "4012345001235"))
    second = [
        (150, 60, "Unsere Art.-Nr.:"),
        (150, 72, "TB100A4"),
        (150, 84, "Trennblätter A4"),
        (300, 140, "Rechnungssumme 198,00"),
    ]
    items = _items([first, second])
    assert [i["description"] for i in items] == [
        "GTIN: 4012345001235 Unsere Art.-Nr.: TB100A4 Trennblätter A4"
    ]


def test_a_section_title_at_the_margin_ends_the_items() -> None:
    page = [
        *_HEAD,
        *_TABLE_HEAD,
        *_row(220, "1", "ZS997", "Zitronensäure 100ml", "1,00", "-5", "-5,00"),
        (45, 270, "Zu- und Abschläge:"),
        (120, 290, "Art"),
        (220, 290, "%"),
        (240, 290, "Basisbetrag"),
        (320, 290, "Basismenge"),
        (440, 290, "Steuer"),
        (500, 290, "Betrag"),
        (45, 304, "Abschlag"),
        (104, 304, "Rechnungsrabatt"),
        (440, 304, "19 % VAT"),
        (530, 304, "0,15"),
    ]
    items = _items([page])
    assert [(i["description"], i["amount"]) for i in items] == [("Zitronensäure 100ml", -5.0)]


def test_a_price_per_hundred_units_is_read_per_unit() -> None:
    page = [
        *_HEAD,
        *_TABLE_HEAD,
        *_row(220, "1", "A987", "Artikel A", "52,52", "200", "105,04"),
        *_row(240, "2", "B987", "Artikel B", "2,06", "25", "51,50"),
        (300, 280, "Rechnungssumme 156,54"),
    ]
    items = _items([page])
    assert [(i["unit_price"], i["quantity"]) for i in items] == [(0.5252, 200.0), (2.06, 25.0)]


def test_a_position_number_opens_an_item_whose_amount_is_below() -> None:
    page = [
        *_HEAD,
        *_TABLE_HEAD,
        (55, 220, "1"),
        (150, 220, "Stahlcoil"),
        (365, 220, "10"),
        (150, 232, "Basismenge: 1 Stk"),
        (515, 232, "1.000,00"),
        (55, 260, "2"),
        (150, 260, "Stoßfänger"),
        (365, 260, "10"),
        (150, 272, "Basismenge: 1 Stk"),
        (515, 272, "1.000,00"),
        (300, 310, "Rechnungssumme 2.000,00"),
    ]
    items = _items([page])
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ("Stahlcoil", 10.0, 1000.0),
        ("Stoßfänger", 10.0, 1000.0),
    ]


def test_labels_of_item_details_without_figures_do_not_end_the_table() -> None:
    page = [
        *_HEAD,
        *_TABLE_HEAD,
        *_row(220, "1", "GZ250", "Gelierzucker", "1,45", "50", "72,50"),
        (300, 236, "Artikelrabatt"),
        (460, 236, "Artikelrabatt"),
        (150, 240, "Bruttopreis : 1,50"),
        *_row(270, "2", "2031", "Bierbrau Pils", "12,00", "15", "180,00"),
        (300, 310, "Rechnungssumme 252,50"),
    ]
    items = _items([page])
    assert [i["description"] for i in items] == ["Gelierzucker", "Bierbrau Pils"]


def test_a_correction_note_bills_the_difference_of_its_before_and_after_tables() -> None:
    def block(y: float, title: str, counts: tuple[str, str], amounts: tuple[str, str]) -> list[Row]:
        return [
            (50, y, title),
            (50, y + 16, "Lp."),
            (80, y + 16, "Nazwa"),
            (280, y + 16, "Ilosc"),
            (340, y + 16, "Cena netto"),
            (450, y + 16, "Wartosc netto"),
            (55, y + 32, "1"),
            (80, y + 32, "Zab kultywatora"),
            (285, y + 32, counts[0]),
            (345, y + 32, "18,00"),
            (460, y + 32, amounts[0]),
            (55, y + 46, "2"),
            (80, y + 46, "Lemiesz pluga"),
            (285, y + 46, counts[1]),
            (345, y + 46, "135,00"),
            (460, y + 46, amounts[1]),
        ]

    page = [
        *_HEAD,
        *block(180, "Przed korekta:", ("40", "8"), ("720,00", "1 080,00")),
        *block(260, "Po korekcie:", ("10", "4"), ("180,00", "540,00")),
        *block(340, "Korekta (roznica):", ("-30", "-4"), ("-540,00", "-540,00")),
        (350, 430, "Razem korekta"),
        (460, 430, "-1 080,00"),
    ]
    items = _items([page])
    assert [(i["quantity"], i["amount"]) for i in items] == [(-30.0, -540.0), (-4.0, -540.0)]


def _listed(rows: list[Row]) -> list[tuple[str, float, float]]:
    return [(i["description"], i["quantity"], i["amount"]) for i in _items([_HEAD + rows])]


def test_a_charge_list_may_quote_figures_inside_its_names() -> None:
    # An electricity bill's charges: quantity x price and a tax's base written in the name.
    items = _listed(
        [
            (50, 200, "Energía consumida 241 kWh x 0,132500 €/kWh"),
            (500, 200, "31,93 €"),
            (50, 216, "Impuesto sobre electricidad 5,11% s/ 31,93"),
            (505, 216, "1,63 €"),
            (50, 232, "Alquiler equipos de medida 28 días"),
            (505, 232, "0,75 €"),
            (50, 252, "Base imponible"),
            (500, 252, "34,31 €"),
        ]
    )
    assert items == [
        ("Energía consumida 241 kWh x 0,132500 €/kWh", 1.0, 31.93),
        ("Impuesto sobre electricidad 5,11% s/ 31,93", 1.0, 1.63),
        ("Alquiler equipos de medida 28 días", 1.0, 0.75),
    ]


def test_a_regular_line_under_a_bold_listed_name_is_the_name_s_second_line() -> None:
    # An app store's receipt: the product in bold, the purchase under it in regular print of
    # about its size, then smaller notes. The second line names what was bought.
    texts: list[SizedText] = [
        *[(x, y, t, 10.0) for x, y, t in _HEAD],
        (84, 200, "Notes Pro", 7.5),
        (520, 200, "€39.99", 7.5),
        (84, 209, "Notes Pro – Yearly (Automatic Renewal)", 7.0),
        (84, 218, "Renews 14 Nov 2027", 6.0),
        (84, 230, "Cloud Storage", 7.5),
        (524, 230, "€2.99", 7.5),
        (84, 239, "Cloud Storage with 200 GB (Monthly)", 7.0),
        (360, 262, "Subtotal", 7.5),
        (520, 262, "€42.98", 7.5),
    ]
    result = extract_canonical(
        make_sized_pdf(texts, frozenset({"Notes Pro", "Cloud Storage"})), use_einvoice=False
    )
    assert [i["description"] for i in result["line_items"]] == [
        "Notes Pro Notes Pro – Yearly (Automatic Renewal)",
        "Cloud Storage Cloud Storage with 200 GB (Monthly)",
    ]


def test_a_sum_indented_under_a_premium_list_closes_it() -> None:
    items = _listed(
        [
            (50, 200, "Kfz-Haftpflicht"),
            (500, 200, "241,80 €"),
            (50, 216, "Vollkasko"),
            (500, 216, "312,44 €"),
            (250, 236, "Jahresnetto"),
            (500, 236, "554,24 €"),
            (250, 252, "Versicherungsteuer 19 %"),
            (500, 252, "105,31 €"),
            (250, 268, "Zu zahlen"),
            (500, 268, "659,55 €"),
        ]
    )
    assert items == [("Kfz-Haftpflicht", 1.0, 241.8), ("Vollkasko", 1.0, 312.44)]


def test_a_charge_with_an_empty_date_cell_is_an_item_not_a_detail() -> None:
    items = _listed(
        [
            (50, 200, "01.03.–31.03."),
            (140, 200, "Grundpreis"),
            (505, 200, "33,57"),
            (140, 216, "Verbindungen"),
            (510, 216, "1,43"),
            (50, 232, "01.03."),
            (140, 232, "Treuebonus"),
            (508, 232, "-4,20"),
            (50, 252, "Summe netto"),
            (505, 252, "30,80"),
        ]
    )
    assert items == [
        ("01.03.–31.03. Grundpreis", 1.0, 33.57),
        ("Verbindungen", 1.0, 1.43),
        ("01.03. Treuebonus", 1.0, -4.2),
    ]


def test_charges_indented_under_a_heading_are_items_of_the_list() -> None:
    # An airline ticket: the fare, then its taxes and fees indented under their heading.
    items = _listed(
        [
            (50, 200, "Air fare"),
            (480, 200, "186.00 EUR"),
            (50, 216, "Taxes, fees and charges"),
            (65, 232, "DE Airport security charge"),
            (485, 232, "9.28 EUR"),
            (65, 246, "RA Passenger service charge Frankfurt"),
            (480, 246, "26.14 EUR"),
            (65, 260, "YR Service fee"),
            (480, 260, "14.00 EUR"),
            (330, 280, "Total amount"),
            (480, 280, "235.42 EUR"),
        ]
    )
    assert [amount for _name, _count, amount in items] == [186.0, 9.28, 26.14, 14.0]


def test_a_fee_list_in_brackets_is_a_credit() -> None:
    # Description | Amount only, a name wrapped over two lines, a refund as "($12.00)".
    items = _listed(
        [
            (50, 200, "DESCRIPTION"),
            (480, 200, "AMOUNT"),
            (50, 216, "Service Fee - Ref ID 7188 - Fixed-price milestone 2"),
            (480, 216, "$85.00"),
            (50, 228, '"Logo redesign" ($850.00 x 10%)'),
            (50, 244, "Service Fee Refund - Ref ID 7186 - partial refund"),
            (476, 244, "($12.00)"),
            (330, 264, "Subtotal"),
            (480, 264, "$73.00"),
            (330, 280, "Total Amount"),
            (480, 280, "$73.00"),
        ]
    )
    assert [amount for _name, _count, amount in items] == [85.0, -12.0]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Description", [251.58, 105.0, 112.5]),
        # Per category, under no caption naming the items: a summary of them.
        ("Category", []),
    ],
)
def test_rows_of_net_tax_and_gross_bill_their_net(caption: str, expected: list[float]) -> None:
    items = _listed(
        [
            (50, 200, caption),
            (300, 200, "Net"),
            (380, 200, "VAT 20%"),
            (460, 200, "Gross"),
            (50, 216, "Commission on orders (30% of EUR 838.60)"),
            (300, 216, "£251.58"),
            (380, 216, "£50.32"),
            (460, 216, "£301.90"),
            (50, 230, "Tablet rental (weekly)"),
            (300, 230, "£105.00"),
            (380, 230, "£21.00"),
            (460, 230, "£126.00"),
            (50, 244, "Marketing co-funding"),
            (300, 244, "£112.50"),
            (380, 244, "£22.50"),
            (460, 244, "£135.00"),
            (50, 262, "Total fees"),
            (300, 262, "£469.08"),
            (380, 262, "£93.82"),
            (460, 262, "£562.90"),
        ]
    )
    assert [amount for _name, _count, amount in items] == expected


def test_a_count_before_three_figures_makes_them_no_net_tax_and_gross() -> None:
    # "Count | price | discount | amount" rows: a till's table, not net + tax = gross.
    items = _listed(
        [
            (50, 200, "Item"),
            (460, 200, "Amount"),
            (50, 216, "BEN02"),
            (200, 216, "1"),
            (300, 216, "12.90"),
            (380, 216, "0.00"),
            (460, 216, "12.90"),
            (50, 230, "SET10"),
            (200, 230, "1"),
            (300, 230, "16.90"),
            (380, 230, "0.00"),
            (460, 230, "16.90"),
            (300, 250, "Total"),
            (460, 250, "29.80"),
        ]
    )
    assert items == []
