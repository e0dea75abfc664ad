"""An "Item" column holding the rows' running numbers ("Item | Article No. | Description").

English (and German ERP's English) invoices caption the position column "Item": a caption
the lexicon reads as the item's text. Beside another text caption right of it ("Description"),
the first text caption then wins and each row's name becomes "1 NM-89041". Where every cell
under the "Item" caption is a small whole number, counting up row by row, the column numbers
the rows: it is a lead column like "Pos.", and the next text caption heads the names.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

# A running number as printed: "1", "26", "100".
_NUMBER = re.compile(r"^\d{1,3}\.?$")
# Lines read under the header for its rows.
_ROWS_READ = 14
# How far (points) left of its caption a number may stand (numbers set right-aligned).
_SLACK = 12.0


def numbered_item_column(
    found: dict[str, list[Word]],
    codes: list[list[Word]],
    descriptions: list[tuple[list[Word], Line]],
    below: list[Line],
) -> None:
    """Hand the description to the next text caption right of the found one when the
    found one's column only numbers the rows; the numbers' caption joins `codes` (lead
    columns). `descriptions`: the header's text captions and their lines; `below`: the lines
    under the header."""
    current = found.get("description")
    if current is None:
        return
    member = next((m for words, m in descriptions if words is current), None)
    if member is None:
        return
    coded = {id(c[-1]) for c in codes}
    x1 = max(w.box.x1 for w in current)
    right = [
        words
        for words, m in descriptions
        if m is member and id(words[-1]) not in coded and words[0].box.x0 > x1
    ]
    if not right:
        return
    nxt = min(c.x0 for c in member.cells if c.x0 > x1 + 1)
    span = (min(w.box.x0 for w in current) - _SLACK, nxt)
    if not _running_numbers(below, span, member.page):
        return
    codes.append(current)
    found["description"] = min(right, key=lambda words: words[0].box.x0)


def _running_numbers(below: list[Line], span: tuple[float, float], page: int) -> bool:
    """Two rows or more print a cell inside `span`, each a small number above the last."""
    numbers: list[int] = []
    for line in below[:_ROWS_READ]:
        if line.page != page:
            break
        cells = [c for c in line.cells if span[0] <= c.x0 and c.x1 <= span[1]]
        if not cells:
            continue
        if len(cells) > 1 or not _NUMBER.match(cells[0].text):
            return False
        number = int(cells[0].text.rstrip("."))
        if numbers and number <= numbers[-1]:
            return False
        numbers.append(number)
    return len(numbers) >= 2
