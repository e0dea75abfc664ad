"""Word boxes of a page photographed at an angle, put level along its printed lines.

The page is deskewed before OCR only within a few degrees (preprocess.estimate_skew): a
receipt photographed by hand lies at 6-12 degrees, on a textured table that hides its rows
from the ink profile. The detector still traces each printed line as a tilted quadrilateral
and the recogniser reads it straight, but axis-aligned boxes around tilted words overlap the
rows above and below, so words of neighbouring lines get grouped into one. The lines' own
slope gives the angle: turning the word corners back by it (about the image centre, as a
deskew of the image would) makes every printed line a level row again.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

# Residual tilt left after the image deskew is a fraction of a degree; only a clear slope
# of many long lines is the page's (short words' quads tilt by a few degrees at random).
MIN_LEVEL_DEGREES = 1.5
MAX_LEVEL_DEGREES = 20.0
MIN_SLOPED_LINES = 5
LONG_LINE_RATIO = 3.0  # a line at least this many times as wide as tall gives its slope


def line_slope(boxes: Sequence[NDArray[np.float32]]) -> float:
    """Degrees (image y down) the page's long text lines rise along their top edge; 0 when
    they lie level or too few lines agree to tell."""
    slopes: list[float] = []
    for box in boxes:
        (x0, y0), (x1, y1), _, (x3, y3) = (tuple(map(float, point)) for point in box[:4])
        width, height = math.hypot(x1 - x0, y1 - y0), math.hypot(x3 - x0, y3 - y0)
        if width >= LONG_LINE_RATIO * max(height, 1.0) and x1 > x0:
            slopes.append(math.degrees(math.atan2(y1 - y0, x1 - x0)))
    if len(slopes) < MIN_SLOPED_LINES:
        return 0.0
    slope = float(np.median(slopes))
    agreeing = sum(abs(s - slope) <= 2.0 for s in slopes)
    if not MIN_LEVEL_DEGREES <= abs(slope) <= MAX_LEVEL_DEGREES or agreeing * 2 < len(slopes):
        return 0.0
    return slope


def levelled(
    points: Sequence[Sequence[float]], slope: float, width: float, height: float
) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) around `points` turned back by `slope` degrees about the
    image centre, kept inside the image (a level page's box as it is)."""
    if slope == 0.0:
        xs0 = [float(point[0]) for point in points]
        ys0 = [float(point[1]) for point in points]
        return min(xs0), min(ys0), max(xs0), max(ys0)
    theta = math.radians(slope)
    cos, sin = math.cos(theta), math.sin(theta)
    cx, cy = width / 2, height / 2
    xs: list[float] = []
    ys: list[float] = []
    for x, y in points:
        dx, dy = float(x) - cx, float(y) - cy
        xs.append(min(max(cx + dx * cos + dy * sin, 0.0), width))
        ys.append(min(max(cy - dx * sin + dy * cos, 0.0), height))
    return min(xs), min(ys), max(xs), max(ys)
