"""A letterhead name set over two lines with its legal form on the second ("SUMINISTROS
HOSTELEROS" / "GUADALQUIVIR, S.L.", "Verdi Impianti" / "di Verdi Marco & C. S.n.c."): the
line above, in the same column, starts the name."""

from __future__ import annotations

import re

from facturist.engine.labels import LEGAL_FORM
from facturist.engine.layout import Cell, Line
from facturist.engine.legalfooter import is_sentence
from facturist.engine.model import Value
from facturist.engine.partynames import initials, not_a_name

# A name's second line that runs on from the first by a joining word.
_RUNS_ON = re.compile(r"^(?:di|de|del|della|des|du|van|von|der|&|und|e|et|y)\s", re.IGNORECASE)


def _height(cell: Cell) -> float:
    return max(w.box.y1 - w.box.y0 for w in cell.words)


def with_line_above(top: list[Line], index: int, position: int, name: Value) -> Value:
    """The name with the line over it when that line starts it: flush with it, close above,
    no digit and no legal form of its own; set in the same size and case, or the name's line
    runs on from it ("di ...")."""
    if index == 0 or not name.boxes:
        return name
    line, above = top[index], top[index - 1]
    cell = line.cells[position]
    text = str(name.value)
    if above.page != line.page or not text.startswith(cell.text.strip(" ,●·|")[:6]):
        return name
    ups = [c for c in above.cells if abs(c.x0 - cell.x0) < 4]
    if not ups:
        return name
    up = ups[0]
    upper = up.text.strip()
    if (
        len(upper) < 3
        or any(ch.isdigit() for ch in upper)
        or upper.endswith((":", ".", ","))
        or LEGAL_FORM.search(upper)
        or initials(upper)
        or not_a_name(upper)
        or is_sentence(upper)
    ):
        return name
    gap = line.y0 - above.y1
    runs_on = _RUNS_ON.match(text) is not None
    head = LEGAL_FORM.split(text)[0].strip(" ,")
    if runs_on:
        fits = gap < 1.5 * _height(up)
    else:
        fits = (
            gap < 0.8 * _height(cell)
            and abs(_height(up) - _height(cell)) < 0.2 * _height(cell)
            and len(head.split()) <= 2
            and upper.isupper() == head.isupper()
        )
    if not fits:
        return name
    joined = f"{upper} {text}"
    return Value(joined, joined, (*up.boxes, *name.boxes), name.confidence)
