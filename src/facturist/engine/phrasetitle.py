"""A table's title in words over its header: "Charges by service", "Usage by product".

The title's last word ("service", "product") is one the caption vocabulary reads as the item
column's; joined to the header under it, it would head the descriptions where it stands,
right of the header's own "Description", and the rows' first words would fall left of the
column ("Charges" likewise would head the amounts). A one-cell line of words not all
captions, each naming a column that the line under names elsewhere (their spans apart), is
a title, no caption stacked over one.
"""

from __future__ import annotations

from facturist.engine.column_captions import header_words, names_columns
from facturist.engine.layout import Line
from facturist.engine.model import Word


def phrase_title(group: list[Line]) -> bool:
    """Whether the header group's first line is such a title over the header line: one cell
    of words not all captions, each caption's column named on the line under it elsewhere."""
    if len(group) < 2 or len(group[0].cells) != 1 or not names_columns(group[1]):
        return False
    top = header_words(group[0])
    if not top or sum(len(words) for _c, words in top) >= len(group[0].words):
        return False  # the captions are the whole line: captions stacked over others
    under = header_words(group[1])
    return all(_named_apart(category, words, under) for category, words in top)


def _named_apart(category: str, words: list[Word], under: list[tuple[str, list[Word]]]) -> bool:
    """Whether the line under names the caption's column, never under the caption itself."""
    x0, x1 = min(w.box.x0 for w in words), max(w.box.x1 for w in words)
    same = [w for c, w in under if c == category]
    return bool(same) and not any(
        min(x1, max(w.box.x1 for w in other)) > max(x0, min(w.box.x0 for w in other))
        for other in same
    )
