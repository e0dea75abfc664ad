"""Rubber stamps in coloured ink ("BEZAHLT", "PAYÉ", "RECEIVED") over a colour scan's black
print, faded out when the page is turned to grayscale.

In plain luminance a red or blue stamp is about as dark as the captions it covers, and the
recogniser read neither ("Nettobetrag" lost, a stray digit of the stamp's date taken for the
tax). Each stamp pixel is lightened by its colour instead: black print under the stamp stays
dark, the stamp turns to paper. Coloured print of the invoice itself (a blue heading, a logo,
a white caption on a coloured bar) is left as it is: only a coloured mark taller than a few
text lines, drawn in strokes and lying over black print, is taken for a stamp.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

# A pixel whose brightest and dimmest channels differ by this much is coloured ink.
CHROMA = 60
# Under the stamp, pixels this coloured are faded (the stamp's faint edges and worn ink too).
FADE_CHROMA = 35
# A stamp pixel darker than this in its brightest channel has print under it (or dark ink).
DARK_UNDER = 150
# Black print: darker than this, and coloured less than NEUTRAL.
DARK = 110
NEUTRAL = 40
ANALYSIS_SIDE = 1000  # stamps are looked for on a copy this big (a stamp is large)
# A stamp is taller than a text line or two (a page's text line is ~1.5 % of its height) ...
MIN_HEIGHT_SHARE = 0.03
# ... no larger than half the page either way (a coloured table grid or frame is) ...
MAX_SIDE_SHARE = 0.5
# ... drawn in strokes: its ink fills at most this share of its box (a logo or bar is solid) ...
MAX_FILL = 0.4
# ... and lies over the page's black print: some in its box (this share of the box at least),
# and this share of that print touched by its ink. Coloured captions in a coloured frame beside
# black values do not touch them.
MIN_COVERED = 0.005
MIN_CROSSED = 0.03


def stamp_free_gray(rgb: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """The luminance of an RGB page, with coloured stamps over black print faded out."""
    gray: NDArray[np.uint8] = np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), np.uint8)
    height, width = gray.shape
    scale = min(1.0, ANALYSIS_SIDE / max(height, width))
    small = rgb
    if scale < 1.0:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        small = np.asarray(cv2.resize(rgb, size, interpolation=cv2.INTER_AREA), np.uint8)
    chroma = _chroma(small)
    coloured = (chroma >= CHROMA).astype(np.uint8)
    if not coloured.any():
        return gray
    small_gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    black = (small_gray < DARK) & (chroma < NEUTRAL)
    touched = black & cv2.dilate(coloured, np.ones((3, 3), np.uint8)).astype(bool)
    small_h, small_w = coloured.shape
    # Join a stamp's letters, frame and worn patches into one mark.
    side = max(3, min(small_h, small_w) // 100)
    closed = cv2.morphologyEx(coloured, cv2.MORPH_CLOSE, np.ones((side, side), np.uint8))
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(closed, connectivity=8)
    for index in range(1, count):
        x, y, w, h = (int(v) for v in stats[index][:4])
        if h < MIN_HEIGHT_SHARE * small_h:
            continue
        if w > MAX_SIDE_SHARE * small_w or h > MAX_SIDE_SHARE * small_h:
            continue
        if coloured[y : y + h, x : x + w].mean() > MAX_FILL:
            continue
        print_pixels = int(black[y : y + h, x : x + w].sum())
        if print_pixels < MIN_COVERED * w * h:
            continue
        if touched[y : y + h, x : x + w].sum() < MIN_CROSSED * print_pixels:
            continue
        x0, y0 = int(x / scale), int(y / scale)
        x1, y1 = min(width, int((x + w) / scale) + 1), min(height, int((y + h) / scale) + 1)
        box = rgb[y0:y1, x0:x1]
        chroma_box = _chroma(box)
        # One pixel wider: the ink's blurred rim, too pale to count as coloured, stayed as a
        # grey outline of each letter.
        ink = cv2.dilate((chroma_box >= FADE_CHROMA).astype(np.uint8), np.ones((3, 3), np.uint8))
        ink = ink.astype(bool)
        # Its brightest channel shows what lies under the ink. Dark there (print under it, or
        # a dark ink), the pixel and those within 3 pixels keep that channel: whitened, print
        # the stamp crosses broke ("SE.IATI", "BESTARIJAYA"). Bright (light ink on paper),
        # it is made paper white: left pale grey, it was still read ("Subtotal ECEIVED").
        brightest = box.max(axis=2)
        dark = (brightest < DARK_UNDER).astype(np.uint8)
        near_dark = cv2.dilate(dark, np.ones((7, 7), np.uint8)).astype(bool)
        faded = np.where(near_dark, brightest, 255)
        gray[y0:y1, x0:x1][ink] = faded[ink]
    return gray


def _chroma(rgb: NDArray[np.uint8]) -> NDArray[np.int16]:
    """Brightest minus dimmest channel of each pixel."""
    return np.asarray(rgb.max(axis=2), np.int16) - np.asarray(rgb.min(axis=2), np.int16)
