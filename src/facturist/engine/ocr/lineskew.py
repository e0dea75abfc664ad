"""Word boxes of a page photographed at an angle, put level along its printed lines.

The page is deskewed before OCR only within a few degrees (preprocess.estimate_skew): a
receipt photographed by hand lies at 6-12 degrees, on a textured table that hides its rows
from the ink profile. The detector still traces each printed line as a tilted quadrilateral
and the recogniser reads it straight, but axis-aligned boxes around tilted words overlap the
rows above and below, so words of neighbouring lines get grouped into one. The lines' own
slope gives the angle: turning the word corners back by it (about the image centre, as a
deskew of the image would) makes every printed line a level row again.

A hand-held photo is rarely a plain rotation: paper curled over the table bends every
printed line into an arc, so the slope changes from the left of the page to the right (a
label at the left at 8 degrees, its amount at the right level), and a camera held at an
angle changes it from the top to the bottom. One angle for the page then levels the labels
and tilts the amounts (or the other way), and each amount lands beside the label a line
above or below its own. The slopes of all detected lines give the slope as a plane over the
page (`LineField`): the words are turned by its value at the centre, then each is moved up
or down by what the remaining change of slope adds along the line from the centre to it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from facturist.engine.model import Box

# Residual tilt left after the image deskew is a fraction of a degree; only a clear slope
# of many long lines is the page's (short words' quads tilt by a few degrees at random).
MIN_LEVEL_DEGREES = 1.5
MAX_LEVEL_DEGREES = 20.0
MIN_SLOPED_LINES = 5
# The slope plane is fitted to every line at least this many times as wide as tall (amounts
# at the right edge are short, and the bend is only seen with them), weighted by how long
# the line is (a short box's slope is rounded to a few degrees by the detector), up to:
FIELD_LINE_RATIO = 2.0
FIELD_MAX_WEIGHT = 12.0
# A box much taller than the page's lines holds two lines the detector merged: its slope is
# meaningless.
MERGED_LINE_HEIGHT = 1.5
# Lines further than this from the fitted plane (degrees; or a multiple of the median miss)
# are dropped and the plane fitted again; most lines must stay for the plane to count.
FIELD_OUTLIER_DEGREES = 2.0
FIELD_OUTLIER_SPREAD = 2.5
FIELD_ROUNDS = 4
# A page whose lines slope this much at its centre is turned level before the detector
# traces its lines again (see `turned`).
TURN_DEGREES = 2.0


@dataclass(frozen=True)
class LineField:
    """Degrees (image y down) the printed lines rise at the image centre (`slope`), and how
    much more they rise at the right edge than at the left (`across`) and at the bottom
    than at the top (`down`)."""

    slope: float
    across: float = 0.0
    down: float = 0.0


LEVEL = LineField(0.0)


def _corners(box: NDArray[np.float32]) -> tuple[tuple[float, float], ...]:
    return tuple((float(point[0]), float(point[1])) for point in box[:4])


def line_field(boxes: Sequence[NDArray[np.float32]], width: float, height: float) -> LineField:
    """The slope of the printed lines as a plane over a `width` x `height` image, fitted to
    the detected line boxes; `LEVEL` when the lines lie level or too few fit one plane."""
    heights = [math.hypot(*np.subtract(box[3][:2], box[0][:2])) for box in boxes]
    if not heights or width <= 0 or height <= 0:
        return LEVEL
    tallest = MERGED_LINE_HEIGHT * float(np.median(heights))
    rows: list[tuple[float, float]] = []
    slopes: list[float] = []
    weights: list[float] = []
    for box, line_height in zip(boxes, heights, strict=True):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = _corners(box)
        length = math.hypot(x1 - x0, y1 - y0)
        if x1 <= x0 or line_height > tallest or length < FIELD_LINE_RATIO * max(line_height, 1.0):
            continue
        rows.append(((x0 + x1 + x2 + x3) / 4 / width - 0.5, (y0 + y1 + y2 + y3) / 4 / height - 0.5))
        slopes.append(math.degrees(math.atan2(y1 - y0, x1 - x0)))
        weights.append(min(length / max(line_height, 1.0), FIELD_MAX_WEIGHT))
    if len(rows) < MIN_SLOPED_LINES:
        return LEVEL
    design = np.array([[1.0, u, v] for u, v in rows])
    target = np.array(slopes)
    roots = np.sqrt(np.array(weights))
    keep = np.ones(len(rows), dtype=bool)
    coefficients = np.zeros(3)
    for _ in range(FIELD_ROUNDS):
        scale = roots * keep
        coefficients = np.linalg.lstsq(design * scale[:, None], target * scale, rcond=None)[0]
        misses = np.abs(target - design @ coefficients)
        spread = float(np.median(misses[keep]))
        keep = misses <= max(FIELD_OUTLIER_DEGREES, FIELD_OUTLIER_SPREAD * spread)
    if int(keep.sum()) * 2 < len(rows) or int(keep.sum()) < MIN_SLOPED_LINES:
        return LEVEL
    fitted = np.abs(design[keep] @ coefficients)
    if float(fitted.max()) < MIN_LEVEL_DEGREES or float(fitted.max()) > MAX_LEVEL_DEGREES:
        return LEVEL
    slope, across, down = (float(c) for c in coefficients)
    return LineField(slope, across, down)


def levelled(
    points: Sequence[Sequence[float]],
    slope: float | LineField,
    width: float,
    height: float,
) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) around `points` turned back by `slope` degrees about the
    image centre, kept inside the image (a level page's box as it is). With a `LineField`,
    each point also moves by the rise its line gains from the centre to it beyond that."""
    field = slope if isinstance(slope, LineField) else LineField(slope)
    if field == LEVEL:
        xs0 = [float(point[0]) for point in points]
        ys0 = [float(point[1]) for point in points]
        return min(xs0), min(ys0), max(xs0), max(ys0)
    theta = math.radians(field.slope)
    cos, sin = math.cos(theta), math.sin(theta)
    # Rise per pixel gained per pixel to the right / down the page, in the turned frame.
    bend = math.radians(field.across) / width
    lean = math.radians(field.down) / height
    cx, cy = width / 2, height / 2
    xs: list[float] = []
    ys: list[float] = []
    for x, y in points:
        dx, dy = float(x) - cx, float(y) - cy
        across, down = dx * cos + dy * sin, -dx * sin + dy * cos
        # Along a line from the centre's column to this point the slope grows by
        # bend * distance (its rise: half that times the distance) plus lean * height.
        down -= bend * across * across / 2 + lean * down * across
        xs.append(min(max(cx + across, 0.0), width))
        ys.append(min(max(cy + down, 0.0), height))
    return min(xs), min(ys), max(xs), max(ys)


def turned(rgb: NDArray[np.uint8], slope: float) -> NDArray[np.uint8]:
    """The image turned back by `slope` degrees about its centre, grown to keep its corners
    (white beyond them, where the detector finds no text).

    The detector traces each printed line from a map of text pixels at a reduced scale; on
    a page tilted by several degrees the lines of a tight block (totals, a letterhead) touch
    in that map and come back as one box two or three lines tall, which the recogniser reads
    as garbage. Levelling the word boxes afterwards cannot part them: the page is turned
    before the detector sees it again.
    """
    white = 255 if rgb.ndim == 2 else (255, 255, 255)  # a grayscale page stays grayscale
    image = Image.fromarray(rgb).rotate(
        slope, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=white
    )
    return np.asarray(image)


def moved(box: Box, shift: tuple[float, float], size: tuple[float, float]) -> Box:
    """A box of the turned (grown) image moved by `shift` into the frame of the original
    image of `size`, where `levelled` would have put it, and kept inside it."""
    width, height = size
    x0, x1 = (min(max(x + shift[0], 0.0), width) for x in (box.x0, box.x1))
    y0, y1 = (min(max(y + shift[1], 0.0), height) for y in (box.y0, box.y1))
    return Box(box.page, x0, y0, x1, y1)
