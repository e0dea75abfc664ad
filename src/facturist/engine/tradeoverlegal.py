"""A trade name over the company's legal name at the head of a party's block.

A restaurant, a hotel or a shop is billed under the name over its door and the company that
runs it, each on a line of its own: "Restaurant Zum Goldenen Hirsch" / "Hirsch Gastro GmbH" /
"Herrn Küchenchef A. Brandl" / street / town. The line with the legal form names the party
in full; the line over it, a complete name with no legal form, is the trade name and no first
half of one name. The two lines share a word (the company is named for the business it
runs); a wrapped name seldom repeats one ("MVM Musterhafter" / "Versicherungsverein
Musterstadt a.G." is one name). A name that a narrow window wrapped reads on: its first line
ends open ("Müller Sanitär- und" / "Heizungstechnik GmbH") or the line under it holds a single
word before the form ("Landshuter Immobilien" / "Verwaltungs GmbH"); partyblocks.py's
whole-company check tells those apart, this module the two lines' own shape.
"""

from __future__ import annotations

import re

from facturist.engine.legalforms import LEGAL_FORM

# The words a line of a name may end in that leave it open ("Gesellschaft für", "Haus der").
_OPEN_WORDS = frozenset(
    {
        *("für", "fuer", "der", "des", "den", "dem", "von", "vom", "zur", "zum", "im", "am"),
        *("an", "auf", "bei", "for", "of", "the", "at", "de", "du", "la", "le", "di", "del"),
        *("della", "da", "do", "dos", "van", "voor", "het"),
    }
)


def trade_name_over_legal(text: str, following: str) -> bool:
    """Whether `text`, a name line with no legal form, reads as a full trade name over
    `following`, the line under it that carries the legal form: two or more words, ending in
    a capitalised word, the line under it opening with a capital of its own, a word of the
    trade name repeated in the legal name."""
    upper = text.strip()
    lower = following.strip()
    if LEGAL_FORM.search(upper) or not LEGAL_FORM.search(lower):
        return False
    words = [w for w in upper.split() if any(ch.isalpha() for ch in w)]
    if len(words) < 2 or upper.endswith(("-", "&", ",", "+", "/")):
        return False
    last = words[-1]
    if last.casefold() in _OPEN_WORDS or not last[:1].isupper():
        return False
    if not lower[:1].isupper():
        return False
    shared = _words(upper) & _words(LEGAL_FORM.sub(" ", lower))
    return bool(shared)


def _words(text: str) -> set[str]:
    """The text's words of three letters or more, folded."""
    return {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", text)}
