"""Hungary's domestic tax number ("adószám"), printed after its caption as "14572395-2-09".

A Hungarian invoice prints both parties' adószám: eight digits (the taxpayer's core number,
its eighth digit a check digit), the VAT code (1-5) and the county code (02-20, 22-44, 51),
joined by hyphens. Without a country prefix no EU VAT check reads it, so it is read here by
its shape and its check digit.
"""

from __future__ import annotations

import re

from facturist.engine.model import Value, Word

_SHAPE = re.compile(r"(\d{8})-([1-5])-(\d{2})")
_WEIGHTS = (9, 7, 3, 1, 9, 7, 3)


def _county(code: str) -> bool:
    number = int(code)
    return 2 <= number <= 20 or 22 <= number <= 44 or number == 51


def valid_hungarian_tax_number(text: str) -> bool:
    """Whether `text` is an adószám whose check digit and county code hold."""
    found = _SHAPE.fullmatch(text)
    if found is None or not _county(found.group(3)):
        return False
    core = found.group(1)
    total = sum(int(d) * w for d, w in zip(core[:7], _WEIGHTS, strict=True))
    return (10 - total % 10) % 10 == int(core[7])


def hungarian_tax_number(words: list[Word]) -> Value | None:
    """The first of the words after a caption that is an adószám."""
    for word in words[:3]:
        token = word.text.strip(":;,.")
        if valid_hungarian_tax_number(token):
            return Value(token, word.text, (word.box,), 0.8)
    return None
