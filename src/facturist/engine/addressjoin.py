"""How an address block's cells become one address: which cells line up with the party's
name (flush left or right, or centred), a postcode or country line under the town line, and
the pieces joined into one value with their captions and marks taken out."""

from __future__ import annotations

import re

from facturist.engine.addresspatterns import ADDRESS_CAPTION, COUNTRY
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value, Word
from facturist.engine.overlappingline import lines_under
from facturist.engine.sidebysideline import side_by_side
from facturist.engine.townline import GLUED_HOUSE_NUMBER

ALIGN = 8.0  # points between the name's edge and the address lines' edges
# The captions of an address's parts in a captioned list (Italy's e-invoice copy:
# "Indirizzo: Via dei Mille 23 / Comune: Pescara Provincia: PE / Cap: 65122 Nazione: IT").
PART_CAPTION = re.compile(
    r"\b(?:indirizzo|comune|provincia|cap|nazione|street|city|zip(?: code)?|post ?code|country)"
    r"\s*:\s*",
    re.IGNORECASE,
)


def aligned(cell: Cell, edges: set[tuple[float, float]]) -> bool:
    """Left-aligned, right-aligned or centred with one of the block's edges."""
    middle = (cell.x0 + cell.x1) / 2
    # Centred to within a few points, or (a scan's pixels) under half a letter's height.
    letter = max(w.box.y1 - w.box.y0 for w in cell.words)
    centred = max(4.0, 0.4 * letter)
    # Flush to within a few points, or (a scan's pixels: a big name's first letter sits a
    # side bearing right of the street's edge) under a third of a letter's height.
    flush = max(ALIGN, 0.3 * letter)
    return any(
        abs(cell.x0 - x0) < flush
        or abs(cell.x1 - x1) < flush
        or abs(middle - (x0 + x1) / 2) < centred
        for x0, x1 in edges
    )


def flush_right(cell: Cell, edges: set[tuple[float, float]]) -> bool:
    """Whether a cell lines up with a block's right edge only (a right-aligned block)."""
    return any(abs(cell.x1 - x1) < ALIGN and abs(cell.x0 - x0) >= ALIGN for x0, x1 in edges)


def centred_line(line: Line, edges: set[tuple[float, float]]) -> Cell | None:
    """A whole line, its cells together, centred under a centred name: a letterhead's
    "One Financial Plaza, 27th Floor · Hartford, Connecticut 06103 · (860) 555-0142"."""
    if len(line.cells) < 2:
        return None
    middle = (line.cells[0].x0 + line.cells[-1].x1) / 2
    if not any(abs(middle - (x0 + x1) / 2) < 6 for x0, x1 in edges):
        return None
    if side_by_side(line, edges):  # boxes in columns, the name's the middle one
        return None
    return Cell([w for c in line.cells for w in c.words])


def country_after(lines: list[Line], town: Line, edges: set[tuple[float, float]]) -> list[Cell]:
    for following in lines_under(lines, town):  # (overlappingline.py)
        if following.y0 - town.y1 > 1.6 * town.height:
            continue
        code = [c for c in following.cells if aligned(c, edges) and CODE_ALONE.fullmatch(c.text)]
        if code:
            # "Dublin 2" over "D02 X576": the postcode's line, then perhaps the country.
            return code[:1] + country_after(lines, following, edges)
        # ... or the country, perhaps captioned ("Nazione: IT", stripped again when joined).
        country = [
            c
            for c in following.cells
            if aligned(c, edges) and COUNTRY.match(PART_CAPTION.sub("", c.text).strip(" ,"))
        ]
        if country:
            return country[:1]
    return []


# An Irish Eircode or a British postcode alone on its line, under a postal district's.
CODE_ALONE = re.compile(r"\s*(?:[A-Z]\d[\dW] ?[A-Z\d]{4}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}),?\s*")


# A mark parting a line's pieces: a middle dot between two letters is a word's own.
PIECE_MARK = re.compile(r"\s*(?:[●•|▪■]|(?<![^\W\d_])·|·(?![^\W\d_]))\s*")


def joined(cells: list[Cell]) -> Value:
    words: list[Word] = [w for c in cells for w in c.words]
    text = ", ".join(c.text.strip(" ,") for c in cells)
    # A centred line's pieces; not a Catalan "l·l" inside a word ("Paral·lel", "Col·legi").
    text = PIECE_MARK.sub(", ", text)
    text = GLUED_HOUSE_NUMBER.sub(r"\1, ", text)  # OCR's "Vognmandsvej 9.7430 Ikast"
    text = PART_CAPTION.sub("", text)
    text = ADDRESS_CAPTION.sub("", text)  # "Address: Str. Ion Câmpineanu 11, ..." in a list
    return Value(text, text, tuple(w.box for w in words))
