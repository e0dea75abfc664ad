"""Taller monospaced faces (DejaVu Sans Mono, Menlo, Consolas): their letters stand taller
over the 0.6 em pitch than Courier's, yet a word space a whole letter wide still joins a
phrase into one cell ("Sum excl. VAT", "Total amount due"), while proportional print with
gaps as wide (DejaVu Sans, Helvetica) is cut as before (monospace.py)."""

from __future__ import annotations

import pypdfium2 as pdfium
from reportlab.pdfbase import pdfmetrics

from facturist.engine import extract_canonical
from facturist.engine.layout import build_lines
from facturist.engine.pdftext import page_words

from .conftest import SizedText, dejavu_fonts, make_aligned_pdf

_MONO = "DejaVuSansMono"
_SANS = "DejaVuSans"
needs_fonts = dejavu_fonts(_MONO, _SANS)


def _cells(texts: list[SizedText], font: str) -> list[list[str]]:
    pdf = pdfium.PdfDocument(make_aligned_pdf(texts, font=font))
    try:
        page = page_words(pdf, 0)
    finally:
        pdf.close()
    return [[cell.text.replace("\u00a0", " ") for cell in line.cells] for line in build_lines(page)]


@needs_fonts
def test_dejavu_sans_mono_phrases_stay_one_cell() -> None:
    cells = _cells(
        [
            (50, 60, "Business energy for the North East", 8),
            (50, 80, f"{'Sum eks. mva':<20}102 110,00", 9),
            (50, 100, "Payment terms: 30 days from invoice date.", 8),
            # Carons and rings reach over the ascender ("Důvod"), ý hangs under the line.
            (50, 120, "Důvod opravy snížení rozsahu plnění dle dodatku", 8.5),
            (50, 140, "Částka bude vrácena na účet odběratele uvedený ve smlouvě.", 8),
        ],
        font=_MONO,
    )
    assert cells == [
        ["Business energy for the North East"],
        ["Sum eks. mva", "102 110,00"],
        ["Payment terms: 30 days from invoice date."],
        ["Důvod opravy snížení rozsahu plnění dle dodatku"],
        ["Částka bude vrácena na účet odběratele uvedený ve smlouvě."],
    ]


@needs_fonts
def test_proportional_dejavu_sans_gaps_as_wide_still_cut() -> None:
    # DejaVu Sans has DejaVu Sans Mono's heights: only the grid tells them apart. Words a
    # whole em apart, wider than the cut, stay cells of their own.
    texts: list[SizedText] = []
    rows = [["Datum", "Betrag", "Kunde", "Lieferung"], ["Invoice", "date", "05/06/2024", "Net"]]
    for y, words in zip((100, 120), rows, strict=True):
        x = 50.0
        for word in words:
            texts.append((x, y, word, 9))
            x += pdfmetrics.stringWidth(word, _SANS, 9) + 9
    assert _cells(texts, font=_SANS) == rows


@needs_fonts
def test_dejavu_sans_mono_invoice_reads_its_totals() -> None:
    size = 9
    texts: list[SizedText] = [
        (50, 60, "HOLLINS & CRANE JOINERY LTD", 12),
        (50, 74, "Unit 7 Riverside Trading Estate, Hexham NE46 4RP", 8),
        (330, 130, "Northgate Property Services", size),
        (330, 142, "14 Quayside House", size),
        (330, 154, "Newcastle upon Tyne NE1 3DX", size),
        (50, 200, "TAX INVOICE", 13),
        (50, 220, f"{'Invoice number':<18}INV-2024-0113", size),
        (50, 232, f"{'Invoice date':<18}05/06/2024", size),
        (50, 244, f"{'Payment due by':<18}05/07/2024", size),
        (50, 290, f"{'Description':<34}{'Qty':>5}{'Amount':>12}", size),
        (50, 302, f"{'Oak staircase fitted':<34}{'1':>5}{'2,400.00':>12}", size),
        (50, 314, f"{'Handrail and spindles':<34}{'1':>5}{'650.00':>12}", size),
        (50, 350, f"{'Sum excl. VAT':<24}{'GBP':>4}{'3,050.00':>12}", size),
        (50, 362, f"{'VAT at 20 %':<24}{'GBP':>4}{'610.00':>12}", size),
        (50, 374, f"{'Total amount due':<24}{'GBP':>4}{'3,660.00':>12}", size),
        (50, 420, "Payment terms: 30 days from invoice date.", 8),
    ]
    fields = extract_canonical(make_aligned_pdf(texts, font=_MONO), use_einvoice=False)["fields"]
    assert fields["invoice_date"] == "2024-06-05"
    assert fields["net_amount"] == 3050.0
    assert fields["tax_amount"] == 610.0
    assert fields["amount_due"] == 3660.0
