"""Item tables of clubs, insurers and tax advisers: dues per head ("Personen | Beitrag |
Summe"), premiums whose long names reach in under a right-aligned caption, a fee cell
printing its count ("12 x 80,40"), a service named by a hyphenated VAT compound
("Umsatzsteuer-Voranmeldungen"), and a running sum carried over with its space lost."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical
from facturist.engine.carrylines import CARRIED

from .conftest import make_invoice_pdf

_Page = list[tuple[float, float, str]]


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    """Text ending at x1, as right-aligned figures are printed."""
    return (x1 - stringWidth(text, "Helvetica", 10), y, text)


def _rows(page: _Page) -> list[tuple[Any, ...]]:
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]


_HEAD: _Page = [
    (60, 50, "Turn- und Sportverein Lindenau 1911 e.V."),
    (60, 64, "Am Sportplatz 4, 04177 Leipzig"),
    (60, 130, "Familie Beispiel"),
    (60, 144, "Gartenweg 3"),
    (60, 158, "04177 Leipzig"),
    (360, 130, "Rechnungs-Nr.: B24-0101"),
    (360, 144, "Datum: 10.01.2024"),
]


def test_dues_per_head_read_count_price_and_sum() -> None:
    """ "Beitragsart | Personen | Beitrag | Summe": the head count, the dues of one, the sum."""
    rows = [
        ("Grundbeitrag Erwachsene", "2", "96,00", "192,00"),
        ("Abteilung Tennis", "3", "140,00", "420,00"),
    ]
    page = [
        *_HEAD,
        (60, 260, "Beitragsart"),
        (300, 260, "Personen"),
        (400, 260, "Beitrag"),
        (480, 260, "Summe"),
    ]
    y = 280
    for name, count, price, total in rows:
        page += [(60, y, name), _right(340, y, count), _right(440, y, price), _right(520, y, total)]
        y += 16
    page += [(300, y + 10, "Gesamtbeitrag"), _right(520, y + 10, "612,00")]
    assert _rows(page) == [
        ("Grundbeitrag Erwachsene", 2.0, 96.0, 192.0),
        ("Abteilung Tennis", 3.0, 140.0, 420.0),
    ]


def test_premium_names_reaching_under_a_right_aligned_caption() -> None:
    """The insured sum's caption starts left of its figures: a long line of cover reaches in
    under it, and is still the row's name."""
    page = [
        *_HEAD,
        (60, 260, "Sparte"),
        (230, 260, "Versicherungssumme"),
        (370, 260, "Beitragssatz"),
        (460, 260, "Nettobeitrag EUR"),
    ]
    rows = [
        ("Betriebshaftpflicht", "3.000.000 EUR", "pauschal", "312,00"),
        ("Inhaltsversicherung (Feuer, ED, LW, Sturm)", "180.000 EUR", "1,35 ‰", "243,00"),
        ("Elektronikversicherung", "25.000 EUR", "4,20 ‰", "105,00"),
    ]
    y = 280
    for name, insured, rate, premium in rows:
        page += [
            (60, y, name),
            _right(330, y, insured),
            _right(425, y, rate),
            _right(540, y, premium),
        ]
        y += 16
    page += [(330, y + 10, "Jahresnettobeitrag"), _right(540, y + 10, "660,00")]
    assert [(name, amount) for name, _q, _p, amount in _rows(page)] == [
        ("Betriebshaftpflicht", 312.0),
        ("Inhaltsversicherung (Feuer, ED, LW, Sturm)", 243.0),
        ("Elektronikversicherung", 105.0),
    ]


def test_fee_cell_count_and_hyphenated_vat_filing() -> None:
    """ "Umsatzsteuer-Voranmeldungen" names a filing billed, no VAT line ending the table;
    "12 x 80,40" under the fee is the count and the fee of one."""
    page = [
        *_HEAD,
        (60, 260, "Tätigkeit"),
        (290, 260, "Satz"),
        (400, 260, "Gebühr"),
        (490, 260, "Betrag"),
        (60, 280, "Einkommensteuererklärung"),
        _right(315, 280, "4/10"),
        _right(440, 280, "634,00"),
        _right(525, 280, "634,00"),
        (60, 296, "Umsatzsteuer-Voranmeldungen"),
        _right(315, 296, "3/10"),
        _right(440, 296, "12 x 80,40"),
        _right(525, 296, "964,80"),
        (60, 312, "Post- und Telekommunikationspauschale"),
        _right(440, 312, "20,00"),
        _right(525, 312, "20,00"),
        (300, 340, "Summe netto"),
        _right(525, 340, "1.618,80"),
    ]
    rows = _rows(page)
    assert [(name, amount) for name, _q, _p, amount in rows] == [
        ("Einkommensteuererklärung", 634.0),
        ("Umsatzsteuer-Voranmeldungen", 964.8),
        ("Post- und Telekommunikationspauschale", 20.0),
    ]
    assert rows[1][1:3] == (12.0, 80.4)


def test_carried_sum_with_its_space_lost() -> None:
    """ "Carriedforward", "Broughtforward": italic captions read without their space."""
    assert CARRIED.match("Carriedforward 27 915,00") is not None
    assert CARRIED.match("Broughtforward 27 915,00") is not None
