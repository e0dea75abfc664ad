"""A header captioning only the position, the text and the amount ("Pos. | Leistung | Betrag
EUR", "Nr. | Bezeichnung | Betrag"), over rows printing each position's code, its text and
its amount.

Architects and engineers bill their work stages this way ("LPH 3 | Entwurfsplanung |
38.400,00", its progress "Leistungsstand 100 %" on a line under it), as do other trades
billing lump sums: no count, no unit price. A text and an amount caption alone would not tell
an item table from a totals block; the position's caption left of the text's does, once the
rows under it print a short code under it, their text under the text's caption and a figure
under the amount's. The code leads the row (no word of the text); a line of text under a row
wraps that item's description.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word
from facturist.engine.parsing import parse_amount

# A position's caption: de "Pos.", "Position", "Nr.", "Lfd. Nr."; en "No.", "#", "Line";
# fr/it/es "N°", "Nº", "N."; pl "Lp.", "Poz."; cs/sk "Pol.", "Poř."; nl "Regel".
POSITION_CAPTION = re.compile(
    r"^(?:pos(?:ition)?\.?|pos\.?-?nr\.?|lfd\.?\s?nr\.?|nr\.?|no\.?|n[°º.]|#|line|lp\.?|poz\.?"
    r"|pol\.?|poř\.?|regel)$",
    re.IGNORECASE,
)
# A position's code as printed under it: "1", "2.1", "LPH 3", "NK", "A-04".
_CODE = re.compile(r"^[\w.\-/]{1,8}(?: [\w.\-/]{1,4})?$")
# Lines read under the header for its rows.
_ROWS_READ = 12
# How far (points) a row's cell may stand from its caption's edge.
_ALIGNED = 12.0


def position_text_table(found: dict[str, list[Word]], group: list[Line], below: list[Line]) -> bool:
    """Whether a header naming the text and the amount only (`found`, its lines `group`) with
    a position's caption left of the text's heads rows of code | text | amount (see the
    module's docstring); `below`: the lines under the header."""
    if not {"description", "amount"} <= found.keys() or found.keys() & {"quantity", "unit_price"}:
        return False
    text_x0 = min(w.box.x0 for w in found["description"])
    amount = (min(w.box.x0 for w in found["amount"]), max(w.box.x1 for w in found["amount"]))
    position = _position_caption(group, text_x0)
    if position is None:
        return False
    rows = 0
    for line in below[:_ROWS_READ]:
        if line.page != group[0].page:
            break
        figure = line.cells[-1] if line.cells else None
        if figure is None or not _under_amount(figure, amount):
            continue  # a wrapped line of the text above, or a blank row
        if not _coded_row(line.cells[:-1], position, text_x0):
            break  # the table ends ("Summe Leistungen | 101.472,80")
        rows += 1
    return rows > 0


def _position_caption(group: list[Line], text_x0: float) -> Cell | None:
    """The header's cell captioning the position: left of the text's caption."""
    for member in group:
        for cell in member.cells:
            if cell.x1 < text_x0 and POSITION_CAPTION.match(cell.text.strip()):
                return cell
    return None


def _under_amount(cell: Cell, amount: tuple[float, float]) -> bool:
    """A money figure reaching under the amount's caption."""
    if parse_amount(cell.text.strip(" €$£")) is None:
        return False
    return min(cell.x1, amount[1] + _ALIGNED) > max(cell.x0, amount[0] - _ALIGNED)


def _coded_row(cells: list[Cell], position: Cell, text_x0: float) -> bool:
    """A short code under the position's caption, then a text under the text's caption."""
    if len(cells) != 2:
        return False
    code, text = cells
    if code.x1 >= text_x0 or abs(code.x0 - position.x0) > _ALIGNED:
        return False
    if not _CODE.match(code.text.strip()) or abs(text.x0 - text_x0) > _ALIGNED:
        return False
    return sum(ch.isalpha() for ch in text.text) >= 3
