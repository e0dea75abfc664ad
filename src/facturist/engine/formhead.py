"""A pre-printed form's head: the company's name at the left, the form's title ("INVOICE",
"CASH BILL") in a cell of its own far to the right on the same line."""

from __future__ import annotations

import re

from facturist.engine.layout import Line

_FORM_TITLE = re.compile(
    r"^(?:(?:tax\s+)?invoice|cash\s+(?:bill|sales?)|receipt|official\s+receipt|bill"
    # Malay titles: "INVOIS (CUKAI)" (tax invoice), "RESIT RASMI" (official receipt), "BIL
    # TUNAI" (cash bill).
    r"|invois(?:\s+cukai)?|resit(?:\s+rasmi)?|bil\s+tunai)$",
    re.IGNORECASE,
)


def without_title_cell(line: Line) -> Line | None:
    """The line without its last cell when that cell is only a form's title, set apart from
    the cells before it by more than their height; None otherwise. The words are the line's
    own (a caller may find them on the line again)."""
    if len(line.cells) < 2 or not _FORM_TITLE.match(line.cells[-1].text.strip()):
        return None
    title, before = line.cells[-1], line.cells[-2]
    # The title's own height: a logo beside the name makes the line taller than its print.
    print_height = min(line.height, max(w.box.y1 - w.box.y0 for w in title.words))
    if title.x0 - before.x1 < print_height:
        return None
    cells = line.cells[:-1]
    return Line(line.page, [w for c in cells for w in c.words], list(cells))
