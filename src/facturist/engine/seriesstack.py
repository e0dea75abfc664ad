"""A series printed over its number, each on a line of its own: Romanian title blocks stack
"Seria FCT" over "Nr. 004512" under "FACTURĂ FISCALĂ"; the series and the count make the
document's full number ("FCT 004512"), as "Seria FCT Nr. 004512" on one line would.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value

# The series' capitals, Central European ones among them, alone after the series word.
_SERIES = re.compile(
    r"^(?i:seri[ae]|serija|s[ée]rie)\s*:?\s+(?P<series>[A-ZĂÂÎȘȚŞŢ][A-ZĂÂÎȘȚŞŢ\-]{0,7})$"
)
# The number alone after its sign, on the line below.
_SIGNED = re.compile(
    r"^(?i:nr|no|n[°º]|num[ăa]r(?:ul)?)\.?\s*:?\s*(?P<number>[A-Z]{0,4}\d[\w\-/]*)$"
)


def stacked_series_number(lines: list[Line]) -> Value | None:
    """ "Seria FCT" over "Nr. 004512", the number's cell right under the series' one, close."""
    for index, line in enumerate(lines[:40]):
        for cell in line.cells:
            if "eri" not in cell.text and "ERI" not in cell.text:
                continue
            series = _SERIES.match(cell.text.strip())
            if series is None:
                continue
            for below in lines[index + 1 : index + 3]:
                if below.page != line.page or below.y0 - line.y1 > 1.5 * line.height:
                    break
                for other in below.cells:
                    if other.x1 < cell.x0 or other.x0 > cell.x1:
                        continue  # another column's cell
                    signed = _SIGNED.match(other.text.strip())
                    if signed is not None:
                        value = f"{series.group('series')} {signed.group('number')}"
                        boxes = (cell.words[-1].box, other.words[-1].box)
                        return Value(value, f"{cell.text} {other.text}", boxes, 0.8)
    return None
