"""The workings of an item's amount printed under it as sub-rows: the gross amount before the
line's allowance ("Bruttobetrag 60 × 7,90  474,00"), the allowance ("abzgl. Staffelrabatt
10 %  -47,40", "Nachlass: 10 % Aktionsrabatt  -44,28") and a charge ("zzgl. Pfandabwicklung
+3,60", "Zuschlag: Mindermengenzuschlag  +12,00"). E-invoice viewers and wholesale software
print EN 16931's line allowances and charges (BG-27, BG-28) so, set in from the item's text,
in grey or smaller print, the sum in the amount column. The item's own amount already holds
them (BT-131 is net of them): they are no items, nor the end of the table.
"""

from __future__ import annotations

import re

from facturist.engine.itemrow import ItemRow
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.printsize import smaller_by
from facturist.engine.printstyle import grey_under_black

# The working's caption: a "less"/"plus" word, an allowance or charge word (German compounds
# end in it: "Staffelrabatt", "Mindermengenzuschlag") or the gross amount's; de, en, fr, it,
# es, nl.
_CAPTION = re.compile(
    r"^(?:abzgl|zzgl|abz[üu]glich|zuz[üu]glich|less|plus)\b\.?"
    r"|^\w*(?:rabatt|nachlass|zuschlag|aufschlag|abschlag)\b"
    r"|^(?:brutto(?:betrag|preis|wert)?|discount|surcharge|allowance|gross|remise|rabais"
    r"|majoration|sconto|maggiorazione|descuento|recargo|korting|toeslag|bruto(?:bedrag)?)\b",
    re.IGNORECASE,
)
# A tax line of a totals block ("zzgl. 19 % USt"): no working of an item.
_TAX = re.compile(r"\b(?:ust|mwst|vat|tax|steuer|tva|iva|btw)\b", re.IGNORECASE)
# Figures a working's line may print besides its sum: a rate read as VAT's or a discount's.
_FIGURES = frozenset({"amount", "vat_rate", "discount"})
# Below this, a line is printed smaller than the item's name.
_SMALLER = 0.95
# How far (points) a sub-row may be set in from the item's text, in line heights.
_INDENT = 4
_CENTS = 0.011


def working(
    line: Line, rows: list[ItemRow], description: list[Word], numbers: dict[str, Value]
) -> bool:
    """Whether the line is a working of the amount of the item right above (rows[-1]); the
    item then reaches down to it, so that a further working under it reads as one too."""
    if not rows or not description:
        return False
    row = rows[-1]
    amount, base = numbers.get("amount"), row.numbers.get("amount")
    if amount is None or base is None or not set(numbers) <= _FIGURES or not row.description:
        return False
    if not isinstance(amount.value, float) or not isinstance(base.value, float):
        return False
    if row.page != line.page or line.y0 - row.last_y >= line.height:
        return False  # the item's next line only
    start, text_start = description[0].box.x0, row.description[0].box.x0
    if not text_start - 2 <= start <= text_start + _INDENT * line.height:
        return False  # under the item's text, no totals block set in far right
    caption = " ".join(w.text for w in description)
    if not _CAPTION.match(caption) or _TAX.search(caption):
        return False
    if not _set_apart(row.description, description, start - text_start):
        return False
    if not _works_out(row, amount, base.value):
        return False
    row.last_y = line.y1
    return True


def _set_apart(name: list[Word], line: list[Word], indent: float) -> bool:
    """Printed apart from the item's name: grey under black, smaller, or set in."""
    first = [w for w in name if w.box.page == name[0].box.page and w.box.y0 < name[0].box.y1]
    if grey_under_black(first, line):
        return True
    ratio = smaller_by(first, line)
    return (ratio is not None and ratio < _SMALLER) or indent >= 3


def _works_out(row: ItemRow, amount: Value, base: float) -> bool:
    """A signed sum (an allowance or a charge) under an item whose amount differs from its
    count times its price (the workings are in it), or the gross amount: count times price."""
    gross = _gross(row)
    value = amount.value
    assert isinstance(value, float)
    sign = amount.text.lstrip()[:1]
    if (sign and sign in "+-−") or value < 0:
        return gross is None or abs(gross - base) > _CENTS
    return gross is not None and abs(gross - value) <= _CENTS


def _gross(row: ItemRow) -> float | None:
    """The item's count times its price; None where either is missing."""
    quantity, price = row.numbers.get("quantity"), row.numbers.get("unit_price")
    if quantity is None or price is None:
        return None
    q, p = quantity.value, price.value
    if not isinstance(q, float) or not isinstance(p, float):
        return None
    return round(q * p, 2)
