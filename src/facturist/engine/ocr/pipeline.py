"""One image in, one page of OCR words out: orientation, deskew, rescale, recognise."""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

import numpy as np
from PIL import Image

from facturist.engine.model import Box, PageText, Word
from facturist.engine.ocr.backends import OcrBackend, default_backend, unavailable_reason
from facturist.engine.ocr.legalforms import restore_legal_forms
from facturist.engine.ocr.letters import l_for_capital_i
from facturist.engine.ocr.mergedletters import unmerge_letters
from facturist.engine.ocr.preprocess import (
    ANALYSIS_MAX_SIDE,
    deskew,
    estimate_skew,
    ink_mask,
    is_blank,
    median_line_height,
    rescale,
    rescale_factor,
    to_grayscale,
)

log = logging.getLogger(__name__)

DEFAULT_LANGUAGES: tuple[str, ...] = ("eng", "deu", "fra")
TRIAL_CROP_SIDE = 720  # orientation trials read a crop this big (bounds their memory)
CONFIDENT = 0.8
MAX_PAGE_PIXELS = 16_000_000  # an A4 page at ~400 dpi


class OcrUnavailableError(RuntimeError):
    """No OCR backend could be loaded in this process."""


def _rotation_by_profiles(gray: Image.Image) -> int:
    """90 when the ink seems to form vertical lines (page on its side), else 0.

    Text lines make the row profile of a page jagged and its column profile smooth; a page
    turned by 90 or 270 degrees shows the opposite. Only a hint for which turns to try:
    monospaced receipts have jagged column profiles too.
    """
    small = gray.copy()
    small.thumbnail((ANALYSIS_MAX_SIDE, ANALYSIS_MAX_SIDE))
    ink = ink_mask(small).astype(np.float64)

    def jaggedness(profile: np.ndarray) -> float:
        mean = float(profile.mean())
        return float(np.square(np.diff(profile)).mean()) / (mean * mean) if mean > 0 else 0.0

    rows, columns = jaggedness(ink.sum(axis=1)), jaggedness(ink.sum(axis=0))
    return 90 if columns > 2.0 * rows else 0


def _informative(words: Sequence[Word]) -> list[Word]:
    return [w for w in words if sum(ch.isalnum() for ch in w.text) >= 2]


def _lies_flat(word: Word) -> bool:
    return len(word.text) < 3 or word.box.x1 - word.box.x0 >= word.box.y1 - word.box.y0


def reading_score(words: Sequence[Word]) -> float:
    """How well a page read: confidence summed over flat words of two or more letters/digits.

    Flatness counts because some models read sideways text too, in tall word boxes.
    """
    return sum(w.confidence for w in _informative(words) if w.confidence >= 0.5 and _lies_flat(w))


def _stands_on_end(words: Sequence[Word]) -> bool:
    """Many words come back in tall boxes: the detector found text lines running up or down
    the page, which is then on its side (upright pages give flat word boxes)."""
    informative = _informative(words)
    if len(informative) < 3:
        return False
    return sum(1 for w in informative if _lies_flat(w)) < 0.7 * len(informative)


def _reads_upright(words: Sequence[Word]) -> bool:
    """Most words read confidently, and lie flat (sideways text gives tall word boxes)."""
    informative = _informative(words)
    if len(informative) < 3:
        return False
    confident = sum(1 for w in informative if w.confidence >= CONFIDENT)
    flat = sum(1 for w in informative if _lies_flat(w))
    return confident >= 0.6 * len(informative) and flat >= 0.7 * len(informative)


def _trial_crop(image: Image.Image) -> tuple[int, int, int, int]:
    """A box of at most TRIAL_CROP_SIDE pixels around the middle of the ink."""
    ink = ink_mask(image)
    ys, xs = np.nonzero(ink)
    cx = int(np.median(xs)) if xs.size else image.width // 2
    cy = int(np.median(ys)) if ys.size else image.height // 2
    half = TRIAL_CROP_SIDE // 2
    x0 = min(max(0, cx - half), max(0, image.width - TRIAL_CROP_SIDE))
    y0 = min(max(0, cy - half), max(0, image.height - TRIAL_CROP_SIDE))
    return x0, y0, min(image.width, x0 + TRIAL_CROP_SIDE), min(image.height, y0 + TRIAL_CROP_SIDE)


_TRANSPOSE_FOR_TURN = {
    90: Image.Transpose.ROTATE_90,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_270,
}


