"""An item's name whose cell runs on past the description column, under a second caption that
shares the description caption's header cell.

A header cell may name the text column twice ("Service / Usage type", "Artikel / Leistung"):
its second name reads as another column's caption ("Usage" a count's), though it heads no
column of its own, the figures standing under the captions further right. A row's name then
runs on under that second name::

    Service / Usage type                        Usage   Unit rate   Charges
    Compute - vCPU hours (std-4, eu-west-2)   2,184.50     0.0620    135.44

The words after the name's last word in the name's own cell (one phrase at its word spacing)
go on with the name while they stand under no caption but such a second name: a figure the
row reads, a word under another caption or a bare number ends the run.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Box, Word

# The most gap (points) between the description caption's end and a caption in the same
# header cell ("Service / Usage type": a slash between them).
_SAME_CELL = 12.0
# A bare number ("2.0", "1,344", "15%"): perhaps a figure, never run on into the name.
_BARE_NUMBER = re.compile(r"^[-+−]?[\d.,']+%?$")

Span = tuple[float, float]


def run_on_name(
    line: Line,
    description: list[Word],
    centers: dict[str, Span],
    others: list[Span],
    taken: set[Box],
) -> list[Word]:
    """The description with the words its last cell runs on with (see the module's docstring);
    `taken` are the boxes of the row's figures and of words under other captions."""
    caption = centers.get("description")
    if not description or caption is None:
        return description
    last = description[-1]
    cell = next((c for c in line.cells if last in c.words), None)
    if cell is None:
        return description
    tail = cell.words[cell.words.index(last) + 1 :]
    if not tail:
        return description
    # The captions past the description's that share its header cell name the text again.
    second = [s for s in centers.values() if 0 < s[0] - caption[1] <= _SAME_CELL]
    if not second or any(_under_box(box, second) for box in taken):
        return description  # a figure under it: a column of its own
    beyond = [s for s in [*centers.values(), *others] if s[0] > caption[1] and s not in second]
    extra: list[Word] = []
    for word in tail:
        if word.box in taken or word in description or _BARE_NUMBER.match(word.text):
            break
        if _under(word, beyond):
            break
        extra.append(word)
    return description + extra


def _under(word: Word, spans: list[Span]) -> bool:
    return _under_box(word.box, spans)


def _under_box(box: Box, spans: list[Span]) -> bool:
    center = (box.x0 + box.x1) / 2
    return any(x0 - 2 <= center <= x1 + 2 for x0, x1 in spans)
