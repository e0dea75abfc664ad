"""A letterhead name stacked on two lines, read as its second line alone.

A logo sets the firm's name large and its rest smaller under it: "Pennine Software" over
"Services Ltd", "HARCOURT & LYLE" over "OFFICE SUPPLIES LTD". The second line carries the
legal form and reads as the whole name, the line over it as a logo. Neither needs to be
flush with the other (centred, right-aligned letterheads), nor set much larger. The page
prints the whole name elsewhere, both lines read on ("Pay to: Pennine Software Services
Ltd", "Goods remain the property of Harcourt & Lyle Office Supplies Ltd"): that printing,
the line over the name and the name itself in one run, makes the seller's name.
"""

from __future__ import annotations

import re
import unicodedata

from facturist.engine.layout import Cell, Line, line_holding, print_height
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value

_TOKEN = re.compile(r"[^\W_]+|&")
_MOST_WORDS = 5  # a second line longer than this is a name of its own


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def stack_printed_elsewhere(name: Value, page: list[Line]) -> Value:
    """The whole name when the line over `name` and `name` read on as one run elsewhere on
    the page, as printed there; kept at the name's place (its address is read there).
    Else `name`."""
    short = str(name.value).strip()
    words = short.split()
    if (
        not name.boxes
        or not LEGAL_FORM.search(short)
        or len(words) > _MOST_WORDS
        or any(ch.isdigit() for ch in short)
    ):
        return name
    index = line_holding(page, name.boxes[0])
    if index is None:
        return name
    left = min(b.x0 for b in name.boxes)
    right = max(b.x1 for b in name.boxes)
    top = min(b.y0 for b in name.boxes)
    height = max(b.y1 - b.y0 for b in name.boxes)
    for up in _cells_over(page, index, left, right, top, height):
        whole = f"{up.text.strip()} {short}"
        printed = printed_run(page, whole, index - 1, index + 1)
        if printed is not None:
            return Value(printed, name.text, name.boxes, name.confidence)
    return name


def _cells_over(
    page: list[Line], index: int, left: float, right: float, top: float, height: float
) -> list[Cell]:
    """The cells close over the name, sharing some of its width, set no smaller than it:
    no figures, no legal form, a few words."""
    found: list[Cell] = []
    for line in page[max(0, index - 2) : index + 1]:
        if line.page != page[index].page:
            continue
        for cell in line.cells:
            text = cell.text.strip()
            bottom = max(w.box.y1 for w in cell.words)
            if (
                bottom > top + 0.3 * height
                or top - bottom > 1.0 * print_height(cell)
                or cell.x1 < left
                or cell.x0 > right
                or print_height(cell) < 0.9 * height
                or not 1 <= len(text.split()) <= 4
                or any(ch.isdigit() for ch in text)
                or LEGAL_FORM.search(text)
                or text.endswith(":")
            ):
                continue
            found.append(cell)
    return found


def printed_run(page: list[Line], whole: str, first: int, last: int) -> str | None:
    """The text of a line elsewhere on the page (outside lines `first` to `last`, the stack's
    own) that reads `whole` word by word (accents and case aside), as that line prints it;
    None when no line does."""
    wanted = [_fold(t) for t in _TOKEN.findall(whole)]
    if len(wanted) < 2:
        return None
    for position, line in enumerate(page):
        if first <= position <= last:
            continue  # the stack's own lines
        text = line.text
        tokens = list(_TOKEN.finditer(text))
        folded = [_fold(m.group()) for m in tokens]
        for start in range(len(tokens) - len(wanted) + 1):
            if folded[start : start + len(wanted)] == wanted:
                return text[tokens[start].start() : tokens[start + len(wanted) - 1].end()]
    return None
