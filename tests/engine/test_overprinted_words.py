"""A word drawn again over itself is one word: an item table's captions printed black, then
a coloured band, then the same captions in white on the band (or a word printed twice for a
bold effect). Read twice, the header's captions lost their words to one another and the
document read nothing at all."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from reportlab.pdfgen import canvas

from facturist.engine import extract_canonical
from facturist.engine.pdftext import page_words

_CAPTIONS = [
    (42, "Référence", False),
    (110, "Désignation", False),
    (330, "Qté", True),
    (400, "P.U. brut", True),
    (440, "Rem.", True),
    (490, "P.U. net", True),
    (540, "Montant HT", True),
]
_ROWS = [
    ("EQ-060", "Équerre zinguée 60 mm", "40", "1,50", "10", "1,35", "54,00"),
    ("EC-008", "Écrou hexagonal M8", "200", "0,10", "20", "0,08", "16,00"),
]


def _page(copies: int) -> bytes:
    """An invoice whose table header is drawn `copies` times: black ones, a band, a white one."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842))

    def text(x: float, y: float, value: str, right: bool = False, bold: bool = False) -> None:
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 8)
        (pdf.drawRightString if right else pdf.drawString)(x, 842 - y, value)

    text(50, 60, "Quincaillerie Morvan SARL", bold=True)
    text(350, 100, "Facture N° FM-2207")
    text(350, 114, "Date : 12/02/2024")
    for copy in range(copies):
        if copy == copies - 1:
            pdf.setFillColorRGB(0.1, 0.3, 0.6)
            pdf.rect(36, 842 - 224, 510, 14, fill=1, stroke=0)
            pdf.setFillColorRGB(1, 1, 1)
        for x, caption, right in _CAPTIONS:
            text(x, 220, caption, right, bold=True)
    pdf.setFillColorRGB(0, 0, 0)
    for row, (code, name, count, gross, discount, net, amount) in enumerate(_ROWS):
        y = 240 + 14 * row
        text(42, y, code)
        text(110, y, name)
        for x, figure in ((330, count), (400, gross), (440, discount), (490, net), (540, amount)):
            text(x, y, figure, right=True)
    for y, label, figure in ((290, "Total HT", "70,00"), (304, "TVA 20 %", "14,00")):
        text(420, y, label)
        text(540, y, figure, right=True)
    text(420, 318, "Total TTC")
    text(540, 318, "84,00", right=True)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_a_word_drawn_over_itself_is_read_once() -> None:
    document = pdfium.PdfDocument(_page(2))
    try:
        words = [w.text for w in page_words(document, 0).words]
    finally:
        document.close()
    assert words.count("Désignation") == 1
    assert words.count("brut") == 1


def test_a_header_printed_black_then_white_on_a_band_reads_as_printed_once() -> None:
    once = extract_canonical(_page(1), use_einvoice=False)
    for copies in (2, 3):
        result = extract_canonical(_page(copies), use_einvoice=False)
        assert result == once
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in once["line_items"]] == [
        (40.0, 1.35, 54.0),
        (200.0, 0.08, 16.0),
    ]
