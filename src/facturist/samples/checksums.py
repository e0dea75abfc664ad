"""Check digits for IBANs and VAT identifiers, to make (and verify) valid-looking numbers.

Only the checksum rules are modelled, not registries: a number that passes here is
well-formed, not necessarily issued to anyone.
"""

from __future__ import annotations

import random
import re
import string

_IBAN_LENGTHS = {
    "DE": 22,
    "AT": 20,
    "CH": 21,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "PT": 25,
    "PL": 28,
    "GB": 22,
    "BE": 16,
    "IE": 22,
}


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def _letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(count))


def _iban_numeric(text: str) -> int:
    # Letters count as 10..35, as ISO 13616 prescribes.
    return int("".join(str(int(ch, 36)) for ch in text))


def iban_check_digits(country: str, bban: str) -> str:
    """Two ISO 13616 check digits for a country code and basic bank account number."""
    return f"{98 - _iban_numeric(bban + country + '00') % 97:02d}"


def is_valid_iban(iban: str) -> bool:
    """True when the IBAN (spaces allowed) has a known length and passes mod-97."""
    compact = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", compact):
        return False
    expected = _IBAN_LENGTHS.get(compact[:2])
    if expected is not None and len(compact) != expected:
        return False
    return _iban_numeric(compact[4:] + compact[:4]) % 97 == 1


