"""A sidebar's value printed on the item header's line, right of the table ("Tuote | Kpl |
à € | ALV % | Yht. € | FI64 5000 0120"): no column of the table.

Letter templates print the seller's bank, phone and register in a narrow column right of the
items; one of its lines may share the header's baseline. Read as an unnamed header cell it
pushes the table's right edge over the sidebar, so the sidebar's lines below ("4097 34", the
IBAN's next groups) read as bare amounts that end the table before its first row. A cell right
of the amount caption that is no caption but a figure (digits, no letter) or an IBAN's groups
is the sidebar's: the table ends at the last caption before it.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

# An IBAN's country and check digits and one or more of its groups ("FI64 5000 0120").
_IBAN_GROUPS = re.compile(r"^[A-Z]{2}\d{2}(?: ?[A-Z\d]{4}){1,7}(?: ?[A-Z\d]{1,4})?$")


def _sidebar_value(text: str) -> bool:
    figure = any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text)
    return figure or _IBAN_GROUPS.match(text.strip()) is not None


def sidebar_cells_apart(
    group: list[Line], amount: tuple[float, float] | None, unnamed: list[tuple[float, float]]
) -> tuple[float, list[tuple[float, float]]] | None:
    """The header's right edge and its unnamed spans without the sidebar values right of the
    amount caption's span ``amount``; None when there are none."""
    if amount is None:
        return None
    beside = {
        (cell.x0, cell.x1)
        for member in group
        for cell in member.cells
        if cell.x0 > amount[1] and _sidebar_value(cell.text)
    }
    if not beside:
        return None
    right = max(
        (c.x1 for member in group for c in member.cells if (c.x0, c.x1) not in beside),
        default=amount[1],
    )
    return right, [span for span in unnamed if span not in beside]
