"""A platform's receipt (an app store's, a web shop's) read by the till-receipt rules.

A phone's screenshot of an app store's receipt is narrow and OCR'd, so the till rules take it
over, yet it is laid out as an invoice: a wordmark on top ("Quillon" over "Market"), a
"BILLED TO" block (the card's line, the customer's name, street and town) beside the order's
details, and the company's legal block at the foot ("Quillon Digital AG", its street, town
and VAT number). The till rules read the word under the logo, or an item's developer, as the
shop's name, and drop a name over the date as the shop's own line. Here the general reader's
answers stand: the buyer its section caption heads, and the seller's legal name that spells
the wordmark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facturist.engine.labels import BUYER_SECTION
from facturist.engine.layout import Line, line_holding
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.receipt_address import TITLE

# A wordmark's own word: four letters or more ("nordhylla.se" gives "nordhylla").
_MARK_WORD = re.compile(r"[^\W\d_]{4,}")


def under_buyer_caption(lines: Sequence[Line], found: Value) -> bool:
    """Whether a buyer's section caption alone in its cell ("BILLED TO", "Customer:") heads
    the value's column a few lines above it: the customer's block, no shop's line."""
    if not found.boxes:
        return False
    index = line_holding(list(lines), found.boxes[0])
    if index is None:
        return False
    box = found.boxes[0]
    reach = max(12.0, box.y1 - box.y0)
    for above in lines[max(index - 3, 0) : index]:
        for cell in above.cells:
            text = cell.text.strip()
            match = BUYER_SECTION.match(text)
            if match is None or text[match.end() :].strip(" :"):
                continue
            if abs(cell.x0 - box.x0) <= reach:
                return True
    return False


def with_wordmark_seller(
    lines: Sequence[Line], found: dict[str, Value], general: dict[str, Value]
) -> dict[str, Value]:
    """`found` (the till rules' fields) with the general reader's seller and its address
    when that seller's name has a legal form and spells the page's wordmark (its first line)
    while the till rules' name does not ("Store" under "Lumiq" for "Lumiq Apps AG")."""
    mine, theirs = found.get("seller_name"), general.get("seller_name")
    if mine is None or theirs is None or not lines or TITLE.search(lines[0].text):
        return found
    legal = str(theirs.value)
    if not LEGAL_FORM.search(legal) or legal.casefold() == str(mine.value).casefold():
        return found
    marks = {word.casefold() for word in _MARK_WORD.findall(lines[0].text)}
    named = {word.casefold() for word in _MARK_WORD.findall(legal)}
    if not marks & named or marks & {w.casefold() for w in _MARK_WORD.findall(str(mine.value))}:
        return found
    out = {**found, "seller_name": theirs}
    out.pop("seller_address", None)
    if "seller_address" in general:
        out["seller_address"] = general["seller_address"]
    return out
