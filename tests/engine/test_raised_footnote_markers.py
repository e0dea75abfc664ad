"""Footnote markers set raised in smaller type right after a word ("Zahlbetrag¹" drawn as a
small "1" with a text rise): the text layer glues the digit to the word, and "Zahlbetrag1"
is no caption. The glyphs' own size and rise tell the marker, which is left out of the word
(pdftext.py); a digit in the word's own type, or an exponent after a unit, is kept."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from facturist.engine import extract_canonical
from facturist.engine.pdftext import page_words

# (x, y from the top, text, size, marker) -- a marker is drawn after the text, raised.
_Text = tuple[float, float, str, float, str]


def _pdf(texts: list[_Text], *, marker_size: float = 0.65, rise: float = 0.35) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    height = A4[1]
    for x, y, text, size, marker in texts:
        drawn = pdf.beginText(x, height - y)
        drawn.setFont("Times-Roman", size)
        drawn.textOut(text)
        if marker:
            drawn.setFont("Times-Roman", size * marker_size)
            drawn.setRise(size * rise)
            drawn.textOut(marker)
            drawn.setRise(0)
        pdf.drawText(drawn)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _words(texts: list[_Text], **kwargs: float) -> list[str]:
    pdf = pdfium.PdfDocument(_pdf(texts, **kwargs))
    try:
        return [w.text for w in page_words(pdf, 0).words]
    finally:
        pdf.close()


@pytest.mark.parametrize("marker", ["1", "12", "*"])
def test_raised_small_marker_after_a_word_is_left_out(marker: str) -> None:
    assert _words([(300, 400, "Zahlbetrag", 10, marker)]) == ["Zahlbetrag"]


def test_marker_before_a_colon_and_the_next_word_keeps_them() -> None:
    texts: list[_Text] = [(300, 400, "Total", 10, "2"), (340, 400, "EUR 12,00", 10, "")]
    assert _words(texts) == ["Total", "EUR", "12,00"]


@pytest.mark.parametrize(
    ("texts", "kwargs", "words"),
    [
        # An exponent after a unit's one or two letters.
        ([(300, 400, "m", 10, "2")], {}, ["m2"]),
        ([(300, 400, "km", 10, "3")], {}, ["km3"]),
        # Smaller type on the word's baseline, unraised.
        ([(300, 400, "Netto", 10, "1")], {"rise": 0.0}, ["Netto1"]),
        # Raised but in the word's own size.
        ([(300, 400, "Netto", 10, "1")], {"marker_size": 1.0}, ["Netto1"]),
        # A raised letter is no marker.
        ([(300, 400, "Num", 10, "o")], {}, ["Numo"]),
    ],
)
def test_other_digits_after_words_are_kept(
    texts: list[_Text], kwargs: dict[str, float], words: list[str]
) -> None:
    assert _words(texts, **kwargs) == words


def test_amount_due_under_a_footnoted_caption_after_a_deposit() -> None:
    texts: list[_Text] = [
        (57, 60, "Tischlerei Brandauer GmbH", 12, ""),
        (57, 74, "Werkstraße 12, 80331 München", 9, ""),
        (57, 140, "Stadtwerke Rosenheim", 10, ""),
        (57, 152, "Bahnhofstraße 3, 83022 Rosenheim", 10, ""),
        (380, 140, "Rechnung Nr. RE-2024-118", 10, ""),
        (380, 152, "Datum: 07.10.2024", 10, ""),
        (57, 240, "Beschreibung", 10, ""),
        (490, 240, "Betrag", 10, ""),
        (57, 258, "Einbauschrank Eiche, nach Maß", 10, ""),
        (490, 258, "3.053,64", 10, ""),
        (300, 300, "Nettobetrag", 10, ""),
        (490, 300, "3.053,64 €", 10, ""),
        (300, 314, "USt. 19 %", 10, ""),
        (490, 314, "580,19 €", 10, ""),
        (300, 328, "Gesamtbetrag", 10, ""),
        (490, 328, "3.633,83 €", 10, ""),
        (300, 342, "abzgl. Anzahlung vom 22.04.2024", 10, ""),
        (490, 342, "-1.000,00 €", 10, ""),
        (300, 356, "Zahlbetrag", 10, "1"),
        (490, 356, "2.633,83 €", 10, ""),
        (57, 420, "1 Bitte überweisen Sie den Zahlbetrag unter Angabe der Rechnungsnummer.", 8, ""),
    ]
    fields = extract_canonical(_pdf(texts), use_einvoice=False)["fields"]
    assert fields["total_amount"] == pytest.approx(3633.83)
    assert fields["amount_due"] == pytest.approx(2633.83)
