"""Item tables of e-invoice viewers: a quantity with three decimals ("1,000", "186,500") read by
the document's decimal mark when its own row leaves the mark open (an article number "01.01"
beside "1.850,00"); a footer ending in "Seite 1 von 2" under the last row is no item."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pages, make_aligned_pdf


def _invoice(rows: list[tuple[str, str, str, str, str]], totals: list[tuple[str, str]]) -> bytes:
    texts: list[SizedText] = [
        (50, 60, "Acme Bau GmbH", 10),
        (350, 130, "Rechnungsnummer:", 9),
        (450, 130, "R-7", 9),
        (350, 144, "Rechnungsdatum:", 9),
        (450, 144, "05.03.2024", 9),
        (50, 200, "Bezeichnung", 9),
        (210, 200, "Art.-Nr.", 9),
        (320, 200, ">Menge", 9),
        (400, 200, ">Preis", 9),
        (530, 200, ">Betrag", 9),
    ]
    for index, (name, code, quantity, price, amount) in enumerate(rows):
        y = 220 + 16 * index
        texts += [
            (50, y, name, 9),
            (210, y, code, 9),
            (320, y, ">" + quantity, 9),
            (400, y, ">" + price, 9),
            (530, y, ">" + amount, 9),
        ]
    for index, (caption, figure) in enumerate(totals):
        texts += [(350, 320 + 14 * index, caption, 9), (530, 320 + 14 * index, ">" + figure, 9)]
    return make_aligned_pdf(texts)


def _quantities(pdf: bytes) -> list[tuple[float, float]]:
    result: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)
    return [(item["quantity"], item["unit_price"]) for item in result["line_items"]]


def test_three_decimal_quantities_follow_a_decimal_comma() -> None:
    rows = [
        ("Baustelleneinrichtung", "01.01", "1,000", "1.850,00", "1.850,00"),
        ("Asphalt aufnehmen", "02.04", "186,500", "14,20", "2.648,30"),
    ]
    pdf = _invoice(rows, [("Nettobetrag:", "4.498,30"), ("Gesamtbetrag:", "5.353,98")])
    assert _quantities(pdf) == [(1.0, 1850.0), (186.5, 14.2)]


def test_three_decimal_quantities_follow_a_decimal_point() -> None:
    # Whole prices leave each row's mark open; the totals show the point.
    rows = [
        ("Gravel delivered", "G-12", "1.500", "1,200", "1,800"),
        ("Sand delivered", "S-40", "12.250", "80", "980"),
    ]
    pdf = _invoice(rows, [("Net amount:", "2,780.00"), ("Total:", "3,308.20")])
    assert _quantities(pdf) == [(1.5, 1200.0), (12.25, 80.0)]


def test_a_footer_ending_in_the_page_count_closes_a_table_ending_with_the_page() -> None:
    first: list[SizedText] = [
        (50, 60, "Acme Hotel GmbH", 10),
        (350, 130, "Rechnungsnummer:", 9),
        (450, 130, "H-7", 9),
        (350, 144, "Rechnungsdatum:", 9),
        (450, 144, "05.03.2024", 9),
        (50, 680, "Bezeichnung", 9),
        (320, 680, ">Menge", 9),
        (400, 680, ">Preis", 9),
        (530, 680, ">Betrag", 9),
    ]
    for index, name in enumerate(["Übernachtung", "Frühstück", "Parken"]):
        y = 700 + 14 * index
        first += [(50, y, name, 9), (320, y, ">3", 9), (400, y, ">10.00", 9)]
        first += [(530, y, ">30.00", 9)]
    first.append((50, 780, "Viewer 2.3 / Format 1.07 - Anzeige der Daten - Seite 1 von 2", 8))
    second: list[SizedText] = [
        (50, 40, "Rechnung H-7 – Fortsetzung", 9),
        (350, 100, "Gesamtbetrag netto:", 9),
        (530, 100, ">90.00", 9),
        (350, 114, "Gesamtbetrag brutto:", 9),
        (530, 114, ">107.10", 9),
    ]
    result: dict[str, Any] = extract_canonical(
        make_aligned_pages(first, second), use_einvoice=False
    )
    assert [item["description"] for item in result["line_items"]] == [
        "Übernachtung",
        "Frühstück",
        "Parken",
    ]


def test_a_count_and_price_written_into_the_name_give_quantity_and_price() -> None:
    texts: list[SizedText] = [
        (50, 60, "Acme Verlag GmbH", 10),
        (350, 130, "Rechnungsnummer:", 9),
        (450, 130, "V-7", 9),
        (350, 144, "Rechnungsdatum:", 9),
        (450, 144, "05.03.2024", 9),
        (50, 320, "Leistung", 9),
        (430, 320, "USt.", 9),
        (530, 320, ">Betrag €", 9),
        (50, 340, "Jahresabonnement Fachzeitung (Print, 24 Ausgaben)", 9),
        (430, 340, "7 %", 9),
        (530, 340, ">148,60", 9),
        (50, 356, "Online-Archiv (2 Nutzer) (2 × 24,00 €)", 9),
        (430, 356, "19 %", 9),
        (530, 356, ">48,00", 9),
        (350, 380, "Nettobetrag", 9),
        (530, 380, ">196,60", 9),
        (350, 394, "Rechnungsbetrag", 9),
        (530, 394, ">216,13 €", 9),
    ]
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    last = result["line_items"][-1]
    assert (last["description"], last["quantity"], last["unit_price"]) == (
        "Online-Archiv (2 Nutzer)",
        2.0,
        24.0,
    )
