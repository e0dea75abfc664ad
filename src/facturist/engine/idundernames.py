"""A party's tax ID line under the lines that name it, before its street.

A sole trader's block names the shop and, under it, its owner ("Mercería Pilar Ortiz" /
"Pilar Ortiz Sempere"), then prints the tax ID ("NIF 21503968A") and only then the street
and town. The block reader (addresses.py) took the owner's line as the address's first line
and stopped at the ID, a contact line inside an address; so the address came back empty.
Lines with no digit above an ID line that opens with its caption are more of the party's
name (an owner, a department), never a street: the address starts after the ID.
"""

from __future__ import annotations

from collections.abc import Sequence

from facturist.engine.addresspatterns import REGISTRATION_UNDER_NAME
from facturist.engine.layout import Cell

# The most name lines (trade name's second line, owner, department) before the ID.
_NAME_LINES = 2


def id_after_names(taken: Sequence[Cell], text: str) -> bool:
    """Whether `text` is an ID line ("NIF 21503968A", "VAT GB 123 4567 89") and the block's
    lines taken so far (`taken`) are only name lines: one or two, none with a digit."""
    if not taken or len(taken) > _NAME_LINES or not any(ch.isdigit() for ch in text):
        return False
    if any(any(ch.isdigit() for ch in cell.text) for cell in taken):
        return False  # a street, a PO box: the address had begun
    return REGISTRATION_UNDER_NAME.match(text.strip()) is not None


__all__ = ["id_after_names"]
