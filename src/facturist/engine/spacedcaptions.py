"""A party caption whose words monospaced print set in cells of their own: "BILL | TO".

A monospaced text layer (Courier) sets a word space as wide as a letter, wider than the gap
that splits a line into cells (wordspace.py), so a caption in capitals ("BILL TO", "SOLD TO")
falls into one cell per word, and neither word alone reads as the caption: the block under
it went uncaptioned, and a freight bill's "SHIPPER | CONSIGNEE | BILL | TO" heading row gave
its first role word as the buyer's name. Cells one word space apart that together spell a
seller's or buyer's caption, and apart do not, are joined into the one cell they were
printed as; two spaces or more, as monospaced print sets between columns, still part them.
"""

from __future__ import annotations

from facturist.engine.labels import BUYER_SECTION, SELLER_SECTION
from facturist.engine.layout import Cell, Line
from facturist.engine.wordspace import one_space

# The most words a caption spans ("BILL | TO", "INVOICE | ADDRESS", "FACTURÉ | À").
_MOST_WORDS = 3


def joined_captions(lines: list[Line]) -> list[Line]:
    """The lines with each word-spaced party caption in one cell; the same list when none is."""
    joined = [_joined(line) for line in lines]
    if all(new is old for new, old in zip(joined, lines, strict=True)):
        return lines
    return joined


def _joined(line: Line) -> Line:
    cells = line.cells
    if len(cells) < 2:
        return line
    out: list[Cell] = []
    position = 0
    changed = False
    while position < len(cells):
        span = _caption_span(cells, position)
        if span > 1:
            out.append(Cell([w for cell in cells[position : position + span] for w in cell.words]))
            position += span
            changed = True
        else:
            out.append(cells[position])
            position += 1
    if not changed:
        return line
    return Line(line.page, line.words, out, line.item_term)


def _caption_span(cells: list[Cell], start: int) -> int:
    """How many cells from `start` spell one caption together (1 when none)."""
    # Only a one-word cell a word space after this one can join it: without one the span is
    # 1 whatever the captions read (the cheap test first; most lines hold none).
    following = cells[start + 1].words if start + 1 < len(cells) else []
    if len(following) != 1 or not one_space(cells[start].words[-1], following[0]):
        return 1
    if _is_caption(cells[start].text):
        return 1
    words = list(cells[start].words)
    for end in range(start + 1, min(start + _MOST_WORDS, len(cells))):
        cell = cells[end]
        if len(cell.words) != 1 or not one_space(words[-1], cell.words[0]):
            return 1
        words.extend(cell.words)
        if _is_caption(" ".join(w.text for w in words)):
            return end - start + 1
    return 1


def _is_caption(text: str) -> bool:
    text = text.strip().rstrip(":").rstrip()
    return bool(text) and any(h.fullmatch(text) for h in (BUYER_SECTION, SELLER_SECTION))
