"""A caption word that is the wrapped end of a line above ("Print-ready files / color
separations for can" over "supplier"): a word of a description, not a section caption."""

from __future__ import annotations

from facturist.engine.layout import Cell, Line


def continues_line_above(lines: list[Line], index: int, cell: Cell) -> bool:
    """Whether a lowercase, colon-less caption cell carries on the text of the line above."""
    text = cell.text.strip()
    if not text[:1].islower() or ":" in text or index == 0:
        return False
    line, above = lines[index], lines[index - 1]
    if above.page != line.page or line.y0 - above.y1 > 1.2 * line.height:
        return False
    return any(
        abs(other.x0 - cell.x0) < 3 and len(other.text) >= 20 and other.text[-1:].isalpha()
        for other in above.cells
    )
