"""A count printed with its unit of measure, right-aligned under the quantity's caption:
"5,952 gibibyte hour", "1.104 m³", "200 gibibyte month".

Cloud, telecom and utility bills print the metered usage with its unit in one cell, aligned
to the right edge of the "Quantity" column; a long unit pushes the figure left, past the
caption's start, over the description's column. The cell is the count's: its figure is the
row's quantity and its words the unit, no part of the item's text.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.tableheader import Columns

_FIGURE = re.compile(r"^\d[\d.,'\u00a0]*$")
# A unit's word: letters, with a power, a hyphen or a slash ("m³", "kWh", "GB-Mo", "GB-s",
# "h/Monat"); or a scale of thousands or millions before it ("1K Req", "1M Req", "10K").
_UNIT = re.compile(r"^[^\W\d_](?:[^\W\d_]|[/\-.](?=[^\W\d_]))*[²³]?\.?$")
_SCALE = re.compile(r"^\d{1,3}[KkM]$")
_MOST_UNIT_WORDS = 3


def counted_cells(line: Line, columns: Columns) -> list[tuple[float, float]]:
    """The x-spans of the line's cells holding a figure and its unit that reach under the
    quantity's caption from the left (see the module's docstring)."""
    span = columns.centers.get("quantity")
    if span is None:
        return []
    caption = columns.centers.get("description")
    text_left = caption[0] if caption is not None else columns.description[0]
    spans: list[tuple[float, float]] = []
    for cell in line.cells[1:]:
        words = cell.words
        if not 2 <= len(words) <= _MOST_UNIT_WORDS + 1 or not _FIGURE.match(words[0].text):
            continue
        units = words[1:]
        if not all(_UNIT.match(w.text) or _SCALE.match(w.text) for w in units):
            continue
        if not _UNIT.match(units[-1].text):
            continue  # "38.415 1M": the scale counts something named after it
        if cell.x0 < span[0] <= cell.x1 <= span[1] + line.height and cell.x0 > text_left:
            spans.append((cell.x0, cell.x1))
    return spans
