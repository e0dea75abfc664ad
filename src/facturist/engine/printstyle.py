"""How a line of an item's cell is printed against the item's name: in grey, or bold.

Shops and trade software print an item's name in black and the spec or detail line under it
in grey ("geölt, Stärke 40 mm" under "Massivholz-Arbeitsplatte Eiche"): the name alone is
the item, the grey line a detail for the reader. Group headings between the items ("Material",
"Lieferschein 30502 vom 09.03.2026") are set bold over items named in regular print: they
head the rows below, no line of the item above. Only the text layer tells colour and weight;
OCR'd words carry neither, and these rules stay silent there.
"""

from __future__ import annotations

from collections.abc import Sequence

from facturist.engine.model import Word

# Black and near-black print: no channel above a quarter of full strength (#333 and darker).
_DARK = 64
# Grey print: its channels within this of each other (no colour: a dark blue or green is
# coloured, no grey), the darkest one at least this far above black, and clearly lighter than
# the name (0.3 grey, #4D4D4D, under black reads 77 levels lighter).
_GREY_SPREAD = 24
_GREY_LEAST = 64
_LIGHTER_BY = 48
# Lighter than this is near white: text on a dark band, no grey line of a cell.
_GREY_MOST = 224


def grey_under_black(name: Sequence[Word], line: Sequence[Word]) -> bool:
    """Every word of `line` grey, every word of the name's line (`name`) black or nearly."""
    if not name or not line:
        return False
    name_level = 0  # the lightest channel of the name's words
    for word in name:
        colour = word.colour
        if colour is None or max(colour) > _DARK:
            return False
        name_level = max(name_level, max(colour))
    for word in line:
        colour = word.colour
        if colour is None or max(colour) - min(colour) > _GREY_SPREAD:
            return False
        if min(colour) < _GREY_LEAST or max(colour) > _GREY_MOST:
            return False
        if min(colour) < name_level + _LIGHTER_BY:
            return False
    return True


def bold_under_regular(name: Sequence[Word], line: Sequence[Word]) -> bool:
    """A line all in bold under an item named in regular print: the heading of the next
    group of items, no wrapped line of the name (a name keeps its weight when it wraps)."""
    return bool(name and line) and all(w.bold for w in line) and not any(w.bold for w in name)
