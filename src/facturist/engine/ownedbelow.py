"""A value under a caption that the line below already gives to a caption of its own.

In a block of caption | value rows (an e-invoice viewer's item block, a form's grid) a caption
followed only by a rate ("VAT | 20 %") or nothing has no figure of its own; the next row's
figure ("Line amount | 3494.00") belongs to the caption printed before it on that row. Reading
down from a caption therefore stops at a row whose value has its own caption cell in front."""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.parsing import detect_currency


def unowned(lines: list[Line], index: int, words: list[Word]) -> list[Word]:
    """`words` (read below line `index`), or none where their line's value has its own caption:
    a cell of words without figures before a cell with one, both among `words`."""
    if not words:
        return words
    first = words[0]
    below = next((ln for ln in lines[index + 1 : index + 4] if first in ln.words), None)
    if below is None:
        return words
    taken = set(map(id, words))
    cells = [c for c in below.cells if any(id(w) in taken for w in c.words)]
    if len(cells) < 2 or not _is_caption(cells[0].text):
        return words
    if any(ch.isdigit() for c in cells[1:] for ch in c.text):
        return []  # "Line amount | 3494.00": the row's own caption owns its figure
    return words


def _is_caption(text: str) -> bool:
    """Words of letters without a figure, and no currency ("EUR | 120.00" is one value)."""
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 3 and not any(ch.isdigit() for ch in text) and detect_currency(text) is None
