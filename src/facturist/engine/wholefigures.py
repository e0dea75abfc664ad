"""Whole-unit amounts: forint, yen and won invoices print no decimals, thousands grouped by
a space ("Összesen | 61 630 | 16 640 | 78 270"). Figures patterns elsewhere require the
cents that set an amount apart from a count or a number; a row of whole figures is read as
amounts only where its arithmetic (net + tax = gross) vouches for them."""

from __future__ import annotations

import re

from facturist.engine.model import Value

# A whole figure, its thousands grouped by a (no-break, thin) space: "48 210", "1 250 000",
# "930". Dots and commas are left out: "1.250" or "1,250" may be a figure with decimals.
WHOLE_AMOUNT = re.compile(r"^[(\-−]?\d{1,3}(?:[\u00a0\u202f ]\d{3})*\)?$")
# A gross of thousands, grouped: a row of small integers that add up is a count's.
_GROUPED = re.compile(r"\d[\u00a0\u202f ]\d{3}\)?$")


def grouped_gross(found: dict[str, Value]) -> dict[str, Value]:
    """The row's figures, when its gross runs to thousands grouped by a space; else none."""
    gross = found.get("total_amount") or found.get("amount_due")
    if gross is None or not _GROUPED.search(gross.text):
        return {}
    return found
