"""A courtesy title read apart from the name it opens ("Frau | Sabine Morgenroth": a scan's
OCR leaves a cell gap after the title): the title alone is never anyone's name; the name is
the title with the cells that follow it on its line, up to the next column's."""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line, cell_holding, print_height
from facturist.engine.model import Value

_TITLE = re.compile(
    r"(?:herrn?|frau|mr|mrs|ms|miss|m|mme|mlle|monsieur|madame|sr|sra|srta|sig|sig\.ra|dhr"
    r"|mevr|pan|pani)\.?",
    re.IGNORECASE,
)


def with_name_beside(lines: list[Line], name: Value | None) -> Value | None:
    """The name a lone courtesy title opens, run on with the cells beside it on its line."""
    if name is None or not name.boxes or not _TITLE.fullmatch(str(name.value).strip()):
        return name
    held = cell_holding(lines, name.boxes[0])
    if held is None:
        return name
    index, position = held
    cells = lines[index].cells
    run = [cells[position]]
    for cell in cells[position + 1 :]:
        # Beside the title a word space or so; the details' column ("DATUM") stands far right.
        if cell.x0 - run[-1].x1 > 3 * print_height(cell) or cell.text.rstrip().endswith(":"):
            break
        run.append(cell)
    if len(run) == 1:
        return name
    joined = Cell([w for c in run for w in c.words])
    return Value(joined.text, joined.text, joined.boxes, name.confidence)
