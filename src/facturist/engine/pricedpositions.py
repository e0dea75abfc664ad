"""Numbered positions whose count and price stand on a line of their own under the name.

E-invoice viewers that list positions (grouped or not) without a table header print each
position as its number, its name and its net amount on one line, and the working in small grey
print under the name::

    Gruppe 1: Empfangsbereich
    1.1   Empfangstheke Eiche furniert, 2,40 m              3.180,00
          1 Stk x 3.180,00 EUR  ·  USt. 19 %
    1.2   Wandpaneele Akustik, 60x60                          903,00
          14 Stk x 64,50 EUR  ·  USt. 19 %
                                            Summe Gruppe    4.641,00

The line under the name gives the quantity and unit price where count times price is the
amount (countedprice.py). Group headings and group sums are no positions. Every numbered
"number | name | amount" line must have such a working under it, or none is read: a list of
numbered lines without one is another reader's.
"""

from __future__ import annotations

import re

from facturist.engine.countedprice import counted_price
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount

# A position's number, a group's sub-position's perhaps: "3", "2.", "1.1", "4.2.1".
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")
# How far left of the name (points) the working under it may start.
_SLACK = 3.0
# The most distance (in line heights, top to top) from a position's line to its working.
_BELOW = 2.5
# Fewer positions make no list.
_LEAST = 2


def priced_positions(lines: list[Line]) -> list[dict[str, Value]]:
    """The items of numbered positions each with its working under its name; none unless
    every numbered "number | name | amount" line has one."""
    items: list[dict[str, Value]] = []
    for index, line in enumerate(lines):
        cells = line.cells
        if len(cells) < 3 or not _NUMBER.match(cells[0].text.strip()):
            continue
        names = cells[1:-1]
        amount = parse_amount(cells[-1].text)
        if amount is None or not all(any(ch.isalpha() for ch in c.text) for c in names):
            continue  # a table's row, its figures between the name and the amount
        below = lines[index + 1] if index + 1 < len(lines) else None
        if (
            below is None
            or below.page != line.page
            or below.y0 - line.y0 > _BELOW * line.height
            or below.cells[0].x0 < names[0].x0 - _SLACK
        ):
            return []
        read = counted_price([*names, below.cells[0]], amount)
        if read is None:
            return []
        words, quantity, unit_price = read
        name = " ".join(w.text for w in words)
        items.append(
            {
                "description": Value(name, name, tuple(w.box for w in words)),
                "quantity": quantity,
                "unit_price": unit_price,
                "amount": Value(float(amount), cells[-1].text, cells[-1].boxes),
            }
        )
    return items if len(items) >= _LEAST else []
