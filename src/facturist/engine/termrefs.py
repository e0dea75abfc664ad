"""EN 16931 business-term references ("BT-109", "BT-53/52", "BT-73 / BT-74") printed by
e-invoice visualisations (KoSIT XRechnung viewer) beside each label/value row.

They are a column of their own, after the value or before it, and mean nothing to the
reader: a row "Gesamtsumme netto: | 3.182,00 | BT-109" is read as "Gesamtsumme netto: |
3.182,00". Only cells made of nothing but such references go; a reference inside running
text stays.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line

_TERM_REF = re.compile(r"^(?:B[TG]-\d{1,3}(?:\s*/\s*(?:B[TG]-)?\d{1,3})*\s*)+$")
_TERM_NUMBER = re.compile(r"(B[TG])-(\d{1,3})")
# The business terms of one invoice line (its net amount, price, VAT, allowances, item).
_LINE_TERMS = range(126, 162)


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
        fresh = Line(page=line.page, words=words, item_term=_of_an_item(line, kept))
        fresh.cells = kept
        out.append(fresh)
    return out


def _of_an_item(line: Line, kept: list[Cell]) -> bool:
    """Whether the removed references are all an invoice line's business terms."""
    terms = [
        (kind, int(number))
        for cell in line.cells
        if cell not in kept
        for kind, number in _TERM_NUMBER.findall(cell.text)
    ]
    return bool(terms) and all(kind == "BT" and n in _LINE_TERMS for kind, n in terms)


__all__ = ["is_term_ref", "without_term_refs"]
