"""A summary row: a total or amount-due caption and two or three figures that add up.

"Razem | 26 169,00 | 6 018,87 | 32 187,87" gives net, tax and gross; "Gesamt | 99,81 € |
115,87 €" under net and gross captions gives net and gross. Read caption by caption, its first
figure would pass for the total (totalgrid.py reads these rows beside its grids).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from facturist.engine.gridamounts import GRID_KEYS as _KEYS
from facturist.engine.gridfigures import AMOUNT
from facturist.engine.itemcolumnsums import FILLER as _FILLER
from facturist.engine.itemcolumnsums import TOP_RATE as _TOP_RATE
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.parsing import parse_amount


def summary_row(line: Line, figure: re.Pattern[str] = AMOUNT) -> dict[str, Value]:
    """A total or amount-due caption and three figures, the first two adding up to the third:
    a summary row's net, tax and gross ("Razem | 26 169,00 | 6 018,87 | 32 187,87",
    "Restforderung (zu zahlen) 28.112,00 5.341,28 33.453,28"). Read caption by caption,
    its first figure would pass for the total."""
    words = line.words
    if "%" in line.text:
        return {}  # tested first: it needs no scan of the words for a figure
    first = None
    for index, word in enumerate(words):
        if figure.match(word.text):
            first = index
            break
        if any(map(str.isdigit, word.text)):
            # A digit before the first figure: no figure follows (nothing to read) or the
            # caption holds it ("Total 19 %": one rate's row, not the invoice's).
            return {}
    if not first:
        return {}
    caption = " ".join(word.text for word in words[:first])  # no digit: tested word by word
    figures: list[Word] = []
    for word in words[first:]:
        if figure.match(word.text.replace("\u2212", "-")):
            figures.append(word)
        elif not _FILLER.match(word.text):
            return {}
    # Read below only with two figures (net and gross) or three (net, tax, gross), and under
    # a total's or amount due's caption (each reading ends in that caption's search): tested
    # before the figures' parsing, the dear part.
    if len(figures) not in (2, 3) or not _sums_caption(caption):
        return {}
    parsed = [parse_amount(word.text.replace("\u2212", "-")) for word in figures]
    amounts = [amount for amount in parsed if amount is not None]
    if len(amounts) == 2 == len(parsed):
        return _net_and_gross(caption, amounts, figures)
    if len(amounts) != 3 or len(parsed) != 3:
        return {}
    net, tax, gross = amounts
    if abs(net + tax - gross) > Decimal("0.011"):
        return {}
    if net == 0 or not 0 < tax / net <= _TOP_RATE:
        return {}
    values = [Value(float(a), w.text, (w.box,)) for a, w in zip(amounts, figures, strict=True)]
    if LABELS_BY_RANK["amount_due"].search(caption):
        return {"amount_due": values[2]}
    if LABELS_BY_RANK["total_amount"].search(caption):
        return dict(zip(_KEYS, values, strict=True))
    return {}


@lru_cache(maxsize=1024)
def _sums_caption(caption: str) -> bool:
    """Whether a summary row's caption names a total or an amount due (`summary_row` reads
    nothing else); a pure function of the caption's text, memoised."""
    return bool(
        LABELS_BY_RANK["amount_due"].search(caption)
        or LABELS_BY_RANK["total_amount"].search(caption)
    )


def _net_and_gross(caption: str, amounts: list[Decimal], figures: list[Word]) -> dict[str, Value]:
    """A total caption over two figures, the second a VAT rate above the first ("Gesamt |
    99,81 € | 115,87 €" under "Zwischensumme (ohne USt.) | (inkl. USt.)"): net and gross."""
    net, gross = amounts
    if net <= 0 or not 0 < (gross - net) / net <= _TOP_RATE:
        return {}
    if not LABELS_BY_RANK["total_amount"].search(caption):
        return {}
    return {
        "net_amount": Value(float(net), figures[0].text, (figures[0].box,)),
        "total_amount": Value(float(gross), figures[1].text, (figures[1].box,)),
    }
