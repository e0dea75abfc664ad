"""A bundle's parts listed under it with their own count and no price: no part of its name.

A pack sold as one priced row lists what it holds on the lines under it, indented, each with
its count in the quantity column and no price or amount of its own:

    PK-AVPRO | Pack poste de travail « Avocat PRO »           | 5 | 1 489,00 | 7 445,00
             |   – Ordinateur portable Lenovo ThinkPad T14 …  | 1
             |   – Écran 24" Lenovo ThinkVision T24i-30        | 2

The parts are the pack's contents, counted per pack: the item is the pack, its name its own
text (dashlines.component_line reads "– 2 x Spare fuses", the count inside the text). The row
is closed there, so the parts' wrapped lines stay out of the name too.
"""

from __future__ import annotations

from facturist.engine.itemrow import ItemRow
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

# How far right of the item's text, in line heights, a part's text starts at the least.
_INDENT = 0.8


def bundle_part(
    row: ItemRow, line: Line, description: list[Word], numbers: dict[str, Value]
) -> bool:
    """Whether the line is a part listed under the priced item `row`: text indented under
    the item's, a count of its own, no price nor amount."""
    if set(numbers) != {"quantity"} or not description or not row.description:
        return False
    if row.page != line.page or not {"amount", "unit_price"} <= row.numbers.keys():
        return False
    return description[0].box.x0 - row.description[0].box.x0 >= _INDENT * line.height
