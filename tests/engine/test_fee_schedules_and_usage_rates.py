"""Item tables outside the goods mould: fee schedules without a count (GOÄ | Faktor), Indian
two-line headers with the rate under its tax caption, captions with the euro sign glued on,
invoice pads' "Gegenstand" column with "38 m2" counts, and utility usage quoted in pence."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _head(number: str = "R-2025-104") -> list[tuple[float, float, str]]:
    return [
        (50, 60, "Muster Praxis GmbH"),
        (50, 74, "Hauptstrasse 1, 10115 Berlin"),
        (350, 130, "Rechnungsnummer:"),
        (450, 130, number),
        (350, 144, "Rechnungsdatum:"),
        (450, 144, "05.03.2025"),
    ]


def _items(page: list[tuple[float, float, str]]) -> list[dict[str, object]]:
    items: list[dict[str, object]] = extract_canonical(
        make_invoice_pdf([page]), use_einvoice=False
    )["line_items"]
    return items


def test_a_fee_schedule_table_without_count_or_price_is_read() -> None:
    page = [
        *_head(),
        (50, 220, "Datum"),
        (110, 220, "GOÄ"),
        (150, 220, "Leistungsbeschreibung"),
        (420, 220, "Faktor"),
        (490, 220, "Betrag"),
    ]
    rows = [
        ("09.01.2025", "1", "Beratung, auch telefonisch", "2,3", "10,72"),
        ("09.01.2025", "651", "Elektrokardiographische Untersuchung", "1,8", "26,70"),
        ("13.01.2025", "3550", "Blutbild und Blutbildbestandteile", "1,15", "4,02"),
    ]
    for n, (day, code, text, factor, amount) in enumerate(rows):
        y = 240 + 16 * n
        page += [(50, y, day), (110, y, code), (150, y, text), (425, y, factor), (495, y, amount)]
    page += [(50, 320, "Rechnungsbetrag"), (490, 320, "41,44 EUR")]
    items = _items(page)
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Beratung, auch telefonisch", 10.72),
        ("Elektrokardiographische Untersuchung", 26.7),
        ("Blutbild und Blutbildbestandteile", 4.02),
    ]


def test_a_rate_stacked_under_its_tax_caption_keeps_the_header_whole() -> None:
    page = [
        *_head(),
        (50, 220, "Sl"),
        (80, 220, "Description of Goods"),
        (230, 220, "Quantity"),
        (300, 220, "Rate"),
        (380, 220, "Taxable"),
        (460, 220, "CGST"),
        (50, 230, "No."),
        (380, 230, "Value"),
        (462, 230, "9%"),
        (50, 250, "1"),
        (80, 250, "Cloud hosting VPS"),
        (230, 250, "2 Nos"),
        (290, 250, "14,400.00"),
        (380, 250, "28,800.00"),
        (460, 250, "2,592.00"),
        (50, 266, "2"),
        (80, 266, "Backup service"),
        (230, 266, "1 Nos"),
        (295, 266, "9,600.00"),
        (385, 266, "9,600.00"),
        (465, 266, "864.00"),
        (80, 300, "Taxable Value"),
        (380, 300, "38,400.00"),
    ]
    items = _items(page)
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (2.0, 14400.0, 28800.0),
        (1.0, 9600.0, 9600.0),
    ]


def test_price_captions_with_the_euro_sign_glued_on_head_their_columns() -> None:
    page = [
        *_head(),
        (50, 220, "Pos"),
        (80, 220, "Leistung"),
        (300, 220, "Menge"),
        (380, 220, "EP€"),
        (470, 220, "GP€"),
        (50, 240, "1."),
        (80, 240, "Fallrohr Zink DN 100"),
        (300, 240, "8 m"),
        (375, 240, "29,80"),
        (465, 240, "238,40"),
        (50, 256, "2."),
        (80, 256, "Arbeitslohn Dachdecker"),
        (300, 256, "14 Std"),
        (375, 256, "52,00"),
        (465, 256, "728,00"),
        (350, 300, "Summe netto"),
        (460, 300, "966,40 EUR"),
    ]
    items = _items(page)
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (8.0, 29.8, 238.4),
        (14.0, 52.0, 728.0),
    ]


def test_an_invoice_pad_item_column_and_a_count_with_its_unit() -> None:
    page = [
        *_head(),
        (50, 220, "Menge"),
        (90, 220, "Gegenstand"),
        (300, 220, "Einzelpreis"),
        (420, 220, "Gesamtpreis"),
        (52, 240, "38 m2 Wohnzimmer tapezieren"),
        (320, 240, "12,50"),
        (440, 240, "475,00"),
        (52, 256, "1"),
        (90, 256, "Material pauschal"),
        (320, 256, "96,00"),
        (445, 256, "96,00"),
        (300, 300, "Netto"),
        (440, 300, "571,00"),
    ]
    items = _items(page)
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ("Wohnzimmer tapezieren", 38.0, 475.0),
        ("Material pauschal", 1.0, 96.0),
    ]


def test_usage_quoted_at_a_rate_in_pence_gives_count_and_price() -> None:
    page = [
        *_head(),
        (50, 220, "Your charges in detail"),
        (50, 240, "Electricity used 660 kWh @ 24.500p per kWh"),
        (480, 240, "£161.70"),
        (50, 256, "Standing charge 29 days @ 53.350p per day"),
        (485, 256, "£15.47"),
        (300, 280, "Charges before VAT"),
        (480, 280, "£177.17"),
    ]
    items = _items(page)
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (660.0, 0.245, 161.7),
        (29.0, 0.5335, 15.47),
    ]
