"""Header amounts: Swiss rounding rows, a balance due after a payment, summary boxes with their
figure flush right, a Polish "Razem" row with an "X" in its rate column, and an Indian GST
"Total" row read by its two-line header (engine/totals.py, charges.py, boxedfigures.py,
totalgrid.py, labels.py)."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical
from facturist.engine.charges import ROUNDING_KEY, adjustment_candidates
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Box, Value, Word

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Brightside Home GmbH"),
    (50, 74, "Am Hafen 9, 50678 Koeln"),
    (350, 120, "Invoice no. 2025-0417"),
    (350, 134, "Invoice date: 03.04.2025"),
]


def _amounts(totals: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_HEAD + totals]))
    fields: dict[str, Any] = result["fields"]
    keys = ("net_amount", "tax_amount", "total_amount", "amount_due")
    return {key: fields.get(key) for key in keys}


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    return x1 - stringWidth(text, "Helvetica", 10), y, text


@pytest.mark.parametrize(
    "caption", ["Rundungsdifferenz", "Rappenrundung", "Rundungsbetrag", "Différence d'arrondi"]
)
def test_rounding_difference_rows_are_roundings(caption: str) -> None:
    def word(text: str, x0: float) -> Word:
        return Word(text, Box(1, x0, 100, x0 + 5 * len(text), 110))

    words = [word(caption, 300), word("-0.02", 500)]
    line = Line(1, words, [Cell(words[:1]), Cell(words[1:])])

    def read(words: list[Word]) -> Value | None:
        return Value(float(words[-1].text), words[-1].text, (words[-1].box,))

    found = adjustment_candidates(line, 1, read)
    assert [(c.key, c.value.value) for c in found] == [(ROUNDING_KEY, -0.02)]


def test_printed_tax_stays_when_the_total_is_rounded_to_five_rappen() -> None:
    # No rounding row printed: the total is net + tax rounded to 5 Rappen, the tax as printed.
    fields = _amounts(
        [
            (350, 300, "Total exkl. MWST"),
            _right(540, 300, "100.00"),
            (350, 314, "MWST 8.1 %"),
            _right(540, 314, "8.12"),
            (350, 328, "Total CHF"),
            _right(540, 328, "108.10"),
        ]
    )
    assert fields["tax_amount"] == pytest.approx(8.12)
    assert fields["net_amount"] == pytest.approx(100.00)
    assert fields["total_amount"] == pytest.approx(108.10)


def test_saldo_faellig_after_a_payment_is_the_amount_due() -> None:
    fields = _amounts(
        [
            (380, 300, "Zwischensumme"),
            _right(540, 300, "2.456,12"),
            (380, 314, "MwSt. (19%)"),
            _right(540, 314, "466,66"),
            (380, 328, "Gesamt"),
            _right(540, 328, "€2.922,78"),
            (380, 342, "Zahlung erfolgt"),
            _right(540, 342, "(-) 1.000,00"),
            (380, 356, "Saldo fällig"),
            _right(540, 356, "€1.922,78"),
        ]
    )
    assert fields["total_amount"] == pytest.approx(2922.78)
    assert fields["amount_due"] == pytest.approx(1922.78)


def test_summary_boxes_with_the_figure_flush_right_under_the_caption() -> None:
    # An Italian courtesy copy: a VAT breakdown on the left, boxes on the right, each caption
    # flush left over its figure flush right at the box's edge.
    fields = _amounts(
        [
            (387, 585, "Totale imponibile"),
            (47, 590, "Cod. IVA"),
            (94, 590, "Descrizione"),
            (213, 590, "Imponibile"),
            (284, 590, "Imposta"),
            _right(546, 597, "590,90"),
            (48, 608, "10"),
            (94, 608, "ALIQUOTA 10%"),
            _right(268, 608, "197,30"),
            _right(345, 608, "19,73"),
            (387, 608, "Totale IVA"),
            (48, 620, "22"),
            (94, 620, "ALIQUOTA 22%"),
            _right(268, 620, "393,60"),
            _right(345, 620, "86,59"),
            _right(546, 620, "106,32"),
            (387, 634, "TOTALE DOCUMENTO EUR"),
            _right(546, 646, "697,22"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(590.90)
    assert fields["tax_amount"] == pytest.approx(106.32)
    assert fields["total_amount"] == pytest.approx(697.22)


def test_polish_razem_row_with_an_x_in_its_rate_column() -> None:
    fields = _amounts(
        [
            (307, 243, "Cena netto"),
            (355, 243, "Wartość netto"),
            (413, 243, "VAT %"),
            (446, 243, "Kwota VAT"),
            (495, 243, "Wartość brutto"),
            (301, 300, "Razem:"),
            _right(405, 300, "5 518,00"),
            (421, 300, "X"),
            _right(487, 300, "1 269,14"),
            _right(550, 300, "6 787,14"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(5518.00)
    assert fields["tax_amount"] == pytest.approx(1269.14)
    assert fields["total_amount"] == pytest.approx(6787.14)


def test_gst_total_row_read_by_its_two_line_item_header() -> None:
    # "Gross Amount" is before the discount: the total is the column holding net + tax.
    header = [
        (52, 244, "Product"),
        (136, 244, "Title"),
        (232, 244, "Qty"),
        _right(320, 244, "Gross"),
        _right(390, 244, "Discounts"),
        _right(460, 244, "Taxable"),
        _right(515, 244, "IGST"),
        _right(580, 244, "Total"),
        _right(320, 256, "Amount"),
        _right(390, 256, "/Coupons"),
        _right(460, 256, "Value"),
    ]
    row = [
        (52, 275, "Laptops"),
        (137, 275, "NovaBook Pro 14"),
        (240, 275, "1"),
        _right(320, 275, "1,12,990.00"),
        _right(390, 275, "-12,000.00"),
        _right(460, 275, "85,584.75"),
        _right(515, 275, "15,405.25"),
        _right(580, 275, "1,00,990.00"),
    ]
    total = [
        (51, 300, "Total"),
        (240, 300, "1"),
        _right(320, 300, "1,12,990.00"),
        _right(390, 300, "-12,000.00"),
        _right(460, 300, "85,584.75"),
        _right(515, 300, "15,405.25"),
        _right(580, 300, "1,00,990.00"),
    ]
    fields = _amounts(header + row + total)
    assert fields["net_amount"] == pytest.approx(85584.75)
    assert fields["tax_amount"] == pytest.approx(15405.25)
    assert fields["total_amount"] == pytest.approx(100990.00)
