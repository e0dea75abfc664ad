"""Items printed as numbered blocks of "caption: value" sub-lines, one block per position.

Compact e-invoice viewers print no item table: each position is a bold numbered line naming
the item, with its net amount at the right (under a repeated "Gesamtbetrag netto" caption),
and indented sub-lines that hold one "caption: value" pair each::

    1. Treppengeländer Stahl feuerverzinkt               Gesamtbetrag netto
         Artikelnummer: GL-0815                                 2.697,00 €
         Menge: 14,5000 MTR
         Preis netto: 186,0000 €
         USt-Satz: 19,00 % (S)

Other viewers print the number in a cell of its own, the amount at the right of the numbered
line, and several pairs on one sub-line::

    1    Heckenschnitt Außenanlage Nord                                   928,00 EUR
           Menge: 16 h    Einzelpreis netto: 58,00 EUR    USt: 19 %
    1.   Lizenz Ratsinformationssystem, Jahresgebühr 2025                2.340,00 €
           Menge: 1 Jahr    Preis: 2.340,00 € je Jahr    Steuer: S 19 %

The description is the numbered line's text (plus any caption-less sub-line before the first
caption, where a long name wraps); the quantity and unit price are read from their captions
(itemboxes.py's caption roles; a price's "je Jahr", "per unit" dropped), the amount from the
right-hand figure. The reading is taken
only when the blocks are numbered 1, 2, 3 … and every block gives its quantity and amount,
and quantity × price agrees with the amount where a price is given.
"""

from __future__ import annotations

import re

from facturist.engine.boxlistings import without_repeated_ids
from facturist.engine.itemboxes import box_figure, boxed_items, caption_role
from facturist.engine.layout import Line
from facturist.engine.model import Value
from facturist.engine.parsing import parse_amount

_NUMBERED = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")
# The position number alone in its cell, the name in the next ("1 | Heckenschnitt ...").
_NUMBER_CELL = re.compile(r"^(\d{1,3})\.?$")
# "2.340,00 € je Jahr", "89.00 per month", "12,50 / Stk": the unit a price is quoted for.
_PER_UNIT = re.compile(r"\s+(?:je|per|pro|par|por|/)\s*[^\W\d][^\d]{0,14}$", re.IGNORECASE)
_PAIR = re.compile(r"^([^:]{2,40}):\s+(\S.*)$")
# Sub-lines are indented under the numbered line by at least this much (points).
_INDENT = 4.0


def block_items(lines: list[Line]) -> list[dict[str, Value]]:
    """The items of numbered position blocks; none unless every block reads whole. Asked
    after the position boxes gave nothing, so a box whose identifier row repeats its heading
    ("Position 1" over "Positionsnummer: 1"), read as two boxes and one of them empty, is
    read again without that row first."""
    reheaded = without_repeated_ids(lines)
    if len(reheaded) < len(lines) and (boxed := boxed_items(reheaded)):
        return boxed
    items: list[dict[str, Value]] = []
    index = 0
    while index < len(lines):
        head = _head(lines[index])
        if head is None or head[0] != len(items) + 1:
            if items and head is not None:
                break  # another numbered list (terms, notes) after the positions
            index += 1
            continue
        item, index = _block(lines, index, head[1])
        if item is None:
            return []
        items.append(item)
    return items


def _head(line: Line) -> tuple[int, str] | None:
    """A numbered line's position number and item name: "1. Name" in one cell, or the
    number alone in its cell and the name in the next."""
    if not line.cells:
        return None
    match = _NUMBERED.match(line.cells[0].text.strip())
    if match is not None:
        return int(match.group(1)), match.group(2)
    lone = _NUMBER_CELL.match(line.cells[0].text.strip())
    if lone is None or len(line.cells) < 2 or parse_amount(line.cells[1].text) is not None:
        return None
    return int(lone.group(1)), line.cells[1].text.strip()


def _block(lines: list[Line], start: int, name: str) -> tuple[dict[str, Value] | None, int]:
    head = lines[start]
    left = head.cells[0].x0
    # The name's own cell: the first, or the second after a number alone in its cell.
    named = 0 if _NUMBERED.match(head.cells[0].text.strip()) else 1
    description = Value(name, name, head.cells[named].boxes)
    found: dict[str, Value] = {}
    for cell in head.cells[named + 1 :]:
        # The amount at the right of the numbered line ("928,00 EUR"): no figure under it
        # (the sum below the last block) is the item's.
        if ":" not in cell.text and (right := box_figure(cell.text)) is not None:
            found["amount"] = Value(right, cell.text, cell.boxes)
    captioned = False
    index = start + 1
    while index < len(lines) and lines[index].cells and lines[index].cells[0].x0 > left + _INDENT:
        first, *rest = lines[index].cells
        pair = _PAIR.match(first.text.strip())
        if pair is None and not captioned:
            text = f"{description.text} {first.text.strip()}"
            description = Value(text, text, description.boxes + first.boxes)
        for cell in [first, *rest] if pair is not None else rest:
            # Pairs of one sub-line in cells of their own ("Menge: 16 h | Preis: 58,00 EUR").
            if (pair := _PAIR.match(cell.text.strip())) is None:
                continue
            captioned = True
            role = caption_role(pair.group(1))
            if role in ("quantity", "unit_price") and role not in found:
                number = box_figure(_PER_UNIT.sub("", pair.group(2)))
                if number is None:
                    return None, index
                found[role] = Value(number, pair.group(2), cell.boxes)
        for cell in rest:
            if "amount" not in found and ":" not in cell.text:
                figure = parse_amount(cell.text)
                if figure is not None:
                    found["amount"] = Value(float(figure), cell.text, cell.boxes)
        index += 1
    if "amount" not in found or "quantity" not in found:
        return None, index
    quantity, amount = found["quantity"].value, found["amount"].value
    assert isinstance(quantity, float) and isinstance(amount, float)
    price = found.get("unit_price")
    if price is None:
        price = Value(round(amount / quantity, 4) if quantity else amount, "", (), 0.6)
    elif not isinstance(price.value, float) or abs(quantity * price.value - amount) > max(
        0.02, 0.01 * abs(amount)
    ):
        return None, index
    return {
        "description": description,
        "quantity": found["quantity"],
        "unit_price": price,
        "amount": found["amount"],
    }, index
