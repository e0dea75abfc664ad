"""EN 16931 business-term references ("BT-109", "BT-53/52", "BT-73 / BT-74") printed by
e-invoice visualisations (KoSIT XRechnung viewer) beside each label/value row.

They are a column of their own, after the value or before it, and mean nothing to the
reader: a row "Gesamtsumme netto: | 3.182,00 | BT-109" is read as "Gesamtsumme netto: |
3.182,00". Only cells made of nothing but such references go; a reference inside running
text stays.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line

_TERM_REF = re.compile(r"^(?:B[TG]-\d{1,3}(?:\s*/\s*(?:B[TG]-)?\d{1,3})*\s*)+$")


def is_term_ref(text: str) -> bool:
    """True for a cell that holds only business-term references."""
    return _TERM_REF.match(text.strip()) is not None


def without_term_refs(lines: list[Line]) -> list[Line]:
    """The lines with reference-only cells removed; a line of nothing else is dropped."""
    out = []
    for line in lines:
        kept = [cell for cell in line.cells if not is_term_ref(cell.text)]
        if len(kept) == len(line.cells):
            out.append(line)
            continue
        if not kept:
            continue
        words = [w for cell in kept for w in cell.words]
        fresh = Line(page=line.page, words=words)
        fresh.cells = kept
        out.append(fresh)
    return out


__all__ = ["is_term_ref", "without_term_refs"]
