"""Tables on later pages that itemise what the invoice's own table already billed.

A tradesman's invoice bills the material of its signed service reports in one row ("04 |
Material lt. Regieberichten (Aufstellung Seite 2-3) | 1 | psch | 891,15"), and copies the
reports after it, each with its own material list ("Art.-Nr. | Material | Menge | EP |
Betrag"); a staffing agency appends the workers' time sheets, a contractor the measured
quantities. The invoice's rows then add up to the net it prints under them ("Nettobetrag
3.310,15"); the tables that follow on later pages, under another header, are the detail of
rows already billed: no items. Tables read on one page, a table going on under its repeated
header, or a later table whose rows the printed sums include (a second section of the
invoice, all rows together adding up to its net) stay items.
"""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount

# Lines under the billed rows searched for their printed sum.
_SUM_LINES = 6
_CENT = Decimal("0.005")


def billed_tables(
    lines: list[Line], tables: list[list[dict[str, Value]]], heads: list[int]
) -> list[list[dict[str, Value]]]:
    """The tables read (each opened by the header line at the same place in `heads`) less
    the later pages' tables detailing rows that already add up to a printed sum."""
    for split in range(1, len(tables)):
        billed = [item for table in tables[:split] for item in table]
        rest = [item for table in tables[split:] for item in table]
        amounts = [_amount(item) for item in billed]
        if len(billed) < 2 or not rest or None in amounts:
            continue
        head = lines[heads[split]]
        boxes = [box for item in billed for box in item["amount"].boxes]
        if not boxes or head.page <= max(box.page for box in boxes):
            continue
        if any(lines[heads[n]].text == head.text for n in range(split)):
            continue  # the same header repeated: the table goes on
        total = sum((a for a in amounts if a is not None), Decimal(0))
        last = max(boxes, key=lambda box: (box.page, box.y1))
        under = [
            line
            for line in lines[: heads[split]]
            if line.page == last.page and line.y0 >= last.y1 - 1
        ][:_SUM_LINES]
        if not any(_prints(line, total) for line in under):
            continue
        whole = total + sum((_amount(item) or Decimal(0) for item in rest), Decimal(0))
        if any(_prints(line, whole) for line in lines):
            continue  # the later rows are summed with the first: sections of one invoice
        return tables[:split]
    return tables


def _amount(item: dict[str, Value]) -> Decimal | None:
    value = item["amount"].value
    return Decimal(str(value)) if isinstance(value, float) else None


def _prints(line: Line, figure: Decimal) -> bool:
    """The line prints the figure as one of its words."""
    for word in line.words:
        text = word.text
        if not any(ch.isdigit() for ch in text) or not ("," in text or "." in text):
            continue
        read = parse_amount(text)
        if read is not None and abs(read - figure) < _CENT:
            return True
    return False
