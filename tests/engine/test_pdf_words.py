"""Word boundaries from the PDF text layer: kerning gaps inside a run are not word spaces."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from facturist.engine.pdftext import _NOT_READ, page_words


def raw_pdf(content: bytes) -> bytes:
    """A one-page PDF with Helvetica as /F1 and `content` as its content stream."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def words_of(content: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(raw_pdf(content))
    try:
        return [word.text for word in page_words(pdf, 0).words]
    finally:
        pdf.close()


@pytest.mark.parametrize("kerning", [110, 150])
def test_tight_kerning_gap_inside_a_run_keeps_the_word_whole(kerning: int) -> None:
    # pdfium reports "Br uttosumme" for this run; the gap is a tenth of an em.
    assert words_of(b"BT /F1 10 Tf 20 150 Td [(Br) -%d (uttosumme)] TJ ET" % kerning) == [
        "Bruttosumme"
    ]


@pytest.mark.parametrize("kerning", [250, 333])
def test_word_space_made_by_kerning_still_splits(kerning: int) -> None:
    # TeX-style output: words of one run separated by offsets of a quarter em or more.
    assert words_of(b"BT /F1 10 Tf 20 150 Td [(Net) -%d (total)] TJ ET" % kerning) == [
        "Net",
        "total",
    ]


def test_tight_space_between_two_runs_splits() -> None:
    # "15.00 g": figure and unit drawn as separate runs a narrow gap apart are two words.
    content = b"BT /F1 10 Tf 20 100 Td (15.00) Tj ET BT /F1 10 Tf 47.3 100 Td (g) Tj ET"
    assert words_of(content) == ["15.00", "g"]


def test_real_space_character_splits() -> None:
    assert words_of(b"BT /F1 10 Tf 20 150 Td (Invoice number) Tj ET") == ["Invoice", "number"]


def test_words_in_a_bold_font_are_marked_bold() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(50, 700, "Konzeption")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(50, 680, "Workshop")
    pdf.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        words = {w.text: w.bold for w in page_words(document, 0).words}
    finally:
        document.close()
    assert words == {"Konzeption": True, "Workshop": False}


def test_every_whitespace_character_is_among_those_never_read() -> None:
    # pdftext tests one set instead of str.isspace() per character; the set is built from the
    # characters below U+3001 only.
    spaces = {chr(code) for code in range(0x110000) if chr(code).isspace()}
    assert spaces <= _NOT_READ
    assert _NOT_READ - spaces == {"\x00", "\x02", "\ufffe", "\uffff"}


def test_real_space_in_small_italic_text_splits() -> None:
    # An oblique font's loose character boxes lean over the space that follows a word: a
    # small italic note's real space glyph ("inkl. der gesetzlichen") left less than 0.15 em
    # between the boxes and glued the words. A space glyph the run prints is a word break.
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("Helvetica-Oblique", 7.5)
    pdf.drawString(50, 700, "Alle Preise inkl. der gesetzlichen Mehrwertsteuer.")
    pdf.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        words = [w.text for w in page_words(document, 0).words]
    finally:
        document.close()
    assert words == ["Alle", "Preise", "inkl.", "der", "gesetzlichen", "Mehrwertsteuer."]
