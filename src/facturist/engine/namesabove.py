"""An item's name printed over the line of its figures.

US and UK distributors' invoices set a long name in two or three lines and print the item's
code, count, price and amount beside the last of them, the rows a paragraph's gap apart::

                Portable turbidimeter, 0-1000 NTU, with
    TB-2100Q    calibration kit and carrying case         2   $1,245.00   $2,490.00
                                                                          (gap)
                Replacement pH electrode, gel-filled,
                3 m cable, BNC connector,
    PH-ELEC-3M  temperature compensated                   6      $89.50     $537.00

The table reader takes a line of text under an item as the item's own only at line spacing;
text standing apart from the item above, closer to the figures line under it and aligned
with its name, is the first part of that name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facturist.engine.layout import Line
from facturist.engine.model import Word

if TYPE_CHECKING:
    from facturist.engine.itemrow import ItemRow

# Blank space between the lines of one wrapped name, in line heights, at most.
_WRAP = 1.1


def name_above(
    lines: list[Line], apart: list[tuple[int, list[Word]]], index: int, row: ItemRow
) -> None:
    """Put the lines of text right above `lines[index]` that stood apart from the item
    above them (`apart`: their indexes and text) in front of the name of `row`, the item
    that line opened, where they read as the first lines of its name."""
    taken: list[tuple[int, list[Word]]] = []
    below = index
    for number, words in reversed(apart):
        if number != below - 1 or not _wrapped_over(lines, number, below, words, row):
            break
        taken.insert(0, (number, words))
        below = number
    if not taken or not _apart_above(lines, taken[0][0], index):
        return
    row.description[:0] = [w for _, words in taken for w in words]


def _wrapped_over(
    lines: list[Line], number: int, below: int, words: list[Word], row: ItemRow
) -> bool:
    """Whether the text `words`, all of `lines[number]`, reads as a line of the name that
    goes on at `lines[below]`: at line spacing over it, where the name starts, in its print."""
    line, under = lines[number], lines[below]
    if line.page != under.page or len(words) != len(line.words) or not words:
        return False  # a line with a cell of its own left of the name: a numbered title
    if under.y0 - line.y1 > _WRAP * max(line.height, under.height):
        return False
    if not row.description:
        # A row printing only its code and figures ("BW-STO-500 | 2 | €7.50 | €15.00" centred
        # between its name's two lines): no name to align with; the code, left of where the
        # name starts, says the line is the item's (a till's "1 X | 2.10" under a name, no).
        if not any(w.box.x1 < words[0].box.x0 for w in under.words):
            return False
    elif abs(words[0].box.x0 - row.description[0].box.x0) > line.height:
        return False
    text = " ".join(w.text for w in words)
    if text.endswith(":"):
        return False  # a title announcing the rows under it
    # A bold title over regular rows heads them; a bold name wraps in bold.
    return not any(w.bold for w in words) or any(w.bold for w in row.description)


def _apart_above(lines: list[Line], first: int, index: int) -> bool:
    """The name's first line stands further under the line above it than the name's lines
    stand apart: a gap between two items, not a name going on."""
    if first == 0 or lines[first - 1].page != lines[first].page:
        return True
    above = lines[first - 1]
    gap = lines[first].y0 - above.y1
    inner = max(lines[n + 1].y0 - lines[n].y1 for n in range(first, index))
    return gap > inner + 0.5 * lines[first].height
