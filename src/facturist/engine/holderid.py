"""The buyer's tax ID on the rows under its holder's caption.

Utility and telecom bills print the contract's holder and their ID in a details section, the
same name again in the envelope's window:

    DATOS DEL CONTRATO
    Titular: Javier Morales Ruiz                  Javier Morales Ruiz
    NIF: 47281936P                                Calle Alcalá 214, 3º B
    Dirección de suministro: ...                  28028 Madrid

The window's block holds no ID; the one on the holder's rows, in the caption's column, is the
buyer's when the holder (holdername.py) is the name read for the buyer.
"""

from __future__ import annotations

from facturist.engine.holdername import holder_name
from facturist.engine.layout import Line, column_below, line_holding
from facturist.engine.model import Value

# How many rows under the holder's the ID may stand (NIF, address, supply point).
_ROWS = 3


def id_under_holder(value: Value, buyer: Value, lines: list[Line]) -> bool:
    """Whether the captioned ID stands on a row under the buyer's holder caption, flush with
    it."""
    if not value.boxes or not isinstance(buyer.value, str):
        return False
    holder = holder_name(lines)
    if holder is None or not holder.boxes or not isinstance(holder.value, str):
        return False
    if holder.value.casefold().strip() != buyer.value.casefold().strip():
        return False
    start = line_holding(lines, holder.boxes[0])
    if start is None:
        return False
    x0 = holder.boxes[0].x0
    for count, (_line, cell) in enumerate(column_below(lines, start, x0, tolerance=3)):
        if count >= _ROWS:
            break
        if value.boxes[0] in cell.boxes:
            return True
    return False
