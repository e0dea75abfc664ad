"""Text printed beside a totals grid, between its caption row and its rows of figures.

A Spanish invoice prints its VAT breakdown ("IMPORTE | BASE IMPONIBLE | % IVA | IVA") with a
framed "TOTAL FACTURA" box to its right; the box's caption sits a few points lower than the
grid's captions, so it reads as a line of its own between them and the grid's first row.
That line is no row of the grid and must not end it.

A VAT breakdown row may carry its exemption note under its label ("VAT (Z) | 11.476,00 | 0 |
0,00" over "Nullsteuersatz § 12 Abs. 3 UStG", then the "VAT (S)" row): the note is no row
either, and the rows after it belong to the grid.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line

# A figure: digits with decimals ("752,56"), which a caption-only line never holds.
_FIGURE = re.compile(r"\d[.,]\d{2}\b")


def beside_grid(line: Line, cells: list[Cell]) -> bool:
    """The line holds captions only, every word right of the grid's last caption or left of
    its first: another box's text standing beside the grid, not one of its rows. Or a caption
    and its figure, all right of the grid's last caption ("Total IVA | 424,23" beside "Base
    imponible | Tipo | Cuota IVA"): a grid's row opens with its figures or a label at the
    grid's left, never with a word past its last column."""
    if not cells or not line.words:
        return False
    left = min(cell.x0 for cell in cells)
    right = max(cell.x1 for cell in cells)
    if _FIGURE.search(line.text):
        opener = line.words[0]
        worded = any(ch.isalpha() for ch in opener.text)
        return worded and all(word.box.x0 > right for word in line.words)
    return all(word.box.x0 > right or word.box.x1 < left for word in line.words)


def first_row(lines: list[Line], index: int, cells: list[Cell]) -> Line | None:
    """The line under the caption row lines[index], past any line beside the grid."""
    for below in lines[index + 1 : index + 4]:
        if below.page != lines[index].page:
            return None
        if not beside_grid(below, cells) and not bracketed_subcaptions(below):
            return below
    return None


# A caption's second line in brackets: "Zwischensumme" over "(ohne USt.)", "Net" over "(excl.
# VAT)", "Preis" over "(EUR)": no row of the grid, its rows of figures come under it.
_BRACKETED = re.compile(r"^\([^()\d]{1,30}\)$")


def bracketed_subcaptions(line: Line) -> bool:
    """Every cell of the line is a short caption in brackets, with no digit."""
    return bool(line.cells) and all(_BRACKETED.match(cell.text.strip()) for cell in line.cells)


def note_under_label(line: Line, left_edge: float) -> bool:
    """The line holds words only, all left of the grid's first figure column: a note
    wrapped under a row's label (an exemption's legal ground), not the grid's end."""
    if not line.words or _FIGURE.search(line.text):
        return False
    return all(word.box.x1 < left_edge for word in line.words)
