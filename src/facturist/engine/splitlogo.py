"""A name set as a logo over two lines ("Harwick" / "BOROUGH COUNCIL", "Nordlicht" /
"SOLARTECHNIK GMBH"), the second smaller, flush under the first: the page prints the whole
name elsewhere (a payment line's "BACS: Harwick Borough Council, ...", the remittance slip),
which joins the two lines into one name."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, line_with_cell, print_height
from facturist.engine.model import Value


def logo_printed_whole(top: list[Line], cell: Cell, page: list[Line]) -> Value | None:
    """The logo's two lines as one name, cased as the page prints it elsewhere; None when
    no smaller line stands flush under the cell or the page prints no such name."""
    index = line_with_cell(top, cell)
    if index is None:
        return None
    line = top[index]
    height = print_height(cell)
    for below in top[index + 1 : index + 3]:
        if below.page != line.page or below.y0 - line.y1 > 1.5 * height:
            return None
        under = [c for c in below.cells if abs(c.x0 - cell.x0) < max(4.0, 0.2 * height)]
        if not under:
            continue  # a line of the right-hand column between the logo's two
        second = under[0]
        words = f"{cell.text} {second.text}".split()
        plain = not any(ch.isdigit() for w in words for ch in w) and len(words) <= 5
        if not plain or print_height(second) >= height:
            return None
        return _printed(page, words, cell)
    return None


def _printed(page: list[Line], words: list[str], cell: Cell) -> Value | None:
    """The words as the page prints them together, in one cell other than the logo's."""
    pattern = re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE
    )
    for line in page:
        for other in line.cells:
            if other is cell:
                continue
            found = pattern.search(other.text)
            if found is not None:
                return Value(found.group(), cell.text, cell.boxes, 0.4)
    return None
