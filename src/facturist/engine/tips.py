"""A sum with the tip in it is no invoice total: "Gesamt inkl. Trinkgeld 350,00", "Total
with tip", "Total + Gratuity", "Total avec pourboire", "Totale con mancia", "Total con
propina", "Totaal incl. fooi".

A restaurant's bill closes on its total ("SUMME EUR 319,00", the VAT table adds up to it);
the guest may add a tip at the card terminal, and the slip prints the sum charged with it.
The tip is a gift to the staff, outside the supply the bill is for (no VAT on it): the bill's
total stays the sum before it. A caption that leaves the tip out ("Total excl. tip", "ohne
Trinkgeld") names the total and is no such line.

A guest check's suggested gratuities ("18%  Tip $18.36  Total $130.82") are sums the guest
may choose, never the bill's total: a line holding a tip's figure is no total line. The slip
then prints the tip taken ("Tip: $20.40", "POURBOIRE = 8,00", "dont pourboire 8,00") and the
sum charged with it ("TOTAL CHARGED: $132.86", "Règlement CB 91,80"): that sum is what the
guest paid, the amount due of the receipt (tipcharged.py).
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


# A tip's figure on the line: the tip word, maybe its rate, then the figure ("Tip $18.36",
# "Gratuity 18% $18.36", "Pourboire : 8,00").
_TIP_FIGURE = re.compile(
    rf"\b{_TIP}\b\W{{0,3}}(?:\d{{1,2}}(?:[.,]\d{{1,2}})?\s*%\W{{0,3}})?"
    r"(?:[$€£]|USD|EUR|GBP)?\s?\d+[.,]\d{2}\b",
    re.IGNORECASE,
)
# The caption of the tip taken, alone: "Tip:", "POURBOIRE =", "Trinkgeld", "Gratuity", and
# the tip inside the sum above it: "dont pourboire", "davon Trinkgeld", "of which tip", "di
# cui mancia", "waarvan fooi".
_TIP_CAPTION = re.compile(
    r"^\W*(?:(?:dont|davon|of\s+which|incl\.?|including|inkl\.?|di\s+cui|de\s+los\s+cuales"
    rf"|waarvan|hiervon)\s+)?(?:the\s+|le\s+|la\s+|der\s+|das\s+)?{_TIP}\W*$",
    re.IGNORECASE,
)


def holds_tip_figure(text: str) -> bool:
    """Whether the line prints a tip's figure ("Tip $18.36"): a suggested gratuity's line or
    the tip taken, no total."""
    return _TIP_FIGURE.search(text) is not None


def is_tip_caption(text: str) -> bool:
    """Whether a cell's text is the caption of the tip taken, alone ("Tip:", "dont pourboire")."""
    return _TIP_CAPTION.match(text) is not None
