"""A street under the other party's name is that party's, never the letterhead's own.

A letterhead may print its address apart from its name (addresses.py's nameless block: a
street and town with nothing but a tagline above them). Beside it, the addressee's block
opens with its name over its street ("DESTINATARIO" / "Apicoltura Valsamoggia Soc. Agr. S.s." /
"Via Castelletto 9"); a name with no number in it looks like a letterhead's tagline, so the
addressee's street would pass for the letterhead's own where the two columns interleave.
"""

from __future__ import annotations

from facturist.engine.attention import is_attention
from facturist.engine.layout import Cell, Line, print_height

# How far from the street's left edge the name over it may start.
_FLUSH = 4.0


def under_other_name(page: list[Line], index: int, cell: Cell, names: set[str]) -> bool:
    """Whether the nearest cell above `cell` in its column (flush left with it) is one of the
    other party's `names`, or an attention line ("z. Hd. Buchhaltung" over "Hafenstraße 31":
    the addressee's block, whoever the other party is)."""
    for above in reversed(page[max(0, index - 3) : index]):
        # A scan's OCR starts a block's lines some pixels apart: a third of their height.
        aligned = [
            c for c in above.cells if abs(c.x0 - cell.x0) < max(_FLUSH, 0.35 * print_height(c))
        ]
        if aligned:
            text = aligned[0].text.strip()
            return text in names or is_attention(text)
    return False
