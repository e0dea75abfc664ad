"""Tax registration numbers of the Gulf and South-East Asia, read after their caption by shape.

None of them carries a country prefix or a published check digit, so no VAT check reads them
and they are read only right after a tax caption (vatread.py), never free-floating:

- the United Arab Emirates' TRN ("TRN: 100384729100003"): fifteen digits opening with "100";
- Saudi Arabia's VAT number ("VAT Number: 310458279100003"): fifteen digits opening and
  closing with "3";
- Malaysia's SST registration number ("SST No.: W10-1808-32000417"): the state office's
  letter and two digits, the year and month of registration, eight digits;
- Bahrain's VAT account number ("VAT Account No. 200019574300002"): fifteen digits opening
  with "2", in one word;
- Oman's VATIN ("VATIN: OM1100274561"): "OM" and ten digits;
- the Philippines' TIN ("VAT Reg. TIN: 009-418-236-000"): three groups of three digits and
  the branch code of three or five digits ("004-772-915-00000").
"""

from __future__ import annotations

import re

from facturist.engine.model import Value, Word

_GULF_VAT = re.compile(r"100\d{12}|3\d{13}3")
# Bahrain's fifteen digits in one word (a "2" opens many another number's digits run on) and
# Oman's "OM" and ten digits.
_BAHRAINI_OR_OMANI_VAT = re.compile(r"2\d{14}|OM\d{10}")
_MALAYSIAN_SST = re.compile(r"[A-Z]\d{2}-\d{4}-\d{8}")
_PHILIPPINE_TIN = re.compile(r"\d{3}-\d{3}-\d{3}(?:-\d{3}|-\d{5})?")


def is_gulf_vat_number(text: str) -> bool:
    """A UAE TRN or a Saudi VAT number: fifteen digits of the issuer's shape."""
    return _GULF_VAT.fullmatch(text) is not None


def is_malaysian_sst(text: str) -> bool:
    """A Malaysian SST registration number ("W10-1808-32000417"), its month in range."""
    if _MALAYSIAN_SST.fullmatch(text.upper()) is None:
        return False
    return 1 <= int(text[6:8]) <= 12


def is_philippine_tin(text: str) -> bool:
    """A Philippine TIN with its hyphens ("009-418-236-000", "004-772-915-00000")."""
    return _PHILIPPINE_TIN.fullmatch(text) is not None


def regional_tax_number(words: list[Word]) -> Value | None:
    """The Gulf or South-East Asian tax number opening the words after a caption's last
    words ("Reg.", "No.:", a second caption "TIN:", vatread._id_words): in one word, or a
    Gulf number printed in groups ("100 3847 2910 0003"), no digits running on."""
    run = words
    if not run:
        return None
    token = run[0].text.strip(":;,.")
    if (
        is_malaysian_sst(token)
        or is_philippine_tin(token)
        or _BAHRAINI_OR_OMANI_VAT.fullmatch(token)
    ):
        return Value(token.upper(), run[0].text, (run[0].box,), 0.8)
    digits = ""
    for end, word in enumerate(run, start=1):
        piece = word.text.strip(":;,.")
        if not piece.isdigit():
            return None
        digits += piece
        following = run[end].text if end < len(run) else ""
        if len(digits) >= 15 and not following[:1].isdigit():
            if not is_gulf_vat_number(digits):
                return None
            text = " ".join(w.text for w in run[:end])
            return Value(digits, text, tuple(w.box for w in run[:end]), 0.8)
    return None
