"""Nordic amount tokens that fall apart into words:

- a minus sign (U+2212, or a look-alike: figure dash, small or full-width hyphen-minus) before
  a space-grouped amount: "−16 770,00" is one figure, as "-16 770,00" is (layout.py,
  amountmarks.py);
- DejaVu Sans Mono figures, whose digits stand taller over the pitch than Courier's: "102
  110,00" one letter apart is one amount where another pair of the row stands one space
  apart on the same grid (monospacedgroups.py);
- Swedish whole kronor "1 190:-" (and "1 190:–"): the ":-" is the öre, as in "595,-"
  (amountmarks.py), also on a scan.
"""

from __future__ import annotations

from typing import Any

import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical
from facturist.engine.amountmarks import plain_amount_marks
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.pdftext import page_words

from .conftest import SizedText, make_aligned_pdf

_FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVuSans", _FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSansMono", _FONTS + "DejaVuSansMono.ttf"))


def _word(text: str) -> Word:
    return Word(text, Box(1, 10, 10, 40, 18))


@pytest.mark.parametrize(
    ("printed", "plain"),
    [
        ("190:-", "190,00"),
        ("10:\u2013", "10,00"),
        ("1.190:-", "1.190,00"),
        ("3260:-", "3260,00"),
        ("\u221216", "-16"),
        ("\u201216", "-16"),
        ("\ufe634\u00a0192,50", "-4\u00a0192,50"),
        ("\uff0d9", "-9"),
    ],
)
def test_whole_krona_marks_and_minus_signs_are_made_plain(printed: str, plain: str) -> None:
    assert plain_amount_marks([_word(printed)])[0].text == plain


@pytest.mark.parametrize("text", ["Tel:-", "kl.10:-15", "A:-", "\u2212", "\u2212x", "12\u22123"])
def test_other_colon_and_minus_words_are_kept(text: str) -> None:
    assert plain_amount_marks([_word(text)])[0].text == text


def _lines(texts: list[SizedText], font: str) -> list[Line]:
    pdf = pdfium.PdfDocument(make_aligned_pdf(texts, font=font))
    try:
        page = page_words(pdf, 0)
    finally:
        pdf.close()
    return build_lines(page)


def _cells(texts: list[SizedText], font: str) -> list[list[str]]:
    return [[c.text.replace("\u00a0", " ") for c in line.cells] for line in _lines(texts, font)]


@pytest.mark.parametrize(
    ("minus", "read"), [("\u2212", "-"), ("\u2012", "-"), ("\u2013", "\u2013"), ("-", "-")]
)
def test_a_signed_thousands_group_is_one_word(minus: str, read: str) -> None:
    lines = _lines(
        [(330, 400, "Summa exkl. moms", 9), (540, 400, f">{minus}16 770,00", 9)], "DejaVuSans"
    )
    assert [w.text for w in lines[0].cells[-1].words] == [f"{read}16\u00a0770,00"]


def _credit_note() -> dict[str, Any]:
    s = 9.0
    texts: list[SizedText] = [
        (50, 50, "Kronoberg IT-Partner AB", 12),
        (50, 64, "Storgatan 62", s),
        (50, 76, "352 31 Växjö", s),
        (400, 50, "KREDITFAKTURA", 13),
        (400, 70, "Kreditfakturanr: 90214", s),
        (400, 82, "Datum: 2026-11-05", s),
        (50, 130, "Smålands Revisionsbyrå HB", s),
        (50, 142, "Kungsgatan 8", s),
        (50, 154, "341 30 Ljungby", s),
        (50, 220, "Beskrivning", s),
        (330, 220, ">Antal", s),
        (430, 220, ">Pris/st", s),
        (540, 220, ">Summa", s),
        (50, 236, "Adobe Acrobat Pro, årslicens", s),
        (330, 236, ">\u22122", s),
        (430, 236, ">2 316,00", s),
        (540, 236, ">\u22124 632,00", s),
        (50, 250, "Installation (ej utförd)", s),
        (330, 250, ">\u22123", s),
        (430, 250, ">950,00", s),
        (540, 250, ">\u22122 850,00", s),
        (330, 290, "Summa exkl. moms", s),
        (540, 290, ">\u22127 482,00", s),
        (330, 304, "Moms 25 %", s),
        (540, 304, ">\u22121 870,50", s),
        (330, 318, "Att återfå (kr)", s),
        (540, 318, ">\u22129 352,50", s),
    ]
    return extract_canonical(make_aligned_pdf(texts, font="DejaVuSans"), use_einvoice=False)


