"""A title whose words a large bold face sets wider apart than a cell's gap.

"NOTA DI CREDITO" or "FATTURA ACCOMPAGNATORIA" in 16 pt bold, flush right over "N. NC
12/2026 del 20/03/2026": the spaces of a large face, measured against its glyphs' height,
split the title into a cell a word, none of which reads as the title alone. The cells of
one run, each next a space of the face apart, are read together as the title they print.

Two strings drawn over each other ("DAUNIA FOOD DISTRIBUZIONE S.P.A." and, flush right, a
title "FATTURA ACCOMPAGNATORIA" overlapping its last word) read as one cell; a word starting
left of the previous word's end starts another string, so the cell's words from there on are
read as a cell of their own too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from facturist.engine.layout import Cell, Line

# The widest gap between two words of one title, in their glyphs' height: a bold face's
# space is about a third of its size, its capitals about 0.7 of it (a cell's gap is 0.9).
_WORD_GAP = 1.6
# The most words a title split so holds ("FATTURA DI ACCONTO", "NOTA DI CREDITO").
_MOST_CELLS = 4


def title_cells(line: Line, is_title: Callable[[str], bool]) -> Iterator[Cell]:
    """The line's cells, then each run of cells set a wide space apart that together read
    as a title though none of them does alone (the longest from each start)."""
    cells = line.cells
    yield from cells
    for cell in cells:
        yield from _overlapping_parts(cell)
    if len(cells) < 2:
        return
    for start in range(len(cells) - 1):
        if is_title(cells[start].text.strip()):
            continue
        found = None
        for end in range(start + 1, min(start + _MOST_CELLS, len(cells))):
            before, after = cells[end - 1], cells[end]
            height = max(w.box.y1 - w.box.y0 for w in (*before.words, *after.words))
            if after.x0 - before.x1 > _WORD_GAP * height or any(ch.isdigit() for ch in after.text):
                break
            joined = Cell([w for cell in cells[start : end + 1] for w in cell.words])
            if is_title(joined.text.strip()):
                found = joined
        if found is not None:
            yield found


# How far a word must start left of the previous word's end to be another string's: more
# than a kerning's or a text layer's rounding.
_OVERLAP = 2.0


def _overlapping_parts(cell: Cell) -> Iterator[Cell]:
    """The parts of a cell that two strings drawn over each other make, when there are
    several: split where a word starts left of the previous one's end."""
    words = cell.words
    starts = [i for i in range(1, len(words)) if words[i].box.x0 < words[i - 1].box.x1 - _OVERLAP]
    if not starts:
        return
    for begin, end in zip([0, *starts], [*starts, len(words)], strict=True):
        yield Cell(words[begin:end])


__all__ = ["title_cells"]
