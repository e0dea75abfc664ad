"""Currency codes that are units in a description, and a dollar sign glued to a caption.

A rare code after a whole count and before a lower-case word measures something: "THHN wire
12 AWG black" (American Wire Gauge) names no Aruban florin. Money after a figure closes its
phrase ("12 AWG" alone, "1,200 AWG.") or carries decimals ("12.00 AWG"); a word running on in
lower case after a count is a description's. So is an everyday word's code before a pack size
("INSULIN PEN 3ML", "SHOWER GEL 50GM"): the figure glued to its unit measures the product.

A text layer may glue a total's sign to its caption: "TOTAL CREDIT$1,033.70" as one word. The
dollar sign then stands after letters, where the symbol pattern (which keeps "FORM" from
reading "RM") does not look; a bare "$" right before a figure, after a word that is no dollar
prefix of its own ("US$", "CA$", "NZ$"), is still the page's dollar.
"""

from __future__ import annotations

import re

# A whole count of one to four digits, a space, the code; then a space and a lower-case word.
_COUNT_BEFORE = re.compile(r"(?<![\d.,])\d{1,4}[ \u00a0]$")
_WORD_AFTER = re.compile(r"[ \u00a0]+[a-z]{2,}\b")
# "CREDIT$1,033.70", "DUE$500.00": a capitalised word of three or more letters, the sign, a
# figure with its cents.
_GLUED_DOLLAR = re.compile(r"(?<=[A-Za-z]{3})\$(?=\d{1,3}(?:,\d{3})*\.\d{2}\b)")


def counted_unit(text: str, start: int, end: int) -> bool:
    """Whether the code at text[start:end] follows a whole count and runs on into a
    lower-case word: a unit of measure ("12 AWG black"), no money."""
    return bool(
        _COUNT_BEFORE.search(text[max(0, start - 6) : start]) and _WORD_AFTER.match(text, end)
    )


# A pack size right after the code: digits glued to a unit's letters ("PEN 3ML", "GEL 50GM",
# "TOP 2XL"), where money prints its figure apart ("PEN 30.00") or glued to the code itself.
_MEASURE_AFTER = re.compile(r"[ \u00a0]+\d+(?:[.,]\d+)?[A-Za-z]")


def measure_after(text: str, end: int) -> bool:
    """Whether the code ending at `end` is followed by a measure, a figure glued to its
    unit: a product's size in a description ("INSULIN PEN 3ML"), no amount in the code's
    currency."""
    return _MEASURE_AFTER.match(text, end) is not None


def glued_dollars(text: str) -> int:
    """How many dollar signs stand glued after a word and before a figure."""
    if "$" not in text:
        return 0
    return sum(1 for _ in _GLUED_DOLLAR.finditer(text))
