"""Vertical ruling lines of a scanned page, and text boxes cut where a rule crosses them.

The text detector widens each region it finds, so in a ruled grid ("| 28 de abril de 2025 |
27 de junio de 2025 |") neighbouring cells a few pixels apart come back as one box; the
recogniser then reads them as one line and drops the space at the rule ("202527"). A rule
that crosses a box from its top to its bottom is a cell border: the box is cut there.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float32]

# A dark run at least this share of the page's height is a rule, not a letter's stroke
# (a text line is about 1.5 % of an A4 page's height at any resolution).
RULE_SHARE = 0.025
# Pixels darker than this are ink.
INK = 128
# A rule is thin: where a dark run is at least this share of the page's width (and this
# many pixels) across, it is a shadow or the table beside a photographed page, whose
# columns are all dark from top to bottom; taken for rules, they cut the words in the
# shadow away.
RULE_MAX_WIDTH_SHARE = 0.006
RULE_MAX_WIDTH = 8
# A rule cuts a box when its ink covers this share of the box's height at that column.
CROSSING = 0.85
# Pieces narrower than this share of the box's height are the rule itself or slivers.
MIN_PIECE = 0.5


def vertical_rules(gray: NDArray[np.uint8]) -> NDArray[np.bool_]:
    """A mask of the page's long, thin vertical dark runs (table and box borders)."""
    import cv2

    height, width = gray.shape[:2]
    length = max(15, round(height * RULE_SHARE))
    # Masks of 0 and 1 bytes, worked on in place: each is as big as the page (8.7 MB at
    # 300 dpi), and copies of them were a good part of a page's peak memory.
    ink = np.less(gray, INK).view(np.uint8)
    tall = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((length, 1), np.uint8))
    across = max(RULE_MAX_WIDTH, round(width * RULE_MAX_WIDTH_SHARE)) + 1
    wide = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, across), np.uint8))
    del ink
    # Also parts the strokes of big letters of two touching lines (a "T" over an "S") that
    # stand in one column for a rule's length: the letters' arcs and bars are wide.
    rules: NDArray[np.bool_] = tall.view(np.bool_)
    not_wide = np.logical_not(wide.view(np.bool_), out=wide.view(np.bool_))
    np.logical_and(rules, not_wide, out=rules)
    return rules


def cut_at_rules(boxes: list[FloatArray], rules: NDArray[np.bool_]) -> list[FloatArray]:
    """The boxes (4 corner points, image pixels), each cut at the rules crossing it."""
    if not rules.any():
        return boxes
    out: list[FloatArray] = []
    for box in boxes:
        out.extend(_pieces(box, rules))
    return out


def _pieces(box: FloatArray, rules: NDArray[np.bool_]) -> list[FloatArray]:
    x0, y0 = np.floor(box.min(axis=0)).astype(int)
    x1, y1 = np.ceil(box.max(axis=0)).astype(int)
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(rules.shape[1], x1), min(rules.shape[0], y1)
    height = y1 - y0
    if height <= 0 or x1 - x0 <= 2 * height:
        return [box]
    crossed = rules[y0:y1, x0:x1].mean(axis=0) >= CROSSING
    if not crossed.any():
        return [box]
    pieces: list[FloatArray] = []
    start = x0
    for column in [*np.flatnonzero(crossed) + x0, x1]:
        if column - start >= MIN_PIECE * height:
            pieces.append(_rect(start, column, box))
        start = column + 1
    return pieces or [box]


def _rect(left: float, right: float, box: FloatArray) -> FloatArray:
    """The part of an (upright) box between two x positions, as 4 corner points."""
    top, bottom = float(box[:, 1].min()), float(box[:, 1].max())
    return np.array([[left, top], [right, top], [right, bottom], [left, bottom]], np.float32)
