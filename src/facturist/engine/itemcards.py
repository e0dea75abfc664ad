"""Items printed as cards: a position's heading bar, its name, then its figures.

Compact e-invoice viewers print each position as a small card, often two side by side, with
no "caption | value" row per term (itemboxes.py) but::

    Pos. 1   Art.-Nr. FS-H-MAR                  Pos. 2   Art.-Nr. SSJ-D-ANT
    Funktionsshirt Herren, marine               Softshelljacke Damen, anthrazit
    Menge    Einzelpreis   USt.   Betrag netto  Menge    Einzelpreis   USt.   Betrag netto
    40 Stk   14,25         19 %   570,00        15 Stk   48,90         19 %   733,50

    Line 1   Item ID RU-85
    Roll-up banner 85x200 cm incl. bag
    Quantity: 4 EA
    Price: 74.00   VAT 21%
    Net amount:                         296.00

    1.   Artikel-Nr.:   OL-5L
         Bezeichnung:   Olivenöl nativ extra 5 l Kanister
         Menge:         6 Kan
         ...
         Gesamtpreis netto   312,93 EUR

The heading row holds one card's heading or several, each followed at most by the item's
identifier ("Art.-Nr. X", "Item ID X", "Artikel-Nr.: | X"). The rows under it, up to the next
heading row, are split where the headings start. A card's name is the text under its heading
(or a name caption's value); its figures come from a row of captions with the values under
them, or from "caption: value" pairs. A card ends at its amount: what follows (a discount's
note, the totals) is none of its own. Every card must name its item and amount, or none is
read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Value

# The item's identifier beside a card's heading (EN 16931 BT-155 / BT-156 / BT-157).
_ITEM_ID = re.compile(
    r"^(?:art(?:ikel)?\.?\s?-?\s?(?:nr|nummer|no)\b|artikelnummer"
    r"|(?:item|article|product)\s+(?:id|no|number|code|identifier)\b|sku\b|ean\b|gtin\b)",
    re.IGNORECASE,
)
# How far left of its heading (points) a card's row may start.
_SLACK = 3.0
_FIGURES = ("quantity", "unit_price", "amount")

Role = Callable[[str], str | None]
Figure = Callable[[str], float | None]
Heading = Callable[[str], object]


def card_items(
    lines: list[Line], role: Role, figure: Figure, heading: Heading
) -> list[dict[str, Value]]:
    """The items of position cards (see the module's docstring); none unless every card names
    its item and amount. `role` names a caption's role (itemboxes.caption_role), `figure`
    reads a figure less its unit, `heading` tells a position's heading ("Pos. 1", "Line 2")."""
    starts = [_card_starts(line, heading) for line in lines]
    items: list[dict[str, Value]] = []
    index = 0
    while index < len(lines):
        columns = starts[index]
        if not columns:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and not starts[end] and lines[end].page == lines[index].page:
            end += 1
        cards: list[list[list[Cell]]] = [[] for _ in columns]
        for row in lines[index + 1 : end]:
            split: list[list[Cell]] = [[] for _ in columns]
            for cell in row.cells:
                number = sum(1 for x in columns[1:] if cell.x0 >= x - _SLACK)
                split[number].append(cell)
            for number, cells in enumerate(split):
                if cells:
                    cards[number].append(cells)
        for rows in cards:
            item = _card(rows, role, figure)
            if item is None:
                return []
            items.append(item)
        index = end
    return items


def _card_starts(line: Line, heading: Heading) -> list[float]:
    """Where the cards a heading row heads start; empty for any other row. Beside each heading
    only the item's identifier may stand ("Pos. 1 | Art.-Nr. FS-H | Pos. 2 | Art.-Nr. SS-D")."""
    cells = line.cells
    if not cells or len(cells) > 8 or heading(cells[0].text.strip()) is None:
        return []
    starts: list[float] = []
    value_next = False  # an identifier's caption ending in a colon: its value follows
    for cell in cells:
        text = cell.text.strip()
        if heading(text) is not None:
            starts.append(cell.x0)
            value_next = False
        elif _ITEM_ID.match(text):
            value_next = text.endswith(":")
        elif value_next:
            value_next = False
        else:
            return []
    return starts


def _card(rows: list[list[Cell]], role: Role, figure: Figure) -> dict[str, Value] | None:
    """A card's item from its rows, read down to its amount."""
    found: dict[str, Value] = {}
    name: list[Cell] = []
    captions: list[Cell] = []  # a row of captions whose values stand on the next row
    wrapping: Cell | None = None  # the name's value, while its wrapped lines may follow
    for cells in rows:
        if wrapping is not None and _wraps(cells, wrapping):
            old = found["description"]
            text = f"{old.text} {cells[0].text}"
            found["description"] = Value(text, text, old.boxes + cells[0].boxes)
            continue
        wrapping = None
        if captions:
            for cell in cells:
                caption = next(
                    (c for c in captions if min(c.x1, cell.x1) > max(c.x0, cell.x0)), None
                )
                kind = role(caption.text) if caption is not None else None
                if kind in _FIGURES and kind not in found:
                    number = figure(cell.text)
                    if number is None:
                        return None
                    found[kind] = Value(number, cell.text, cell.boxes)
            captions = []
        elif len(cells) >= 2 and all(_is_caption(c.text, role, figure) for c in cells):
            captions = cells
        elif pairs := _pairs(cells, role):
            for caption_text, value in pairs:
                kind = role(caption_text)
                if kind in _FIGURES and kind not in found:
                    number = figure(value.text)
                    if number is None:
                        return None
                    found[kind] = Value(number, value.text, value.boxes)
                elif (
                    kind == "description"
                    and kind not in found
                    and any(ch.isalpha() for ch in value.text)
                ):
                    found[kind] = Value(value.text, value.text, value.boxes)
                    wrapping = value
        elif not found and all(_is_text(c.text, figure) for c in cells):
            name += cells  # the item's name under the heading, wrapped or not
        if "amount" in found:
            break
    if "description" not in found and name:
        text = " ".join(c.text for c in name)
        found["description"] = Value(text, text, tuple(b for c in name for b in c.boxes))
    if "amount" not in found or "description" not in found:
        return None
    amount = found["amount"]
    found.setdefault("quantity", Value(1.0, "", (), 0.6))
    found.setdefault("unit_price", Value(amount.value, amount.text, amount.boxes, 0.8))
    return {k: found[k] for k in ("description", "quantity", "unit_price", "amount")}


def _wraps(cells: list[Cell], value: Cell) -> bool:
    """A row of one cell starting under the name's value: the name wrapped in its card
    ("Bezeichnung: | Brotschneidebrett" over "Nussbaum 40x25")."""
    return len(cells) == 1 and abs(cells[0].x0 - value.x0) <= _SLACK


def _is_caption(text: str, role: Role, figure: Figure) -> bool:
    return role(text) is not None and figure(text) is None


def _is_text(text: str, figure: Figure) -> bool:
    return any(ch.isalpha() for ch in text) and figure(text) is None


def _pairs(cells: list[Cell], role: Role) -> list[tuple[str, Cell]]:
    """A row's (caption, value) pairs: "Quantity: 4 EA" in one cell, "Net amount: | 296.00"
    or "Einzelpreis netto | 54,90 EUR" in two; cells of no position caption pair with none."""
    pairs: list[tuple[str, Cell]] = []
    index = 0
    while index < len(cells):
        cell = cells[index]
        text = cell.text.strip()
        after = cells[index + 1] if index + 1 < len(cells) else None
        colon = next((i for i, w in enumerate(cell.words[:-1]) if w.text.endswith(":")), None)
        caption = "" if colon is None else " ".join(w.text for w in cell.words[: colon + 1])
        if colon is not None and role(caption):
            pairs.append((caption, Cell(cell.words[colon + 1 :])))
        elif after is not None and role(text) is not None and (index == 0 or text.endswith(":")):
            pairs.append((text, after))
            index += 1
        index += 1
    return pairs
