"""The payee's account read after an IBAN caption: an IBAN, Poland's NRB, or an account
printed in IBAN form whose checksum fails; an IBAN that prose wraps onto the next line."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.parse.ids import is_valid_iban
from facturist.engine.parsing import find_ibans

_ACCOUNT_TOKEN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{6,30}")
_NRB = re.compile(r"\d{2}(?: ?\d{4}){6}\b")
# The start of an IBAN closing its line: a country code and check digits, perhaps a group.
_IBAN_HEAD = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){0,7}$")


def read_iban(words: list[Word]) -> Value | None:
    """The IBAN among the words after a caption."""
    text = " ".join(w.text for w in words[:9])
    ibans = find_ibans(text)
    if ibans:
        return Value(ibans[0], text, tuple(w.box for w in words[:9]))
    # A Polish NRB ("35 1140 2004 0000 3902 1234 5678") is the IBAN without its "PL".
    domestic = _NRB.match(text)
    if domestic and is_valid_iban("PL" + re.sub(r"\D", "", domestic.group())):
        return Value("PL" + re.sub(r"\D", "", domestic.group()), text, (words[0].box,))
    # Right after its label, an account number in IBAN form whose checksum fails (or a
    # country's own account format) is still the payee's account as printed.
    first = words[0].text.strip(".,;") if words else ""
    if _ACCOUNT_TOKEN.fullmatch(first):
        return Value(first, words[0].text, (words[0].box,), 0.6)
    return None


def wrapped_iban(lines: list[Line], index: int, words: list[Word]) -> Value | None:
    """ "IBAN GB19" / "BARC 2032 5873 4192 65.": an IBAN whose head closes a line of prose and
    whose groups open the next; joined only when the whole passes its mod-97 check."""
    head = " ".join(w.text for w in words[-8:])
    match = re.search(r"(?<![A-Z0-9])" + _IBAN_HEAD.pattern, head)
    if match is None or index + 1 >= len(lines) or lines[index + 1].page != lines[index].page:
        return None
    tail = lines[index + 1].words[:8]
    for end in range(len(tail), 0, -1):
        joined = re.sub(r"\s", "", match.group() + "".join(w.text for w in tail[:end]))
        if is_valid_iban(joined.rstrip(".,;")):
            return Value(joined.rstrip(".,;"), joined, tuple(w.box for w in tail[:end]))
    return None
