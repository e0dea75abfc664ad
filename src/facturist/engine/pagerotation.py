"""Character boxes and angles of a page with a /Rotate entry, moved onto the page as displayed.

pdfium's text page reports character boxes and angles in the page's own, unturned user space,
while `page.get_size()` and every rendering give the page as a viewer shows it, turned clockwise
by /Rotate. An A4 landscape invoice made as a portrait page with /Rotate 90 would otherwise have
each upright word read as text turned sideways, on a page of the wrong shape. Boxes stay in PDF
convention (y grows upward); `width` and `height` are the displayed page's size.
"""

from __future__ import annotations

import math


def page_turn(rotation: int) -> int:
    """The page's clockwise turn as 0, 90, 180 or 270 (anything else reads as 0)."""
    turn = rotation % 360
    return turn if turn in (90, 180, 270) else 0


def displayed_box(
    turn: int, width: float, height: float, left: float, bottom: float, right: float, top: float
) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of a box on the page displayed `turn` degrees clockwise."""
    # Turned 90°, the unturned page's width is the displayed height: its x runs down the
    # displayed page and its y runs to the right; turned 270°, x runs up and y to the left.
    if turn == 90:
        return bottom, height - right, top, height - left
    if turn == 180:
        return width - right, height - top, width - left, height - bottom
    if turn == 270:
        return width - top, left, width - bottom, right
    return left, bottom, right, top


def displayed_angle(turn: int, angle: float) -> float:
    """pdfium's character angle (counted clockwise) on the page displayed turned `turn`."""
    return angle + math.radians(turn)
