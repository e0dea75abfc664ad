"""Bank and tax identifiers: IBAN (mod 97), BIC, and VAT IDs with their national checksums."""

from __future__ import annotations

import re
from collections.abc import Callable

from facturist.engine.parse.vat_checksums import VAT_CHECKSUMS, VAT_FORMATS

# IBAN lengths by country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip
# IBANs that banks print where the registry has no entry yet (national formats, same mod-97
# check): Morocco, Algeria, Angola, Cape Verde, Mozambique, Madagascar, Comoros, Iran, and the
# CFA franc zones' banks, West (BCEAO: BJ BF CI GW ML NE SN TG) and Central (BEAC: CM CF CG
# GA GQ TD).
IBAN_LENGTHS.update(
    {
        "MA": 28, "DZ": 26, "AO": 25, "CV": 25, "MZ": 25, "MG": 27, "KM": 27, "IR": 26,
        "BJ": 28, "BF": 28, "CI": 28, "GW": 25, "ML": 28, "NE": 28, "SN": 28, "TG": 28,
        "CM": 27, "CF": 27, "CG": 27, "GA": 27, "GQ": 27, "TD": 27,
    }
)  # fmt: skip

# ISO 3166 alpha-2 codes, for the country part of a BIC.
_COUNTRIES = frozenset(
    [
        "AD",
        "AE",
        "AF",
        "AG",
        "AI",
        "AL",
        "AM",
        "AO",
        "AR",
        "AS",
        "AT",
        "AU",
        "AW",
        "AX",
        "AZ",
        "BA",
        "BB",
        "BD",
        "BE",
        "BF",
        "BG",
        "BH",
        "BI",
        "BJ",
        "BL",
        "BM",
        "BN",
        "BO",
        "BR",
        "BS",
        "BT",
        "BW",
        "BY",
        "BZ",
        "CA",
        "CD",
        "CF",
        "CG",
        "CH",
        "CI",
        "CK",
        "CL",
        "CM",
        "CN",
        "CO",
        "CR",
        "CU",
        "CV",
        "CW",
        "CY",
        "CZ",
        "DE",
        "DJ",
        "DK",
        "DM",
        "DO",
        "DZ",
        "EC",
        "EE",
        "EG",
        "ER",
        "ES",
        "ET",
        "FI",
        "FJ",
        "FK",
        "FM",
        "FO",
        "FR",
        "GA",
        "GB",
        "GD",
        "GE",
        "GF",
        "GG",
        "GH",
        "GI",
        "GL",
        "GM",
        "GN",
        "GP",
        "GQ",
        "GR",
        "GT",
        "GU",
        "GW",
        "GY",
        "HK",
        "HN",
        "HR",
        "HT",
        "HU",
        "ID",
        "IE",
        "IL",
        "IM",
        "IN",
        "IQ",
        "IR",
        "IS",
        "IT",
        "JE",
        "JM",
        "JO",
        "JP",
        "KE",
        "KG",
        "KH",
        "KI",
        "KM",
        "KN",
        "KP",
        "KR",
        "KW",
        "KY",
        "KZ",
        "LA",
        "LB",
        "LC",
        "LI",
        "LK",
        "LR",
        "LS",
        "LT",
        "LU",
        "LV",
        "LY",
        "MA",
        "MC",
        "MD",
        "ME",
        "MF",
        "MG",
        "MH",
        "MK",
        "ML",
        "MM",
        "MN",
        "MO",
        "MP",
        "MQ",
        "MR",
        "MS",
        "MT",
        "MU",
        "MV",
        "MW",
        "MX",
        "MY",
        "MZ",
        "NA",
        "NC",
        "NE",
        "NG",
        "NI",
        "NL",
        "NO",
        "NP",
        "NR",
        "NZ",
        "OM",
        "PA",
        "PE",
        "PF",
        "PG",
        "PH",
        "PK",
        "PL",
        "PM",
        "PR",
        "PS",
        "PT",
        "PW",
        "PY",
        "QA",
        "RE",
        "RO",
        "RS",
        "RU",
        "RW",
        "SA",
        "SB",
        "SC",
        "SD",
        "SE",
        "SG",
        "SI",
        "SK",
        "SL",
        "SM",
        "SN",
        "SO",
        "SR",
        "SS",
        "ST",
        "SV",
        "SX",
        "SY",
        "SZ",
        "TC",
        "TD",
        "TG",
        "TH",
        "TJ",
        "TL",
        "TM",
        "TN",
        "TO",
        "TR",
        "TT",
        "TV",
        "TW",
        "TZ",
        "UA",
        "UG",
        "US",
        "UY",
        "UZ",
        "VA",
        "VC",
        "VE",
        "VG",
        "VI",
        "VN",
        "VU",
        "WS",
        "XK",
        "YE",
        "ZA",
        "ZM",
        "ZW",
    ]
)

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SEPARATORS = re.compile(r"[\s.\-/]")
# An IBAN as printed: country, check digits, then groups of letters/digits, maybe spaced.
_IBAN_CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9])([A-Z]{2}\s?\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30})(?![A-Za-z0-9])"
)
_BIC_SHAPE = re.compile(r"[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
_BIC_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![A-Za-z0-9])")
_BIC_LABEL = re.compile(r"(?:BIC|SWIFT|Swift|Bic)\b[^A-Z0-9]{0,20}$")
# A VAT ID as printed: a known country prefix, then digits and letters, perhaps spaced or
# dotted. No right-hand boundary: an ID glued to the next word is trimmed after checking.
_VAT_PREFIXES = "|".join([*sorted(VAT_FORMATS, key=len, reverse=True), "GR"])
_VAT_CANDIDATE = re.compile(
    rf"(?<![A-Za-z0-9])((?:{_VAT_PREFIXES})[ \-.]?[0-9A-Z](?:[ .\-]?[0-9A-Z]){{5,13}})"
)


