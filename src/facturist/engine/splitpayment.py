"""An Italian invoice under split payment ("scissione dei pagamenti", art. 17-ter DPR 633/72):
the public buyer pays the VAT straight to the state, the supplier is paid the total less its
VAT. Where no sum due is printed under a caption, the amount due is the net (totals.py).

Read per line by charges.py; a note that the invoice is not under split payment ("Operazione
non soggetta a scissione dei pagamenti") states nothing."""

from __future__ import annotations

import re

from facturist.engine.candidates import Candidate
from facturist.engine.labelfilter import may_hold, needed_in_any
from facturist.engine.layout import Line
from facturist.engine.model import Value

# The note of split payment: "scissione dei pagamenti", "scissione pagamenti", or the article's
# number ("art. 17-ter", "art. 17 ter"); never an English "split payment", which a Polish
# invoice prints for its "mechanizm podzielonej płatności", where the whole total is paid.
SPLIT_PAYMENT_KEY = "split_payment"
_SPLIT = re.compile(
    r"\bscissione\s+(?:dei\s+)?pagamenti\b|\bart(?:icolo|\.)?\s*17[\s\-]?ter\b",
    re.IGNORECASE,
)
# What says the invoice is not under it: "non soggetta a", "esclusa dalla", "non applicabile".
_NOT = re.compile(r"\bnon\b|\bescluso\b|\besclusa\b", re.IGNORECASE)
_NEEDED = needed_in_any((_SPLIT,))


def split_payment(line: Line, order: int, lowered: str | None = None) -> Candidate | None:
    """The line's note that the invoice is under split payment.
    `lowered`: the line's text folded (labelfilter.folded), to skip the search it cannot match."""
    if not may_hold(_NEEDED, lowered):
        return None
    match = _SPLIT.search(line.text)
    if match is None or _NOT.search(line.text[: match.start()]):
        return None
    boxes = tuple(word.box for word in line.words)
    return Candidate(SPLIT_PAYMENT_KEY, Value(0.0, line.text, boxes, 0.7), 0, order)
