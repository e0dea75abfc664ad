"""Lines inside the position blocks of an e-invoice viewer print: one item's own figures.

XRechnung / ZUGFeRD viewers (and the "readable copies" their kin print) list each invoice
line as a block under its own heading, "Position 1" ("Pos. 2", "Rechnungsposition 3 von 5",
"Line 4", "Item 5", "Artikel 6", "Sub-line 1.1", "7."), then one caption | value row per
business term: "Menge | 10,00", "Preis pro Einheit (netto) | 8,14", "Gesamtpreis (netto) |
81,40" (EN 16931's BT-131, the line's net), "Steuersatz | 19 %". Such a figure belongs to its
position, never to the document's totals, which the viewer prints in a block of their own.

A block runs from its heading down while its rows follow each other closely: rows whose
caption (a cell without digits) starts in the block's caption column or indented under it
(an allowance's "Grund | Betrag" rows), and a value's wrapped lines to the right. A section's
title, a line starting left of the captions, a wider gap or the next heading ends it; over a
page break it goes on only with a row in a caption column it already has.
"""

from __future__ import annotations

from facturist.engine.itemboxes import heading_match, heading_name
from facturist.engine.layout import Line

# How far (points) a row's caption may stand from a caption column the block has, and how
# far right of the block's first column an indented sub-row's caption may start.
_ALIGNED = 4.0
_INDENT = 40.0
# How far apart (top to top) a block's rows may stand: under the heading, in line heights;
# then in the block's own row spacing (viewers space rows evenly, blocks and sections wider).
_FIRST_ROW = 3.5
_SPACING = 1.5
# Lines a page's footer may take below a block before the page ends.
_FOOTER_LINES = 3
# A block needs this many rows: a lone "1." over one caption row is no position.
_LEAST_ROWS = 2


def position_lines(lines: list[Line]) -> set[int]:
    """The indexes of lines that are rows of a position block (its heading included)."""
    inside: set[int] = set()
    index = 0
    while index < len(lines):
        if not _heading(lines[index]):
            index += 1
            continue
        rows, after = _block(lines, index)
        if len(rows) >= _LEAST_ROWS:
            inside.add(index)
            inside.update(rows)
        index = max(after, index + 1)
    return inside


def _heading(line: Line) -> bool:
    """Every cell of the line heads a position ("Position 1 | Position 2" side by side), or
    the line is a heading and the item's name beside it ("Position 1 | Rücksendung Zahnrad")."""
    return (
        all(heading_match(cell.text) is not None for cell in line.cells)
        or heading_name(line) is not None
    )


def _row(line: Line) -> bool:
    """A caption | value row: two cells or more, the first a caption without digits."""
    first = line.cells[0].text
    return len(line.cells) >= 2 and not any(ch.isdigit() for ch in first)


def _block(lines: list[Line], start: int) -> tuple[list[int], int]:
    """The rows of the block headed at `start`, and the index after it."""
    columns: list[float] = []  # the caption columns seen (the first, then indented ones)
    values = 0.0  # where the leftmost value starts: a wrapped value's lines start there
    rows: list[int] = []
    last = lines[start]
    pitch: float | None = None  # the block's row spacing, once two rows are read
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if _heading(line):
            break
        step = line.y0 - last.y0
        if pitch is None:
            wide = step > _FIRST_ROW * max(line.height, last.height)
        else:
            wide = step > _SPACING * pitch
        if line.page == last.page and wide:
            resumed = _after_footer(lines, index, columns)
            if resumed is None:
                break
            index = resumed
            line = lines[index]
        elif line.page != last.page and not _in_columns(line, columns):
            break
        x = line.cells[0].x0
        if _row(line) and (
            _in_columns(line, columns) or (not columns or 0 < x - columns[0] <= _INDENT)
        ):
            if not _in_columns(line, columns):
                columns.append(x)
            values = min(values or line.cells[1].x0, line.cells[1].x0)
        elif not (values and len(line.cells) == 1 and x >= values - _ALIGNED):
            break  # a section's title, or a line left of the values
        if rows and line.page == last.page:
            pitch = step if pitch is None else min(pitch, step)
        rows.append(index)
        last = line
        index += 1
    return rows, index


def _in_columns(line: Line, columns: list[float]) -> bool:
    x = line.cells[0].x0
    return _row(line) and any(abs(x - column) <= _ALIGNED for column in columns)


def _after_footer(lines: list[Line], index: int, columns: list[float]) -> int | None:
    """The block's next row on the next page, past a footer ("Seite 1 von 2"), if it goes on."""
    page = lines[index].page
    for ahead in range(index, min(index + _FOOTER_LINES + 1, len(lines))):
        line = lines[ahead]
        if line.page != page:
            return ahead if _in_columns(line, columns) else None
    return None
