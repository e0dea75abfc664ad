"""Charges listed by service: "name ... amount" lines at one indentation, details under each.

Service statements list what they bill without a table header and without a sum line right
under the list (itemlist.py needs one)::

    AWS Data Transfer                       $0.01
        Charges                             $0.01
        VAT                                 $0.00
    Amazon Glacier                          $2.22
        ...

Lines indented deeper are details of the item above. A run of items counts only when its
amounts add up to the document's net or total amount, which keeps summaries and payment
notes out; it needs two non-zero amounts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from facturist.engine.fields import AMOUNT_TOKEN
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount

# How far apart, in line heights, two lines of one list may be (detail lines included).
_LINE_GAP = 3.0
# Left edges within this share of the line height sit at one indentation level.
_LEVEL_TOLERANCE = 0.25
# Right edges of the amounts within this share of the line height form one column.
_COLUMN_TOLERANCE = 1.0
# Totals, taxes and the like name no item.
_FIELD_LABELS = tuple(
    LABELS_BY_RANK[key] for key in ("total_amount", "net_amount", "tax_amount", "amount_due")
)


@dataclass
class _Entry:
    line: Line
    name: list[Word]
    amount: Value


def charge_items(lines: list[Line], fields: dict[str, Value]) -> list[dict[str, Value]]:
    """The longest run of "name  amount" lines at one indentation that sums to a document total."""
    targets = [
        Decimal(str(fields[key].value))
        for key in ("net_amount", "total_amount")
        if key in fields and isinstance(fields[key].value, int | float) and fields[key].value
    ]
    if not targets:
        return []
    best: list[_Entry] = []
    for start in range(len(lines)):
        run = _run_from(lines, start)
        nonzero = sum(1 for entry in run if entry.amount.value)
        if nonzero < 2 or len(run) <= len(best):
            continue
        total = sum((Decimal(str(entry.amount.value)) for entry in run), Decimal(0))
        if any(abs(total - target) <= Decimal("0.011") for target in targets):
            best = run
    return [_item(entry) for entry in best]


def _entry(line: Line) -> _Entry | None:
    """A line of a name followed by one amount at its right end."""
    if len(line.cells) != 2:
        return None
    name, figure = line.cells
    text = name.text
    if not any(ch.isalpha() for ch in text) or any(p.search(text) for p in _FIELD_LABELS):
        return None
    if len(figure.words) > 2:
        return None
    core = figure.words[-1].text.strip("€$£")
    if not AMOUNT_TOKEN.match(core) or not any(ch in core for ch in ".,"):
        return None
    amount = parse_amount(core)
    if amount is None:
        return None
    word = figure.words[-1]
    return _Entry(line, list(name.words), Value(float(amount), word.text, (word.box,)))


def _run_from(lines: list[Line], start: int) -> list[_Entry]:
    """The entries at the start line's indentation, skipping deeper detail lines under them."""
    first = _entry(lines[start])
    if first is None:
        return []
    level = first.line.words[0].box.x0
    right = first.amount.boxes[0].x1
    height = first.line.height
    run = [first]
    previous = first.line
    for line in lines[start + 1 :]:
        if line.page != previous.page or line.y0 - previous.y1 > _LINE_GAP * height:
            break
        previous = line
        x0 = line.words[0].box.x0
        if x0 > level + _LEVEL_TOLERANCE * height:
            continue  # a detail line indented under the item
        if x0 < level - _LEVEL_TOLERANCE * height:
            break  # outdented: the list is over
        entry = _entry(line)
        if entry is None or abs(entry.amount.boxes[0].x1 - right) > _COLUMN_TOLERANCE * height:
            break
        run.append(entry)
    return run


def _item(entry: _Entry) -> dict[str, Value]:
    text = " ".join(w.text for w in entry.name)
    # One figure per line and no quantity: one unit, whose price is also the amount.
    return {
        "description": Value(text, text, tuple(w.box for w in entry.name)),
        "quantity": Value(1.0, "", (), 0.6),
        "unit_price": entry.amount,
        "amount": entry.amount,
    }
