"""SAP prints an item's material number zero-padded to 18 digits on its figures row
("000000000040012877") and the item's name on the lines below, both under one caption
("Material / Descripción"): the number is the seller's reference, no part of the name."""

from __future__ import annotations

import re

# A zero-padded number of ten digits or more, then the name.
_PADDED = re.compile(r"^0{2,}\d{8,}\s+(?=\S)")


def without_padded_material(text: str) -> str:
    """The name without a zero-padded material number in front; the text itself without one."""
    return _PADDED.sub("", text) or text
