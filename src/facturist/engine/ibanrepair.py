"""An OCR'd IBAN that lost one digit of a repeated run, restored when only one repair checks.

At small print sizes OCR merges a run of equal digits ("0000" read "000"): the IBAN comes out one
character short of its country's length and fails mod-97. Scanned pages only (words carry an
OCR confidence below 1): an IBAN read one character short, with a run of three or more equal
digits, has each such run lengthened by one digit in turn; the repair is taken only when exactly
one of the variants passes the mod-97 check. A text layer's IBAN is never changed.
"""

from __future__ import annotations

import re

from facturist.engine.model import Value, Word
from facturist.engine.parse.ids import IBAN_LENGTHS, is_valid_iban

_HEAD = re.compile(r"[A-Z]{2}\d{2}")
# A group after the head, as IBANs are printed (in fours) or as OCR splits them.
_GROUP = re.compile(r"[A-Z0-9]{1,4}")
# A run of three or more equal digits.
_RUN = re.compile(r"(\d)\1{2,}")


def repaired_iban(words: list[Word]) -> Value | None:
    """The IBAN that the words starting with its head ("FR33 1027 8073 000 0203 3140 155")
    spell with one repeated digit restored, when exactly one restoration passes mod-97."""
    start = next((i for i, w in enumerate(words) if _HEAD.fullmatch(w.text)), None)
    if start is None:
        return None
    read = [words[start]]
    for word in words[start + 1 :]:
        if not _GROUP.fullmatch(word.text.rstrip(".,;")):
            break
        read.append(word)
        if word.text[-1:] in ".,;":
            break  # the sentence's or list's end after the last group
    if all(w.confidence >= 1.0 for w in read):
        return None  # a text layer prints what it prints
    text = "".join(w.text.rstrip(".,;") for w in read)
    length = IBAN_LENGTHS.get(text[:2])
    if length is None or len(text) != length - 1 or is_valid_iban(text):
        return None
    variants = {
        text[: run.end()] + run.group(1) + text[run.end() :]
        for run in _RUN.finditer(text, 4)  # the country code and check digits stay as read
    }
    passing = [v for v in variants if is_valid_iban(v)]
    if len(passing) != 1:
        return None
    return Value(passing[0], " ".join(w.text for w in read), tuple(w.box for w in read), 0.6)
