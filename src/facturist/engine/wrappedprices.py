"""An item's text wrapping before its working's price, the price on the figures' line ("Beratung
Sachbezug, 1,5 Std. à €" over "180,00 | 270,00"): the lone money figure under the text is the
end of the item's text, not a totals grid's figure ending the table.
"""

from __future__ import annotations

import re

from facturist.engine.model import Word

# The text's last words announcing a price to follow: "à", "à €", "@", "x", "×", "je EUR".
_EACH = re.compile(
    r"(?:^|\s)(?:[àá@x×]|je|per|pro)(?:\s(?:€|\$|£|eur|chf|usd|gbp))?$", re.IGNORECASE
)


def price_wrapped(apart: list[tuple[int, list[Word]]], index: int, description: list[Word]) -> bool:
    """Whether the description of the line at `index` (one money figure) ends the text left
    over right above it (`apart`: indexes and words of text lines standing apart), that text
    breaking off before a working's price."""
    if len(description) != 1 or not apart or apart[-1][0] != index - 1:
        return False
    words = apart[-1][1]
    return bool(words) and _EACH.search(" ".join(w.text for w in words[-2:])) is not None
