"""A range of numbers after a number caption ("gem. Stundenlohnzetteln Nr. 14 bis 18",
"Rapporte Nr. 0451–0466", "timesheets no. 3 to 7"): the series of timesheets, reports or
dockets an hourly row was counted from. Trade invoices print it in the item's text under its
name; it says what the row bills, unlike a single tracking number ("Prüfzeugnis Nr.
24-5561"), so it goes on with the description (tablerows.reference_line)."""

from __future__ import annotations

import re

_CAPTION = re.compile(r"^(?:nr|nrn|no|nos|n[°º]|nº|num)\.?:?$", re.IGNORECASE)
# The word between a range's two numbers: de "bis", en "to"/"through", fr "à"/"au", nl "tot"
# and "t/m", es/it "a"/"al", pl "do".
_RANGE_WORD = re.compile(r"^(?:bis|to|through|thru|[àa]|au|tot|t/m|t\.m\.|al|do|-|–|—)$")
_NUMBER = re.compile(r"^\d+[,;]?$")
# One word holding both ends: "0451–0466" with a dash; "14-18" with a hyphen only where both
# ends have as many digits ("24-5561" is one reference number).
_DASHED = re.compile(r"^(\d+)([–—-])(\d+)[,;)]?$")


def _ascending(first: str, last: str) -> bool:
    return int(last) > int(first)


def _range_from(words: list[str]) -> bool:
    """Whether the words opening with a number run to a later one: a range."""
    if not words:
        return False
    dashed = _DASHED.match(words[0])
    if dashed:
        first, dash, last = dashed.groups()
        return _ascending(first, last) and (dash != "-" or len(first) == len(last))
    if len(words) < 3 or not _NUMBER.match(words[0]) or not _RANGE_WORD.match(words[1].lower()):
        return False
    last = words[2].rstrip(",;)")
    return last.isdigit() and _ascending(words[0].rstrip(",;"), last)


def numbered_series(texts: list[str]) -> bool:
    """Whether a number caption in the line's words ("Nr.") opens a range of numbers."""
    return any(
        _CAPTION.match(text) and _range_from(texts[index + 1 : index + 4])
        for index, text in enumerate(texts)
    )
