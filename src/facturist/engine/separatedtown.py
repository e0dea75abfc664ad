"""A town and its postcode set apart by the line's piece separators: a centred letterhead line
"Flat 3, 41 Chorlton Road · Manchester · M16 7BF · hello@..." parts every piece alike, the
town from its postcode too, where the town patterns read "Manchester, M16 7BF" or "Manchester
M16 7BF" only."""

from __future__ import annotations

import re
from itertools import pairwise

from facturist.engine.layout import Cell
from facturist.engine.townline import town_in

# A piece between the separators of one line (partyblocks.STRONG_SEPARATOR's signs; a dash is
# left out, as it joins a town's names: "Stratford-upon-Avon").
_PIECE = re.compile(r"[^●•·|▪■]+")


def separated_town(text: str, taken: list[Cell]) -> re.Match[str] | None:
    """The span of two neighbouring pieces that, joined as a town line is printed, read as a
    town and its postcode whole; None when no two do."""
    pieces = [m for m in _PIECE.finditer(text) if m.group().strip()]
    for one, two in pairwise(pieces):
        first, second = one.group().strip(), two.group().strip()
        for joint in (", ", " "):
            joined = f"{first}{joint}{second}"
            found = town_in(joined, taken)
            if found is not None and found.start() == 0 and found.end() == len(joined):
                # The span in the line itself, its separator kept: the address ends there.
                start = one.start() + one.group().index(first)
                end = two.start() + two.group().index(second) + len(second)
                return re.compile(re.escape(text[start:end])).match(text, start)
    return None
