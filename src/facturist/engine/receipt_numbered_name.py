"""Receipt seller rows the address tests misjudge: a shop named by its number, an item row.

Malaysian addresses open with a house number ("NO. 21, JALAN ..."), so a header row opening
with "NO.<digits>" reads as an address's first line (receipt_address.starts_address) and the
name finder passes it over. Shops are called by a number too ("NO.1 KOPITIAM SELERA",
"No. 8 Cafe"): such a row has no street word, postcode or comma after its number, and stands
over the company's registration number ("(002241587-P)") with the real street line under that.

When no header row names the seller, the name finder's next name-like row may be an item row
("2 TEH O AIS LIMAU 5.60") or a totals row ("SUB TOTAL 37.50"): a row with a price at its end
or a totals caption is never the seller's name (nor is what follows it the address).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facturist.engine.layout import Line
from facturist.engine.receipt_address import (
    STOP,
    is_address_like,
    is_registration,
    starts_address,
)
from facturist.engine.receipt_scan import letter_count

__all__ = ["numbered_shop_name", "priced_row"]

# "NO.1 KOPITIAM SELERA", "No 8 Cafe": the number, then words only (no comma, range or unit
# after the number: "NO. 21, JALAN", "NO 3-5 ...", "NO.12A ...").
_NUMBERED = re.compile(r"^\W*NO\s?\.?\s?\d{1,3}(?![\d,/.-])\s+(?P<rest>[^\W\d][^\d]*)$", re.I)
# A company number with its check letter: "(002241587-P)", "JM0678123-P", "Co. No. 556781-T".
_CHECKED_NUMBER = re.compile(r"\d{4,}\s?-?\s?[A-Z]\b")
# A price at the row's end ("5.60", "RM12.90", "1,234.50-"), or a totals caption.
_END_PRICE = re.compile(r"\S\s+(?:RM|\$)?\s?\d{1,3}(?:,\d{3})*[.,]\d{2}\s?-?\s*$", re.I)
_TOTALS = re.compile(r"\bSUB\s*-?\s*TOTAL\b|\bT[O0]TAL\b\W*(?:RM)?\s?\d", re.IGNORECASE)


def numbered_shop_name(header: Sequence[Line], index: int) -> bool:
    """Whether header row `index` is a shop's name that opens with its number ("NO.1
    KOPITIAM SELERA"), over its registration number and then its street line."""
    found = _NUMBERED.match(header[index].text.strip())
    if found is None or index + 2 >= len(header):
        return False
    rest = found.group("rest")
    if letter_count(rest) < 4 or is_address_like(rest) or STOP.search(rest):
        return False
    number, street = header[index + 1].text, header[index + 2].text
    if not is_registration(number) or not _CHECKED_NUMBER.search(number):
        return False
    return starts_address(street) and _NUMBERED.match(street.strip()) is None


def priced_row(text: str) -> bool:
    """An item or totals row ("2 TEH O AIS LIMAU 5.60", "SUB TOTAL 37.50"): no name."""
    return bool(_END_PRICE.search(text) or _TOTALS.search(text))
