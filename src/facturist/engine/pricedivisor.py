"""A price quoted per so many units prints its divisor after it: the divisor is no figure.

Metered usage is often priced per a thousand calls, messages or requests, the divisor in the
price's own cell::

    Appels API au-delà du forfait | 312 450 | 0,42 € / 1 000 | 131,23 €
    API requests | 1,250,000 | $0.40 per 1,000 | $500.00

The figure after the slash (or "per", "pro", "par", "pour", "je") is the base the price is
quoted for, not the row's price, which is the figure before it as printed (EN 16931 BT-146
over its base BT-149; priceunitbase.py keeps the base as the row's "price_base"). The divisor's
word is dropped from the row's figures when a price figure (a currency sign may stand between)
comes just before the slash: a bare "1/100" or "2502/118" is a ratio or a code, not a price.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from facturist.engine.model import Word

# "/", "per", "pro", "par", "pour", "je": the divisor's lead-in, a word of its own.
_LEAD = frozenset({"/", "per", "pro", "par", "pour", "je"})
# The divisor: 10, 100, 1000 or 10000, grouped or not ("1 000", "1,000", "1.000"), or "1k".
_DIVISOR = re.compile(r"^/?(?:10|100|1[\s.,'\u00a0\u202f]?000|10[\s.,'\u00a0\u202f]?000|1k)$", re.I)
# A price figure with its decimals: "0,42", "$0.40", "0.0035€" (not "M6", a size).
_PRICE = re.compile(
    r"^(?:[€$£¥]|US\$|[A-Z]{3})?\d[\d.,\u00a0\u202f']*[.,]\d{1,6}(?:[€$£¥]|[A-Z]{3})?$"
)
# A currency sign or code standing alone between the price and the slash.
_SIGN = re.compile(r"^(?:[€$£¥]|[A-Z]{3}|US\$|kr|zł|Kč)$")


def without_price_divisor(
    words: list[Word], in_text: Callable[[Word], bool] | None = None
) -> list[Word]:
    """The row's words less each divisor printed after a price ("0,42 € / 1 000"). A price
    `in_text` says stands in the item's text ("$0.0054 per 1,000 PUT requests" under the
    description's caption) is no figure of the row: its divisor stays part of the text."""
    if not any(w.text.lower() in _LEAD or w.text.startswith("/") for w in words):
        return words
    dropped: set[int] = set()
    for index, word in enumerate(words):
        if index < 1 or _DIVISOR.match(word.text) is None:
            continue
        at = index
        if not word.text.startswith("/"):
            if words[index - 1].text.lower() not in _LEAD:
                continue
            at = index - 1
        before = at - 1
        if before >= 0 and _SIGN.match(words[before].text):
            before -= 1
        if before >= 0 and _PRICE.match(words[before].text):
            if in_text is not None and in_text(words[before]):
                continue
            dropped.update(range(at, index + 1))
    return [w for i, w in enumerate(words) if i not in dropped] if dropped else words
