"""The amount in words on a receipt ("Ringgit Malaysia : EMPAT PULUH LIMA SAHAJA", "Ringgit
Malaysia: One Hundred And Twenty Only"): an official receipt or cash bill may print its total
only in a box without a TOTAL caption, and the words confirm which amount it is.

Malay numbers build on units: "dua puluh" (2 x 10), "dua belas" (2 + 10), "dua ratus",
"dua ribu"; "se-" is one ("sepuluh", "seratus", "seribu"). "sen" / "cents" mark the cents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from facturist.engine.layout import Line
from facturist.engine.receipt_scan import amounts_in

_UNITS = {
    "SATU": 1, "DUA": 2, "TIGA": 3, "EMPAT": 4, "LIMA": 5, "ENAM": 6, "TUJUH": 7,
    "LAPAN": 8, "SEMBILAN": 9, "SEPULUH": 10, "SEBELAS": 11, "SERATUS": 100,
    "ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5, "SIX": 6, "SEVEN": 7, "EIGHT": 8,
    "NINE": 9, "TEN": 10, "ELEVEN": 11, "TWELVE": 12, "THIRTEEN": 13, "FOURTEEN": 14,
    "FIFTEEN": 15, "SIXTEEN": 16, "SEVENTEEN": 17, "EIGHTEEN": 18, "NINETEEN": 19,
    "TWENTY": 20, "THIRTY": 30, "FORTY": 40, "FIFTY": 50, "SIXTY": 60, "SEVENTY": 70,
    "EIGHTY": 80, "NINETY": 90,
}  # fmt: skip
# Words that multiply the unit before them, within a thousand.
_TIMES = {"PULUH": 10, "RATUS": 100, "HUNDRED": 100}
_GROUPS = {"RIBU": 1000, "THOUSAND": 1000, "JUTA": 1_000_000, "MILLION": 1_000_000}
_WHOLE_GROUPS = {"SERIBU": 1000, "SEJUTA": 1_000_000}
_CENTS = {"SEN", "CENT", "CENTS"}
_AND = {"DAN", "AND"}
# The line of an amount in words: its caption or its closing word ("only", Malay "sahaja").
_IN_WORDS = re.compile(r"\bRINGGIT\s*MALAYSIA\b|\bSAHAJA\b|\bONLY\b", re.IGNORECASE)
# The caption alone ("Ringgit Malaysia:"), not "only", which many other notes print.
_CURRENCY_IN_WORDS = re.compile(r"\bRINGGIT\s*MALAYSIA\b", re.IGNORECASE)
_CLOSED = re.compile(r"\b(SAHAJA|ONLY)\b", re.IGNORECASE)


def _number(tokens: Sequence[str]) -> int | None:
    """The whole number the tokens spell, None when they spell none."""
    total = current = pending = 0
    seen = False
    for token in tokens:
        if token in _UNITS:
            pending += _UNITS[token]
        elif token == "BELAS":
            current, pending = current + pending + 10, 0
        elif token in _TIMES:
            current, pending = current + max(pending, 1) * _TIMES[token], 0
        elif token in _GROUPS or token in _WHOLE_GROUPS:
            size = _GROUPS.get(token) or _WHOLE_GROUPS[token]
            count = current + pending if token in _GROUPS else 1
            total, current, pending = total + max(count, 1) * size, 0, 0
        else:
            continue
        seen = True
    return total + current + pending if seen else None


def words_amount(text: str) -> Decimal | None:
    """The amount an amount-in-words line spells, cents included."""
    tokens = [re.sub(r"[^A-Z]", "", token) for token in text.upper().split()]
    tokens = [token for token in tokens if token]
    cents: int | None = 0
    if any(token in _CENTS for token in tokens):
        split = max((i for i, token in enumerate(tokens) if token in _AND), default=None)
        if split is None:
            return None
        cents = _number([t for t in tokens[split + 1 :] if t not in _CENTS])
        tokens = tokens[:split]
    whole = _number(tokens)
    if whole is None or cents is None or cents >= 100:
        return None
    return Decimal(whole) + Decimal(cents) / 100


def amount_in_words(lines: Sequence[Line]) -> tuple[int, Decimal] | None:
    """(index, amount) of the printed amount that the amount in words spells out."""
    for index, line in enumerate(lines):
        if not _IN_WORDS.search(line.text):
            continue
        spelled = " ".join(c.text for c in line.cells if not any(ch.isdigit() for ch in c.text))
        if not _CLOSED.search(spelled) and index + 1 < len(lines):
            spelled += " " + lines[index + 1].text  # the words run on to the next line
        amount = words_amount(spelled)
        if amount is None or amount == 0:
            continue
        for found, other in enumerate(lines):
            if amount in amounts_in(other.text):
                return found, amount
    return None


def amount_beside_words(lines: Sequence[Line]) -> tuple[int, Decimal] | None:
    """(index, amount) of the amount printed beside the amount in words (on its row or the
    rows its words run on to): a cash-bill form's "Ringgit Malaysia: ... RM 1,280.00", for
    when the words cannot be read (a stamp over them) and the TOTAL caption is lost too."""
    for index, line in enumerate(lines):
        if not _CURRENCY_IN_WORDS.search(line.text):
            continue
        for found in range(index, min(index + 3, len(lines))):
            amounts = [a for a in amounts_in(lines[found].text) if a > 0]
            if amounts:
                return found, amounts[-1]
    return None
