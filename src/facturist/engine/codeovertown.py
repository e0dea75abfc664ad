"""A postcode alone on its line, its town alone on the next: one town line.

E-invoice viewers print the semantic model one term a row, so a party block runs "Lichtblick
Messebau GmbH / Am Messeturm 2 / 04356 / Leipzig / DE" (BT-38 the postcode, BT-37 the town).
The block readers look for a postcode and town on one line; a bare five-digit postcode is
none, so the block ran past the street with no town and the address was lost. A postcode
alone under the street, its town alone right under it in the same column, reads as the town
line "04356 Leipzig".
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line

# A postcode alone: "04356", "1010", "D-04356".
_CODE = re.compile(r"(?:[A-Z]{1,2}-)?\d{4,5}")
# A town alone: words, no digits, no caption or contact piece ("Leipzig", "Frankfurt am Main",
# "Halle (Saale)").
_TOWN = re.compile(r"[A-ZÀ-Þ][^\d:@/|·]{1,40}")


def town_under_code(
    taken: list[Cell], cell: Cell, line: Line, under: Line | None
) -> tuple[Cell, Line] | None:
    """The postcode's cell joined with the town's under it, and the town's line; None unless
    the cell is a postcode alone under a street (a line with a house number) and the next
    line, close under it, holds a town alone flush with it."""
    if under is None or not taken or not _CODE.fullmatch(cell.text.strip()):
        return None
    if not any(ch.isdigit() for ch in taken[-1].text):
        return None  # "Cape Town" over "7441": the town is above (townline.py)
    if under.page != line.page or under.y0 - line.y1 > 1.2 * max(line.height, under.height):
        return None
    town = next((c for c in under.cells if abs(c.x0 - cell.x0) < line.height), None)
    if town is None or not _TOWN.fullmatch(town.text.strip()):
        return None
    if not any(ch.islower() for ch in town.text):
        return None  # "DE": the country's code, no town
    return Cell([*cell.words, *town.words]), under


__all__ = ["town_under_code"]