def _turn(image: Image.Image, turn: int) -> Image.Image:
    turn %= 360
    return image if turn == 0 else image.transpose(_TRANSPOSE_FOR_TURN[turn])


def _best_turn(
    image: Image.Image, backend: OcrBackend, languages: Sequence[str], sideways: bool
) -> int:
    """The quarter turn (0, 90, 180, 270 counter-clockwise) under which a crop reads best.

    Every turn reads the same crop, so scores compare like with like; a turn must read
    clearly better than none, since digits and some letters read fine upside down.
    """
    region = image.crop(_trial_crop(image))
    reads: dict[int, list[Word]] = {}

    def score(turn: int) -> float:
        reads[turn] = backend.recognize(_turn(region, turn), languages)
        return reading_score(reads[turn])

    scores = {0: score(0), 180: score(180)}
    # A page on its side upside down still reads a few of its lines confidently (the
    # recogniser turns tall line crops itself): a half turn must read like a page to stop here.
    flipped = scores[180] > scores[0] and not _reads_upright(reads[180])
    if sideways or flipped or max(scores.values()) < 3.0:
        scores.update({90: score(90), 270: score(270)})
    best = max(scores, key=lambda turn: scores[turn])
    return best if scores[best] > scores[0] * 1.5 + 1.0 else 0


def _prepare(gray: Image.Image, backend: OcrBackend) -> tuple[Image.Image, float, Image.Image]:
    """The deskewed page, the scale factor for the backend, and the scaled page."""
    upright = deskew(gray, estimate_skew(gray))
    factor = rescale_factor(median_line_height(upright), backend.preferred_line_height, upright)
    return upright, factor, rescale(upright, factor)


def _to_points(words: Sequence[Word], page: int, scale: float) -> list[Word]:
    return [
        Word(
            l_for_capital_i(w.text),
            Box(page, w.box.x0 * scale, w.box.y0 * scale, w.box.x1 * scale, w.box.y1 * scale),
            round(w.confidence, 4),
        )
        for w in words
    ]


def whole_shrink(width: int, height: int) -> int:
    """The whole factor a page image is shrunk by to hold at most `MAX_PAGE_PIXELS` (1: none)."""
    return max(1, math.ceil(math.sqrt(width * height / MAX_PAGE_PIXELS)))


def ocr_image(
    image: Image.Image,
    *,
    page: int = 1,
    languages: Sequence[str] = DEFAULT_LANGUAGES,
    dpi: float = 300.0,
    backend: OcrBackend | None = None,
) -> PageText:
    """OCR one page image into words with boxes in PDF points (origin top left, upright page).

    The page is turned upright first (quarter turns), so `width`/`height` of the result are
    those of the upright page. Tiny and blank images give an empty page.
    Raises OcrUnavailableError when no backend is given and none can be loaded.
    """
    dpi = dpi if dpi > 0 else 300.0
    points_per_pixel = 72.0 / dpi
    gray = to_grayscale(image)
    # Scans above ~400 dpi hold nothing OCR needs beyond 200+ dpi, but every working copy
    # of them costs tens of MB: shrink by a whole factor first (box filter, fast).
    shrink = whole_shrink(gray.width, gray.height)
    if shrink > 1:
        gray = gray.reduce(shrink)
        points_per_pixel *= shrink
    if is_blank(gray):
        return PageText(page, gray.width * points_per_pixel, gray.height * points_per_pixel,
                        [], source="ocr")  # fmt: skip
    if backend is None:
        backend = default_backend()
        if backend is None:
            raise OcrUnavailableError(f"no OCR backend available: {unavailable_reason()}")

    turn = 0
    upright, factor, work = _prepare(gray, backend)
    words = backend.recognize(work, languages)
    if not _reads_upright(words):
        # The word shapes are the surer hint: the profiles see letters, not lines, at the
        # analysis scale and missed a whole invoice on its side.
        sideways = _stands_on_end(words) or _rotation_by_profiles(gray) == 90
        turn = _best_turn(work, backend, languages, sideways)
        if turn:
            upright, factor, work = _prepare(_turn(gray, turn), backend)
            words = backend.recognize(work, languages)
    log.debug("OCR page %d: turn %d, scale %.2f, %d words", page, turn, factor, len(words))
    return PageText(
        page,
        upright.width * points_per_pixel,
        upright.height * points_per_pixel,
        restore_legal_forms(unmerge_letters(_to_points(words, page, points_per_pixel / factor))),
        source="ocr",
    )
