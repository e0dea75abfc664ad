"""A name set as a logo over two lines ("Harwick" / "BOROUGH COUNCIL", "Nordlicht" /
"SOLARTECHNIK GMBH"), the second smaller, flush under the first: the page prints the whole
name elsewhere (a payment line's "BACS: Harwick Borough Council, ...", the remittance slip),
which joins the two lines into one name. So is a monogram over its trade word ("CL" over
"PHOTOGRAPHIE"), the page printing the name those initials open ("Camille Laurent
Photographie")."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, line_with_cell, print_height
from facturist.engine.model import Value
from facturist.engine.partynames import initials


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


def monogram_printed_whole(top: list[Line], cell: Cell, page: list[Line]) -> Value | None:
    """The name a monogram and its trade word under it ("CL" / "PHOTOGRAPHIE") stand for, as
    the page prints it, the trade word after the initials' words; `cell` is either of the
    two. None when the cell is neither or no such name is printed."""
    index = line_with_cell(top, cell)
    if index is None:
        return None
    if initials(cell.text):
        marks = [(cell, c) for ln in top[index + 1 : index + 4] for c in ln.cells]
    else:
        marks = [(c, cell) for ln in top[max(0, index - 3) : index] for c in ln.cells]
    for mark, word in marks:
        letters, middle = mark.text.strip(), (word.x0 + word.x1) / 2
        if len(letters) < 2 or not initials(letters) or len(word.text.split()) > 2:
            continue
        if not mark.x0 - 4 <= middle <= mark.x1 + 4 or print_height(word) >= print_height(mark):
            continue  # the trade word is set smaller, centred under the letters
        words = [rf"{re.escape(ch)}[^\W\d_]+" for ch in letters]
        words += [re.escape(w) for w in word.text.split()]
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
        return _found(page, pattern, (mark, word))
    return None


def _found(page: list[Line], pattern: re.Pattern[str], logo: tuple[Cell, Cell]) -> Value | None:
    """The pattern's match in a cell of the page other than the logo's, kept at the logo's
    trade word."""
    for line in page:
        for other in line.cells:
            found = None if other in logo else pattern.search(other.text)
            if found is not None:
                return Value(found.group(), logo[1].text, logo[1].boxes, 0.4)
    return None
