"""An account number printed in groups of digits without a country code ("26 1050 1575 1000
0023 9871 6254", Poland's NRB; "Numer rachunku do zapłaty: ..."): its groups are never an
amount, though a payment caption ("do zapłaty") may stand right before them (amountread.py).

A money figure groups its thousands by three digits and prints its cents; a run of bare
four-digit groups is an account's, a card's or a reference's digits, whatever caption is
around it.
"""

from __future__ import annotations

import re

from facturist.engine.model import Word

_BARE_GROUP = re.compile(r"\d{1,6}")
# Four groups at least, three of them four digits long: no thousands grouping prints one.
_MIN_GROUPS = 4
_MIN_FOUR_DIGIT = 3


def in_account_groups(words: list[Word], index: int) -> bool:
    """The word at `index` is one group of a run of bare digit groups that groups by four."""
    if not _BARE_GROUP.fullmatch(words[index].text.rstrip(".,;)")):
        return False
    start = index
    while start > 0 and _BARE_GROUP.fullmatch(words[start - 1].text.rstrip(".,;)")):
        start -= 1
    end = index + 1
    while end < len(words) and _BARE_GROUP.fullmatch(words[end].text.rstrip(".,;)")):
        end += 1
    groups = [w.text.rstrip(".,;)") for w in words[start:end]]
    fours = sum(len(g) == 4 for g in groups)
    return len(groups) >= _MIN_GROUPS and fours >= _MIN_FOUR_DIGIT
