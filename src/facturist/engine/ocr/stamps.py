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
# Print: darker than the paper by PRINT_CONTRAST (grey print, such as an info line under a
# title, counts: a stamp over it was not faded and its date was read), but never lighter than
# LIGHT_PRINT nor required darker than DARK (dim photos); coloured less than NEUTRAL.
DARK = 110
LIGHT_PRINT = 170
PRINT_CONTRAST = 60
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


# A stamp's box on the page, as shares of the page's width and height (left, top, right, bottom).
StampBox = tuple[float, float, float, float]


def stamp_free_gray(rgb: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """The luminance of an RGB page, with coloured stamps over black print faded out."""
    gray: NDArray[np.uint8] = np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), np.uint8)
    height, width = gray.shape
    for box in find_stamps(rgb):
        x0, y0, x1, y1 = pixel_box(box, width, height)
        fade_stamp(gray[y0:y1, x0:x1], rgb[y0:y1, x0:x1])
    return gray


def pixel_box(box: StampBox, width: int, height: int) -> tuple[int, int, int, int]:
    """A stamp's box in the pixels of a page `width` x `height`."""
    left, top, right, bottom = box
    return (
        int(left * width),
        int(top * height),
        min(width, int(right * width) + 1),
        min(height, int(bottom * height) + 1),
    )


def find_stamps(rgb: NDArray[np.uint8]) -> list[StampBox]:
    """The boxes of coloured stamps over black print on an RGB page (any size: a copy of at
    most ANALYSIS_SIDE pixels is searched, so a thumbnail of the page will do)."""
    height, width = rgb.shape[:2]
    scale = min(1.0, ANALYSIS_SIDE / max(height, width))
    small = rgb
    if scale < 1.0:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        small = np.asarray(cv2.resize(rgb, size, interpolation=cv2.INTER_AREA), np.uint8)
    chroma = _chroma(small)
    coloured = (chroma >= CHROMA).astype(np.uint8)
    if not coloured.any():
        return []
    small_gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    paper = float(np.median(small_gray))
    level = min(LIGHT_PRINT, max(DARK, paper - PRINT_CONTRAST))
    black = (small_gray < level) & (chroma < NEUTRAL)
    touched = black & cv2.dilate(coloured, np.ones((3, 3), np.uint8)).astype(bool)
    small_h, small_w = coloured.shape
    # Join a stamp's letters, frame and worn patches into one mark.
    side = max(3, min(small_h, small_w) // 100)
    closed = cv2.morphologyEx(coloured, cv2.MORPH_CLOSE, np.ones((side, side), np.uint8))
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(closed, connectivity=8)
    boxes: list[StampBox] = []
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
        boxes.append((x / small_w, y / small_h, (x + w) / small_w, (y + h) / small_h))
    return boxes


def fade_stamp(gray: NDArray[np.uint8], rgb: NDArray[np.uint8]) -> None:
    """Fade a stamp's ink out of `gray` (a stamp's box, changed in place) by the colours of
    the same pixels (`rgb`, same height and width)."""
    chroma_box = _chroma(rgb)
    # One pixel wider: the ink's blurred rim, too pale to count as coloured, stayed as a
    # grey outline of each letter.
    ink_pixels = (chroma_box >= FADE_CHROMA).astype(np.uint8)
    ink: NDArray[np.bool_] = cv2.dilate(ink_pixels, np.ones((3, 3), np.uint8)).astype(bool)
    # Its brightest channel shows what lies under the ink. Dark there (print under it, or
    # a dark ink), the pixel and those within 3 pixels keep that channel: whitened, print
    # the stamp crosses broke ("SE.IATI", "BESTARIJAYA"). Bright (light ink on paper),
    # it is made paper: left pale grey, it was still read ("Subtotal ECEIVED"); white on
    # grey paper, its letters stayed as a white outline.
    brightest = rgb.max(axis=2)
    dark = (brightest < DARK_UNDER).astype(np.uint8)
    near_dark = cv2.dilate(dark, np.ones((7, 7), np.uint8)).astype(bool)
    around = gray[~ink]
    paper = int(np.median(around)) if around.size else 255
    faded = np.where(near_dark, brightest, max(paper, DARK_UNDER))
    gray[ink] = faded[ink]


def _chroma(rgb: NDArray[np.uint8]) -> NDArray[np.int16]:
    """Brightest minus dimmest channel of each pixel."""
    return np.asarray(rgb.max(axis=2), np.int16) - np.asarray(rgb.min(axis=2), np.int16)
