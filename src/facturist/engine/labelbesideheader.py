"""A side panel's "caption: value" printed on the item header's line, right of its captions
("Descrizione | Q.tà | Prezzo | Importo   Data intervento: 12/11/2025").

A service report, a delivery note's summary or a job card may stand in a box right of a
narrow item table; its first line can share the header's baseline. A header line holding a
labelled value reads as a caption and its value, no header ("Service period: 28/06/2023"),
so the table would be lost. Where the labelled value stands in the line's last cells, clear
of three captions or more left of it by a wide gap, the header is the captions before it.
"""

from __future__ import annotations

import re

from facturist.engine.column_captions import classify_word
from facturist.engine.layout import Line

# "Data intervento: 12/11/2025", "Date: 05.05.2025": a caption, its colon, a figure.
_LABELLED_VALUE = re.compile(r":\s*\S*\d")
# Captions that must stand left of the side panel's cell, and the gap (in line heights)
# between the last of them and the panel.
_CAPTIONS = 3
_GAP = 2.0


def without_labelled_side(line: Line) -> Line:
    """The header line less a side panel's labelled value right of its captions; the line as
    it is where there is none."""
    cells = line.cells
    at = next((i for i, c in enumerate(cells) if _LABELLED_VALUE.search(c.text)), None)
    if at is None or at < _CAPTIONS:
        return line
    kept = cells[:at]
    if cells[at].x0 - kept[-1].x1 < _GAP * line.height:
        return line
    if sum(1 for cell in kept if any(classify_word(w) for w in cell.words)) < _CAPTIONS:
        return line
    return Line(line.page, [w for c in kept for w in c.words], kept)
