"""Thousands groups set apart by a printed thin or narrow no-break space (U+2009, U+202F):
the character itself says the figure goes on, however wide a monospaced face draws it, so
the text layer reads one word (pdftext.py). In a monospaced face a thin space is as wide as a
word space, and "2 150,00" would read as a count 2 and an amount 150,00. (pdfium reads a
no-break space, U+00A0, as a plain space: such groups join by their gap, layout.py.)"""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from facturist.engine.layout import build_lines
from facturist.engine.pdftext import page_words

from .conftest import SizedText, dejavu_fonts, make_aligned_pdf

_MONO = "DejaVuSansMono"
_SANS = "DejaVuSans"
needs_fonts = dejavu_fonts(_MONO, _SANS)


def _words(texts: list[SizedText], font: str) -> list[str]:
    pdf = pdfium.PdfDocument(make_aligned_pdf(texts, font=font))
    try:
        return [w.text for w in page_words(pdf, 0).words]
    finally:
        pdf.close()


@needs_fonts
@pytest.mark.parametrize("space", ["\u2009", "\u202f"])
@pytest.mark.parametrize("font", [_MONO, _SANS])
def test_printed_group_space_keeps_the_amount_one_word(space: str, font: str) -> None:
    assert _words([(500, 300, f">2{space}150,00", 9.2)], font) == ["2\u00a0150,00"]
    assert _words([(500, 300, f">-1{space}234{space}567,89 €", 9.2)], font) == [
        "-1\u00a0234\u00a0567,89",
        "€",
    ]


@needs_fonts
@pytest.mark.parametrize(
    ("printed", "words"),
    [
        ("12\u202f%", ["12", "%"]),
        ("FR12\u2009345", ["FR12", "345"]),
        ("2500\u2009150", ["2500", "150"]),
        ("Nr.\u00a0123", ["Nr.", "123"]),
        ("12\u20093456", ["12", "3456"]),
        ("1\u2009234x", ["1", "234x"]),
        ("1,5\u2009000", ["1,5", "000"]),
    ],
)
def test_other_spaced_words_stay_apart(printed: str, words: list[str]) -> None:
    assert _words([(100, 300, printed, 9.2)], _MONO) == words


@needs_fonts
def test_monospaced_row_reads_the_grouped_amount_whole() -> None:
    # Count, price and amount on a monospaced grid one letter apart where the thin space
    # stands: only the character tells the amount's groups from the columns.
    row: list[SizedText] = [
        (60, 300, "Brochure A4", 9.2),
        (300, 300, ">2500", 9.2),
        (380, 300, ">0,86", 9.2),
        (500, 300, ">2\u2009150,00", 9.2),
    ]
    pdf = pdfium.PdfDocument(make_aligned_pdf(row, font=_MONO))
    try:
        lines = build_lines(page_words(pdf, 0))
    finally:
        pdf.close()
    assert [c.text for c in lines[0].cells][-1] == "2\u00a0150,00"
