"""A party's caption with the party's own number after it ("Aanvoerder : 31842", "Cliente:
000482"), the name on the line under it: a block's heading, even where the line goes on into
another field's caption and value ("Notanummer : 2024-14-031842") and the rows under it line
up as an info block's would."""

from __future__ import annotations

from facturist.engine.layout import Cell, Line


def name_under_code(lines: list[Line], index: int, caption: Cell) -> bool:
    """Whether the line right under the coded caption starts, flush under it, with a line of
    words alone: no colon, no digit (a name; a field's row would caption its value)."""
    line = lines[index]
    if index + 1 >= len(lines):
        return False
    below = lines[index + 1]
    if below.page != line.page or below.y0 - line.y1 > 1.5 * max(line.height, below.height):
        return False
    first = next((c for c in below.cells if abs(c.x0 - caption.x0) < 4), None)
    if first is None:
        return False
    text = first.text.strip()
    return ":" not in text and not any(ch.isdigit() for ch in text) and len(text) > 3
