"""Mexico's CFDI number printed as two captioned rows, one under the other::

    Serie:  FA
    Folio:  10482

The invoice's number is the series and the folio together ("FA 10482"); ownnumber.py reads
the one-caption form "Serie / Folio: | A / 1432". The stamp's "Folio fiscal (UUID)" is no
number of the invoice: only a bare "Folio" caption with digits after it counts.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value

_SERIES = re.compile(r"^(?i:serie)\s*:?\s*(?P<series>[A-Z][A-Z0-9\-]{0,7})$")
_FOLIO = re.compile(r"^(?i:folio)\s*:?\s*(?P<folio>\d[\d\-]{0,14})$")
# How many lines below the series its folio may stand.
_REACH = 3


def series_and_folio(lines: list[Line]) -> Value | None:
    """ "FA 10482" from a "Serie: | FA" row over a "Folio: | 10482" row; else None."""
    for index, line in enumerate(lines[:40]):
        for start in range(len(line.cells)):
            series = _SERIES.match(_pair_text(line, start))
            if series is None:
                continue
            x0 = line.cells[start].x0
            for below in lines[index + 1 : index + 1 + _REACH]:
                if below.page != line.page:
                    break
                for other in range(len(below.cells)):
                    if abs(below.cells[other].x0 - x0) > 2 * line.height:
                        continue
                    folio = _FOLIO.match(_pair_text(below, other))
                    if folio is None:
                        continue
                    value = f"{series.group('series')} {folio.group('folio')}"
                    boxes = (*line.cells[start].boxes, *below.cells[other].boxes)
                    return Value(value, value, boxes, 0.8)
    return None


def _pair_text(line: Line, start: int) -> str:
    """The caption cell's text, with the next cell's where the caption stands alone."""
    text = line.cells[start].text.strip()
    if text.endswith(":") and start + 1 < len(line.cells):
        return f"{text} {line.cells[start + 1].text.strip()}"
    return text


__all__ = ["series_and_folio"]
