"""Position boxes that break across a page, and group positions over their sub-positions.

E-invoice viewers print their position boxes one under the other and let a box break where
the page ends: the page's footer ("Seite 1 von 2", "Erstellt mit … | Seite 1/2") and the next
page's running header ("Kessler & Vogt KG · Rechnung 2024-0318"), or the box's heading
repeated as "Rechnungsposition 4 von 5 (Fortsetzung)", stand between its rows::

    Menge:            10,00
    Einheit:          H87
                                    Seite 1 von 2
    ─────────────────────────── page 2 ───────────
    Kessler & Vogt KG · Rechnung 2024-0318
    Einzelpreis:      59,78
    Nettobetrag:      597,80

A group position (EN 16931 sub-invoice lines, "Positionsart: Gruppe", "Line status: Group")
prints no amount of its own; its sub-positions follow, numbered with its number first
("Unterposition 1.1", "Sub-line 1.2"), and they are the items.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from facturist.engine.layout import Line

# The most lines of a page's footer under a box's last row, and of the next page's running
# header (with a repeated heading) above its next row.
_FOOTER_LINES = 2
_HEADER_LINES = 3
# A footer stands apart from the rows above it: more than this many row heights below.
_FOOTER_GAP = 3.0
# A heading's position number: "Unterposition 1.2" -> "1.2".
_NUMBER = re.compile(r"(\d{1,4}(?:\.\d{1,3})*)")


def page_turn(
    lines: list[Line],
    index: int,
    goes_on: Callable[[Line], bool],
    is_heading: Callable[[Line], bool],
) -> int | None:
    """Where a box whose rows stopped at `index` goes on after a page's end: the index of its
    next row past the footer and the next page's header; None unless a page ends here."""
    last = lines[index - 1]
    end = index
    while end < len(lines) and lines[end].page == last.page:
        if end - index >= _FOOTER_LINES:
            return None
        end += 1
    if end == len(lines) or end == index == 0:
        return None
    if end > index and lines[index].y0 - last.y1 < _FOOTER_GAP * last.height:
        return None  # a row right under the last one: the box's own, or its end
    for ahead in range(end, min(end + _HEADER_LINES + 1, len(lines))):
        line = lines[ahead]
        if line.page != lines[end].page or is_heading(line):
            return None  # another position's box starts: this one has ended
        if goes_on(line):
            return ahead
    return None


def sub_number(heading: str, number: str) -> bool:
    """Whether a heading numbers a sub-position of position `number` ("Unterposition 1.2"
    under "Position 1")."""
    found = _NUMBER.search(heading)
    return found is not None and found.group(1).startswith(f"{number}.")


def heading_number(heading: str) -> str | None:
    """A heading's position number ("Rechnungsposition 4 von 5" -> "4")."""
    found = _NUMBER.search(heading)
    return None if found is None else found.group(1)
