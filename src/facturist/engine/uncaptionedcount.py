"""A header captioning only the figure columns, the count, unit and text left of it uncaptioned.

Fakturoid and other invoicing tools print "Cena za MJ | DPH % | DPH | Celkem bez DPH" (unit
price, rate, tax, net) over the right half of the table only; each row opens, left of those
captions, with its count, its unit and its text ("1,00 | ks | Návrh loga ... | 24 000,00 |
21 | 5 040,00 | 24 000,00"). A header naming the price and the amount but neither the count
nor the text then heads a table when the rows under it print, left of its first caption, a
number, a short unit word and a text, and the number times the price gives the amount on at
least one of them: the number is the quantity, the text the description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word
from facturist.engine.parsing import parse_amount

if TYPE_CHECKING:
    from facturist.engine.tableheader import Columns

# Lines read under the header for its rows.
_ROWS_READ = 8
# A count as printed in its column: "1", "10,00", "2.5".
_COUNT = re.compile(r"^\d{1,6}(?:[.,]\d{1,3})?$")
# A unit of measure in a cell of its own: a short word ("ks", "hod", "pcs", "Std.", "m²").
_UNIT = re.compile(r"^[^\W\d_]{1,5}\.?[23²³]?$")


@dataclass
class CountedText:
    """The x-spans of the uncaptioned count and unit columns, and where the text starts."""

    count: tuple[float, float]
    unit: tuple[float, float]
    text_x0: float

    def apply(self, columns: Columns) -> None:
        """The count's column as the quantity's, the text's as the description's; the count
        and unit columns lead the row, their cells no words of the text."""
        columns.centers["quantity"] = self.count
        columns.description = (self.text_x0 - 3, columns.description[1])
        columns.lead.extend([self.count, self.unit])


def counted_text(
    found: dict[str, list[Word]], group: list[Line], below: list[Line]
) -> CountedText | None:
    """The uncaptioned count, unit and text columns under a header naming the unit price and
    the amount only (`found`, the header's lines `group`, `below` the lines under it); None
    where the rows do not print them (see the module's docstring)."""
    if "description" in found or "quantity" in found:
        return None
    if "unit_price" not in found or "amount" not in found:
        return None
    left = min(w.box.x0 for member in group for w in member.words)
    price, amount = _span(found["unit_price"]), _span(found["amount"])
    rows: list[list[Cell]] = []
    multiplied = False
    for line in below[:_ROWS_READ]:
        if line.page != group[0].page:
            break
        total = _under(line, amount)
        if total is None:
            continue  # a wrapped line of text, or a blank figure: no row of its own
        lead = [cell for cell in line.cells if cell.x1 < left]
        if not _opens_counted(lead):
            break  # the table ends ("Rekapitulace DPH"), or its rows print no count
        rows.append(lead)
        multiplied = multiplied or _multiplies(lead[0], _under(line, price), total)
    if not rows or not multiplied:
        return None
    return CountedText(
        _cells_span([cells[0] for cells in rows]),
        _cells_span([cells[1] for cells in rows]),
        min(cells[2].x0 for cells in rows),
    )


def _opens_counted(lead: list[Cell]) -> bool:
    """A count, a unit and a text, each in a cell of its own."""
    if len(lead) < 3 or not _COUNT.match(lead[0].text) or not _UNIT.match(lead[1].text):
        return False
    return sum(ch.isalpha() for ch in lead[2].text) >= 3


def _multiplies(count: Cell, price: Cell | None, total: Cell) -> bool:
    """The count times the price gives the amount."""
    if price is None:
        return False
    q, p, a = (parse_amount(cell.text) for cell in (count, price, total))
    if q is None or p is None or a is None:
        return False
    return abs(q * p - a) <= max(Decimal("0.011"), abs(a) * Decimal("0.005"))


def _under(line: Line, span: tuple[float, float]) -> Cell | None:
    """The line's figure cell under a caption: the one nearest its centre, reaching under it."""
    centre = (span[0] + span[1]) / 2
    cells = [
        cell
        for cell in line.cells
        if any(ch.isdigit() for ch in cell.text)
        and min(cell.x1, span[1] + 10) > max(cell.x0, span[0] - 10)
    ]
    return min(cells, key=lambda c: abs((c.x0 + c.x1) / 2 - centre), default=None)


def _span(words: list[Word]) -> tuple[float, float]:
    return min(w.box.x0 for w in words), max(w.box.x1 for w in words)


def _cells_span(cells: list[Cell]) -> tuple[float, float]:
    return min(c.x0 for c in cells), max(c.x1 for c in cells)
