"""A caption deep in its cell that closes on its rate: "WA Refuse Collection Tax 3.6% | 6.56".

A label with more than a couple of words before it in its cell reads as part of a sentence,
whose value can only be in that cell (labelvalues.py). A utility's or a US bill's tax row
names the levy in several words, then its rate, and prints the figure in the next column:
the words after the caption there are only the rate ("3.6%", "@ 8.25 %", "(5%)"), no sentence
goes on, and the next cell holds the value. Not where the words before the caption name a sum
("Total Amt Incl. GST @ 6% : | 8.48"): the figure there is the total, not its tax.
"""

from __future__ import annotations

import re

from facturist.engine.model import Word

_RATE_ONLY = re.compile(r"^[(@\s]*\d{1,2}(?:[.,]\d{1,3})?\s?%\)?\s*:?$")
# Words before the caption that make it a sum's ("Total Amt Incl. GST @ 6%", "Amount excl.
# VAT 20%"), whatever the tax word after them: no tax row.
_SUM_WORDS = re.compile(
    r"\b(?:total|totale?s?|amt|amount|sum|summe|gesamt\w*|betrag|montant|importe|importo"
    r"|bedrag|incl|inkl|excl|exkl|ex|before|without|ohne|hors|sans|sin|senza)\b",
    re.IGNORECASE,
)


def only_rate(before: list[Word], after: list[Word]) -> bool:
    """The words after a caption in its cell are its rate alone, and those before it name no
    sum: a tax's row ("WA Refuse Collection Tax 3.6%")."""
    if not after or _RATE_ONLY.match(" ".join(w.text for w in after)) is None:
        return False
    return _SUM_WORDS.search(" ".join(w.text for w in before)) is None
