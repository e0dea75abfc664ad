"""A column of captions each over its value ("Fakturadato" / "5. marts 2026" / "Forfaldsdato"
/ "4. april 2026"): the value above a caption is the previous caption's, not its own.

Whether a caption reads its value above or below is judged from the whole row (labelvalues.py
values_above): where a cell of another block beside it (a total box's "senest 4. april 2026")
makes the row above align better than the row below, the second caption of such a column took
the first caption's value. Here the value above is the earlier caption's when that caption
stands right over it in the same column, nothing readable above that caption, and a value
stands under this one.
"""

from __future__ import annotations

from collections.abc import Callable

from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word

_ALIGN = 4.0  # points: cells starting within this of each other share a column


def _aligned(line: Line, cell: Cell) -> Cell | None:
    return next((c for c in line.cells if abs(c.x0 - cell.x0) < _ALIGN), None)


def _has_digit(cell: Cell | None) -> bool:
    return cell is not None and any(ch.isdigit() for ch in cell.text)


def _caption_at(lines: list[Line], at: int, cell: Cell, is_caption: Callable[[Line], bool]) -> bool:
    found = _aligned(lines[at], cell)
    if found is None or _has_digit(found):
        return False
    return is_caption(Line(lines[at].page, list(found.words), [found]))


def previous_captions_value(
    lines: list[Line], index: int, label: list[Word], is_caption: Callable[[Line], bool]
) -> bool:
    """Whether the value over the caption ``label`` on ``lines[index]`` belongs to a caption
    two lines up in its column (``is_caption`` tells a caption line), a value standing under
    ``label`` on the next line and the column's first caption with no value over it."""
    if index < 2 or index + 1 >= len(lines) or not label:
        return False
    line = lines[index]
    cell = next((c for c in line.cells if label[0] in c.words), None)
    if cell is None or any(other.page != line.page for other in lines[index - 2 : index + 2]):
        return False
    if not _has_digit(_aligned(lines[index - 1], cell)) or not _has_digit(
        _aligned(lines[index + 1], cell)
    ):
        return False
    if not _caption_at(lines, index - 2, cell, is_caption):
        return False
    # Up the column while captions and values alternate: its top a caption with no value
    # over it (values under their captions), not a value (captions under their values).
    top = index - 2
    while (
        top >= 2
        and lines[top - 2].page == line.page
        and _has_digit(_aligned(lines[top - 1], cell))
        and _caption_at(lines, top - 2, cell, is_caption)
    ):
        top -= 2
    over = lines[top - 1] if top >= 1 and lines[top - 1].page == line.page else None
    return over is None or not _has_digit(_aligned(over, cell))
