"""A bare "Goods" caption heading the items' values, right of the count and the price.

UK and Irish wholesalers caption an item's value "Goods" ("Product | Qty | Price | VAT |
Goods"): the goods' value before VAT, which the "Goods total" under the table adds up. The
description vocabulary reads "Goods" as the item's name, as it heads the first column of
"Goods | Qty | Amount" or a Turkish e-invoice's "Mal Hizmet" (goods / service). Right of both
a count's and a price's caption, with no amount caption on the header, it is the amount's
column: an item's name stands left of its figures, never after them.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

# "Goods", "Goods value", "Goods net", "Net goods": the value of the goods, no name.
_GOODS = re.compile(r"^(?:net\s+)?goods(?:\s+(?:value|net|amount))?$", re.IGNORECASE)


def goods_amount(found: dict[str, list[Word]], descriptions: list[tuple[list[Word], Line]]) -> None:
    """Make a "Goods" caption right of the count and the price the amount's, taking it out of
    the description captions (and out of `found` where it stood as the description)."""
    if "amount" in found or "quantity" not in found or "unit_price" not in found:
        return
    right_of = max(w.box.x1 for key in ("quantity", "unit_price") for w in found[key])
    for position, (words, _member) in enumerate(descriptions):
        text = " ".join(w.text for w in words).strip(" .:")
        if _GOODS.match(text) and min(w.box.x0 for w in words) > right_of:
            found["amount"] = words
            del descriptions[position]
            if found.get("description") is words:
                if descriptions:
                    found["description"] = descriptions[0][0]
                else:
                    del found["description"]
            return
