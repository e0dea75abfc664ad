"""Totals of Spanish and Italian invoices: a per-rate VAT grid with another box's caption
beside it (gridbeside.py) and stamp duty charged after the tax (charges.py, totals.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.fields import find_candidates
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.totalgrid import grid_totals

from .conftest import make_invoice_pdf


def _word(text: str, x0: float, top: float, size: float = 7.0) -> Word:
    return Word(text, Box(1, x0, top, x0 + 0.55 * size * len(text), top + size))


def test_a_caption_beside_the_grid_neither_hides_nor_ends_its_rows() -> None:
    # "IMPORTE | BASE IMPONIBLE | % IVA | IVA" with a framed "TOTAL FACTURA" box to its
    # right, its caption a few points lower: a line of its own between captions and rows
    # (the surcharge columns "% REC. | REC." are empty).
    words = [_word("IMPORTE", 65, 605), _word("BASE", 138, 605), _word("IMPONIBLE", 158, 605)]
    words += [_word("%", 230, 605), _word("IVA", 238, 605), _word("IVA", 300, 605)]
    words += [_word("%", 358, 605), _word("REC.", 366, 605), _word("REC.", 417, 605)]
    words += [_word("TOTAL", 474, 609, 8.0), _word("FACTURA", 503, 609, 8.0)]
    for top, base, rate, tax in (
        (619, "370,42", "10,00", "37,04"),
        (633, "285,21", "21,00", "59,89"),
    ):
        words += [_word(base, 92, top), _word(base, 187, top), _word(rate, 242, top)]
        words += [_word(tax, 321, top)]
    words.append(_word("752,56", 503, 631, 12.0))
    lines = build_lines(PageText(1, 595, 842, words))
    index = next(i for i, line in enumerate(lines) if line.text.startswith("IMPORTE"))
    assert {k: v.value for k, v in grid_totals(lines, index).items()} == {
        "net_amount": 655.63,
        "tax_amount": 96.93,
    }


_HEAD = [
    (50, 60, "Studio Rossi di Paolo Rossi"),
    (50, 74, "Via Roma 1, 10121 Torino"),
    (350, 120, "Fattura n. 12/2025"),
    (350, 134, "Data 15/03/2025"),
]


def _amounts(totals: list[tuple[float, float, str]]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_HEAD + totals]))
    fields: dict[str, Any] = result["fields"]
    return {key: fields.get(key) for key in ("net_amount", "tax_amount", "total_amount")}


def test_stamp_duty_is_charged_after_the_tax_and_is_no_tax() -> None:
    # Regime forfettario: no VAT, the 2,00 stamp duty passed on to the client.
    assert _amounts(
        [
            (350, 400, "Totale imponibile"),
            (500, 400, "1.480,00"),
            (350, 414, "Totale IVA"),
            (520, 414, "0,00"),
            (350, 428, "Marca da bollo"),
            (520, 428, "2,00"),
            (350, 450, "TOTALE DOCUMENTO"),
            (500, 450, "1.482,00"),
        ]
    ) == {"net_amount": 1480.0, "tax_amount": 0.0, "total_amount": 1482.0}


def test_imposta_di_bollo_names_no_tax() -> None:
    words = [_word("Imposta", 40, 100, 10.0), _word("di", 85, 100, 10.0)]
    words += [_word("bollo", 100, 100, 10.0), _word("2,00", 300, 100, 10.0)]
    lines = build_lines(PageText(1, 595, 842, words))
    assert [c for c in find_candidates(lines) if c.key == "tax_amount"] == []


def test_a_figure_the_stamp_duty_claims_is_no_tax() -> None:
    # "Imposta 0,00 | Rivalsa bollo | 2,00" on one line: read from "Imposta" to the line's
    # end the tax would be the duty's 2,00, which makes net + tax = total hold.
    assert _amounts(
        [
            (350, 400, "Totale imponibile"),
            (500, 400, "1.480,00"),
            (350, 414, "Totale IVA"),
            (520, 414, "0,00"),
            (40, 428, "Imposta 0,00"),
            (350, 428, "Rivalsa bollo"),
            (520, 428, "2,00"),
            (350, 450, "TOTALE DOCUMENTO"),
            (500, 450, "1.482,00"),
        ]
    ) == {"net_amount": 1480.0, "tax_amount": 0.0, "total_amount": 1482.0}