def normalize_iban(text: str) -> str:
    """Upper-case an IBAN and drop the spaces and dashes it is printed with."""
    return re.sub(r"[\s\-]", "", text).upper()


def is_valid_iban(text: str) -> bool:
    """True when the IBAN has its country's length and passes the mod-97 check."""
    iban = normalize_iban(text)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return False
    if IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def find_ibans(text: str) -> list[str]:
    """Valid IBANs in a text, normalised, in order of appearance (spaced groups too)."""
    found: list[str] = []
    text = text.upper() if text.isupper() else text
    match = _IBAN_CANDIDATE.search(text)
    while match is not None:
        iban = _longest_valid_iban_prefix(normalize_iban(match.group(1)))
        if iban is not None and iban not in found:
            found.append(iban)
        # A code shaped like an IBAN's head ("EORI DE4471029") printed just before an
        # unlabelled IBAN swallows its groups; after a failed checksum, retry at the next
        # word start inside the match so the real IBAN is still tried.
        match = _IBAN_CANDIDATE.search(text, match.end() if iban else match.start() + 1)
    return found


def _longest_valid_iban_prefix(candidate: str) -> str | None:
    """The candidate cut to its country's length, when that passes (text may follow it)."""
    length = IBAN_LENGTHS.get(candidate[:2])
    if length is None or len(candidate) < length:
        return None
    iban = candidate[:length]
    return iban if is_valid_iban(iban) else None


def is_valid_bic(text: str) -> bool:
    """True for an 8- or 11-character BIC with a real country code."""
    match = _BIC_SHAPE.fullmatch(text.strip().upper())
    return match is not None and match.group(1) in _COUNTRIES


def find_bics(text: str) -> list[str]:
    """BICs in a text: labelled ones, or unlabelled ones that cannot be ordinary words."""
    found: list[str] = []
    for match in _BIC_CANDIDATE.finditer(text):
        bic = match.group(1)
        if not is_valid_bic(bic) or bic in found:
            continue
        labelled = _BIC_LABEL.search(text[max(0, match.start() - 30) : match.start()])
        # Capitalised words like "CUSTOMER" have a BIC's shape; without a label, ask for a
        # digit or the "XXX" head-office branch that words do not have.
        if labelled or any(ch.isdigit() for ch in bic) or bic.endswith("XXX"):
            found.append(bic)
    return found


def normalize_vat_id(text: str) -> str:
    """Upper-case a VAT ID and drop spaces, dots and dashes ("DE 123.456.789" -> "DE123456789")."""
    cleaned = _SEPARATORS.sub("", text).upper()
    cleaned = re.sub(r"(MWST|TVA|IVA)$", "", cleaned) if cleaned.startswith("CHE") else cleaned
    if cleaned.startswith("GR"):
        cleaned = "EL" + cleaned[2:]  # Greece uses EL in VAT IDs
    return cleaned


def is_valid_vat_id(text: str) -> bool | None:
    """True/False by checksum; False on a wrong format; None where no checksum is known."""
    vat_id = normalize_vat_id(text)
    country = "CHE" if vat_id.startswith("CHE") else vat_id[:2]
    pattern = VAT_FORMATS.get(country)
    if pattern is None:
        return None
    body = vat_id[len(country) :]
    if not re.fullmatch(pattern, body):
        return False
    checksum: Callable[[str], bool | None] | None = VAT_CHECKSUMS.get(country)
    if checksum is None:
        return None
    return checksum(body)


def find_vat_ids(text: str) -> list[str]:
    """VAT IDs in a text, normalised; those whose checksum fails are left out."""
    # "NO 987\u00a0120\u00a0452 MVA": digit groups the layout joined with no-break spaces.
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    found: list[str] = []
    for match in _VAT_CANDIDATE.finditer(text):
        candidate = _checked_vat_prefix(match.group(1))
        if candidate is not None and _NORWEGIAN_DIGITS.fullmatch(candidate):
            # "NO 987 120 452 MVA IBAN ...": the scan ran past Norway's "MVA" into the
            # next word and the letters were cut off with it; the mark is the ID's.
            candidate = _norwegian_marked(candidate, match.group(1))
        if candidate is not None and candidate not in found:
            found.append(candidate)
    return found


_NORWEGIAN_DIGITS = re.compile(r"NO\d{9}")


def _norwegian_marked(candidate: str, raw: str) -> str:
    """Norway's VAT ID with its "MVA" when the printed digits run on into it."""
    marked = re.match(r"NO[ \-.]?\d{3}[ .]?\d{3}[ .]?\d{3} ?MVA(?![A-Z])", raw)
    return candidate + "MVA" if marked is not None else candidate


def _checked_vat_prefix(raw: str) -> str | None:
    """The longest head of a printed candidate that is a plausible VAT ID.

    The scan may run into what follows ("DE136695976 20 items", "DE136695976Rechnung"), so
    shorter heads ending at a space, or without trailing letters, are tried as well.
    """
    heads = [raw] + [raw[:index] for index in range(len(raw) - 1, 0, -1) if raw[index] == " "]
    for head in heads:
        for candidate in (normalize_vat_id(head), normalize_vat_id(head).rstrip(_LETTERS)):
            country = "CHE" if candidate.startswith("CHE") else candidate[:2]
            if country not in VAT_FORMATS or not any(ch.isdigit() for ch in candidate):
                continue
            if is_valid_vat_id(candidate) is not False:
                return candidate
    return None
