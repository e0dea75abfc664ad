"""Indian GST tax invoices print one sub-row per tax under each item ("9% | SGST | ₹991.45"
under the item's own "9% | CGST | ₹991.45"): the item's second tax, no item and no sum.

Intra-state supplies levy the central and the state tax (CGST and SGST, or UTGST in union
territories) at half the rate each; marketplaces print the item's figures on its first line
with the first tax, and the second tax on the line under it, beside the item's wrapped text.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

# The GST components an Indian tax invoice names per item.
_GST_TYPE = re.compile(r"^(?:cgst|sgst|utgst|ugst|igst|cess|gst)$", re.IGNORECASE)
_PERCENT = re.compile(r"^\d{1,2}(?:\.\d{1,2})?\s?%$")


def tax_sub_row(line: Line, numbers: dict[str, Value], description_right: float) -> bool:
    """A line naming a GST component beside its rate, both right of the item's text (under
    the tax columns), with no count and no price: the item above's second tax. A totals
    line ("CGST 9%  7,855.78") captions its tax at the text's edge instead."""
    if numbers.keys() & {"quantity", "unit_price"}:
        return False
    right = [w.text.strip("()") for w in line.words if w.box.x0 > description_right]
    return any(_GST_TYPE.match(t) for t in right) and any(_PERCENT.match(t) for t in right)


def sub_row_text(line: Line, description: list[Word]) -> list[Word]:
    """The item's text wrapped onto the tax's line: its words left of the tax's rate."""
    rate = next((w for w in line.words if _PERCENT.match(w.text)), None)
    if rate is None:
        return []
    return [
        w for w in line.words if w.box.x1 < rate.box.x0 and (w in description or not _figure(w))
    ]


def _figure(word: Word) -> bool:
    return any(ch.isdigit() for ch in word.text) and not any(ch.isalpha() for ch in word.text)
