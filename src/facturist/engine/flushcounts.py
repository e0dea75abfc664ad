"""A count right-aligned under its caption, flush against a left-aligned text column.

A publisher's or wholesaler's table may set "Menge" right-aligned and "Titel / ISBN" left-
aligned with only a space between them; each row then reads "6 Tom Ahrens: Wege ..." with
the count a space before the title. The description's column is taken to start a little
left of its caption (text may start left of its header), which reaches into the count's
column: a bare figure ending under the count's caption, left of the description's caption,
is the row's count, no word of its text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facturist.engine.model import Word

if TYPE_CHECKING:
    from facturist.engine.tableheader import Columns

# Points a right-aligned count may end past its caption's right edge.
_SLACK = 1.5


def under_flush_count(word: Word, columns: Columns) -> bool:
    """Whether `word` is a bare figure under a count caption that ends right before the
    description's caption: the quantity, though it stands in the description's margin."""
    count = columns.centers.get("quantity")
    caption = columns.centers.get("description")
    if count is None or caption is None or not count[1] <= caption[0]:
        return False
    if any(ch.isalpha() for ch in word.text) or not any(ch.isdigit() for ch in word.text):
        return False
    return count[0] <= word.box.x1 <= count[1] + _SLACK and word.box.x0 < caption[0]


__all__ = ["under_flush_count"]
