"""Plain national tax numbers known only by their own check digit, read right after a tax
caption (vatread.py) as its last resort, never free-floating: bare digits pass such a check
by chance one time in ten, so only the caption says they are a tax number.

- Israel's company number, which is also its VAT number ("Osek Murshe", "VAT No.:
  514567890"): nine digits, the last a check digit over the others weighted 1, 2, 1, 2 ...,
  the products' digits summed (as the national identity number's);
- Ukraine's individual tax number (RNOKPP) that a sole trader prints as its tax ID ("Individual
  Tax Number (RNOKPP): 3145209879"): ten digits, the last the weighted sum of the first nine
  modulo 11 (its last digit).
"""

from __future__ import annotations

import re

from facturist.engine.model import Value, Word

# The weights of an RNOKPP's first nine digits.
_RNOKPP_WEIGHTS = (-1, 5, 7, 9, 4, 6, 10, 5, 7)


def is_israeli_tax_number(text: str) -> bool:
    """Nine digits whose last is the check digit of Israel's company / identity numbers."""
    if re.fullmatch(r"\d{9}", text) is None:
        return False
    total = 0
    for index, char in enumerate(text):
        product = int(char) * (1 + index % 2)
        total += product // 10 + product % 10
    return total % 10 == 0


def is_ukrainian_rnokpp(text: str) -> bool:
    """Ten digits whose last is the RNOKPP check digit over the first nine."""
    if re.fullmatch(r"\d{10}", text) is None:
        return False
    total = sum(int(char) * weight for char, weight in zip(text, _RNOKPP_WEIGHTS, strict=False))
    return total % 11 % 10 == int(text[9])


# The captions these numbers are printed after: Israel's "VAT No." / "VAT Reg." / "Osek
# Murshe", Ukraine's "Individual Tax Number (RNOKPP)". Not a "GST Reg #" (Malaysia,
# Singapore), whose own numbers other readers know.
_CHECKED_CAPTION = re.compile(r"\bvat\b|osek|rnokpp|individual\s+tax", re.IGNORECASE)


def checked_national_tax_number(words: list[Word], caption: str) -> Value | None:
    """The Israeli or Ukrainian tax number opening the words after a caption's last words
    (vatread._id_words) on the caption's own line (a caption is given only there), in one
    word, its check digit holding: one number in ten passes such a check, so a number on
    another line than its caption is not read by it. A repeated digit ("000000000") passes
    every weighted check and is a placeholder."""
    if not words or _CHECKED_CAPTION.search(caption) is None:
        return None
    token = words[0].text.strip(":;,.")
    if len(set(token)) < 2:
        return None
    if is_israeli_tax_number(token) or is_ukrainian_rnokpp(token):
        return Value(token, words[0].text, (words[0].box,), 0.7)
    return None
