"""A description caption centred over a wide column: the items' text starts left of it.

"QTY | UNIT | ARTICLES | UNIT PRICE | AMOUNT" prints "ARTICLES" in the middle of its
column, while each item's name starts just right of the unit ("ream | Bond paper A4 70gsm
(ream)"). The description's x-range, opened a few points left of its caption, then cuts
the name, leaving its tail ("(ream)"). When the rows' text starts in the gap between the
previous caption's right edge and the description caption, and runs on as one phrase
under that caption, the description column reaches left to where that text starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facturist.engine.amountread import AMOUNT_TOKEN
from facturist.engine.layout import Line
from facturist.engine.model import Word

if TYPE_CHECKING:
    from facturist.engine.tableheader import Columns

# Rows read under the header, and how many must print their text from the gap.
_ROWS_READ = 8
_ROWS_NEEDED = 2
# The rows' text starts at one left edge: a column printed flush left.
_EDGE_TOLERANCE = 2.5


def widen_centred_description(columns: Columns, group: list[Line], below: list[Line]) -> None:
    """Open the description's x-range left to where its rows' text starts, when each item
    row's name starts between the previous caption (any word of the header's lines, `group`,
    a caption naming no known column included: "Lettera di vettura") and the description
    caption and runs on under that caption (`below`: the lines under the header). The first
    item row that does not ("VATable Sales | 153,400.00" under the table) ends the rows read."""
    caption = columns.centers.get("description")
    if caption is None:
        return
    x0, x1 = columns.description
    words = [w for member in group if _caption_line(member, caption) for w in member.words]
    previous = max((w.box.x1 for w in words if w.box.x1 < caption[0] - 2), default=None)
    if previous is None or x0 <= previous + 4:
        return
    starts: list[float] = []
    for line in below[:_ROWS_READ]:
        if line.page != columns.page:
            break
        if not _item_row(line, x1):
            continue
        start = _phrase_start(line, previous, x0, caption[0])
        # A code left of the header's first caption ("FRT | Freight - LTL"): a column no
        # caption names, whose cells the rows' reading settles; the column stays as it is.
        # A part number under its own centred caption ("GAR-010-02554" under "Part No.") is
        # that caption's, its name in the gap ("Garmin GPSMAP 943xsv chartplotter").
        if start is None or _uncaptioned(line.words[0], words, columns.left):
            break  # the table ends, or its rows print no text from the gap
        starts.append(start)
    if len(starts) < _ROWS_NEEDED or max(starts) - min(starts) > _EDGE_TOLERANCE:
        return
    columns.description = (max(previous + 1, min(starts) - 3), x1)


def _caption_line(line: Line, caption: tuple[float, float]) -> bool:
    """A line of captions: the description caption's own, or one printing no two figures (a
    value line read into the header, "PO-3318 | Net 30 | 11/21/2024" over it, names no
    column)."""
    if any(
        abs(w.box.x0 - caption[0]) < 0.5 and abs(w.box.x1 - caption[1]) < 0.5 for w in line.words
    ):
        return True
    return sum(any(ch.isdigit() for ch in w.text) for w in line.words) < 2


def _uncaptioned(word: Word, captions: list[Word], left: float) -> bool:
    """A row's first word starting left of the header's first caption (`left`), under none of
    the header's words."""
    if word.box.x0 >= left - 3:
        return False
    return not any(min(word.box.x1, w.box.x1) > max(word.box.x0, w.box.x0) for w in captions)


def _item_row(line: Line, right: float) -> bool:
    """A line printing a figure right of the description: an item's row."""
    return any(
        w.box.x0 >= right and any(ch.isdigit() for ch in w.text) and AMOUNT_TOKEN.match(w.text)
        for w in line.words
    )


def _phrase_start(line: Line, previous: float, x0: float, caption_x0: float) -> float | None:
    """Where the row's text starts, when it starts between `previous` (the caption left of
    the description's) and `x0` (the description's left edge) with a letter, or with a size
    before its words ('3/4" brass ball valve', "50 gal. water heater"), and runs on as one
    phrase, word after word, under the description caption."""
    words = sorted(line.words, key=lambda w: w.box.x0)
    first = next((n for n, w in enumerate(words) if w.box.x0 > previous + 2), None)
    if first is None or words[first].box.x0 >= x0:
        return None
    lead = words[first].text.lstrip("(\"'“„«[").strip()[:1]
    if not (lead.isalpha() or lead.isdigit()):
        return None
    end = words[first].box.x1
    lettered = lead.isalpha()
    for word in words[first + 1 :]:
        if word.box.x0 - end > line.height:
            break
        end = word.box.x1
        lettered = lettered or sum(ch.isalpha() for ch in word.text) >= 3
    return words[first].box.x0 if end > caption_x0 and lettered else None
