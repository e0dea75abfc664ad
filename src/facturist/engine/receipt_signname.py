"""A shop's sign at the head of a till slip, the company's legal name printed elsewhere.

Bakeries, bars and shops print their sign in large letters at the top ("BÄCKEREI & CAFÉ" /
"BRANDNAME"), and the company that runs the shop with its legal form in small print, either
right under the sign or in the footer beside the share capital and register ("Brandname
OHG", "Brandname, S.L.", "Brandname SAS au capital de ...", a French form before the name:
"SAS Brasserie Brandname"). The slip is issued by the
company: its legal name is the seller's. The two share a word (the company is named for its
shop); a footer naming some other company (the till's software vendor, a supplier) shares
none and is no seller.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from facturist.engine.layout import Line
from facturist.engine.legalforms import LEGAL_FORM

# Forms that are ordinary words or a trade too (English "co", "company", "trading", German
# "ab", Malay "enterprise"): they make no legal name here.
_WORD_FORMS = frozenset({"co", "company", "trading", "enterprise", "ab", "og", "se", "sa", "sc"})
# Words of a line that name a supplier, not the shop: "fourni par", "powered by", "by".
_SUPPLIER = re.compile(r"\b(?:by|par|von|por|da|door|powered|software|kasse(?:nsystem)?)\b", re.I)
# What may follow the form on the name's line: nothing, or the legal data ("au capital",
# "- RCS", "| NIF", "(...)").
_AFTER_FORM = re.compile(r"^\s*(?:$|[-–|,(]|au capital|capital|mit sitz|con sede)", re.I)


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", _fold(text))}


def legal_name_of_sign(lines: Sequence[Line], start: int, sign: str) -> tuple[Line, str] | None:
    """The first line from `start` naming a company with its legal form that shares a word
    of four letters or more with the sign, and the name up to its form ("Brandname SAS")."""
    shared = _words(sign)
    if not shared:
        return None
    for line in lines[max(start, 0) :]:
        text = line.text.strip()
        for form in LEGAL_FORM.finditer(text):
            if form.group().rstrip(".").casefold() in _WORD_FORMS:
                continue
            before = text[: form.start()].rstrip(" ,")
            if not before:
                led = _form_first(text, form.end(), shared)  # "SAS Brasserie Le Gambetta"
                if led is not None:
                    return line, led
                continue
            words = before.split()
            if not 1 <= len(words) <= 6 or _SUPPLIER.search(before):
                continue
            if not _AFTER_FORM.match(text[form.end() :]) or not _words(before) & shared:
                continue
            return line, text[: form.end()].strip()
    return None


# Where a name led by its form ends: the legal data after it ("- SIRET ...", "au capital").
_NAME_END = re.compile(r"\s+[-–|(]\s|,|\s+(?:au capital|capital)\b", re.IGNORECASE)


def _form_first(text: str, end: int, shared: set[str]) -> str | None:
    """The name a line opens with its form (French "SAS Brasserie Le Gambetta", "SARL ..."),
    form included, when it shares a word with the sign; else None."""
    rest = text[end:]
    cut = _NAME_END.search(rest)
    after = rest[: cut.start()] if cut else rest
    words = after.split()
    if not 1 <= len(words) <= 6 or _SUPPLIER.search(after) or not _words(after) & shared:
        return None
    return text[: end + len(after)].strip()


__all__ = ["legal_name_of_sign"]
