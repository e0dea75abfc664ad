"""A row's figure glued onto the text before it: "(nicht ausgeführt)-0,50 Std.".

When an item's name is long, its end may run into the figure right-aligned in the next
column, and the text layer then holds no space between them: one word reaches from the
description into the quantity column. Split at the figure, the text stays the name's and the
figure is read under the column its end stands in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.model import Word
from facturist.engine.tableheader import Columns

# Text ending in a letter or a closing bracket, then a (signed) figure: "ausgeführt)-0,50".
_GLUED = re.compile(r"^(.*(?:[^\W\d_]|[)\]]))([-−]?\d{1,6}(?:[.,]\d{1,4})?)$")
# How far (points) a right-aligned figure may end outside its caption's span.
_SLACK = 2.0


def unglued_figures(words: list[Word], columns: Columns) -> list[Word]:
    """The words with each figure glued onto the description's last word split off."""
    right = columns.description[1]
    out: list[Word] = []
    for word in words:
        glued = None
        # Only a word that crosses the description's right edge into a figure's column.
        if word.box.x0 < right < word.box.x1 and _in_figure_column(word, columns):
            glued = _GLUED.match(word.text)
        if glued is None:
            out.append(word)
        else:
            out.extend(_split(word, glued.group(1), glued.group(2), right))
    return out if len(out) > len(words) else words


def _in_figure_column(word: Word, columns: Columns) -> bool:
    return any(
        name != "description" and x0 - _SLACK <= word.box.x1 <= x1 + _SLACK
        for name, (x0, x1) in columns.centers.items()
    )


def _split(word: Word, head: str, tail: str, right: float) -> tuple[Word, Word]:
    """The two words, their boxes shared by characters; the figure starts no further left
    than the description's edge, so that it reads under its own column."""
    box = word.box
    cut = box.x0 + (box.x1 - box.x0) * len(head) / len(word.text)
    return (
        replace(word, text=head, box=replace(box, x1=cut)),
        replace(word, text=tail, box=replace(box, x0=max(cut, right + 0.5))),
    )
