"""Dark bands of a scanned page (a table header printed white on a coloured bar), turned
light-on-dark to dark-on-light before text is detected: the detector and the recogniser are
trained on dark text, and found only fragments ("te m", "n") of white captions on a bar."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

# Pixels darker than this belong to a band.
DARK = 110
# A band spans at least this share of the page's width ...
MIN_WIDTH_SHARE = 0.2
# ... is at most this share of the page's height (a bar, not a photo or a black border) ...
MAX_HEIGHT_SHARE = 0.06
# ... and its box is at least this dark (white letters cover the rest).
MIN_FILL = 0.6


def dark_bands(gray: NDArray[np.uint8]) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) of the page's dark horizontal bars."""
    import cv2

    height, width = gray.shape[:2]
    dark = (gray < DARK).astype(np.uint8)
    # Close the gaps the letters leave in the bar, then keep the large solid regions.
    closed = cv2.morphologyEx(dark, cv2.MORPH_CLOSE, np.ones((5, 15), np.uint8))
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(closed, connectivity=8)
    bands = []
    for index in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[index])
        if w < MIN_WIDTH_SHARE * width or h > MAX_HEIGHT_SHARE * height or h < 8:
            continue
        if dark[y : y + h, x : x + w].mean() < MIN_FILL or area < MIN_FILL * w * h:
            continue
        bands.append((x, y, x + w, y + h))
    return bands


def lighten_bands(rgb: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """The page (RGB or grayscale) with each dark bar inverted (a copy), or the page itself
    when it has none."""
    import cv2

    # A grayscale page is its own gray.
    gray = rgb if rgb.ndim == 2 else np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), np.uint8)
    bands = dark_bands(gray)
    if not bands:
        return rgb
    out = rgb.copy()
    for x0, y0, x1, y1 in bands:
        out[y0:y1, x0:x1] = 255 - out[y0:y1, x0:x1]
    return out
