"""A figure's thousands groups set as far apart as the line's words ("20 900,00 PLN").

Polish, French, Czech and Nordic invoices group thousands with a space. Layout joins the
groups when the gap is narrow (layout.join_digit_groups), but a generator that sets its
words wide, or a justified totals column, leaves "20" "900,00" "PLN" as far apart as any
two words, and the amount read is then the tail alone (900,00). The spacing itself tells:
when the gap between the head and the tail is no wider than the gap between the figure and
the currency printed beside it, all three are one phrase, the figure one amount.
"""

from __future__ import annotations

import re

from facturist.engine.layout import joined_word
from facturist.engine.model import Word
from facturist.engine.parse.currency import currency_from_token

_HEAD = re.compile(r"^[(\-\u2212]?\d{1,3}$")
# The tail carries the cents: a bare "900" after "20" could be a quantity and a price.
_TAIL = re.compile(r"^\d{3}(?:[ \u00a0]\d{3})*[.,]\d{2}\)?$")
# Wider than this share of the word height, the gap separates columns, not words.
_WIDEST_GAP_RATIO = 1.5
# How much wider the head's gap may be than the currency's (rounding of glyph boxes).
_SLACK = 0.6


def join_spaced_groups(words: list[Word]) -> list[Word]:
    """The words, with a head group ("20") joined to its tail ("900,00") where a currency
    ("PLN", "zł", "EUR") stands beside the figure no closer than the head stands to the tail."""
    out: list[Word] = []
    for index, word in enumerate(words):
        previous = out[-1] if out else None
        if previous is not None and _one_figure(words, index, previous, word):
            out[-1] = joined_word(previous, word)
            continue
        out.append(word)
    return out


def _one_figure(words: list[Word], index: int, head: Word, tail: Word) -> bool:
    if not (_HEAD.match(head.text) and _TAIL.match(tail.text)):
        return False
    gap = tail.box.x0 - head.box.x1
    height = max(head.box.y1 - head.box.y0, tail.box.y1 - tail.box.y0, 1.0)
    if not 0 <= gap <= _WIDEST_GAP_RATIO * height:
        return False
    after = words[index + 1] if index + 1 < len(words) else None
    if after is not None and currency_from_token(after.text) is not None:
        return gap <= after.box.x0 - tail.box.x1 + _SLACK
    # "PLN 20 900,00": the currency before the head; the head's own word comes before it.
    before = words[index - 2] if index >= 2 and words[index - 1] is head else None
    if before is not None and currency_from_token(before.text) is not None:
        return gap <= head.box.x0 - before.box.x1 + _SLACK
    return False
