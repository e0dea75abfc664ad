"""Totals grids read from OCR'd pages, where neighbouring captions share one cell."""

from __future__ import annotations

from facturist.engine.fields import find_candidates
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.totalgrid import grid_totals

HEIGHT = 14.0
# Roughly how wide a character of a 10 pt font is on an A4 page in points.
CHAR = 5.0


def ocr_page(rows: list[list[tuple[str, float]]]) -> PageText:
    """Rows of (text, x0) words, 20 pt apart; every word as wide as its characters."""
    words = []
    for number, row in enumerate(rows):
        top = 100.0 + 20.0 * number
        for text, x0 in row:
            words.append(Word(text, Box(1, x0, top, x0 + CHAR * len(text), top + HEIGHT)))
    return PageText(1, 595, 842, words, source="ocr")


def right_aligned(text: str, x1: float) -> tuple[str, float]:
    return text, x1 - CHAR * len(text)


def words_from(start: float, text: str) -> list[tuple[str, float]]:
    """One phrase: its words a single space apart (one OCR cell)."""
    out = []
    for word in text.split():
        out.append((word, start))
        start += CHAR * (len(word) + 1)
    return out


def grid_of(lines: list[Line], caption_start: str) -> dict[str, float]:
    index = next(i for i, line in enumerate(lines) if line.text.startswith(caption_start))
    return {key: value.value for key, value in grid_totals(lines, index).items()}


def test_captions_in_one_cell_are_cut_at_the_figures_under_them() -> None:
    # "Net Amount VAT Rate VAT Amount Gross Amount" as one OCR cell over its four figures.
    captions = [("VAT", 40.0), ("Analysis", 60.0), *words_from(330.0, "Net Amount VAT Rate")]
    captions += words_from(430.0, "VAT Amount Gross Amount")
    figures = [right_aligned("10,238.62", 380.0), right_aligned("20%", 420.0)]
    figures += [right_aligned("2,047.72", 480.0), right_aligned("12,286.34", 550.0)]
    page = ocr_page([captions, figures, [("Total:", 300.0), *figures[:1], *figures[2:]]])
    assert grid_of(build_lines(page), "VAT Analysis") == {
        "net_amount": 10238.62,
        "tax_amount": 2047.72,
        "total_amount": 12286.34,
    }


def test_per_rate_rows_under_ht_tva_ttc_add_up() -> None:
    captions = [*words_from(40.0, "Récapitulatif TVA"), *words_from(340.0, "Base HT TVA %")]
    captions += [("TVA", 470.0), ("TTC", 535.0)]
    first = [right_aligned("3 635,53", 380.0), right_aligned("20 %", 430.0)]
    first += [right_aligned("727,11", 490.0), right_aligned("4 362,64", 555.0)]
    second = [right_aligned("247,54", 380.0), right_aligned("10 %", 430.0)]
    second += [right_aligned("24,75", 490.0), right_aligned("272,29", 555.0)]
    page = ocr_page([captions, first, second])
    assert grid_of(build_lines(page), "Récapitulatif") == {
        "net_amount": 3883.07,
        "tax_amount": 751.86,
        "total_amount": 4634.93,
    }


def test_a_caption_cell_over_two_figures_is_two_captions() -> None:
    # "Netto Steuersatz" reads as the net's label, but stands over the net and the rate.
    captions = [("Steuerübersicht", 40.0), *words_from(370.0, "Netto Steuersatz")]
    captions += words_from(466.0, "MwSt. Bruttobetrag")
    figures = [right_aligned("2'742.24", 412.0), right_aligned("8.1 %", 450.0)]
    figures += [right_aligned("222.12", 498.0), right_aligned("2'964.36", 556.0)]
    page = ocr_page([captions, figures])
    assert grid_of(build_lines(page), "Steuerübersicht") == {
        "net_amount": 2742.24,
        "tax_amount": 222.12,
        "total_amount": 2964.36,
    }


def test_an_item_tables_net_amount_caption_gives_no_document_net() -> None:
    header = [("#", 40.0), ("Description", 60.0), ("Qty", 250.0), ("Unit", 290.0)]
    header += [("Net", 370.0), ("Amount", 390.0), ("VAT", 450.0), ("Gross", 520.0)]
    second = [("(net)", 385.0), ("Rate", 450.0), ("Amount", 520.0)]
    item = [("1", 40.0), ("Delivery", 60.0), ("charge", 110.0), ("50", 250.0)]
    item += [right_aligned("6,496.50", 430.0), ("20%", 450.0), right_aligned("7,795.80", 560.0)]
    lines = build_lines(ocr_page([header, second, item]))
    nets = [c.value.value for c in find_candidates(lines) if c.key == "net_amount"]
    assert 6496.5 not in nets


def test_a_rate_line_over_base_and_tax_gives_the_tax() -> None:
    row = [*words_from(300.0, "IVA 23,00%"), right_aligned("1.000,00", 440.0)]
    row += [right_aligned("230,00", 520.0)]
    other = [*words_from(300.0, "IVA 23,00%"), right_aligned("1.000,00", 440.0)]
    other += [right_aligned("200,00", 520.0)]  # not 23 % of the base: no tax read
    # Primavera: the tax repeated under another caption on the same line.
    repeated = [*row, ("IVA", 530.0), right_aligned("230,00", 590.0)]
    lines = build_lines(ocr_page([row, [], other, [], repeated]))
    assert grid_of(lines, "IVA") == {"tax_amount": 230.0}
    assert grid_totals(lines, 1) == {}
    assert lines[2].text.endswith("IVA 230,00")
    assert grid_totals(lines, 2)["tax_amount"].value == 230.0


def test_a_note_under_a_rows_label_does_not_end_the_vat_breakdown() -> None:
    # A zero-rated row with its legal ground wrapped under its label, then the 19 % row.
    captions = [*words_from(50.0, "Art (Kategorie)"), ("Basisbetrag", 300.0)]
    captions += [*words_from(410.0, "USt. %"), ("Steuerbetrag", 500.0)]
    zero = [*words_from(50.0, "VAT (Z)"), right_aligned("11.476,00", 360.0)]
    zero += [right_aligned("0", 425.0), right_aligned("0,00", 550.0)]
    note = words_from(50.0, "Nullsteuersatz § 12 Abs. 3 UStG")
    rated = [*words_from(50.0, "VAT (S)"), right_aligned("785,00", 360.0)]
    rated += [right_aligned("19", 425.0), right_aligned("149,15", 550.0)]
    lines = build_lines(ocr_page([captions, zero, note, rated]))
    assert grid_of(lines, "Art") == {"net_amount": 12261.0, "tax_amount": 149.15}
