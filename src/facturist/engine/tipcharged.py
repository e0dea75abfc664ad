"""The sum a receipt's card was charged with the tip: the amount due of a bill tipped at the
terminal.

The bill's total is the sum before the tip (tips.py). The payment part prints the tip taken
under its own caption ("Tip: $20.40", "POURBOIRE = 8,00", "Trinkgeld 8,00") with the sum
charged right under it ("TOTAL CHARGED: $132.86", "TOTAL = 91,80 EUR"), or names the tip
inside the payment above it ("Règlement CB 91,80 / dont pourboire 8,00"). That sum, the
total plus the tip, is what the guest paid: the amount due, as a till's sum paid is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.receipt_dates import field_value
from facturist.engine.receipt_scan import amounts_in
from facturist.engine.tips import is_tip_caption

_CENT = Decimal("0.005")
# Where a cell's figure starts, after its caption: "Tip: $20.40", "Pourboire 8,00".
_FIGURE_ON = re.compile(r"(?:[$€£]|USD|EUR|GBP)?\s?\d")
# A printed amount: "0.00", "12,50".
_FIGURE = re.compile(r"\d[.,]\d{2}\b")


def tips_taken(lines: Sequence[Line]) -> list[tuple[int, Decimal]]:
    """(line index, tip) of each line captioned by the tip alone with its figure."""
    found: list[tuple[int, Decimal]] = []
    for index, line in enumerate(lines):
        if not line.cells:
            continue
        # The figure in the caption's cell ("Tip: $20.40") or in the next one.
        if not is_tip_caption(_FIGURE_ON.split(line.cells[0].text, maxsplit=1)[0]):
            continue
        figures = amounts_in(line.cells[0].text) or (
            amounts_in(line.cells[1].text) if len(line.cells) > 1 else []
        )
        if figures and figures[0] > 0:
            found.append((index, figures[0]))
    return found


def charged_with_tip(lines: Sequence[Line], total: Value | None) -> Value | None:
    """The sum charged, total plus the tip taken, printed beside the tip's line."""
    if total is None or not isinstance(total.value, int | float) or total.value <= 0:
        return None
    bill = Decimal(str(total.value))
    for index, tip in tips_taken(lines):
        charged = bill + tip
        for near in lines[max(0, index - 1) : index + 3]:
            if any(abs(figure - charged) <= _CENT for figure in amounts_in(near.text)):
                return field_value(f"{charged:.2f}", near.words, float(charged))
    return None


def with_tip_charged_due(lines: Sequence[Line], fields: dict[str, Value]) -> dict[str, Value]:
    """`fields` with the sum charged with the tip as the amount due, where the page prints it."""
    charged = charged_with_tip(lines, fields.get("total_amount"))
    if charged is None or _balance_after(fields.get("amount_due"), charged):
        return fields
    return {**fields, "amount_due": charged}


def _balance_after(due: Value | None, charged: Value) -> bool:
    """Whether the amount due read is a figure printed below the sum charged ("VISA 432.20 /
    Balance due 0.00"): what is left after the payment, which the page states. A paid
    stamp ("ZAHLUNG ERFOLGT") prints no figure: the sum charged stays due."""
    if due is None or not due.boxes or not charged.boxes or not _FIGURE.search(due.text):
        return False
    below, paid = due.boxes[0], charged.boxes[-1]
    return below.page == paid.page and below.y0 >= paid.y1
