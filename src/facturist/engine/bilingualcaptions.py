"""A caption printed in two languages, one over the other, its value beside the pair.

Bilingual invoices (Luxembourg, Ireland, Wales, South Tyrol, Canada) stack each caption's
two languages in one column and print the value once, right of the pair, centred between
them or on the first language's line::

    Total HTVA                                       Uimhir Sonraisc    SON-2025-00417
                       3 324,50 €                    Invoice No.
    Summe netto

The figure sits half a line off either caption, so neither reads it as beside itself; the
language the engine knows may be the lower one, the value on the other's line. A caption
reads the value right of it whose middle lies between its own middle and that of the caption
in the other language: a cell at the same left edge on the line next to it, words only, naming
no other field. A grid's header in two languages over its row of values ("Steuer" over
"Imposta" over "5.791,72"): the lower caption reads under itself, the upper row no values.
"""

from __future__ import annotations

import re

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word
from facturist.engine.parse.dates import month_number

# How far (points) the two captions' left edges may differ.
_FLUSH = 3.5
# A rate in a tax caption ("TVA 17 %", "MwSt. 17 %") is still a caption's word.
_RATE = re.compile(r"\d+(?:[.,]\d+)?\s*%")


def _caption_cell(cell: Cell) -> bool:
    text = _RATE.sub("", cell.text)
    return sum(ch.isalpha() for ch in text) >= 2 and not any(ch.isdigit() for ch in text)


def _cell_of(line: Line, word: Word) -> Cell | None:
    return next((c for c in line.cells if word in c.words), None)


def _names_other(key: str, text: str) -> bool:
    """Whether a caption names a field other than `key` (and not `key` itself)."""
    if LABELS_BY_RANK[key].search(text):
        return False
    return any(pattern.search(text) for pattern in LABELS_BY_RANK.values())


def _middle(top: float, bottom: float) -> float:
    return (top + bottom) / 2


def translated_captions(lines: list[Line], index: int, label: list[Word], key: str) -> list[Line]:
    """The lines that may hold the label's caption in the other language, nearest first: a
    line above or below (two lines at most, a value line may stand between) with a caption
    cell flush with the label's cell, close by, naming no field but the label's `key`."""
    line = lines[index]
    own = _cell_of(line, label[0]) if label else None
    if own is None or own.words[0] is not label[0] or not _caption_cell(own):
        return []
    found: list[tuple[float, Line]] = []
    for at in (index - 2, index - 1, index + 1, index + 2):
        if not 0 <= at < len(lines) or lines[at].page != line.page:
            continue
        other = lines[at]
        gap = max(other.y0 - line.y1, line.y0 - other.y1)
        if gap > 1.2 * line.height:
            continue
        cell = next((c for c in other.cells if abs(c.x0 - own.x0) <= _FLUSH), None)
        if cell is None or not _caption_cell(cell) or _names_other(key, cell.text):
            continue
        found.append((abs(_middle(other.y0, other.y1) - _middle(line.y0, line.y1)), other))
    return [other for _d, other in sorted(found, key=lambda pair: pair[0])]


def value_between_captions(
    lines: list[Line], index: int, label: list[Word], key: str
) -> list[Word]:
    """The cell right of a caption and its other language's caption, standing between the
    two captions' middles (or on either's line): the pair's value."""
    line = lines[index]
    own = _cell_of(line, label[0]) if label else None
    if own is None or any(c.x0 > own.x1 for c in line.cells):
        return []  # a cell beside the caption on its own line is read there
    near = [other for other in lines[max(index - 3, 0) : index + 4] if other.page == line.page]
    for partner in translated_captions(lines, index, label, key):
        ends = sorted((_middle(line.y0, line.y1), _middle(partner.y0, partner.y1)))
        low, high = ends[0] - 2.0, ends[1] + 2.0
        cells = [
            cell
            for other in near
            for cell in other.cells
            if cell.x0 > own.x1 + 2 and low <= _middle(other.y0, other.y1) <= high
        ]
        if not cells:
            continue
        first = min(cells, key=lambda c: c.x0)
        if not any(ch.isdigit() for ch in first.text):
            return []
        on_partner = abs(_middle(first.boxes[0].y0, first.boxes[0].y1) - ends[0]) <= 2.0 or (
            abs(_middle(first.boxes[0].y0, first.boxes[0].y1) - ends[1]) <= 2.0
        )
        if on_partner and not _paired_column(lines, index, own):
            return []  # "Kundennummer | K-12345" over "Rechnungsnummer": the other's value
        return first.words
    return []


def _paired_column(lines: list[Line], index: int, own: Cell) -> bool:
    """True when the captions flush with the label's are half of them without a value of
    their own on their line: a column of caption pairs, each pair's value beside one."""
    line = lines[index]
    column = [
        other
        for other in lines[max(index - 6, 0) : index + 7]
        if other.page == line.page
        and any(abs(c.x0 - own.x0) <= _FLUSH and _caption_cell(c) for c in other.cells)
    ]
    bare = sum(1 for other in column if not any(c.x0 > own.x1 for c in other.cells))
    return len(column) >= 2 and 2 * bare >= len(column)


def captions_over_captions(lines: list[Line], index: int, label: list[Word]) -> bool:
    """True when the row over a caption is the same captions in another language, not their
    values: no figure on it, and a caption flush over the label's ("Steuer" over "Imposta").
    A grid's two-language header holds its values under the second row."""
    if index == 0 or not label:
        return False
    line, above = lines[index], lines[index - 1]
    own = _cell_of(line, label[0])
    if own is None or above.page != line.page or any(ch.isdigit() for ch in above.text):
        return False
    cell = next((c for c in above.cells if abs(c.x0 - own.x0) <= _FLUSH), None)
    return cell is not None and _caption_cell(cell) and _caption_cell(own)


def value_before_mirrored_caption(line: Line, label: list[Word]) -> list[Word]:
    """The value printed between a caption's two languages on one row: "Rhif anfoneb |
    CT-25-0093 | Invoice number", the first language's caption at the left, the second's
    closing the row. The cell before the closing caption is its value."""
    own = _cell_of(line, label[0]) if label else None
    if own is None or own is not line.cells[-1] or own.words[0] is not label[0]:
        return []
    if len(line.cells) != 3 or not _caption_cell(own) or not _caption_cell(line.cells[0]):
        return []
    value = line.cells[1]
    return value.words if any(ch.isdigit() for ch in value.text) else []


def one_month_name(words: list[Word]) -> list[Word]:
    """A month named in two languages, "14 Mawrth / March 2025", "3 mars / März 2025": the
    half a month's name the engine knows stays, the other and the slash go."""
    for at in range(1, len(words) - 1):
        if words[at].text != "/":
            continue
        before, after = words[at - 1].text, words[at + 1].text
        if not (before.isalpha() and after.rstrip(".,").isalpha()):
            continue
        if month_number(after.rstrip(".,")) is not None:
            return words[: at - 1] + words[at + 1 :]
        if month_number(before) is not None:
            return words[:at] + words[at + 2 :]
    return words
