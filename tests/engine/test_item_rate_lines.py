"""E-invoice viewers print each line's VAT category and rate under its name ("USt. 7 %",
"USt S 19 %", "USt. 0 % (Z)"): a detail of the item, neither the table's end nor its name."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]

_HEAD: list[Row] = [
    (50, 60, "Acme Widgets GmbH"),
    (350, 100, "Rechnungsnummer:"),
    (450, 100, "R-7"),
    (350, 114, "Rechnungsdatum:"),
    (450, 114, "05.03.2024"),
    (46, 200, "Pos."),
    (74, 200, "Bezeichnung"),
    (314, 200, "Menge"),
    (430, 200, "Preis"),
    (515, 200, "Betrag"),
]


def _row(y: float, pos: str, name: str, qty: str, price: str, amount: str) -> list[Row]:
    return [(46, y, pos), (74, y, name), (330, y, qty), (430, y, price), (515, y, amount)]


def test_rate_lines_under_items_do_not_end_the_table() -> None:
    page = [
        *_HEAD,
        *_row(220, "1", "Espresso Bohne 1 kg", "12", "21,90", "262,80"),
        (74, 232, "USt. 7 %"),
        *_row(250, "2", "Filterkaffee 1 kg", "5", "26,50", "132,50"),
        (74, 262, "Art.-Nr.: FIL-1000"),
        (74, 274, "USt S 19 %"),
        *_row(292, "3", "PV-Modul 430 Wp", "2", "189,00", "378,00"),
        (74, 304, "USt. 0 % (Z)"),
        (380, 340, "Summe Positionen"),
        (500, 340, "773,30"),
        (380, 354, "USt. 7 %"),
        (500, 354, "18,40"),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Espresso Bohne 1 kg", 262.8),
        ("Filterkaffee 1 kg", 132.5),
        ("PV-Modul 430 Wp", 378.0),
    ]
