"""Synthetic OCR pages for the receipt tests: rows of words set in a fixed-width grid."""

from __future__ import annotations

from facturist.engine.model import Box, PageText, Word

LINE_HEIGHT = 12.0
CHAR_WIDTH = 6.0
# A form's cell: (text, left x, height); rows are set under each other with a small gap.
Cell = tuple[str, float, float]
_FORM_CHAR = 7.0  # a form cell's character width at a 14-point height


def rows_page(rows: list[str], *, width: float = 230.0, part_gap: float = 40.0) -> PageText:
    """An OCR page with one row per entry; '||' puts the part after it flush right (and
    separates middle parts by `part_gap`)."""
    words: list[Word] = []
    for number, row in enumerate(rows):
        y = 20.0 + number * LINE_HEIGHT * 1.6
        parts = row.split("||")
        x = 10.0
        for index, part in enumerate(parts):
            if index == len(parts) - 1 and len(parts) > 1:
                x = width - 10.0 - len(part.strip()) * CHAR_WIDTH
            for token in part.split():
                x1 = x + len(token) * CHAR_WIDTH
                words.append(Word(token, Box(1, x, y, x1, y + LINE_HEIGHT), 0.95))
                x = x1 + CHAR_WIDTH
            x += part_gap
    return PageText(1, width, 20.0 + len(rows) * LINE_HEIGHT * 1.6 + 40, words, source="ocr")


def cells_page(rows: list[list[Cell]], width: float = 700.0) -> PageText:
    """An OCR page of form rows, each a list of cells placed at their own x and height."""
    words: list[Word] = []
    y = 20.0
    for row in rows:
        height = max(cell[2] for cell in row)
        for text, x, cell_height in row:
            char = _FORM_CHAR * cell_height / 14
            for token in text.split():
                x1 = x + len(token) * char
                words.append(Word(token, Box(1, x, y, x1, y + cell_height), 0.95))
                x = x1 + char
        y += height + 6
    return PageText(1, width, y + 40, words, source="ocr")
