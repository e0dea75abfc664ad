"""Published VAT ID formats and check-digit algorithms, one small function per country.

Each checksum takes the part after the country prefix (already known to match its format)
and returns True/False, or None where the format has a variant without a public algorithm.
"""

from __future__ import annotations

from collections.abc import Callable

# The part after the prefix, as a regular expression (EU VIES formats, plus GB/XI, CH, NO).
VAT_FORMATS: dict[str, str] = {
    "AT": r"U\d{8}",
    "BE": r"[01]?\d{9}",
    "BG": r"\d{9,10}",
    "CY": r"\d{8}[A-Z]",
    "CZ": r"\d{8,10}",
    "DE": r"[1-9]\d{8}",
    "DK": r"[1-9]\d{7}",
    "EE": r"\d{9}",
    "EL": r"\d{9}",
    "ES": r"[0-9A-Z]\d{7}[0-9A-Z]",
    "FI": r"\d{8}",
    "FR": r"[0-9A-HJ-NP-Z]{2}\d{9}",
    "HR": r"\d{11}",
    "HU": r"\d{8}",
    "IE": r"\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W]",
    "IT": r"\d{11}",
    "LT": r"\d{9}|\d{12}",
    "LU": r"\d{8}",
    "LV": r"\d{11}",
    "MT": r"\d{8}",
    "NL": r"\d{9}B\d{2}",
    "PL": r"\d{10}",
    "PT": r"[1-9]\d{8}",
    "RO": r"[1-9]\d{1,9}",
    "SE": r"\d{10}01",
    "SI": r"[1-9]\d{7}",
    "SK": r"\d{10}",
    "GB": r"\d{9}|\d{12}|GD\d{3}|HA\d{3}",
    "XI": r"\d{9}|\d{12}|GD\d{3}|HA\d{3}",
    "CHE": r"\d{9}",
    "NO": r"\d{9}(?:MVA)?",
}


def _digits(body: str) -> list[int]:
    return [int(ch) for ch in body if ch.isdigit()]


def _luhn(number: str) -> bool:
    total = 0
    for position, digit in enumerate(reversed(_digits(number))):
        if position % 2:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return total % 10 == 0


def iso7064_mod11_10(body: str) -> bool:
    """ISO 7064 MOD 11,10 over all but the last digit (Germany, Croatia, Serbia's PIB)."""
    digits = _digits(body)
    product = 10
    for digit in digits[:-1]:
        total = (digit + product) % 10 or 10
        product = (2 * total) % 11
    check = 11 - product
    return (0 if check == 10 else check) == digits[-1]


def _weighted_mod11(body: str, weights: tuple[int, ...], ten_is_zero: bool = False) -> bool:
    """11 minus the weighted sum mod 11 is the check digit (11 means 0)."""
    digits = _digits(body)
    remainder = 11 - sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
    if remainder == 11:
        remainder = 0
    if remainder == 10:
        if not ten_is_zero:
            return False
        remainder = 0
    return remainder == digits[len(weights)]


def _austria(body: str) -> bool:
    digits = _digits(body)
    total = 0
    for position, digit in enumerate(digits[:7]):
        if position % 2:
            digit *= 2
            digit = digit // 10 + digit % 10
        total += digit
    return (10 - (total + 4) % 10) % 10 == digits[7]


def _belgium(body: str) -> bool:
    number = body.rjust(10, "0")
    return (int(number[:8]) + int(number[8:])) % 97 == 0


def _france(body: str) -> bool | None:
    key, siren = body[:2], body[2:]
    if not key.isdigit():
        return None  # letter keys: not checked here
    # The SIREN inside carries a Luhn digit, except Monaco's numbers (000...).
    if not siren.startswith("000") and not _luhn(siren):
        return False
    return int(key) == (12 + 3 * (int(siren) % 97)) % 97


def _netherlands(body: str) -> bool:
    digits = _digits(body[:9])
    legacy = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=False)) % 11
    if legacy == digits[8]:
        return True
    # Since 2020 sole traders get IDs checked by mod 97 over the whole ID, letters included.
    as_number = "".join(str(int(ch, 36)) for ch in "NL" + body)
    return int(as_number) % 97 == 1


