"""Tax registration numbers outside the EU, with their checksums where one is published.

Australian ABN (mod 89), Indian GSTIN (mod 36), South African VAT (Luhn), Canadian business
number with its program account (Luhn) and Quebec QST number, Singapore UEN and GST
registration numbers (shape only), New Zealand GST/IRD numbers (mod 11). Each check takes
the number as printed; the compacted form ("51 824 753 556" -> "51824753556") is what an
invoice's seller ID is.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s.\-/]")
_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_ABN_WEIGHTS = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
# State code (01-38, 97 other territory, 99 centre), PAN (5 letters, 4 digits, a letter),
# entity number, "Z", check character.
_GSTIN = re.compile(r"(?:0[1-9]|[12]\d|3[0-8]|97|99)[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]")
# Nine-digit BN, then a CRA program account: RT (GST/HST), RP (payroll), RC (corporate
# income tax), RM (import/export), RR (charity), RZ (information returns), 4 digits.
_BUSINESS_NUMBER = re.compile(r"(\d{9})R[TPCMRZ]\d{4}")
_QST = re.compile(r"\d{10}TQ\d{4}")
# UEN: business (ROB) 8 digits and a letter; local company (ROC) year, 5 digits, a letter;
# foreign company F000, 5 digits, a letter; others R/S/T (18/19/20), the year's last two
# digits, an entity type, 4 digits, a letter.
_UEN_ENTITY_TYPES = (
    "CC|CD|CH|CL|CM|CP|CS|CX|DP|FB|FC|FM|FN|GA|GB|GS|HS|LL|LP|MB|MC|MD|MH|MM|MQ|NB|NR|PA|PB"
    "|PF|RF|RP|SM|SS|TC|TU|VH|XL"
)
_UEN = re.compile(
    rf"\d{{8}}[A-Z]|(?:18|19|20)\d{{7}}[A-Z]|F000\d{{5}}[A-Z]|[RST]\d{{2}}(?:{_UEN_ENTITY_TYPES})"
    r"\d{4}[A-Z]"
    # GST registration numbers IRAS issues to those without a UEN ("M9-0312345-A", "MR-...");
    # some print a digit more before the check ("M91-2345678-X").
    r"|M[0-9R]\d{7,8}[0-9A-Z]"
)
_IRD_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_IRD_SECONDARY_WEIGHTS = (7, 4, 3, 2, 5, 2, 7, 6)


def compact_tax_id(text: str) -> str:
    """Upper-case a registration number and drop its spaces, dots, dashes and slashes."""
    return _SEPARATORS.sub("", text).upper()


def is_valid_abn(text: str) -> bool:
    """An Australian Business Number: 11 digits whose weighted sum (first digit less one)
    is a multiple of 89."""
    abn = compact_tax_id(text)
    if not re.fullmatch(r"[1-9]\d{10}", abn):
        return False
    digits = [int(ch) for ch in abn]
    digits[0] -= 1
    return sum(d * w for d, w in zip(digits, _ABN_WEIGHTS, strict=True)) % 89 == 0


def is_valid_gstin(text: str) -> bool:
    """An Indian GSTIN: 15 characters ending in a mod-36 check character."""
    gstin = compact_tax_id(text)
    if not _GSTIN.fullmatch(gstin):
        return False
    total = 0
    for index, ch in enumerate(gstin[:14]):
        product = _ALPHANUMERIC.index(ch) * (2 if index % 2 else 1)
        total += product // 36 + product % 36
    return gstin[14] == _ALPHANUMERIC[(36 - total % 36) % 36]


def _luhn(digits: str) -> bool:
    total = 0
    for index, ch in enumerate(reversed(digits)):
        value = int(ch) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def is_valid_business_number(text: str) -> bool:
    """A Canadian business number with its program account ("81234 5676 RT0001"): the nine
    digits pass the Luhn check."""
    match = _BUSINESS_NUMBER.fullmatch(compact_tax_id(text))
    return match is not None and _luhn(match.group(1))


def is_valid_qst(text: str) -> bool:
    """A Quebec QST registration number ("1234567890 TQ0001"), by its shape."""
    return _QST.fullmatch(compact_tax_id(text)) is not None


def is_valid_uen(text: str) -> bool:
    """A Singapore UEN or GST registration number, by its documented shapes."""
    return _UEN.fullmatch(compact_tax_id(text)) is not None


def is_valid_nz_gst(text: str) -> bool:
    """A New Zealand GST (IRD) number: 8 or 9 digits in range, mod-11 check digit.

    Any 8- or 9-digit number passes one time in eleven: read it only after its caption.
    """
    number = compact_tax_id(text)
    if not re.fullmatch(r"\d{8,9}", number) or not 10_000_000 < int(number) < 150_000_000:
        return False
    base, check = number[:-1].zfill(8), int(number[-1])
    for weights in (_IRD_WEIGHTS, _IRD_SECONDARY_WEIGHTS):
        remainder = sum(int(d) * w for d, w in zip(base, weights, strict=True)) % 11
        digit = 0 if remainder == 0 else 11 - remainder
        if digit != 10:
            return digit == check
    return False


def is_valid_za_vat(text: str) -> bool:
    """A South African VAT number: ten digits starting with 4, Luhn check digit."""
    number = compact_tax_id(text)
    return re.fullmatch(r"4\d{9}", number) is not None and _luhn(number)


def is_valid_cnpj(text: str) -> bool:
    """A Brazilian CNPJ ("27.481.055/0001-17"): 14 digits ending in two mod-11 check digits."""
    number = compact_tax_id(text)
    if not re.fullmatch(r"\d{14}", number) or len(set(number)) == 1:
        return False
    for length in (12, 13):
        weights = [length - 7 - i if i < length - 8 else length + 1 - i for i in range(length)]
        remainder = sum(int(d) * w for d, w in zip(number[:length], weights, strict=True)) % 11
        if int(number[length]) != (0 if remainder < 2 else 11 - remainder):
            return False
    return True


def is_valid_jp_invoice_number(text: str) -> bool:
    """A Japanese qualified-invoice registration number ("T1011101012345"): "T" and a
    13-digit corporate number whose first digit checks the other twelve (mod 9)."""
    number = compact_tax_id(text)
    if not re.fullmatch(r"T\d{13}", number):
        return False
    base = number[2:]
    total = sum(int(d) * (2 if i % 2 else 1) for i, d in enumerate(reversed(base)))
    return int(number[1]) == 9 - total % 9


_RFC = re.compile(r"[A-Z&Ñ]{3,4}\d{6}[A-Z0-9]{2}[0-9A]")
_RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def is_valid_rfc(text: str) -> bool:
    """A Mexican RFC (company "CSA170822K75", person 13 characters): a valid date of
    incorporation or birth and a mod-11 check character."""
    rfc = compact_tax_id(text)
    if not _RFC.fullmatch(rfc):
        return False
    month, day = int(rfc[-7:-5]), int(rfc[-5:-3])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    padded = rfc.rjust(13)
    total = sum(_RFC_ALPHABET.index(ch) * (13 - i) for i, ch in enumerate(padded[:12]))
    check = (11 - total % 11) % 11
    return rfc[-1] == ("A" if check == 10 else str(check))


def is_valid_vkn(text: str) -> bool:
    """A Turkish tax number (VKN): ten digits, the last a check digit over the nine."""
    number = compact_tax_id(text)
    if not re.fullmatch(r"\d{10}", number):
        return False
    total = 0
    for index, digit in enumerate(number[:9]):
        shifted = (int(digit) + 9 - index) % 10
        if shifted:
            value = (shifted * 2 ** (9 - index)) % 9
            total += value or 9
    return int(number[9]) == (10 - total % 10) % 10


def world_tax_id(text: str) -> str | None:
    """The compacted number when the text is an ABN, GSTIN, BN, QST number, UEN, Brazilian
    CNPJ, Japanese registration number or Mexican RFC.

    New Zealand numbers are plain digits and are left to `is_valid_nz_gst` after a caption.
    """
    compact = compact_tax_id(text)
    checks = (
        is_valid_abn,
        is_valid_gstin,
        is_valid_business_number,
        is_valid_qst,
        is_valid_uen,
        is_valid_za_vat,
        is_valid_cnpj,
        is_valid_jp_invoice_number,
        is_valid_rfc,
    )
    return compact if any(check(compact) for check in checks) else None


# An Italian codice fiscale of a person: surname and name letters, year, month letter, day
# (plus 40 for women), the municipality's code, a check letter; "omocodia" swaps digits for
# the letters LMNPQRSTUV.
_OMOCODE = "[0-9LMNPQRSTUV]"
_CODICE_FISCALE = re.compile(
    rf"[A-Z]{{6}}{_OMOCODE}{{2}}[ABCDEHLMPRST]{_OMOCODE}{{2}}[A-Z]{_OMOCODE}{{3}}[A-Z]"
)


def is_codice_fiscale(text: str) -> bool:
    """An Italian person's tax code ("RGLLCU88C62L219H"), alone or with a country prefix
    glued on ("IT..."): a tax code, never a VAT ID."""
    code = compact_tax_id(text)
    return any(_CODICE_FISCALE.fullmatch(code[start:]) for start in (0, 2))


def has_partita_iva_check(text: str) -> bool:
    """Eleven digits whose last is the Luhn check digit of an Italian partita IVA (or a
    company's numeric codice fiscale); the province office code is not checked."""
    number = compact_tax_id(text)
    return re.fullmatch(r"\d{11}", number) is not None and int(number[:7]) > 0 and _luhn(number)


_FINNISH_BUSINESS_ID = re.compile(r"(\d{7})-(\d)")
_FINNISH_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def is_valid_finnish_business_id(text: str) -> bool:
    """A Finnish business ID (Y-tunnus, "2750116-3"): seven digits, a hyphen and a mod-11
    check digit (a remainder of 1 is never issued). The VAT ID is "FI" and its eight digits."""
    match = _FINNISH_BUSINESS_ID.fullmatch(text.strip())
    if match is None:
        return False
    remainder = sum(int(d) * w for d, w in zip(match.group(1), _FINNISH_WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return False
    return int(match.group(2)) == (0 if remainder == 0 else 11 - remainder)


def is_icelandic_vat_number(text: str) -> bool:
    """An Icelandic VAT number (VSK-númer, "118402"): five or six digits, no check digit, so
    read only right after its own caption."""
    return re.fullmatch(r"\d{5,6}", text.strip()) is not None