def test_credit_note_totals_with_minus_signs_keep_their_thousands() -> None:
    fields = _credit_note()["fields"]
    assert fields["net_amount"] == pytest.approx(-7482.00)
    assert fields["tax_amount"] == pytest.approx(-1870.50)
    assert fields["total_amount"] == pytest.approx(-9352.50)


_MONO = 8.0
_PITCH = 0.602 * _MONO  # a DejaVu Sans Mono letter


def test_dejavu_mono_thousands_group_one_space_apart_is_one_amount() -> None:
    lines = _lines(
        [(312, 400, "Sum eks. mva", 8.4), (538, 400, ">102 110,00", 8.4)], "DejaVuSansMono"
    )
    assert [w.text for w in lines[0].cells[-1].words] == ["102\u00a0110,00"]


def test_dejavu_mono_lone_figure_pair_stays_apart() -> None:
    # No other pair of the row one space apart on the figures' grid: nothing shows the print
    # is monospaced, so a figure one letter before a price stays its own.
    lines = _lines(
        [(540 - 7 * _PITCH, 400, ">2", _MONO), (540, 400, ">185,00", _MONO)], "DejaVuSansMono"
    )
    assert [w.text for w in lines[0].words] == ["2", "185,00"]


def _mono_invoice() -> dict[str, Any]:
    s = _MONO
    texts: list[SizedText] = [
        (60, 50, "SMAK AV TRØNDELAG AS", 12),
        (60, 64, "Fossegrenda 7, 7038 Trondheim", s),
        (60, 76, "Org.nr 915 773 206 MVA", s),
        (380, 50, "FAKTURA F-26-0877", 12),
        (380, 64, "Fakturadato 3.11.2026", s),
        (60, 130, "Nidaros Regnskapstjenester AS", s),
        (60, 142, "Olav Tryggvasons gate 24", s),
        (60, 154, "7011 Trondheim", s),
        (60, 260, "Beskrivelse", s),
        (325, 260, ">Ant.", s),
        (387, 260, ">á pris", s),
        (422, 260, ">mva", s),
        (535, 260, ">Sum eks. mva", s),
        (60, 276, "Drikkepakke (vin/øl), per gjest", s),
        (325, 276, ">62", s),
        (387, 276, ">345,-", s),
        (422, 276, ">25%", s),
        (535, 276, ">21 390,00", s),
        (60, 290, "Alkoholfri drikke, per gjest", s),
        (325, 290, ">23", s),
        (387, 290, ">95,-", s),
        (422, 290, ">25%", s),
        (535, 290, ">2 185,00", s),
        (312, 320, "Sum eks. mva", 8.4),
        (538, 320, ">23 575,00", 8.4),
        (312, 334, "Sum mva", 8.4),
        (538, 334, ">5 893,75", 8.4),
        (312, 348, "Fakturabeløp inkl. mva", 8.4),
        (538, 348, ">29 468,75", 8.4),
    ]
    return extract_canonical(make_aligned_pdf(texts, font="DejaVuSansMono"), use_einvoice=False)


def test_dejavu_mono_totals_and_rows_keep_their_thousands() -> None:
    result = _mono_invoice()
    fields = result["fields"]
    assert fields["net_amount"] == pytest.approx(23575.00)
    assert fields["tax_amount"] == pytest.approx(5893.75)
    assert fields["total_amount"] == pytest.approx(29468.75)
    rows = [(i.get("quantity"), i.get("unit_price"), i["amount"]) for i in result["line_items"]]
    assert rows == [(62.0, 345.0, 21390.0), (23.0, 95.0, 2185.0)]


def _ocr_row(y: float, parts: list[tuple[float, str]]) -> list[Word]:
    """OCR words about 6 points a letter wide, 12 points tall."""
    return [Word(text, Box(1, x, y, x + 6.0 * len(text), y + 12), 0.9) for x, text in parts]


def test_scanned_whole_krona_amounts_with_space_thousands() -> None:
    words = _ocr_row(300, [(50, "Logi"), (80, "enkelrum"), (300, "9"), (360, "1"), (370, "190:-")])
    words += _ocr_row(300, [(430, "12%"), (500, "10"), (516, "710:-")])
    lines = build_lines(PageText(1, 595, 842, words, source="ocr"))
    assert [c.text.replace("\u00a0", " ") for c in lines[0].cells] == [
        "Logi enkelrum",
        "9",
        "1 190,00",
        "12%",
        "10 710,00",
    ]
