"""Captions a narrow column breaks over two header lines with a hyphen: "Men-" over "ge",
"Einzel-" over "preis €", "Ra-" over "batt %".

Read line by line, the halves name no column or the wrong one: "batt %" reads as a tax
rate's "%", "preis" as a second price beside "Gesamt". Joined, each names its column as
printed ("Menge", "Rabatt %", "Gesamtpreis €"). The text layer may drop a soft hyphen, so the
upper half need not end in "-": a lower half starting with a small letter goes on a word.
"""

from __future__ import annotations

from facturist.engine.column_captions import classify_text
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Box, Word


def joined_captions(group: list[Line]) -> list[Line]:
    """The header's lines with each caption broken over two of them joined on the upper
    line; a lower line left empty is dropped. The lines themselves where none is broken."""
    out = [group[0]]
    for lower in group[1:]:
        upper = out[-1]
        pairs = _broken(upper, lower)
        if not pairs:
            out.append(lower)
            continue
        out[-1] = _upper_joined(upper, pairs)
        kept = [cell for cell in lower.cells if all(cell is not low for _up, low in pairs)]
        if kept:
            words = [w for cell in kept for w in cell.words]
            out.append(Line(lower.page, words, kept, lower.item_term))
    return out


def continues_caption(upper: Line, lower: Line) -> bool:
    """Whether a line under a header line ends a caption the header line breaks."""
    return bool(_broken(upper, lower))


def _broken(upper: Line, lower: Line) -> list[tuple[Word, Cell]]:
    """(upper half, lower cell) of each caption broken over the two lines."""
    pairs: list[tuple[Word, Cell]] = []
    for cell in lower.cells:
        head = next((c.words[-1] for c in upper.cells if _over(c.words[-1], cell)), None)
        if head is not None and _joins(head, cell):
            pairs.append((head, cell))
    return pairs


def _over(word: Word, cell: Cell) -> bool:
    return min(word.box.x1, cell.x1) > max(word.box.x0, cell.x0)


def _joins(head: Word, cell: Cell) -> bool:
    """ "Ra-" over "batt %": a word broken by a hyphen (or a small letter going on one with
    its hyphen dropped), whose whole names a column."""
    tail = cell.words[0].text
    if not head.text[:1].isalpha() or not tail[:1].isalpha():
        return False
    hyphen = head.text.endswith("-")
    if not hyphen and not tail[:1].islower():
        return False
    whole = head.text.rstrip("-") + tail
    rest = " ".join(w.text for w in cell.words[1:])
    return classify_text(whole) is not None or classify_text(f"{whole} {rest}".strip()) is not None


def _upper_joined(upper: Line, pairs: list[tuple[Word, Cell]]) -> Line:
    """The upper line with each broken caption's whole in its cell; the lower cell's other
    words (its "%", its "€") follow it there, set on the upper line."""
    cells: list[Cell] = []
    for cell in upper.cells:
        pair = next(((head, low) for head, low in pairs if head is cell.words[-1]), None)
        if pair is None:
            cells.append(cell)
            continue
        head, low = pair
        tail = low.words[0]
        box = head.box
        whole = Word(
            head.text.rstrip("-") + tail.text,
            Box(box.page, min(box.x0, tail.box.x0), box.y0, max(box.x1, tail.box.x1), box.y1),
            min(head.confidence, tail.confidence),
            head.bold,
        )
        after = [
            Word(w.text, Box(box.page, w.box.x0, box.y0, w.box.x1, box.y1), w.confidence, w.bold)
            for w in low.words[1:]
        ]
        cells.append(Cell([*cell.words[:-1], whole, *after]))
    words = [w for cell in cells for w in cell.words]
    return Line(upper.page, words, cells, upper.item_term)
