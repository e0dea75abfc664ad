"""A caption in the cell after the one a match starts in, read with its neighbours in view.

A boxed header "FATTURA | NUMERO | DATA" over "000021 | 10/02/2025" reads "FATTURA NUMERO"
as one caption across two cells; read within the first cell ("FATTURA") it names nothing,
and read within the next alone ("NUMERO") it loses what makes it a caption: the document
word before it and the date's caption after it ("Documento | Numero | Data", labels.py).
Matched from the next cell's start in the whole line, the caption must still end inside that
cell (labelvalues.in_first_cell reads each cell on its own first)."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word


def caption_in_next_cell(
    pattern: re.Pattern[str], line: Line, label: list[Word]
) -> re.Match[str] | None:
    """The caption starting the cell after the label's first word's, ending inside it."""
    cell = next((c for c in line.cells if label[0] in c.words), None)
    if cell is None:
        return None
    last = line.words.index(cell.words[-1])
    if last + 1 >= len(line.words):
        return None
    following = next(c for c in line.cells if line.words[last + 1] in c.words)
    start = len(" ".join(w.text for w in line.words[: last + 1])) + 1
    stop = line.words.index(following.words[-1])
    end = len(" ".join(w.text for w in line.words[: stop + 1]))
    found = pattern.match(line.text, start)
    return found if found is not None and start < found.end() <= end else None
