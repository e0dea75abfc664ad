"""The items' text at a boxed table's left edge, under a description caption centred over
the first column.

Word tables print "Description | Qty | Rate | Amount" with "Description" in the middle of a
wide first column, each item's name at the column's left border. Reading the rows learns
where the text starts (`Columns.text_left`) from the first name reaching under the caption;
a short name before it ("Call out fee") ends well left of the caption and reads as a block
beside the table. When the rows' names start at one edge left of the caption, with no
caption left of it, and some run on under it as one phrase, that edge is the text's from the
first row on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facturist.engine.amountread import AMOUNT_TOKEN
from facturist.engine.layout import Line

if TYPE_CHECKING:
    from facturist.engine.tableheader import Columns

# Rows read under the header; how many must run on under the caption.
_ROWS_READ = 8
_ROWS_UNDER = 2
# The names start at one left edge: a column printed flush left.
_EDGE_TOLERANCE = 2.5


def text_at_left_edge(columns: Columns, group: list[Line], below: list[Line]) -> None:
    """Set `columns.text_left` where the item rows under the header (`below`) start their
    text at one edge left of the description caption, nothing of the header (`group`)
    standing left of the caption, and at least two of them run on under it. The first item
    row whose text starts elsewhere ends the rows read (the totals block under the table)."""
    caption = columns.centers.get("description")
    if caption is None or columns.text_left is not None:
        return
    x0, x1 = columns.description
    if any(w.box.x1 < caption[0] - 2 for member in group for w in member.words):
        return  # a caption left of the description's: centreddescription.py's case
    starts: list[float] = []
    under = 0
    for line in below[:_ROWS_READ]:
        if line.page != columns.page:
            break
        if not _item_row(line, x1):
            continue
        first = line.words[0]
        if first.box.x0 >= x0 or not first.text.lstrip("(\"'“„«[")[:1].isalpha():
            break
        starts.append(first.box.x0)
        under += _runs_under(line, caption[0])
    if len(starts) < 2 or under < _ROWS_UNDER or max(starts) - min(starts) > _EDGE_TOLERANCE:
        return
    columns.text_left = min(starts)


def _item_row(line: Line, right: float) -> bool:
    """A line printing a figure right of the description: an item's row."""
    return any(
        w.box.x0 >= right and any(ch.isdigit() for ch in w.text) and AMOUNT_TOKEN.match(w.text)
        for w in line.words
    )


def _runs_under(line: Line, caption_x0: float) -> bool:
    """Whether the line's first words run on, word after word, under the caption."""
    end = line.words[0].box.x1
    for word in line.words[1:]:
        if word.box.x0 - end > line.height:
            break
        end = word.box.x1
    return end > caption_x0