def _french_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _spanish_account_control(ten_digits: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    value = 11 - sum(int(d) * w for d, w in zip(ten_digits, weights, strict=True)) % 11
    return str({11: 0, 10: 1}.get(value, value))


def _bban(country: str, rng: random.Random) -> str:
    if country == "DE":
        return _digits(rng, 18)
    if country == "AT":
        return _digits(rng, 16)
    if country == "CH":
        return _digits(rng, 17)
    if country == "FR":
        bank, branch, account = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        return bank + branch + account + _french_rib_key(bank, branch, account)
    if country == "ES":
        bank, branch, account = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        control = _spanish_account_control("00" + bank + branch) + _spanish_account_control(account)
        return bank + branch + control + account
    if country == "IT":
        return _letters(rng, 1) + _digits(rng, 22)
    if country == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + _digits(rng, 10)
    if country == "PT":
        return _digits(rng, 21)
    if country == "PL":
        return _digits(rng, 24)
    if country == "IE":
        return rng.choice(["AIBK", "BOFI", "IPBS"]) + _digits(rng, 14)
    if country == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _digits(rng, 14)
    if country == "BE":
        return _digits(rng, 12)
    raise ValueError(f"no IBAN format for country {country!r}")


def random_iban(country: str, rng: random.Random) -> str:
    """A compact IBAN for `country` with correct check digits."""
    bban = _bban(country, rng)
    return country + iban_check_digits(country, bban) + bban


def group_iban(iban: str) -> str:
    """The IBAN in its printed form, groups of four characters."""
    compact = iban.replace(" ", "")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


# --- VAT identifiers -------------------------------------------------------------------


def _de_check(first8: str) -> int:
    # ISO 7064 MOD 11,10, the German Bundeszentralamt rule.
    product = 10
    for ch in first8:
        total = (int(ch) + product) % 10 or 10
        product = (2 * total) % 11
    return (11 - product) % 10


def _luhn_check(body: str) -> int:
    total = 0
    for index, ch in enumerate(reversed(body)):
        value = int(ch)
        if index % 2 == 0:  # the digit next to the check digit is doubled
            value *= 2
            value -= 9 if value > 9 else 0
        total += value
    return (10 - total % 10) % 10


def _weighted(body: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(body, weights, strict=True))


def _at_check(body7: str) -> int:
    total = 0
    for index, ch in enumerate(body7):
        value = int(ch) * (2 if index % 2 else 1)
        total += value // 10 + value % 10
    return (10 - (total + 4) % 10) % 10


def random_vat_id(country: str, rng: random.Random) -> str:
    """A compact VAT identifier (EU style, or Swiss UID) with a valid check digit."""
    while True:
        candidate = _vat_candidate(country, rng)
        if candidate is not None and is_valid_vat_id(candidate):
            return candidate


def _vat_candidate(country: str, rng: random.Random) -> str | None:
    if country == "DE":
        body = str(rng.randint(1, 9)) + _digits(rng, 7)
        return f"DE{body}{_de_check(body)}"
    if country == "AT":
        body = _digits(rng, 7)
        return f"ATU{body}{_at_check(body)}"
    if country == "FR":
        siren_body = str(rng.randint(1, 9)) + _digits(rng, 7)
        siren = siren_body + str(_luhn_check(siren_body))
        return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
    if country == "IT":
        body = _digits(rng, 7) + f"{rng.randint(1, 100):03d}"
        return f"IT{body}{_luhn_check(body)}"
    if country == "ES":
        body = _digits(rng, 7)
        return f"ES{rng.choice('AB')}{body}{_luhn_check(body)}"
    if country == "NL":
        body = _digits(rng, 8)
        check = _weighted(body, (9, 8, 7, 6, 5, 4, 3, 2)) % 11
        return None if check == 10 else f"NL{body}{check}B0{rng.randint(1, 9)}"
    if country == "PT":
        body = str(rng.choice([5, 5, 5, 6])) + _digits(rng, 7)
        check = 11 - _weighted(body, (9, 8, 7, 6, 5, 4, 3, 2)) % 11
        return f"PT{body}{0 if check >= 10 else check}"
    if country == "PL":
        body = _digits(rng, 9)
        check = _weighted(body, (6, 5, 7, 2, 3, 4, 5, 6, 7)) % 11
        return None if check == 10 else f"PL{body}{check}"
    if country == "IE":
        body = _digits(rng, 7)
        return f"IE{body}{_ie_letter(body)}"
    if country == "GB":
        body = str(rng.randint(1, 9)) + _digits(rng, 6)
        check = -_weighted(body, (8, 7, 6, 5, 4, 3, 2)) % 97
        return f"GB{body}{check:02d}"
    if country == "CH":
        body = _digits(rng, 8)
        check = 11 - _weighted(body, (5, 4, 3, 2, 7, 6, 5, 4)) % 11
        return None if check == 10 else f"CHE{body}{check % 11}"
    raise ValueError(f"no VAT id format for country {country!r}")


def is_valid_vat_id(vat_id: str) -> bool:
    """True when a compact or printed VAT id passes its country's checksum (if it has one)."""
    compact = re.sub(r"[^A-Z0-9]", "", vat_id.upper())
    if compact.startswith("CHE"):
        body = compact[3:12]
        if not re.fullmatch(r"[0-9]{9}", body):
            return False
        check = 11 - _weighted(body[:8], (5, 4, 3, 2, 7, 6, 5, 4)) % 11
        return check != 10 and check % 11 == int(body[8])
    country, rest = compact[:2], compact[2:]
    rule = _VAT_RULES.get(country)
    return rule is not None and rule(rest)


def _valid_de(rest: str) -> bool:
    return bool(re.fullmatch(r"[1-9][0-9]{8}", rest)) and _de_check(rest[:8]) == int(rest[8])


def _valid_at(rest: str) -> bool:
    return bool(re.fullmatch(r"U[0-9]{8}", rest)) and _at_check(rest[1:8]) == int(rest[8])


def _valid_fr(rest: str) -> bool:
    if not re.fullmatch(r"[0-9]{11}", rest):
        return False
    return int(rest[:2]) == (12 + 3 * (int(rest[2:]) % 97)) % 97


def _valid_it(rest: str) -> bool:
    return bool(re.fullmatch(r"[0-9]{11}", rest)) and _luhn_check(rest[:10]) == int(rest[10])


def _valid_es(rest: str) -> bool:
    return bool(re.fullmatch(r"[AB][0-9]{8}", rest)) and _luhn_check(rest[1:8]) == int(rest[8])


def _valid_nl(rest: str) -> bool:
    if not re.fullmatch(r"[0-9]{9}B[0-9]{2}", rest):
        return False
    return _weighted(rest[:8], (9, 8, 7, 6, 5, 4, 3, 2)) % 11 == int(rest[8])


def _valid_pt(rest: str) -> bool:
    if not re.fullmatch(r"[0-9]{9}", rest):
        return False
    check = 11 - _weighted(rest[:8], (9, 8, 7, 6, 5, 4, 3, 2)) % 11
    return (0 if check >= 10 else check) == int(rest[8])


def _valid_pl(rest: str) -> bool:
    if not re.fullmatch(r"[0-9]{10}", rest):
        return False
    return _weighted(rest[:9], (6, 5, 7, 2, 3, 4, 5, 6, 7)) % 11 == int(rest[9])


def _ie_letter(body7: str) -> str:
    return "WABCDEFGHIJKLMNOPQRSTUV"[_weighted(body7, (8, 7, 6, 5, 4, 3, 2)) % 23]


def _valid_ie(rest: str) -> bool:
    return bool(re.fullmatch(r"[0-9]{7}[A-W]", rest)) and _ie_letter(rest[:7]) == rest[7]


def _valid_gb(rest: str) -> bool:
    if not re.fullmatch(r"[0-9]{9}", rest):
        return False
    total = _weighted(rest[:7], (8, 7, 6, 5, 4, 3, 2)) + int(rest[7:])
    return total % 97 == 0 or (total + 55) % 97 == 0


_VAT_RULES = {
    "DE": _valid_de,
    "AT": _valid_at,
    "FR": _valid_fr,
    "IT": _valid_it,
    "ES": _valid_es,
    "NL": _valid_nl,
    "PT": _valid_pt,
    "PL": _valid_pl,
    "GB": _valid_gb,
    "IE": _valid_ie,
}
