"""Utility bills print each row's quantity with its unit ("1.230 kWh", "181 Tage") and its
price per unit ("0,2870 €/kWh") under a section title ("Ihre Kosten") over the header; web
shops caption the line total "Price" beside the count ("Product | Qty | Price"); a hotel
folio posts a dated card payment among the charges, its masked digits printed apart."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _items(page: list[tuple[float, float, str]]) -> list[dict[str, object]]:
    items: list[dict[str, object]] = extract_canonical(
        make_invoice_pdf([page]), use_einvoice=False
    )["line_items"]
    return items


def test_metered_quantities_and_prices_per_unit_under_a_section_title() -> None:
    page = [
        (50, 60, "Energieversorgung Beispielstadt GmbH"),
        (50, 74, "Am Werk 3, 01234 Beispielstadt"),
        (350, 100, "Rechnungsnummer"),
        (450, 100, "EV-2025-77120"),
        (350, 114, "Datum"),
        (450, 114, "02.03.2025"),
        (50, 200, "Ihre Kosten"),
        (50, 216, "Position"),
        (330, 216, "Menge"),
        (410, 216, "Preis netto"),
        (500, 216, "Betrag netto"),
    ]
    rows = [
        ("Arbeitspreis 01.01.2024 - 31.08.2024", "1.230 kWh", "0,2870 €/kWh", "353,01 €"),
        ("Arbeitspreis 01.09.2024 - 31.12.2024", "640 kWh", "0,3010 €/kWh", "192,64 €"),
        ("Grundpreis 01.01.2024 - 31.12.2024", "366 Tage", "0,4200 €/Tag", "153,72 €"),
    ]
    for n, (text, count, price, amount) in enumerate(rows):
        y = 234 + 14 * n
        page += [(50, y, text), (318, y, count), (402, y, price), (512, y, amount)]
    page += [
        (300, 290, "Summe netto"),
        (500, 290, "699,37 €"),
        (300, 304, "Umsatzsteuer 19 %"),
        (500, 304, "132,88 €"),
        (300, 318, "Rechnungsbetrag"),
        (500, 318, "832,25 €"),
    ]
    items = _items(page)
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (1230.0, 0.287, 353.01),
        (640.0, 0.301, 192.64),
        (366.0, 0.42, 153.72),
    ]
    assert items[0]["description"] == "Arbeitspreis 01.01.2024 - 31.08.2024"


def test_a_shop_price_column_beside_the_count_holds_the_line_total() -> None:
    page = [
        (50, 60, "Voorbeeld Webwinkel"),
        (50, 74, "Dorpsstraat 5, 1234 AB Voorbeeld"),
        (350, 120, "Factuurnummer:"),
        (450, 120, "2025-0099"),
        (350, 134, "Factuurdatum:"),
        (450, 134, "3 maart 2025"),
        (50, 220, "Product"),
        (380, 220, "Aantal"),
        (500, 220, "Prijs"),
    ]
    rows = [
        ("Tuinslang 25 meter groen", "3", "€74,85", "SKU: TS-25-G"),
        ("Sproeikop messing", "2", "€19,90", "SKU: SK-MS-01"),
        ("Slangkoppeling set", "1", "€8,45", "SKU: SLK-SET"),
    ]
    for n, (text, count, total, sku) in enumerate(rows):
        y = 240 + 30 * n
        page += [(50, y, text), (385, y, count), (500, y, total), (50, y + 12, sku)]
    page += [
        (380, 340, "Subtotaal"),
        (500, 340, "€103,20"),
        (380, 354, "Totaal"),
        (500, 354, "€103,20"),
    ]
    items = _items(page)
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ("Tuinslang 25 meter groen", 3.0, 74.85),
        ("Sproeikop messing", 2.0, 19.9),
        ("Slangkoppeling set", 1.0, 8.45),
    ]


def test_a_dated_card_payment_in_a_folio_is_no_item() -> None:
    page = [
        (50, 60, "Beispielhotel Betriebs GmbH"),
        (50, 74, "Uferweg 1, 10115 Berlin"),
        (350, 100, "Rechnung Nr."),
        (450, 100, "40211"),
        (350, 114, "Datum"),
        (450, 114, "09.04.2025"),
        (45, 186, "Datum"),
        (110, 186, "Beschreibung"),
        (370, 186, "Menge"),
        (430, 186, "Einzelpreis"),
        (505, 186, "Betrag EUR"),
    ]
    rows = [
        ("08.04.25", "Übernachtung Doppelzimmer", "1", "120,00", "120,00"),
        ("09.04.25", "Frühstück", "2", "15,00", "30,00"),
    ]
    for n, (day, text, count, price, amount) in enumerate(rows):
        y = 204 + 14 * n
        page += [(45, y, day), (110, y, text), (377, y, count), (441, y, price), (531, y, amount)]
    page += [
        (220, 227, "****"),
        (110, 232, "09.04.25"),
        (152, 232, "Zahlung Visa"),
        (235, 232, "7731"),
        (524, 232, "-150,00"),
        (300, 252, "Gesamtbetrag"),
        (502, 252, "150,00 EUR"),
        (300, 266, "Saldo"),
        (510, 266, "0,00 EUR"),
    ]
    items = _items(page)
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Übernachtung Doppelzimmer", 120.0),
        ("Frühstück", 30.0),
    ]


def test_a_wrapped_name_line_of_punctuation_and_a_sign_still_joins_the_name() -> None:
    # "Vollkasko SF25 (30" / "%)" / "Typkl. 21": a narrow column wraps the name at its
    # percent sign; unlike a masked card's "****", that line is part of the name.
    page = [
        (50, 60, "Versicherungsdienst Muster AG"),
        (50, 74, "Am Ring 3, 01234 Beispielstadt"),
        (350, 100, "Rechnungsnummer"),
        (450, 100, "VD-2025-118"),
        (350, 114, "Datum"),
        (450, 114, "02.03.2025"),
        (50, 216, "Pos"),
        (80, 216, "Beschreibung"),
        (300, 216, "Einzelpreis"),
        (380, 216, "Menge"),
        (500, 216, "Betrag"),
        (50, 234, "1"),
        (80, 234, "Vollkasko"),
        (300, 234, "140,00"),
        (380, 234, "1"),
        (500, 234, "140,00"),
        (80, 246, "SF25 (30"),
        (80, 258, "%)"),
        (80, 270, "Typkl. 21"),
        (300, 300, "Summe"),
        (500, 300, "140,00"),
    ]
    items = _items(page)
    assert [i["description"] for i in items] == ["Vollkasko SF25 (30 %) Typkl. 21"]
