"""Monospaced (Courier) lines: a word space a whole letter wide joins a phrase into one cell,
while two spaces or more (a plain-text table's columns) still cut (monospace.py, layout.py)."""

from __future__ import annotations

import pypdfium2 as pdfium

from facturist.engine import extract_canonical
from facturist.engine.layout import build_lines
from facturist.engine.pdftext import page_words

from .conftest import SizedText, make_aligned_pdf


def _cells(texts: list[SizedText], font: str = "Courier") -> list[list[str]]:
    pdf = pdfium.PdfDocument(make_aligned_pdf(texts, font=font))
    try:
        page = page_words(pdf, 0)
    finally:
        pdf.close()
    return [[cell.text for cell in line.cells] for line in build_lines(page)]


def test_courier_phrases_stay_one_cell() -> None:
    cells = _cells(
        [
            (50, 60, "SCHRIJVERIJ JANSSENS BV", 13),
            (50, 200, "Gent, 21 oktober 2025", 10),
            (50, 214, "Betaaldatum: 20 november 2025", 10),
            (50, 228, "Graag te betalen binnen 30 dagen", 9.5),
        ]
    )
    assert cells == [
        ["SCHRIJVERIJ JANSSENS BV"],
        ["Gent, 21 oktober 2025"],
        ["Betaaldatum: 20 november 2025"],
        ["Graag te betalen binnen 30 dagen"],
    ]


def test_a_two_word_line_takes_the_pitch_of_the_page() -> None:
    cells = _cells([(50, 60, "Hoofdweg 12 te Brugge", 10), (320, 120, "9000 Gent", 10)])
    assert cells == [["Hoofdweg 12 te Brugge"], ["9000 Gent"]]


def test_courier_table_columns_two_spaces_apart_stay_cells() -> None:
    row = f"{'Eiken plank geschaafd':<24}{'3':>4}{'12,50':>10}{'37,50':>10}"
    tight = "Totaal  EUR  37,50"
    cells = _cells([(50, 300, row, 9), (50, 312, tight, 9)])
    assert cells == [["Eiken plank geschaafd", "3", "12,50", "37,50"], ["Totaal", "EUR", "37,50"]]


def test_proportional_print_is_cut_as_before() -> None:
    # Helvetica words a wide gap apart: not on a monospaced grid, so the gap still cuts.
    texts: list[SizedText] = [(50, 100, "Datum", 10), (90, 100, "12.03.2025", 10)]
    texts.append((150, 100, "Bedrag", 10))
    assert _cells(texts, font="Helvetica") == [["Datum", "12.03.2025", "Bedrag"]]


def test_courier_letter_reads_its_date_and_amount_due() -> None:
    texts: list[SizedText] = [
        (50, 60, "TIMMERWERKEN DE SMET BV", 13),
        (50, 74, "Kerkstraat 4 - 9200 Dendermonde", 9.5),
        (320, 140, "Bouwbedrijf Claes NV", 10),
        (50, 200, "FACTUUR nr. 25/311", 12),
        (50, 216, "Dendermonde, 7 mei 2025", 10),
        (50, 300, f"{'Omschrijving':<30}{'Aantal':>10}{'Totaal':>14}", 9),
        (50, 312, f"{'Plaatsen deurkozijn':<30}{'1':>10}{'2.400,00':>14}", 9),
        (230, 340, f"{'Totaal excl. btw':<18}{'EUR':>4}{'2.400,00':>12}", 9),
        (230, 354, f"{'Btw 21%':<18}{'EUR':>4}{'504,00':>12}", 9),
        (230, 368, f"{'Te betalen':<18}{'EUR':>4}{'2.904,00':>12}", 9),
        (50, 400, "Gelieve te betalen binnen 14 dagen op rekening", 9.5),
    ]
    fields = extract_canonical(make_aligned_pdf(texts, font="Courier"), use_einvoice=False)[
        "fields"
    ]
    assert fields["invoice_date"] == "2025-05-07"
    assert fields["amount_due"] == 2904.0
    assert fields["seller_name"] == "TIMMERWERKEN DE SMET BV"
