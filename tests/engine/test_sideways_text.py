"""Text turned 90° or 270° in a page margin (a vertical footer with the seller's VAT ID, bank and
IBAN) is read as lines of its own, after the page's upright lines and never merged into them;
diagonal watermarks stay out."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import PageText
from facturist.engine.pages import read_pdf_pages
from facturist.engine.pdftext import page_words

_HEIGHT = A4[1]
_UPRIGHT = [
    (70, 60, "Holzbau Lindner GmbH"),
    (70, 74, "Sägewerkstr. 3, 87600 Kaufbeuren"),
    (70, 140, "Zimmerei Brandt KG"),
    (70, 154, "Am Bahnhof 9, 86150 Augsburg"),
    (350, 140, "Rechnung Nr. 24-1187"),
    (350, 154, "Datum: 12.03.2024"),
    (70, 240, "Pos."),
    (110, 240, "Bezeichnung"),
    (480, 240, "Betrag"),
    (70, 258, "1"),
    (110, 258, "Dachlatten 30x50 mm"),
    (480, 258, "427,20"),
    (350, 300, "Nettobetrag"),
    (480, 300, "427,20"),
    (350, 314, "USt 19 %"),
    (480, 314, "81,17"),
    (350, 328, "Endbetrag"),
    (480, 328, "508,37"),
]
_LEFT_RUN = (
    "Holzbau Lindner GmbH · Sägewerkstr. 3 · 87600 Kaufbeuren · USt-IdNr. DE813975358"
    " · Sparkasse Allgäu · IBAN DE89 3704 0044 0532 0130 00"
)
_RIGHT_RUN = "Geschäftsführer: Anton Lindner · Amtsgericht Kempten HRB 4711"


def _pdf(
    left: str | None = _LEFT_RUN, right: str | None = None, diagonal: str | None = None
) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 9)
    for x, y, text in _UPRIGHT:
        pdf.drawString(x, _HEIGHT - y, text)
    if left is not None:  # bottom to top in the left margin
        pdf.saveState()
        pdf.translate(30, 80)
        pdf.rotate(90)
        pdf.setFont("Helvetica", 6)
        pdf.drawString(0, 0, left)
        pdf.restoreState()
    if right is not None:  # top to bottom in the right margin
        pdf.saveState()
        pdf.translate(570, _HEIGHT - 120)
        pdf.rotate(-90)
        pdf.setFont("Helvetica", 6)
        pdf.drawString(0, 0, right)
        pdf.restoreState()
    if diagonal is not None:
        pdf.saveState()
        pdf.translate(150, 300)
        pdf.rotate(45)
        pdf.setFont("Helvetica", 60)
        pdf.drawString(0, 0, diagonal)
        pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _page(data: bytes) -> PageText:
    pdf = pdfium.PdfDocument(data)
    try:
        return page_words(pdf, 0)
    finally:
        pdf.close()


def _texts(lines: list[Line]) -> list[str]:
    return [" ".join(word.text for word in line.words) for line in lines]


def test_upright_lines_stay_as_they_were() -> None:
    plain = _texts(build_lines(_page(_pdf(left=None))))
    turned = _texts(build_lines(_page(_pdf(right=_RIGHT_RUN))))
    assert turned[: len(plain)] == plain


def test_run_turned_bottom_to_top_is_one_line_after_the_upright_lines() -> None:
    lines = build_lines(_page(_pdf()))
    texts = _texts(lines)
    assert texts[-1] == _LEFT_RUN
    assert all("DE813975358" not in text for text in texts[:-1])
    # Words in reading order, left to right on their line, boxes of a 6-point print.
    words = lines[-1].words
    assert [w.box.x0 for w in words] == sorted(w.box.x0 for w in words)
    assert 3 < max(w.box.y1 - w.box.y0 for w in words) < 9


def test_runs_in_both_margins_are_separate_lines() -> None:
    texts = _texts(build_lines(_page(_pdf(right=_RIGHT_RUN))))
    assert texts[-2:] == [_LEFT_RUN, _RIGHT_RUN]


def test_lines_of_a_turned_paragraph_stay_together_in_order() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.drawString(70, 700, "Rechnung Nr. 24-1187")
    pdf.saveState()
    pdf.translate(30, 100)
    pdf.rotate(90)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(0, 0, "Holzbau Lindner GmbH")
    pdf.drawString(0, -9, "Sägewerkstr. 3, 87600 Kaufbeuren")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    lines = build_lines(_page(buffer.getvalue()))
    assert _texts(lines) == [
        "Rechnung Nr. 24-1187",
        "Holzbau Lindner GmbH",
        "Sägewerkstr. 3, 87600 Kaufbeuren",
    ]
    assert lines[2].y0 - lines[1].y1 < lines[1].y1 - lines[1].y0


def test_seller_vat_id_printed_only_in_the_turned_footer_is_read() -> None:
    lines = build_lines(_page(_pdf()))
    fields = header_fields(lines, find_candidates(lines))
    assert fields["seller_vat_id"].value == "DE813975358"


def test_diagonal_watermark_stays_out() -> None:
    texts = _texts(build_lines(_page(_pdf(left=None, diagonal="ENTWURF"))))
    assert not any("ENTWURF" in text for text in texts)


def test_page_with_only_turned_text_reads_it() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.saveState()
    pdf.translate(30, 80)
    pdf.rotate(90)
    pdf.setFont("Helvetica", 6)
    pdf.drawString(0, 0, _LEFT_RUN)
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        (read,) = read_pdf_pages(document, 10_000_000)
    finally:
        document.close()
    assert read.text is not None
    assert " ".join(w.text for w in read.text.words) == _LEFT_RUN
