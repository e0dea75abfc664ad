"""An item line whose description names a tax: "Sales tax research, NH/MA nexus memo | 2.50 |
72.00 | 180.00" bills work about the tax, its figures the hours, rate and amount.

A tax caption is followed by its amount, a rate or a base ("Sales Tax 8.25% on 100.00 | 8.25");
one whose own cell runs on in lower-case prose and whose line then prints three figures or more
(quantity, price, amount) is an item's description, not the tax's caption.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

# Words that may follow a tax caption in its own cell and still leave it the tax's caption.
_CAPTION_RUN_ON = frozenset(
    {
        "on", "at", "of", "for", "in", "to", "incl", "included", "including", "exempt",
        "amount", "total", "rate", "due", "charged", "payable", "collected", "paid",
        "and", "&", "applied", "applicable", "base", "summary", "only",
    }
)  # fmt: skip
# A figure cell: an amount or count, maybe signed or bracketed, maybe with a currency sign.
_FIGURE = re.compile(r"^[($€£-]?\d[\d.,']*\)?$")
# How many figures after the caption make an item row (quantity, price, amount).
_ITEM_FIGURES = 3


def names_work_item(line: Line, label: list[Word]) -> bool:
    """The tax caption opens an item's description: prose runs on in its cell, and the line
    prints an item's figures after it."""
    if not label:
        return False
    cell = next((c for c in line.cells if label[-1] in c.words), None)
    if cell is None:
        return False
    after = cell.words[cell.words.index(label[-1]) + 1 :]
    if not after:
        return False
    first = after[0].text.strip(",.;:")
    if not first.isalpha() or not first.islower() or first in _CAPTION_RUN_ON:
        return False
    end = label[-1].box.x1
    figures = [w for w in line.words if w.box.x0 >= end and _FIGURE.match(w.text)]
    return len(figures) >= _ITEM_FIGURES
