"""A sum with the tip in it is no invoice total: "Gesamt inkl. Trinkgeld 350,00", "Total
with tip", "Total + Gratuity", "Total avec pourboire", "Totale con mancia", "Total con
propina", "Totaal incl. fooi".

A restaurant's bill closes on its total ("SUMME EUR 319,00", the VAT table adds up to it);
the guest may add a tip at the card terminal, and the slip prints the sum charged with it.
The tip is a gift to the staff, outside the supply the bill is for (no VAT on it): the bill's
total stays the sum before it. A caption that leaves the tip out ("Total excl. tip", "ohne
Trinkgeld") names the total and is no such line.
"""

from __future__ import annotations

import re

# The tip's word in en, de, fr, it, es/pt, nl, sv/da/no.
_TIP = r"(?:tips?|gratuit(?:y|ies)|trinkgeld|pourboires?|mancia|propina|gorjeta|fooi|dricks)"
# The tip counted in: "inkl. Trinkgeld", "incl. tip", "including gratuity", "with tip",
# "+ Tip", "plus tip", "mit Trinkgeld", "avec pourboire", "con mancia", "met fooi", "y propina".
_WITH_TIP = re.compile(
    r"(?:\binkl\.?|\binklusive|\bincl\.?|\bincluding|\binc\.?|\bwith|\bplus|\+|&|\band|\bmit"
    r"|\bund|\bavec|\bet|\bcon|\bcom|\bmet|\by|\be|\bcompris|\binclus)\s*(?:the\s+|le\s+|la\s+)?"
    rf"{_TIP}\b",
    re.IGNORECASE,
)


def names_tip_included(text: str) -> bool:
    """Whether a line's caption names a sum with the tip counted in."""
    return _WITH_TIP.search(text) is not None
