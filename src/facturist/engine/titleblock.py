"""The buyer's block right under the document's title: "TAX INVOICE" at the head of the left
column, the invoice's number and dates in the right one, and under the title, with no "Bill
to" caption, the customer's company, its department, street and town. The issuer prints its
own name in the letterhead above the title, so the company a legal form names at the head of
the block under the title is the customer."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, column_below, page_one_head
from facturist.engine.model import Value
from facturist.engine.partynames import names_by_form, not_a_name

_TITLE = re.compile(
    r"(?:tax |vat |commercial )?invoice|rechnung|facture|factura|fattura|factuur|faktura",
    re.IGNORECASE,
)
# How far below the title the block may start, in the title's line heights (a dates row of
# the right column may stand between).
_GAP = 3.0


def block_under_title(lines: list[Line]) -> Value | None:
    """The company heading the block under a title alone in its column on page one's upper
    half, the block running on for at least two more lines."""
    page, head = page_one_head(lines)
    for index, line in enumerate(page[:head]):
        title = line.cells[0] if line.cells else None
        if title is None or not _TITLE.fullmatch(title.text.strip().rstrip(":")):
            continue
        tolerance = max(6.0, 0.2 * line.height)
        start, cell = _first_below(page, index, title.x0, tolerance)
        if cell is None:
            continue
        text = cell.text.strip()
        if not names_by_form(text) or not_a_name(text) or any(ch.isdigit() for ch in text):
            continue
        if len(list(column_below(page, start, cell.x0, tolerance))[:4]) >= 2:
            return Value(text, cell.text, cell.boxes, 0.6)
    return None


def _first_below(
    page: list[Line], index: int, x0: float, tolerance: float
) -> tuple[int, Cell | None]:
    """The first line under page[index] with a cell starting at x0, within the gap."""
    line = page[index]
    for start in range(index + 1, len(page)):
        below = page[start]
        if below.y0 - line.y1 > _GAP * line.height:
            break
        cell = next((c for c in below.cells if abs(c.x0 - x0) <= tolerance), None)
        if cell is not None:
            return start, cell
    return index, None
