"""Cells of OCR'd lines: gaps are measured against a share of the taller OCR boxes."""

from __future__ import annotations

from facturist.engine.column_captions import classify_text, header_words
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word


def _cells(source: str, height: float, gap: float) -> list[str]:
    # "Netto  Tarief": two captions `gap` apart; "excl. BTW": one phrase, 3 pt apart.
    spans = [("Netto", 300.0, 330.0), ("excl.", 333.0, 348.0), ("BTW", 351.0, 366.0)]
    spans.append(("Tarief", 366.0 + gap, 390.0 + gap))
    words = [Word(text, Box(1, x0, 400, x1, 400 + height)) for text, x0, x1 in spans]
    page = PageText(1, 595, 842, words, source=source)  # type: ignore[arg-type]
    return [cell.text for cell in build_lines(page)[0].cells]


def test_ocr_boxes_split_at_a_gap_a_text_layer_of_that_height_joins() -> None:
    # 15 pt OCR boxes hold ~7 pt glyphs: a 10.5 pt gap is a column gap there, while 15 pt
    # glyphs of a text layer 10.5 pt apart are words of one phrase.
    assert _cells("ocr", 15.0, 10.5) == ["Netto excl. BTW", "Tarief"]
    assert _cells("text", 15.0, 10.5) == ["Netto excl. BTW Tarief"]


def test_ocr_phrase_words_stay_together() -> None:
    assert _cells("ocr", 15.0, 4.0) == ["Netto excl. BTW Tarief"]


def test_a_capital_i_read_as_small_l_still_names_its_column() -> None:
    assert classify_text("llość") == classify_text("Ilość") == "quantity"
    assert classify_text("ltem") == "description"
    assert classify_text("lorem") is None


def test_captions_ocr_joined_in_one_cell_keep_their_qualifiers() -> None:
    spans = [("llość", 300.0, 325.0), ("Cena", 330.0, 352.0), ("jedn.", 356.0, 380.0)]
    spans.append(("netto", 384.0, 410.0))
    words = [Word(text, Box(1, x0, 400, x1, 415)) for text, x0, x1 in spans]
    line = build_lines(PageText(1, 595, 842, words, source="ocr"))[0]
    assert [cell.text for cell in line.cells] == ["llość Cena jedn. netto"]
    named = {category: [w.text for w in caption] for category, caption in header_words(line)}
    # The price column spans "Cena jedn. netto", where its right-aligned figures stand.
    assert named == {"quantity": ["llość"], "unit_price": ["Cena", "jedn.", "netto"]}
