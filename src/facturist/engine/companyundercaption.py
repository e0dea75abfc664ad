"""A party's caption in a row of block headings ("VERKÄUFER | RECHTLICHES | BANKVERBINDUNG",
"Sold by | VAT Reg. No. GB 418 0327 75", "VENDITORE | DATI FISCALI") over the blocks' first
line, the company's name by its legal form right under the caption. The cell beside the
caption heads another block; it is no value of a caption | value row ("Verkäufer | Jan
Meiners" in an info block, whose next row starts with the next caption)."""

from __future__ import annotations

from facturist.engine.layout import Cell, Line
from facturist.engine.partynames import names_by_form

_ALIGN = 4.0  # points between the caption's left edge and the name's under it


def company_under_caption(lines: list[Line], index: int, caption: Cell) -> bool:
    """Whether the line right under the caption's starts, under the caption, with a company's
    name by its legal form (not a "Caption: value" cell)."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    if below is None or below.page != line.page or below.y0 - line.y1 > 2 * line.height:
        return False
    for cell in below.cells:
        if abs(cell.x0 - caption.x0) < _ALIGN:
            text = cell.text.strip()
            return ":" not in text and names_by_form(text)
    return False
