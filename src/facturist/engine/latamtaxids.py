"""Tax registration numbers of Spanish-speaking Latin America, read after their caption.

Each carries a published check digit but no country prefix, so no VAT check reads them;
vatread.py asks here after a tax caption (labels.py: "R.U.T.", "CUIT", "NIT", "RUC"):

- Chile's RUT ("R.U.T.: 76.123.456-0"): seven or eight digits, a hyphen and a mod-11 check
  character (0-9 or K);
- Argentina's CUIT ("C.U.I.T.: 30-68123451-5", "CUIT: 30712345671"): eleven digits, the
  kind of taxpayer first, a mod-11 check digit last;
- Colombia's NIT ("NIT 900.482.731-8"): nine digits, a hyphen and the DIAN's check digit
  (prime weights, mod 11);
- Peru's RUC ("R.U.C. 20601234565"): eleven digits, 10/15/17/20 first, a mod-11 check digit.

Hyphenated forms are told by their shape and check wherever a tax caption reads them; eleven
plain digits (a CUIT or a RUC) only after their own caption, since an Italian partita IVA or
another national number has as many. The ID is returned as printed.
"""

from __future__ import annotations

import re

from facturist.engine.model import Value, Word

_RUT = re.compile(r"\d{1,2}\.\d{3}\.\d{3}-[\dK]|\d{7,8}-[\dK]")
_CUIT_HYPHENATED = re.compile(r"(?:20|23|24|25|26|27|30|33|34)-\d{8}-\d")
_PLAIN_ELEVEN = re.compile(r"\d{11}")
_NIT = re.compile(r"\d{3}\.\d{3}\.\d{3}-\d|\d{9}-\d")
_CUIT_KINDS = frozenset({"20", "23", "24", "25", "26", "27", "30", "33", "34"})
_RUC_KINDS = frozenset({"10", "15", "16", "17", "20"})
_ELEVEN_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_NIT_WEIGHTS = (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)
# The captions that name a CUIT or a RUC: its eleven plain digits are read only after them.
LATAM_CAPTION = re.compile(r"\b(?:c\.?\s?u\.?\s?i\.?\s?t|r\.?\s?u\.?\s?c)\b\.?", re.IGNORECASE)


def _digits(text: str) -> str:
    return re.sub(r"[.\-\s]", "", text).upper()


def is_chilean_rut(text: str) -> bool:
    """A Chilean RUT with its hyphen ("76.123.456-0", "9876543-K"), its check holding."""
    if _RUT.fullmatch(text.upper()) is None:
        return False
    number = _digits(text)
    body, check = number[:-1], number[-1]
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    digit = 11 - total % 11
    return check == {11: "0", 10: "K"}.get(digit, str(digit))


def _eleven_check(number: str) -> int:
    """11 less the weighted sum's remainder, as Argentina's and Peru's checks take it."""
    weighted = sum(int(d) * w for d, w in zip(number[:10], _ELEVEN_WEIGHTS, strict=True))
    return 11 - weighted % 11


def is_argentine_cuit(text: str) -> bool:
    """An Argentine CUIT ("30-68123451-5", "30712345671"): the taxpayer's kind, eight
    digits and a check digit."""
    if not (_CUIT_HYPHENATED.fullmatch(text) or _PLAIN_ELEVEN.fullmatch(text)):
        return False
    number = _digits(text)
    if number[:2] not in _CUIT_KINDS:
        return False
    digit = _eleven_check(number)
    return digit != 10 and int(number[10]) == digit % 11


def is_peruvian_ruc(text: str) -> bool:
    """A Peruvian RUC ("20601234565"): eleven digits, its kind first, its check last."""
    if _PLAIN_ELEVEN.fullmatch(text) is None or text[:2] not in _RUC_KINDS:
        return False
    return int(text[10]) == _eleven_check(text) % 10


def is_colombian_nit(text: str) -> bool:
    """A Colombian NIT with its check digit after a hyphen ("900.482.731-8")."""
    if _NIT.fullmatch(text) is None:
        return False
    number = _digits(text)
    body = number[:-1]
    remainder = sum(int(d) * w for d, w in zip(reversed(body), _NIT_WEIGHTS, strict=False)) % 11
    return int(number[-1]) == (remainder if remainder < 2 else 11 - remainder)


def latam_tax_number(words: list[Word], caption: str = "") -> Value | None:
    """A RUT, CUIT, NIT or RUC opening the words after a caption's last words ("R.U.T. | :
    77.890.123-4", "NIT No. ...", vatread._id_words), as printed; eleven plain digits only
    after a CUIT or RUC caption."""
    if not words:
        return None
    word = words[0]
    token = word.text.strip(":;,").rstrip(".")
    hyphenated = is_chilean_rut(token) or is_colombian_nit(token)
    if hyphenated or (_CUIT_HYPHENATED.fullmatch(token) and is_argentine_cuit(token)):
        return Value(token.upper(), word.text, (word.box,), 0.8)
    if LATAM_CAPTION.search(caption) and (is_argentine_cuit(token) or is_peruvian_ruc(token)):
        return Value(token, word.text, (word.box,), 0.8)
    return None
