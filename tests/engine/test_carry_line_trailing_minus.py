"""A credit note's running sum printed with its sign behind the figure, as SAP prints
negative amounts ("Übertrag 30,00-" at a page's foot and again under the next page's
header): a carry line like "Übertrag 30,00", so the rows under it on the next page are
still items and the table does not end there."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (70, 60, "Nordhandel GmbH"),
    (340, 100, "Belegnummer"),
    (430, 100, "9400012"),
    (340, 114, "Belegdatum"),
    (430, 114, "21.10.2024"),
    (70, 114, "Gastro Süd GmbH"),
    (70, 128, "Hauptstraße 5"),
    (70, 142, "80331 München"),
]
_HEADER: Page = [
    (70, 220, "Pos"),
    (100, 220, "Material"),
    (150, 220, "Bezeichnung"),
    (330, 220, "Menge ME"),
    (400, 220, "Preisdiff./ME"),
    (480, 220, "Betrag EUR"),
]


def _rows(first: int, count: int, top: float) -> Page:
    rows: Page = []
    for n in range(first, first + count):
        y = top + 14 * (n - first)
        rows += [
            (70, y, str(10 * n)),
            (100, y, str(100400 + n)),
            (150, y, f"Artikel {n} 10 kg Sack"),
            (330, y, "2"),
            (350, y, "ST"),
            (410, y, "5,00"),
            (480, y, "10,00-"),
        ]
    return rows


def test_carried_sum_with_trailing_minus_does_not_end_the_table() -> None:
    first = _HEAD + _HEADER + _rows(1, 3, 240) + [(340, 290, "Übertrag"), (480, 290, "30,00-")]
    second = [
        (70, 40, "Nordhandel GmbH"),
        (70, 60, "Gutschrift 9400012 vom 21.10.2024 – Fortsetzung"),
        *_HEADER,
        (340, 240, "Übertrag"),
        (480, 240, "30,00-"),
        *_rows(4, 2, 256),
        (340, 300, "Summe netto"),
        (480, 300, "50,00-"),
        (340, 314, "MwSt 7 % auf 50,00"),
        (480, 314, "3,50-"),
        (340, 328, "Gutschriftsbetrag"),
        (480, 328, "53,50-"),
    ]
    result = extract_canonical(make_invoice_pdf([first, second]), use_einvoice=False)
    names = [i["description"] for i in result["line_items"]]
    assert names == [f"Artikel {n} 10 kg Sack" for n in range(1, 6)]
