"""Item tables whose header names no count or price: a consultant's "Berechnung" column
printing each row's working ("3 Tagessätze à 1.150,00"), a tax adviser's fee table
("Gegenstandswert | Satz | Gebühr"), and an interim invoice whose earned-fee sum and the
deductions under it close the rows."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

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
    (60, 50, "Beratungsbüro Hansen · Am Markt 2 · 24103 Kiel"),
    (60, 130, "Nordholz Logistik GmbH"),
    (60, 144, "Hafenstraße 17"),
    (60, 158, "24143 Kiel"),
    (360, 130, "Rechnung Nr. H-25-033"),
    (360, 144, "Datum 12.02.2025"),
]


def test_working_cell_gives_count_and_price() -> None:
    """ "Leistung | Berechnung | Betrag": "2,5 Tagessätze à 980,00" over 2.450,00 bills a
    count and a price; a flat "pauschal" row bills its amount only."""
    page = [
        *_HEAD,
        (60, 240, "Pos."),
        (90, 240, "Leistung"),
        (300, 240, "Berechnung"),
        (480, 240, "Betrag"),
        (60, 260, "1"),
        (90, 260, "Workshop Vertriebsstrategie"),
        (300, 260, "2,5 Tagessätze à 980,00"),
        _right(520, 260, "2.450,00 €"),
        (60, 276, "2"),
        (90, 276, "Telefoninterviews"),
        (300, 276, "6 Std. à 120,00"),
        _right(520, 276, "720,00 €"),
        (60, 292, "3"),
        (90, 292, "Fahrtkosten Kiel – Hamburg"),
        (300, 292, "pauschal"),
        _right(520, 292, "96,50 €"),
        (300, 320, "Summe netto"),
        _right(520, 320, "3.266,50 €"),
        (300, 334, "zzgl. 19 % USt"),
        _right(520, 334, "620,64 €"),
        (300, 348, "Rechnungsbetrag"),
        _right(520, 348, "3.887,14 €"),
    ]
    assert _rows(page) == [
        ("Workshop Vertriebsstrategie", 2.5, 980.0, 2450.0),
        ("Telefoninterviews", 6.0, 120.0, 720.0),
        ("Fahrtkosten Kiel – Hamburg", None, None, 96.5),
    ]


def test_fee_caption_heads_the_amount_beside_object_value() -> None:
    """ "Gebühr €" heads each row's fee; the object value ("Gegenstandswert") the fee is
    reckoned from is neither the count nor the price."""
    page = [
        *_HEAD,
        (60, 240, "Pos."),
        (85, 240, "Tätigkeit"),
        (250, 240, "Vorschrift"),
        (330, 240, "Gegenstandswert €"),
        (430, 240, "Satz"),
        (480, 240, "Gebühr €"),
        (60, 260, "1"),
        (85, 260, "Jahresabschluss 2024"),
        (250, 260, "§ 35 Abs. 1"),
        _right(410, 260, "845.000,00"),
        (430, 260, "12/10"),
        _right(530, 260, "2.871,60"),
        (60, 276, "2"),
        (85, 276, "Einkommensteuererklärung"),
        (250, 276, "§ 24 Abs. 1"),
        _right(410, 276, "74.200,00"),
        (430, 276, "4/10"),
        _right(530, 276, "612,40"),
        (60, 292, "3"),
        (85, 292, "Auslagenpauschale"),
        (250, 292, "§ 16"),
        _right(530, 292, "20,00"),
        (330, 320, "Summe Gebühren und Auslagen"),
        _right(530, 320, "3.504,00"),
        (330, 334, "Umsatzsteuer 19 %"),
        _right(530, 334, "665,76"),
    ]
    assert _rows(page) == [
        ("Jahresabschluss 2024", None, None, 2871.6),
        ("Einkommensteuererklärung", None, None, 612.4),
        ("Auslagenpauschale", None, None, 20.0),
    ]


def test_earned_sum_and_deductions_close_the_rows() -> None:
    """ "Erbrachte Leistungen gesamt netto", the sum of the rows above, ends the table: the
    earlier interim invoices deducted and the claim under it are no items."""
    xs = (60.0, 90.0, 320.0, 400.0, 480.0)
    header = ("LPh", "Leistung", "Bewertung", "Stand %", "Honorar")
    rows = [
        ("1", "Grundlagenermittlung", "2,00", "100,00", "1.860,00"),
        ("2", "Vorplanung", "7,00", "100,00", "6.510,00"),
        ("3", "Entwurfsplanung", "15,00", "60,00", "8.370,00"),
    ]
    page = [*_HEAD, (60, 200, "2. Abschlagsrechnung")]
    for top, cells in ((240.0, header), *((260.0 + 16 * i, row) for i, row in enumerate(rows))):
        page += [(x, top, text) for x, text in zip(xs, cells, strict=True)]
    page += [
        (90, 320, "Erbrachte Leistungen gesamt netto"),
        _right(530, 320, "16.740,00"),
        (90, 334, "abzgl. 1. Abschlagsrechnung Nr. 2024-88 vom 03.12.2024"),
        _right(530, 334, "-8.000,00"),
        (90, 348, "Abschlagsforderung netto"),
        _right(530, 348, "8.740,00"),
        (90, 362, "zzgl. 19 % Umsatzsteuer"),
        _right(530, 362, "1.660,60"),
        (90, 376, "Abschlagsforderung brutto"),
        _right(530, 376, "10.400,60 €"),
    ]
    assert [(name, amount) for name, _q, _p, amount in _rows(page)] == [
        ("Grundlagenermittlung", 1860.0),
        ("Vorplanung", 6510.0),
        ("Entwurfsplanung", 8370.0),
    ]
