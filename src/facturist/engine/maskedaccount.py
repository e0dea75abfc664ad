"""An account printed masked but for its last digits ("DE•• •••• •••• •••• 4412", "****
3391", "XXXX-XXXX-1234"): the digits closing it are the account's, never an amount
(amountread.py)."""

from __future__ import annotations

import re

from facturist.engine.model import Word

# A group of mask signs, a country code perhaps before them ("DE••", "••••", "****", "XXXX").
_MASK_GROUP = re.compile(r"^(?:[A-Z]{2}\d{0,2})?(?:[•●·∙*]{2,}|(?i:x){3,})[\-.]?$")
# The visible tail: a few digits, perhaps glued to the mask ("•••4412", "****-3391").
_TAIL = re.compile(r"^(?:(?:[•●·∙*]+|(?i:x){3,})[\-.]?)*\d{2,6}[.,;)]?$")
_GLUED = re.compile(r"^(?:[•●·∙*]{2,}|(?i:x){3,})")


def masked_tail(words: list[Word], index: int) -> bool:
    """The word at `index` is the last digits of an account masked before it."""
    text = words[index].text
    if not _TAIL.match(text):
        return False
    if _GLUED.match(text):
        return True
    return index > 0 and _MASK_GROUP.match(words[index - 1].text) is not None
