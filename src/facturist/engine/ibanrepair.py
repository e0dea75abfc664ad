"""An OCR'd IBAN that lost one digit of a repeated run, restored when only one repair checks.

At small print sizes OCR merges a run of equal digits ("0000" read "000"): the IBAN comes out one
character short of its country's length and fails mod-97. Scanned pages only (words carry an
OCR confidence below 1): an IBAN read one character short, with a run of three or more equal
digits, has each such run lengthened by one digit in turn; the repair is taken only when exactly
one of the variants passes the mod-97 check. A text layer's IBAN is never changed.

An IBAN OCR'd as one word ("IT88R030696251000000418822") is restored in the OCR'd row itself
(`restored_whole_ibans`, called by layout.py for OCR pages only): OCR's word confidence is
rounded, so a confident word reads 1.0 like a text layer's and cannot tell the two apart.

An IBAN of its full length whose bank letters OCR read as digits ("IT67 1054 ..." for "IT67
I054 ...") is restored the same way, when one reading passes (ibanletters.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.ibanletters import lettered_iban
from facturist.engine.model import Value, Word
from facturist.engine.parse.ids import IBAN_LENGTHS, is_valid_iban

_HEAD = re.compile(r"[A-Z]{2}\d{2}")
# The whole IBAN as one word, printed or OCR'd without its spaces ("IT88R0306...").
_WHOLE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}")
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
    return _repaired(read)


def _repaired(read: list[Word]) -> Value | None:
    """The IBAN the words read spell with one run lengthened, when exactly one passes."""
    if all(w.confidence >= 1.0 for w in read):
        return None  # a text layer prints what it prints
    text = "".join(w.text.rstrip(".,;") for w in read)
    restored = _restored(text)
    if restored is None:
        return None
    return Value(restored, " ".join(w.text for w in read), tuple(w.box for w in read), 0.6)


def restored_whole_ibans(row: list[Word]) -> list[Word]:
    """An OCR'd row with each unspaced IBAN one repeated digit short restored (see above)."""
    if not any(_WHOLE.fullmatch(w.text.rstrip(".,;")) for w in row):
        return row
    mended = []
    for word in row:
        text = word.text.rstrip(".,;")
        restored = _restored(text) if _WHOLE.fullmatch(text) else None
        tail = word.text[len(text) :]
        mended.append(word if restored is None else replace(word, text=restored + tail))
    return mended


def _restored(text: str) -> str | None:
    """The IBAN `text` spells with one run of equal digits lengthened, when it is one
    character short of its country's length and exactly one lengthening passes mod-97; at
    its full length, with its bank letters read back from look-alike digits."""
    length = IBAN_LENGTHS.get(text[:2])
    if length is not None and len(text) == length:
        return lettered_iban(text)  # "IT67 1054 ...": the check letter read as a digit
    if length is None or len(text) != length - 1 or is_valid_iban(text):
        return None
    variants = {
        text[: run.end()] + run.group(1) + text[run.end() :]
        for run in _RUN.finditer(text, 4)  # the country code and check digits stay as read
    }
    passing = [v for v in variants if is_valid_iban(v)]
    return passing[0] if len(passing) == 1 else None
