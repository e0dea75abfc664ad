"""Image clean-up before OCR: grayscale, skew and text-size estimates, blank-page test.

All estimates work on binarised copies of at most a few megapixels, so they cost
milliseconds (skew) to a few tens of milliseconds (text size) per page.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageOps

HISTOGRAM_SLICE = 1 << 20  # pixels counted at a time by otsu_threshold
ANALYSIS_MAX_SIDE = 1000  # downscaled copy used for skew estimation
MAX_SKEW_DEGREES = 5.0
SKEW_STEP = 0.1  # degrees between the angles tried first
MIN_SKEW_DEGREES = 0.25  # below this a rotation costs more sharpness than it gains
# Text line height: a line is at most this share of the page's height, or this many pixels
# on small images (a crop of a few lines); taller bands are no text lines.
MAX_LINE_SHARE = 0.1
MIN_LINE_LIMIT = 64
# Ink: darker than the paper around it by this share of the page's text contrast, taken
# at this quantile of the darkness map, and by at least this many grey levels.
INK_CONTRAST_SHARE = 0.3
INK_CONTRAST_QUANTILE = 0.995
MIN_INK_CONTRAST = 25
LINE_ANALYSIS_PIXELS = 4_000_000  # larger pages are shrunk by a whole factor to measure lines
SPECK_SIDE = 2  # marks no bigger than this many pixels either way are scanner noise


def to_grayscale(image: Image.Image) -> Image.Image:
    """An 8-bit grayscale copy, transparent areas flattened onto white, EXIF rotation applied,
    coloured stamps over the print faded out."""
    image = ImageOps.exif_transpose(image) or image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        array = np.asarray(image, dtype=np.float64)
        span = float(array.max() - array.min()) or 1.0
        return Image.fromarray(((array - array.min()) * 255.0 / span).astype(np.uint8), "L")
    if image.mode in ("L", "1"):
        return image.convert("L")
    try:
        from facturist.engine.ocr.stamps import stamp_free_gray
    except ImportError:  # OpenCV comes with rapidocr; other backends may run without it
        return image.convert("L")
    # A colour page: stamps in coloured ink over the print are faded out (stamps.py).
    rgb = np.asarray(image.convert("RGB"), dtype=np.uint8)
    return Image.fromarray(stamp_free_gray(rgb), "L")


def otsu_threshold(gray: NDArray[np.uint8]) -> int:
    """The Otsu threshold of an 8-bit image."""
    # In slices: bincount copies its input as 64-bit integers (66 MB for an A4 page at 300 dpi).
    flat = gray.ravel()
    histogram = np.zeros(256, dtype=np.float64)
    for start in range(0, flat.size, HISTOGRAM_SLICE):
        histogram += np.bincount(flat[start : start + HISTOGRAM_SLICE], minlength=256)
    total = histogram.sum()
    if total == 0:
        return 128
    levels = np.arange(256, dtype=np.float64)
    weight_dark = np.cumsum(histogram)
    weight_light = total - weight_dark
    sum_dark = np.cumsum(histogram * levels)
    mean_dark = sum_dark / np.maximum(weight_dark, 1e-9)
    mean_light = (sum_dark[-1] - sum_dark) / np.maximum(weight_light, 1e-9)
    between = weight_dark * weight_light * (mean_dark - mean_light) ** 2
    return int(np.argmax(between))


def ink_mask(gray: Image.Image) -> NDArray[np.bool_]:
    """True where a pixel is ink (dark text on a light page)."""
    array = np.asarray(gray, dtype=np.uint8)
    return np.asarray(array <= otsu_threshold(array), dtype=np.bool_)


def is_blank(gray: Image.Image) -> bool:
    """True when the page has (almost) no contrast or no ink: nothing to read."""
    if gray.width < 8 or gray.height < 8:
        return True
    small = gray.copy()
    small.thumbnail((400, 400))
    array = np.asarray(small, dtype=np.uint8)
    if int(array.max()) - int(array.min()) < 40:
        return True
    ink_share = float((array <= otsu_threshold(array)).mean())
    return ink_share < 0.0005 or ink_share > 0.95


def _downscaled(gray: Image.Image, max_side: int) -> Image.Image:
    scale = min(1.0, max_side / max(gray.size))
    if scale >= 1.0:
        return gray
    size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
    return gray.resize(size, Image.Resampling.BILINEAR)


class _InkPoints:
    """The ink pixels of a page as coordinates, to project at any angle without rotating.

    Rotating the image once per trial angle cost ~45 ms a page; projecting the points'
    coordinates gives the same row profiles (same angles found) in a third of the time.
    """

    def __init__(self, ink: NDArray[np.bool_]) -> None:
        self.height, self.width = ink.shape
        ys, xs = np.nonzero(ink)
        # Pixel centres, relative to the image centre that PIL's rotate turns about.
        self.dx = xs.astype(np.float64) + 0.5 - self.width / 2
        self.dy = ys.astype(np.float64) + 0.5 - self.height / 2

    def sharpness(self, angle: float) -> float:
        """Jaggedness of the row profile once the page is turned `angle` degrees
        counter-clockwise (as `Image.rotate`, corners falling off the page dropped)."""
        theta = np.deg2rad(angle)
        cos, sin = np.cos(theta), np.sin(theta)
        rows = -self.dx * sin + self.dy * cos + self.height / 2
        cols = self.dx * cos + self.dy * sin + self.width / 2
        inside = (rows >= 0) & (rows < self.height) & (cols >= 0) & (cols < self.width)
        profile = np.bincount(rows[inside].astype(np.int64), minlength=self.height)
        return float(np.square(np.diff(profile.astype(np.float64))).sum())


def estimate_skew(gray: Image.Image) -> float:
    """Degrees to rotate counter-clockwise (PIL `rotate`) to make text lines horizontal."""
    small = _downscaled(gray, ANALYSIS_MAX_SIDE)
    if min(small.size) < 32:
        return 0.0
    ink = _InkPoints(ink_mask(small))
    # Steps of 0.1°: the peak of a page with long rules or lines is only ~0.3° wide, and
    # a 0.5° grid stepped over it (a page at 1.8° came out straight). ~0.2 ms a step.
    coarse = np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + 0.01, SKEW_STEP)
    best = max(coarse, key=lambda a: ink.sharpness(float(a)))
    fine = np.arange(best - SKEW_STEP, best + SKEW_STEP + 0.001, SKEW_STEP / 4)
    best = max(fine, key=lambda a: ink.sharpness(float(a)))
    baseline = ink.sharpness(0.0)
    # Only trust a clear improvement; noise alone picks random small angles.
    if ink.sharpness(float(best)) < baseline * 1.05:
        return 0.0
    return float(round(best, 2))


def deskew(gray: Image.Image, angle: float) -> Image.Image:
    """`gray` rotated by `angle` degrees (no-op for tiny angles), new corners filled white."""
    if abs(angle) < MIN_SKEW_DEGREES:
        return gray
    try:
        import cv2
    except ImportError:  # OpenCV comes with rapidocr; other backends may run without it
        # Bilinear: under half of bicubic's cost on a full page, same OCR accuracy (measured).
        return gray.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    # The same bilinear turn about the page centre in a sixth of PIL's time (~10 ms an A4 page
    # at 200 dpi instead of ~60 ms).
    # No copy of a grayscale page first (8.7 MB at 300 dpi): the array is one already.
    array = np.asarray(gray if gray.mode == "L" else gray.convert("L"), dtype=np.uint8)
    height, width = array.shape
    matrix = cv2.getRotationMatrix2D(((width - 1) / 2, (height - 1) / 2), angle, 1.0)
    turned = cv2.warpAffine(
        array, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=(255,)
    )
    return Image.fromarray(turned, "L")


def paper_ink_mask(gray: Image.Image) -> NDArray[np.bool_]:
    """True where a pixel is ink on the paper: clearly darker than the paper around it.

    A global threshold takes the grey or dark table around a photographed receipt, and the
    shaded side of an unevenly lit page, for ink, so whole rows look like text. The black-hat
    transform (the page with dark marks narrower than a window closed over, minus the page)
    measures how much darker a pixel is than its light surroundings: flat backgrounds and
    smooth shading come out near zero, strokes stand out. What still is no text is dropped:
    marks taller than a text line can be (paper edges, shadow borders) and scanner specks.
    """
    try:
        import cv2
    except ImportError:  # OpenCV comes with rapidocr; without it, the global threshold
        return ink_mask(gray)
    array = np.asarray(gray, dtype=np.uint8)
    height, width = array.shape
    # Wider than any stroke, so that the closing lifts the strokes to the paper's level.
    side = max(9, min(height, width) // 40)
    window = cv2.getStructuringElement(cv2.MORPH_RECT, (side, side))
    darker = cv2.morphologyEx(array, cv2.MORPH_BLACKHAT, window)
    # Ink stands out by a good part of the page's own text contrast (the few darkest
    # strokes), which keeps faint show-through from the back of the paper out.
    histogram = cv2.calcHist([darker], [0], None, [256], [0, 256]).ravel()
    share_at_or_below = np.cumsum(histogram) / darker.size
    contrast = int(np.searchsorted(share_at_or_below, INK_CONTRAST_QUANTILE))
    ink = (darker > max(MIN_INK_CONTRAST, INK_CONTRAST_SHARE * contrast)).astype(np.uint8)
    _count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    tall = stats[:, cv2.CC_STAT_HEIGHT]
    wide = stats[:, cv2.CC_STAT_WIDTH]
    noise = (tall > max_text_line_height(height)) | (np.maximum(tall, wide) <= SPECK_SIDE)
    noise[0] = True  # the background label
    return np.asarray(~noise[labels], dtype=np.bool_)


def max_text_line_height(page_height: int) -> float:
    """The tallest a text line can plausibly be on a page (image) this high."""
    return max(MAX_LINE_SHARE * page_height, MIN_LINE_LIMIT)


def median_line_height(gray: Image.Image) -> float | None:
    """Median height in pixels of the text line bands of a (deskewed) page.

    None if the page shows no text lines or only implausibly tall ones: better no rescaling
    than halving text because the estimate measured the whole page.
    """
    # Large scans are measured at half size or less (the masks cost ~0.1 s per 4 MP); line
    # heights there are still ~10 px or more.
    shrink = max(1, math.ceil(math.sqrt(gray.width * gray.height / LINE_ANALYSIS_PIXELS)))
    if shrink > 1:
        gray = gray.reduce(shrink)
    ink = paper_ink_mask(gray)
    # A row belongs to a text band when it holds a few ink pixels; the floor ignores specks.
    row_ink = ink.sum(axis=1)
    threshold = max(2, int(gray.width * 0.002))
    in_band = row_ink >= threshold
    heights: list[int] = []
    run = 0
    for inside in in_band:
        if inside:
            run += 1
        elif run:
            heights.append(run)
            run = 0
    if run:
        heights.append(run)
    heights = [h for h in heights if h >= 4]  # rules and noise rows are thinner than text
    if not heights:
        return None
    median = float(np.median(heights))
    return median * shrink if median <= max_text_line_height(gray.height) else None


def rescale_factor(line_height: float | None, preferred: float, image: Image.Image) -> float:
    """How much to scale so that text lines come out near `preferred` pixels high."""
    if line_height is None:
        return 1.0
    factor = preferred / line_height
    # Close enough: resampling would only cost time and sharpness. Downscaling is reserved
    # for very large text, since bands of a multi-column page can merge and look taller.
    if 0.45 <= factor <= 1.4:
        return 1.0
    factor = min(max(factor, 0.5), 4.0)
    # Keep the page under ~30 megapixels so one worker stays within its memory budget.
    max_pixels = 30_000_000
    if image.width * image.height * factor * factor > max_pixels:
        factor = max(1.0, (max_pixels / (image.width * image.height)) ** 0.5)
    return factor


def rescale(gray: Image.Image, factor: float) -> Image.Image:
    """`gray` resized by `factor` (Lanczos upward, area-averaging downward)."""
    if factor == 1.0:
        return gray
    size = (max(1, round(gray.width * factor)), max(1, round(gray.height * factor)))
    method = Image.Resampling.LANCZOS if factor > 1 else Image.Resampling.BOX
    return gray.resize(size, method)
