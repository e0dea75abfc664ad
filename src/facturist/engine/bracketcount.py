"""A count of items in brackets between a total's caption and its figure: "SUBTOTAL (5 items)
65.71", "Total (3 pcs) 24.90", "Items (12 qty) 80.00".

Till receipts state how many items a subtotal sums; OCR often splits the bracket over two
cells ("(5 | items)"), and the first holds a digit, so a caption would read the count as its
value ("(5" as 5.00). A whole count in brackets with a count's unit is never money: the
caption's figure is the one after it.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell

_UNIT = r"(?:items?|pcs|pc|pieces?|qty|units?|nos|articles?|art\.?|lines?|stk|st)\.?"
# "(5 items)" in one cell, or its "(5" opening a cell and its "items)" closing the next.
_WHOLE = re.compile(rf"^\(\s*\d{{1,4}}\s*{_UNIT}\s*\)$", re.IGNORECASE)
_OPEN = re.compile(r"^\(\s*\d{1,4}$")
_CLOSE = re.compile(rf"^{_UNIT}\s*\)$", re.IGNORECASE)


def bracketed_count(cells: list[Cell], index: int) -> int:
    """How many cells from cells[index] on a bracketed item count takes (0 if none)."""
    text = cells[index].text.strip()
    if _WHOLE.match(text):
        return 1
    if _OPEN.match(text) and index + 1 < len(cells) and _CLOSE.match(cells[index + 1].text):
        return 2
    return 0
