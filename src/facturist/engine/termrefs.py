"""EN 16931 business-term references ("BT-109", "BT-53/52", "BT-73 / BT-74") printed by
e-invoice visualisations (KoSIT XRechnung viewer) beside each label/value row.

They mean nothing to the reader, wherever the viewer puts them: a column of their own, after
the value or before it ("Gesamtsumme netto: | 3.182,00 | BT-109"), or a small tag right after
the caption, close enough to join its cell ("Rechnungsnummer BT-1 | BW-2025-004117",
"Name BT-27 | Brennwert GmbH"). A tag left in the caption's cell was read as the value
("BT-1") or as part of a name ("Name BT-27"). So cells made of nothing but references go,
and so do bare references ending a cell; one printed smaller than the word beside it is the
viewer's tag too, wherever it stands, and where it stood between two phrases the cell is cut
there (caption | value). A reference inside running text, as large as its words, stays.

Every notation a viewer uses is its tag: bare "BT-27", "BT-27:", parenthesised "(BT-27)" or
bracketed "[BT-27]" (a notation running text never uses, so it goes wherever it stands), after
the caption, before it ("BT-27 Seller name", the Peppol and EN 16931 renderings) or in a
column of its own. A bare term reference opening a cell goes only on a page that tags its
rows (several lines carry references): there it is the row's tag, elsewhere it may start an
article's name. A group's ("BG-4 Verkäufer") stays with the heading readers, which know it
and place the block's column by its left edge. A grid's column header over a column of
references ("ID | Business term | Value") goes with them: it captions nothing left to read.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word

_TERM_REF = re.compile(r"^(?:[(\[]?B[TG]-\d{1,3}(?:\s*/\s*(?:B[TG]-)?\d{1,3})*[)\]]?:?\s*)+$")
_TERM_NUMBER = re.compile(r"(B[TG])-(\d{1,3})")
# One word of a reference: "BT-1", "BT-53/52", "BG-14"; "/" joins "BT-73 / BT-74".
_REF_WORD = re.compile(r"^[(\[]?B[TG]-\d{1,3}(?:/(?:B[TG]-)?\d{1,3})*[)\]]?:?$")
# "(BT-27)", "[BT-27]", "BT-27:": a tag's notation, never running text's.
_TAG_NOTATION = re.compile(r"^[(\[]|[)\]:]$")
# A page whose rows a viewer tags carries references on at least this many lines.
_TAGGED_LINES = 3
# A tag printed below this share of the caption's size is small print beside it.
_SMALL_PRINT = 0.85
# A term grid's columns: the reference, the term's name, its value.
_GRID_COLUMNS = 3
# The business terms of one invoice line (its net amount, price, VAT, allowances, item).
_LINE_TERMS = range(126, 162)


def is_term_ref(text: str) -> bool:
    """True for a cell that holds only business-term references."""
    return _TERM_REF.match(text.strip()) is not None


def without_term_refs(lines: list[Line]) -> list[Line]:
    """The lines with references removed from their cells; a line of nothing else is dropped."""
    out = []
    # Every reference holds "BT-" or "BG-" (no word space inside): a line's text without
    # either holds no reference word, and the word-by-word test is left out.
    tagged = sum(
        _may_hold_ref(line.text) and any(_REF_WORD.match(w.text) for w in line.words)
        for line in lines
    )
    viewer = tagged >= _TAGGED_LINES
    for index, line in enumerate(lines):
        if viewer and _heads_term_column(lines, index):
            continue
        kept: list[Cell] = []
        removed: list[str] = []
        for cell in line.cells:
            if not _may_hold_ref(cell.text):
                kept.append(cell)  # no reference in it: kept whole, as `_split_at_refs` would
                continue
            if is_term_ref(cell.text):
                removed.append(cell.text)
                continue
            parts, refs = _split_at_refs(cell, viewer)
            kept += parts
            removed += refs
        if not removed:
            out.append(line)
            continue
        if not kept:
            continue
        words = [w for cell in kept for w in cell.words]
        fresh = Line(page=line.page, words=words, item_term=_of_an_item(removed))
        fresh.cells = kept
        out.append(fresh)
    return out


def _may_hold_ref(text: str) -> bool:
    """False only for text that holds no business-term reference (each has "BT-" or "BG-")."""
    return "BT-" in text or "BG-" in text


def _heads_term_column(lines: list[Line], index: int) -> bool:
    """Whether the line is the column header of a viewer's term grid ("ID | Business term |
    Value", "ID | Fachbegriff | Wert"): its first cell stands over the next row's reference
    cell. Once the references go, its "ID" stands over nothing and read as a value ("ID" as
    the seller's name under "Seller"); the header captions no figure a reader wants."""
    line = lines[index]
    if index + 1 >= len(lines) or not line.cells or len(line.cells) > _GRID_COLUMNS:
        return False
    below = lines[index + 1]
    if below.page != line.page or below.y0 - line.y1 > 2 * line.height or not below.cells:
        return False
    first = below.cells[0]
    return (
        is_term_ref(first.text)
        and abs(first.x0 - line.cells[0].x0) < line.height
        and not any(ch.isdigit() for ch in line.text)
        and not _heads_blocks(line, below)
    )


def _heads_blocks(line: Line, below: Line) -> bool:
    """Whether the line titles side-by-side tagged blocks ("Verkäufer | Käufer" over "BT-27
    | Lichtblick GmbH | BT-44 | Nordstern GmbH"): each of its cells stands over a reference
    opening a block. A grid's header ("ID | Business term | Value") has only its first cell
    over a reference; the rest caption the term's name and value."""
    refs = [cell.x0 for cell in below.cells if is_term_ref(cell.text)]
    return len(line.cells) > 1 and all(
        any(abs(cell.x0 - x0) < line.height for x0 in refs) for cell in line.cells
    )


def _split_at_refs(cell: Cell, viewer: bool) -> tuple[list[Cell], list[str]]:
    """The cell less its tag-like references, cut where one stood between two phrases."""
    words = cell.words
    runs = _ref_runs(words)
    if not runs:
        return [cell], []
    parts: list[Cell] = []
    refs: list[str] = []
    start = 0
    for first, last in runs:
        tag = words[first : last + 1]
        # A reference ending its cell goes; elsewhere only in small print beside its caption.
        # "BG-4 Verkäufer", as large as the heading it opens, is left to the heading readers,
        # and "Artikel BT-100 Schraube" is part of the text.
        neighbour = words[first - 1] if first > 0 else words[last + 1]
        if (
            last < len(words) - 1
            and not _smaller(tag, neighbour)
            and not any(_TAG_NOTATION.search(w.text) for w in tag)
            and not (viewer and first == 0 and tag[0].text.startswith("BT"))
        ):
            continue
        refs.append(" ".join(w.text for w in words[first : last + 1]))
        if first > start:
            parts.append(Cell(words[start:first]))
        start = last + 1
    if start < len(words):
        parts.append(Cell(words[start:]))
    if not refs:
        return [cell], []
    return parts, refs


def _ref_runs(words: list[Word]) -> list[tuple[int, int]]:
    """Index spans of reference words ("BT-73", "/", "BT-74" is one span)."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        if not _REF_WORD.match(words[index].text):
            index += 1
            continue
        last = index
        while (
            last + 2 < len(words)
            and words[last + 1].text == "/"
            and _REF_WORD.match(words[last + 2].text)
        ):
            last += 2
        runs.append((index, last))
        index = last + 1
    return runs


def _smaller(refs: list[Word], before: Word) -> bool:
    height = max(w.box.y1 - w.box.y0 for w in refs)
    return height < _SMALL_PRINT * (before.box.y1 - before.box.y0)


def _of_an_item(removed: list[str]) -> bool:
    """Whether the removed references are all an invoice line's business terms."""
    terms = [(kind, int(number)) for text in removed for kind, number in _TERM_NUMBER.findall(text)]
    return bool(terms) and all(kind == "BT" and n in _LINE_TERMS for kind, n in terms)


__all__ = ["is_term_ref", "without_term_refs"]
