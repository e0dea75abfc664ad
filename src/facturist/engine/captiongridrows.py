"""A party's caption among a form's caption | value rows.

A service report, a work order or a remittance's payment details set their facts as a grid
of rows, a caption left and its value right: "Kunde | Bäckerei ... KG, Street 3, Town" over
"Objekt | Backstube Halle 3" and "Gemeldet | 03.02.2025, 07:10 Uhr"; "Pay to | ... Ltd" over
"Bank | ...", "IBAN | IE65 ...". The party's name is the value beside its caption; the cell
under the caption is the next row's caption, never a name. Two blocks headed side by side
("Bill To | Ship To" over two addresses) differ: their left column holds a street and a
postcode, while a grid's captions hold no digit and its values do.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line

# How far, in points, a row's caption and value may start from the caption's and the value's.
_EDGE = 4.0
# How many other rows the grid must have, and how many of its values must hold a digit.
_ROWS = 2
_FIGURED = 2


def in_caption_rows(lines: list[Line], index: int, position: int) -> bool:
    """Whether the line at `index`, its caption at `position` beside a value, is one row of a
    grid of caption | value rows: lines run on above and below it with two cells starting
    under the two, each left one a short caption without a digit, at least two right ones
    holding a digit."""
    line = lines[index]
    if position + 1 >= len(line.cells):
        return False
    caption, value = line.cells[position], line.cells[position + 1]
    rows: list[tuple[Cell, Cell]] = []
    for step in (-1, 1):
        at, previous = index + step, line
        while 0 <= at < len(lines):
            other = lines[at]
            if other.page != line.page or abs(other.y0 - previous.y0) > 3 * line.height:
                break
            row = _row(other, caption, value)
            if row is None:
                break
            rows.append(row)
            at, previous = at + step, other
    if len(rows) < _ROWS:
        return False
    figured = sum(1 for _, right in rows if any(ch.isdigit() for ch in right.text))
    return figured >= _FIGURED


def _row(line: Line, caption: Cell, value: Cell) -> tuple[Cell, Cell] | None:
    """The line's caption and value when it has just two cells, starting under `caption` and
    `value`, the left one a short caption (four words at most, no digit)."""
    if len(line.cells) != 2:
        return None
    left, right = line.cells
    if abs(left.x0 - caption.x0) >= _EDGE or abs(right.x0 - value.x0) >= _EDGE:
        return None
    text = left.text.strip(" :")
    if not text or len(text.split()) > 4 or any(ch.isdigit() for ch in text):
        return None
    return left, right


__all__ = ["in_caption_rows"]
