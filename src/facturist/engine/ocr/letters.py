"""Letters the recogniser confuses, put right where the word around them leaves no doubt.

A lower-case l and a capital I are one vertical stroke in most sans-serif fonts, and the
recogniser reads some l as I ("Elektro BrandI GmbH", "MülIer"). A capital I straight after a
lower-case letter, and before another one or at the end of the word, is such an l: no word
is spelt that way. Left alone: all-caps words and a capital that opens a word's second part
("IBAN", "GmbH", "XIV", "LinkedIn", "McIntosh", "UStIdNr.", "TaxId").
"""

from __future__ import annotations


def _camel_part(text: str, index: int) -> bool:
    """Whether the capital I at `index` opens a second part of a word ("LinkedIn", "TaxId")."""
    after = text[index + 1 : index + 3]
    if after.startswith("n"):
        return True
    return after.startswith("d") and not (len(after) == 2 and after[1].islower())


def l_for_capital_i(text: str) -> str:
    """`text` with each capital I read for a lower-case l put right (see the module's note)."""
    if "I" not in text:
        return text
    chars = list(text)
    for index in range(1, len(text)):
        if text[index] != "I" or not text[index - 1].islower():
            continue
        following = text[index + 1] if index + 1 < len(text) else ""
        if following.isalpha() and (not following.islower() or _camel_part(text, index)):
            continue
        chars[index] = "l"
    return "".join(chars)
