"""Captions a narrow column prints on two lines: "Unit" over "Price" is one "Unit Price".

Tax invoices with many columns (Indian GST invoices: "Unit | Qty | Net | CGST % | ...") wrap
each caption under itself to keep the columns narrow. Read line by line, the "Unit" on top is
a count caption (the unit of measure), which would make the unit price's own column a second,
unnamed count column whose figures belong to no item field. Stacked over a price caption, it
is that caption's first word.
"""

from __future__ import annotations

import re

from facturist.engine.column_captions import header_words, names_columns
from facturist.engine.layout import Line
from facturist.engine.model import Word

# The first word of a wrapped "Unit Price" / "Unit Cost" / "Unit Rate".
_UNIT_WORD = re.compile(r"^units?\.?$", re.IGNORECASE)


def group_captions(group: list[Line]) -> list[tuple[str, list[Word], Line]]:
    """(category, words) of a header's lines, each line's in order; a "Unit" caption stacked
    over a price caption (their x-ranges overlap, on the next header line) joins that price
    caption instead of naming a count."""
    rows = [header_words(member) for member in group]
    out: list[tuple[str, list[Word], Line]] = []
    for at, (member, row) in enumerate(zip(group, rows, strict=True)):
        for category, words in row:
            if category == "quantity" and _UNIT_WORD.match(" ".join(w.text for w in words)):
                # The nearest caption under it: "Unit" over "Price", perhaps with the
                # description's caption on a middle line ("Sl. | Unit" / "Description | Qty"
                # / "No | Price": three-line headers of Indian GST invoices).
                under = next(
                    ((c, w) for lower in rows[at + 1 :] for c, w in lower if _overlap(words, w)),
                    None,
                )
                price = under[1] if under is not None and under[0] == "unit_price" else None
                if price is not None:
                    price[:0] = words  # the price caption spans both lines
                    continue
            if category == "vat_rate" and _bare_percent_under_discount(words, out):
                continue
            out.append((category, words, member))
    return out


def _bare_percent_under_discount(
    words: list[Word], above: list[tuple[str, list[Word], Line]]
) -> bool:
    """A bare "%" stacked under a discount's caption ("Rab." over "%"): the discount's unit,
    no tax rate's column; it joins the discount's caption."""
    if " ".join(w.text for w in words) != "%":
        return False
    discount = next(
        (
            caption
            for category, caption, _m in above
            if category == "discount" and _overlap(caption, words)
        ),
        None,
    )
    if discount is None or discount[0].box.y1 > words[0].box.y0:
        return False
    discount.extend(words)
    return True


def heading_over_header(group: list[Line]) -> bool:
    """A heading over a table ("Kosten (bedragen exclusief btw)", "Services") whose one word
    the vocabulary reads as a caption: a line of one cell naming one column, over a header
    line naming columns by itself, where a caption of another kind stands under it
    ("Omschrijving" under "Kosten"). Stacked captions name one column ("Unit" over "Price"
    excepted: they join above)."""
    if len(group) < 2 or len(group[0].cells) != 1 or not names_columns(group[1]):
        return False
    top = header_words(group[0])
    if len(top) != 1:
        return False
    category, words = top[0]
    if category == "quantity" and _UNIT_WORD.match(" ".join(w.text for w in words)):
        return False
    below = header_words(group[1])
    if any(c != category and _overlap(words, w) for c, w in below):
        return True
    # "Time charged" over "Grade | Hours | Rate £/hr": the line under names that column
    # itself elsewhere, the heading standing over none of its kind.
    same = [_overlap(words, w) for c, w in below if c == category]
    return bool(same) and not any(same)


def _overlap(one: list[Word], two: list[Word]) -> bool:
    return min(max(w.box.x1 for w in one), max(w.box.x1 for w in two)) > max(
        min(w.box.x0 for w in one), min(w.box.x0 for w in two)
    )
