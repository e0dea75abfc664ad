"""An item's name over an indented code line carrying its count, price and amount.

Web shops and marketplaces print narrow, monospaced item lists: the product's name on a line
of its own, and under it, indented, the article code with "count x price" and the amount::

    Artikel                                  Belopp kr
    Tekanna i gjutjärn 1,2 l
      KH-TK-1200   3 x 189,00                   567,00
    Serveringssked olivträ
      KH-OL-0042   1 x 45,00                     45,00

The table reader opens an item at the figures line, its text the code; the line above, at
line spacing, starting left of the code and printing no figure, is the item's name, and
the code (the seller's reference) no part of it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from facturist.engine.layout import Line

if TYPE_CHECKING:
    from facturist.engine.itemrow import ItemRow

# An article code: letters, digits and separators, at least one digit and one letter.
_CODE = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9._/-]{3,}$")
# The code line's own text after the code: "3 x 189,00", "2 × 4.25".
_COUNT_TIMES = re.compile(r"^\d{1,5}(?:[.,]\d{1,3})?\s*[x×]\s*\S+$", re.IGNORECASE)
# Blank space between the name and its code line, in line heights, at most.
_SPACING = 1.1


def name_over_code(lines: list[Line], index: int, rows: list[ItemRow], start: int) -> bool:
    """Where the item `rows[-1]`, opened by `lines[index]`, reads as a code and its count
    times price, and the line right above is its name: that name for the code. True where
    the name was taken. `start`: the index of the table's first row line."""
    row = rows[-1]
    words = row.description
    if not words or not _CODE.match(words[0].text) or "amount" not in row.numbers:
        return False
    rest = " ".join(w.text for w in words[1:])
    if rest and not _COUNT_TIMES.match(rest):
        return False
    if index - 1 < start:
        return False
    above, line = lines[index - 1], lines[index]
    if above.page != line.page or not above.words:
        return False
    if line.y0 - above.y1 > _SPACING * max(line.height, above.height):
        return False
    # The name starts left of the code (the code line indented under it), prints no figure
    # column of its own and is no caption announcing rows.
    if above.words[0].box.x0 > words[0].box.x0 - 0.5 * line.height:
        return False
    figure = row.numbers["amount"].boxes
    if figure and above.words[-1].box.x1 >= figure[0].x0:
        return False  # text reaching into the amounts' column: no name over them
    if len(above.cells) > 1 or above.text.rstrip().endswith(":"):
        return False
    taken = {id(w) for other in rows[:-1] for w in other.description}
    if any(id(w) in taken for w in above.words):
        return False  # the line went on with the item above
    row.description = [*above.words, *words[1:]]
    row.closed = True  # the next name stands over the next code line, no text of this item
    return True
