"""The seller's address from the legal line's "Registered office: ..." when no block gave one.

A company must print its registered office on its invoices (UK Companies Act, French Code de
commerce, Italy's "sede legale"); the footer's legal line does it as a sentence among the
register's details: "Registered in Scotland No. SC598214. Registered office: An Aird
Industrial Estate, Fort William PH33 6AN." Where the letterhead's block could not be read
(set beside the customer's, a logo in its place), that sentence is the seller's address: the
caption's words up to the town that ends the address.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Box, Value
from facturist.engine.townline import town_in

# The registered office's caption, its colon required (a bare "registered office" is prose).
_CAPTION = re.compile(
    r"\b(?:registered (?:office|address)|si[èe]ge social|sede legale|domicilio social"
    r"|sitz der gesellschaft)\s*:\s*",
    re.IGNORECASE,
)
_MAX_CHARS = 120  # a street, a district, a town, a country: no longer sentence


def registered_office(lines: list[Line]) -> Value | None:
    """The address a legal line's "Registered office:" caption gives, or None."""
    for line in lines:
        text = line.text
        if ":" not in text:
            continue  # cheap filter before the caption's pattern
        caption = _CAPTION.search(text)
        if caption is None:
            continue
        rest = text[caption.end() : caption.end() + _MAX_CHARS]
        town = town_in(rest, [])
        if town is None or town.start() == 0 or "," not in rest[: town.start()]:
            continue  # a street before the town, parted from it by a comma
        end = caption.end() + town.end()
        address = text[caption.end() : end].strip(" ,.;")
        boxes = _boxes_between(line, caption.end(), end)
        return Value(address, address, boxes) if boxes else None
    return None


def after_registered_caption(lines: list[Line], found: Value) -> bool:
    """Whether an address read off a line follows that line's "Registered office:" caption
    ("... Ltd. Registered in England & Wales No. ... Registered office: 41 Westgate, ..."):
    the legal seat, which the trading address at the top of the page comes before."""
    if not found.boxes:
        return False
    first = found.boxes[0]
    for line in lines:
        if line.page != first.page or not line.y0 <= first.y0 <= line.y1 or ":" not in line.text:
            continue
        before = " ".join(w.text for w in line.words if w.box.x1 <= first.x0)
        if any(w.box == first for w in line.words) and _CAPTION.search(before):
            return True
    return False


def _boxes_between(line: Line, start: int, end: int) -> tuple[Box, ...]:
    """The boxes of the line's words whose characters lie in text[start:end] (the line's text
    is its words joined by single spaces)."""
    boxes: list[Box] = []
    offset = 0
    for word in line.words:
        position = line.text.find(word.text, offset)
        if position < 0:
            break
        offset = position + len(word.text)
        if position >= start and offset <= end + 1:
            boxes.append(word.box)
    return tuple(boxes)
