"""Position boxes printed two side by side, read one column after the other.

Compact e-invoice viewer prints save paper by setting the position boxes in two columns: one
row heads both boxes ("Pos. 1 | Pos. 2", "Line 3 | Line 4") and each following row holds a
row of either box::

    Pos. 1                                  Pos. 2
    Artikel    Petrischalen PS steril       Artikel    Nitril-Handschuhe, Gr. M
    Menge      4 Karton                     Menge      20 Box
    Betrag     168,48                       Betrag     115,20

The band of rows under such a heading row (up to the next heading or a blank line's gap) is
split where the right box's heading starts; its left rows, then its right rows, follow one
another as two boxes printed one under the other would, which itemboxes.py reads.
"""

from __future__ import annotations

from collections.abc import Callable

from facturist.engine.layout import Cell, Line

# The least gap (points) between the two headings: two boxes' columns, not one heading's words.
_COLUMN_GAP = 20.0
# The most gap (in line heights) between the pair of headings and the first row under them.
_HEADING_GAP = 2.5


def unfold_box_columns(lines: list[Line], is_heading: Callable[[Line], bool]) -> list[Line]:
    """The lines with each band of side-by-side boxes unfolded into one box after the other;
    the lines themselves when no row heads two boxes."""
    out: list[Line] = []
    index = 0
    unfolded = False
    while index < len(lines):
        line = lines[index]
        split = _second_heading_x(line, is_heading)
        if split is None:
            out.append(line)
            index += 1
            continue
        end = _band_end(lines, index, split, is_heading)
        left: list[Line] = []
        right: list[Line] = []
        for row in lines[index:end]:
            cut = next((i for i, c in enumerate(row.cells) if c.x0 >= split - 2), len(row.cells))
            if cut:
                left.append(part_of(row, row.cells[:cut]))
            if cut < len(row.cells):
                right.append(part_of(row, row.cells[cut:]))
        out += left + right
        unfolded = True
        index = end
    return out if unfolded else lines


def part_of(line: Line, cells: list[Cell]) -> Line:
    """A line of some of a line's cells."""
    part = Line(
        page=line.page, words=[w for cell in cells for w in cell.words], item_term=line.item_term
    )
    part.cells = cells
    return part


def _second_heading_x(line: Line, is_heading: Callable[[Line], bool]) -> float | None:
    """Where the second of two box headings side by side starts ("Pos. 1 | Pos. 2"), if the
    row is such a pair."""
    cells = line.cells
    if not 2 <= len(cells) <= 4 or not any(ch.isdigit() for ch in line.text):
        return None
    for cut in range(1, len(cells)):
        if cells[cut].x0 - cells[cut - 1].x1 < _COLUMN_GAP:
            continue
        if is_heading(part_of(line, cells[:cut])) and is_heading(part_of(line, cells[cut:])):
            return cells[cut].x0
    return None


def _band_end(
    lines: list[Line], start: int, split: float, is_heading: Callable[[Line], bool]
) -> int:
    """The index after the band of rows a pair of headings heads: it ends at the next heading
    in the left column, at a page break, or at a gap of a blank line."""
    previous = lines[start]
    index = start + 1
    while index < len(lines):
        row = lines[index]
        # A blank line's gap; a short heading ("Line 1", no descenders) is a low line. A card
        # grid sets its headings apart from their rows (a shaded heading bar): the first row
        # may stand further below.
        blank = (1.5 if index > start + 1 else _HEADING_GAP) * max(previous.height, row.height)
        if row.page != previous.page or row.y0 - previous.y1 > blank:
            break
        left = [c for c in row.cells if c.x0 < split - 2]
        if left and is_heading(part_of(row, left)):
            break
        previous = row
        index += 1
    return index
