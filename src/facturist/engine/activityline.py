"""A letterhead's business-activity line between the firm's name and its street.

Greek invoices (the myDATA print) and many small firms print the firm's activity under its
name: "Coffee roasting and wholesale trade", "Olive oil production and wholesale trade". It is
a phrase in sentence case, its words after the first in small letters, no digit: no building,
district or street line is set so (those are named in capitals: "Harbour House", "Zona
Industriale Nord").
"""

from __future__ import annotations

import re

# A word of small letters ("roasting", "and", "wholesale").
_SMALL_WORD = re.compile(r"[^\W\d_A-Z][^\W\d_]*")


def activity_line(text: str) -> bool:
    """Whether a block's first line is a phrase naming the firm's activity: four words or
    more, the first capitalised, the others all in small letters, no digit; or three words or
    more all in small letters ("ilustrace a grafická úprava", a freelancer's trade under the
    name), no abbreviation's dot among them (a Polish street's "ul.", "al.", "os.")."""
    words = text.split()
    if len(words) < 3 or any(ch.isdigit() for ch in text):
        return False
    if all(_SMALL_WORD.fullmatch(w.strip(",")) for w in words):
        return True
    if len(words) < 4 or not words[0][:1].isupper():
        return False
    return all(_SMALL_WORD.fullmatch(w.strip(",")) for w in words[1:])
