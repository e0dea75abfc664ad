"""A flat charge printed on its own line under the item tables, before the totals box.

Workshops and trades bill their consumables as a lump sum below the parts and labour
tables, outside both and without count or price::

    Zwischensumme Arbeit                               126,00
    Kleinmaterial und Reinigung (pauschal)              13,90
                                       Summe netto     252,00

The line is an item of the invoice only where the net total under it needs it (and no
goods' total over it opens the totals box): the items'
amounts and its own add up to a sum printed just below. A remark or a figure for
information ("davon Altteilpfand 40,00") adds up to nothing and stays out.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount
from facturist.engine.tablecolumns import read_row_line
from facturist.engine.tableends import TABLE_STOP
from facturist.engine.tableheader import Columns

# Lines below the charge to look for the sum that needs it (totals box, payment terms beside).
_SUM_LINES = 4
# Blank space, in line heights, between the table's end and the charge, and the charge and
# the sum below.
_GAP = 6
_TOLERANCE = 0.011
# "Kwota VAT  75,29", "plus 23% VAT  93,06": the tax on the items, which the gross total
# under it needs as well, is no charge.
_TAX = re.compile(
    r"\b(?:vat|tax|mwst|ust|umsatzsteuer|steuer|tva|iva|btw|gst|hst|moms|alv|dph|ddv|pdv|kdv"
    r"|podatek|taxe)\b|%",
    re.IGNORECASE,
)


def lone_charge(
    lines: list[Line], position: int, columns: Columns, items: list[dict[str, Value]]
) -> dict[str, Value] | None:
    """The charge on `lines[position]`, right under the last table, as an item; None where
    the line is none or the sums below do not need it."""
    if not items or not 0 < position < len(lines):
        return None
    line, above = lines[position], lines[position - 1]
    if line.page != above.page or line.y0 - above.y1 > _GAP * line.height:
        return None
    if any(TABLE_STOP.match(cell.text) for cell in line.cells) or _TAX.search(line.text):
        return None  # a sum or tax line of the totals box
    description, numbers = read_row_line(line, columns)
    amount = numbers.get("amount")
    if not description or set(numbers) != {"amount"} or amount is None:
        return None
    if not isinstance(amount.value, float) or amount.value <= 0:
        return None  # an allowance or a deposit deducted: no charge
    summed = sum(v for item in items if isinstance(v := item["amount"].value, float))
    # Under the goods' total ("Warenwert 2.164,25", all items summed) the totals box has
    # begun: a shipping share there is a charge on the whole document, no item; under a
    # group's subtotal ("Zwischensumme Arbeit") the items go on.
    total = parse_amount(above.cells[-1].text) if above.cells else None
    if total is not None and abs(float(total) - summed) <= _TOLERANCE:
        return None
    if not _summed_below(lines, position, summed + amount.value):
        return None
    text = " ".join(w.text for w in description).rstrip(" :")
    return {"amount": amount, "description": Value(text, text, tuple(w.box for w in description))}


def _summed_below(lines: list[Line], position: int, target: float) -> bool:
    """Whether the first sum line below ("Summe netto | 252,00", "Terms ... | Total HT |
    ...") prints the target as its last figure."""
    charge = lines[position]
    for line in lines[position + 1 : position + 1 + _SUM_LINES]:
        if line.page != charge.page or line.y0 - charge.y1 > _GAP * 2 * charge.height:
            return False
        captioned = any(TABLE_STOP.match(cell.text) for cell in line.cells[:-1])
        figure = parse_amount(line.cells[-1].text) if line.cells else None
        if captioned and figure is not None:
            return abs(float(figure) - target) <= _TOLERANCE
    return False
