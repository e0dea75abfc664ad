"""An OCR'd IBAN with a speck read as a stop or comma between its groups, made whole.

A speck of dirt on a scan or fax lands between two groups of an IBAN and OCR reads it as a
mark: "GB06 BARC 2045.7743 9182 65" (one word "2045.7743"), or a lone "." word. The IBAN no
longer matches as one, so the account is lost. On an OCR'd row, the words after an IBAN head
("GB06") are read with each "." "," "·" between groups dropped; the words are rewritten only
when the groups then spell exactly the country's IBAN length and pass the mod-97 check, and
the IBAN as read (marks kept) does not. A mark after the last group (a sentence's end) stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.model import Word
from facturist.engine.parse.ids import IBAN_LENGTHS, is_valid_iban

_HEAD = re.compile(r"[A-Z]{2}\d{2}")
_SPECKS = ".,·"
# A group after the head, perhaps with specks inside or after it: "2045.7743", "2045.".
_SPECKED_GROUP = re.compile(r"[A-Z0-9]+(?:[.,·][A-Z0-9]+)*[.,·]?|[.,·]")


def unspecked_ibans(row: list[Word]) -> list[Word]:
    """The row (one OCR'd line, left to right) with specks inside its IBAN dropped."""
    for start, word in enumerate(row):
        if _HEAD.fullmatch(word.text) and word.text[:2] in IBAN_LENGTHS:
            mended = _mended(row, start)
            if mended is not None:
                return mended
    return row


def _mended(row: list[Word], start: int) -> list[Word] | None:
    length = IBAN_LENGTHS[row[start].text[:2]]
    text = row[start].text
    end = start + 1
    while end < len(row) and len(text) < length and _SPECKED_GROUP.fullmatch(row[end].text):
        text += "".join(ch for ch in row[end].text if ch not in _SPECKS)
        end += 1
    if len(text) != length or not is_valid_iban(text):
        return None
    last = end - 1
    read = " ".join(w.text for w in row[start:end])
    if is_valid_iban(read.rstrip(_SPECKS)) or not any(ch in read for ch in _SPECKS):
        return None
    words = []
    for index, word in enumerate(row):
        if start < index <= last:
            tail = word.text[-1:] if index == last and word.text[-1:] in _SPECKS else ""
            kept = "".join(ch for ch in word.text if ch not in _SPECKS)
            if not kept:
                continue  # a lone speck between two groups
            word = replace(word, text=kept + tail) if kept + tail != word.text else word
        words.append(word)
    return words
