"""Line items: table header detection, column x-ranges, rows with multi-line descriptions."""

from __future__ import annotations

from facturist.engine.layout import Line
from facturist.engine.model import Value


def line_items(lines: list[Line]) -> list[dict[str, Value]]:
    """Line items found in tables on the lines, keyed by canonical line keys (without "line.")."""
    return []