def _spain(body: str) -> bool:
    dni_letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    first, middle, last = body[0], body[1:8], body[8]
    if first.isdigit():
        return dni_letters[int(body[:8]) % 23] == last
    if first in "XYZ":
        return dni_letters[int(str("XYZ".index(first)) + middle) % 23] == last
    if first in "KLM":  # minors and non-residents: the DNI letter over the seven digits
        return dni_letters[int(middle) % 23] == last
    total = 0
    for position, digit in enumerate(_digits(middle)):
        if position % 2 == 0:
            digit *= 2
            digit = digit // 10 + digit % 10
        total += digit
    control = (10 - total % 10) % 10
    return last in (str(control), "JABCDEFGHI"[control])


def _italy(body: str) -> bool:
    office = body[7:10]
    if int(body[:7]) == 0 or not (
        "001" <= office <= "100" or office in ("120", "121", "888", "999")
    ):
        return False
    return _luhn(body)


def _poland(body: str) -> bool:
    digits = _digits(body)
    check = sum(d * w for d, w in zip(digits, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=False)) % 11
    return check == digits[9]


def _united_kingdom(body: str) -> bool:
    if body.startswith("GD"):
        return int(body[2:]) < 500
    if body.startswith("HA"):
        return int(body[2:]) >= 500
    digits = _digits(body[:9])
    total = sum(d * w for d, w in zip(digits, range(8, 1, -1), strict=False))
    total += int(body[7:9])
    # Valid remainders: 0 (old series), 42 ("mod 9755"), 55 (reissued series from 100).
    allowed = (0, 42, 55) if int(body[:3]) >= 100 else (0,)
    return total % 97 in allowed


# Ireland's check letter: the seven digits weighted 8 .. 2, and a second letter (the 2013
# series) weighted 9, modulo 23, as a letter of W, A, B ... V. The old form ("8Z49289F")
# moves its first digit to the end, a zero before the rest.
_IRISH_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def _ireland(body: str) -> bool:
    if not body[1].isdigit():
        digits, extra = "0" + body[2:7] + body[0], ""
    else:
        digits, extra = body[:7], body[8:]
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=False))
    total += 9 * _IRISH_LETTERS.index(extra) if extra else 0
    return _IRISH_LETTERS[total % 23] == body[7]


def _denmark(body: str) -> bool:
    weights = (2, 7, 6, 5, 4, 3, 2, 1)
    return sum(d * w for d, w in zip(_digits(body), weights, strict=False)) % 11 == 0


def _luxembourg(body: str) -> bool:
    return int(body[:6]) % 89 == int(body[6:])


def _greece(body: str) -> bool:
    digits = _digits(body)
    total = sum(d * (1 << (8 - position)) for position, d in enumerate(digits[:8]))
    return total % 11 % 10 == digits[8]


def _slovenia(body: str) -> bool:
    digits = _digits(body)
    remainder = 11 - sum(d * w for d, w in zip(digits, range(8, 1, -1), strict=False)) % 11
    if remainder == 11:
        return False
    return (0 if remainder == 10 else remainder) == digits[7]


VAT_CHECKSUMS: dict[str, Callable[[str], bool | None]] = {
    "AT": _austria,
    "BE": _belgium,
    "CHE": lambda body: _weighted_mod11(body, (5, 4, 3, 2, 7, 6, 5, 4)),
    "DE": iso7064_mod11_10,
    "DK": _denmark,
    "EL": _greece,
    "ES": _spain,
    "FI": lambda body: _weighted_mod11(body, (7, 9, 10, 5, 8, 4, 2)),
    "FR": _france,
    "GB": _united_kingdom,
    "HR": iso7064_mod11_10,
    "IE": _ireland,
    "IT": _italy,
    "LU": _luxembourg,
    "NL": _netherlands,
    "NO": lambda body: _weighted_mod11(body, (3, 2, 7, 6, 5, 4, 3, 2)),
    "PL": _poland,
    "PT": lambda body: _weighted_mod11(body, (9, 8, 7, 6, 5, 4, 3, 2), ten_is_zero=True),
    "SE": lambda body: _luhn(body[:10]),
    "SI": _slovenia,
    "XI": _united_kingdom,
}
