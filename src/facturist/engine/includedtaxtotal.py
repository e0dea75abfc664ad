"""The sum of the taxes a bill's prices include, printed under their per-rate lines.

A French bill states the tax each rate holds ("dont TVA 10,0 % | 9,42", "dont TVA 20,0 % |
4,67") and then their sum ("Total TVA | 14,09"); German and Dutch tills print "MwSt gesamt"
or "Totaal BTW" the same way. That sum is the bill's tax, not the first rate's share.
"""

from __future__ import annotations

from facturist.engine.candidates import Candidate
from facturist.engine.model import Value


def _figure(value: Value) -> float:
    return float(value.value) if isinstance(value.value, int | float) else 0.0


def summed_included_tax(
    candidates: list[Candidate], held: list[Value], included_key: str
) -> Value | None:
    """A tax caption's figure after two or more included-tax lines that is their sum."""
    if len(held) < 2:
        return None
    held_boxes = {value.boxes for value in held}
    orders = [c.order for c in candidates if c.key == included_key and c.value.boxes in held_boxes]
    if not orders:
        return None
    summed = sum(_figure(value) for value in held)
    for candidate in candidates:
        if (
            candidate.key == "tax_amount"
            and candidate.order > max(orders)
            and candidate.value.boxes not in held_boxes
            and abs(_figure(candidate.value) - summed) < 0.011
        ):
            return candidate.value
    return None
