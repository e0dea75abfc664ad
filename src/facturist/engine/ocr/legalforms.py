"""Legal-form suffixes whose small "o" the recogniser reads as a zero, put right.

Polish companies end in "Sp. z o.o." and Czech and Slovak ones in "s.r.o."; in these
abbreviations the recogniser often reads the round "o" as the digit 0 ("Sp. z 0.0.",
"s.r.0."), which breaks the name and every rule that knows the suffix. A zero there is
never meant: the abbreviations have no digits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from facturist.engine.model import Word

# "o.o." after "Sp. z" (spółka z ograniczoną odpowiedzialnością), read with zeros.
_PL_TAIL = re.compile(r"[0oO]\.\s?[0oO]\.?")
_CZ_SK = re.compile(r"(?i)(s\.\s?r\.\s?)[0o](\.?)")


def _is(word: Word | None, *texts: str) -> bool:
    return word is not None and word.text.lower() in texts


def restore_legal_forms(words: Sequence[Word]) -> list[Word]:
    """`words` with zeros read for the "o" of "Sp. z o.o." and "s.r.o." put back."""
    result = list(words)
    for index, word in enumerate(result):
        text = word.text
        before = result[index - 1] if index > 0 else None
        earlier = result[index - 2] if index > 1 else None
        if "0" not in text:
            continue
        if _is(before, "z") and _is(earlier, "sp.", "sp") and _PL_TAIL.fullmatch(text):
            result[index] = replace(word, text="o.o." if text.endswith(".") else "o.o")
        elif (match := _CZ_SK.fullmatch(text)) is not None:
            result[index] = replace(word, text=match.group(1) + "o" + match.group(2))
    return result
