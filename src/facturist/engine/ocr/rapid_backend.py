"""OCR with RapidOCR (PaddleOCR PP-OCRv6 models), models shipped in its wheel.

The PP-OCRv6 "small" detection and multilingual recognition models are inside the rapidocr
wheel (rapidocr/models/), so nothing is downloaded at run time; the recognition model covers
Latin scripts (English, German, French, ...) in one model, so `languages` is not needed.

Speed and memory (see benchmarks/scan_bench.py): the models run on OpenVINO when it loads
(`openvino_runtime`: ~2.5x faster a scanned page), else on onnxruntime without its memory
arena, always on one thread. Text detection runs on a copy scaled to `detection_max_side`
(on OpenVINO, in a fixed square canvas), line crops are cut from the full-size image, and
recognition runs in batches of similar widths at the model's native width scale, so one
worker process stays under 500 MB. The wheel's 0/180 line
classifier looks at a few lines per page: upside-down lines come back with low confidence, so
that the pipeline turns the page (the recogniser alone reads upside-down text as confident
nonsense).
"""

from __future__ import annotations

import ctypes
import logging
import math
import threading
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from facturist.engine.model import Box, Word
from facturist.engine.ocr import openvino_runtime
from facturist.engine.ocr.bands import lighten_bands
from facturist.engine.ocr.lineskew import (
    LEVEL,
    TURN_DEGREES,
    levelled,
    line_field,
    moved,
    turned,
)
from facturist.engine.ocr.rapid_models import RapidModels, load_models
from facturist.engine.ocr.rules import cut_at_rules, vertical_rules
from facturist.engine.ocr.wordgaps import rejoined

# Detection runs on the image scaled down so that its longer side is at most this; the
# pipeline has already scaled text to `preferred_line_height`, so this only bounds cost.
DETECTION_MAX_SIDE = 960
# Recognition input width = height * aspect ratio * this. 1.0 is the model's native scale.
# Narrower crops (0.75) ran ~15% faster but dropped narrow letters of proportional fonts
# ("Leferant", "Metllbau", "4110818" for 47110818): the model's CTC then has under one step
# for an "i" or "l", and doubled letters merge. Receipts read better at 1.0 too.
RECOGNITION_SQUEEZE = 1.0
RECOGNITION_HEIGHT = 48
# With OpenVINO, a batch's padded width is rounded up to a multiple of this (see __init__).
RECOGNITION_WIDTH_STEP = 96
# A recognition batch holds at most this many input columns (batch size x padded width).
RECOGNITION_BATCH_COLUMNS = 2400
RECOGNITION_MAX_BATCH = 8
MIN_TEXT_SCORE = 0.3
# Page orientation hint: the widest lines go through the wheel's 0/180 line classifier.
ORIENTATION_SAMPLE = 12
ORIENTATION_SURE = 0.9
UPSIDE_DOWN_PENALTY = 0.3

FloatArray = NDArray[np.float32]
log = logging.getLogger(__name__)


class RapidOcrBackend:
    """PP-OCRv6 detection + recognition on one thread (OpenVINO, or onnxruntime)."""

    name = "rapidocr"
    # Crops are resized to the model's 48-pixel input anyway, so the page is only rescaled
    # for very small text; upscaling whole pages would cost memory and detection accuracy.
    preferred_line_height = 10.0

    def __init__(
        self,
        detection_max_side: int = DETECTION_MAX_SIDE,
        recognition_squeeze: float = RECOGNITION_SQUEEZE,
        runtime: str = "openvino",
        precision: str = openvino_runtime.DEFAULT_PRECISION,
    ) -> None:
        """`runtime`: "openvino" (onnxruntime when it fails to load) or "onnxruntime"."""
        import cv2

        if runtime not in ("openvino", "onnxruntime"):
            raise ValueError(f"unknown OCR runtime {runtime!r}")
        cv2.setNumThreads(1)
        models: RapidModels | None = None
        if runtime == "openvino":
            try:
                models = load_models(detection_max_side, openvino=True, precision=precision)
            except Exception as exc:  # not installed, no plugin for this CPU, ...
                log.info("OCR on onnxruntime (OpenVINO unavailable: %s)", exc)
        if models is None:
            models = load_models(detection_max_side, openvino=False)
        self.runtime = models.runtime
        self._detector: Any = models.detector
        self._recognizer: Any = models.recognizer
        self._classifier: Any = models.classifier
        self._word_boxes: Any = models.word_boxes
        # OpenVINO keeps kernels and buffers per input shape: its detector reads a fixed
        # square canvas, and recognition batches are padded to widths in steps.
        openvino = models.runtime == "openvino"
        self._detection_canvas = detection_max_side if openvino else None
        self._width_step = RECOGNITION_WIDTH_STEP if openvino else 1
        self._squeeze = recognition_squeeze
        self._detection_max_side = detection_max_side
        # The models keep per-call state; calls from several threads are serialised.
        self._lock = threading.Lock()

    def recognize(self, image: Image.Image, languages: Sequence[str]) -> list[Word]:
        """Read the words of `image`; `languages` is ignored (one multilingual model)."""
        # A grayscale page stays one channel (a third of an RGB copy's size) until it is
        # cut small: the detector's input and the line crops get three equal channels.
        rgb = lighten_bands(np.asarray(image if image.mode == "L" else image.convert("RGB")))
        size = (float(rgb.shape[1]), float(rgb.shape[0]))
        with self._lock:
            boxes = self._detect(rgb)
            if not boxes:
                return []
            shift = (0.0, 0.0)
            field = line_field(boxes, *size)
            if field != LEVEL:
                # A photo taken at an angle: the detector merges the tilted lines of a
                # tight block into one box; it reads them apart on the page turned level.
                # Curled paper bends lines into arcs, which fill little of the box around
                # them: they are scored over their own outline (else dropped as faint).
                level = turned(rgb, field.slope) if abs(field.slope) >= TURN_DEGREES else rgb
                level_boxes = self._detect(level, score_mode="slow")
                if level_boxes:
                    shift = ((size[0] - level.shape[1]) / 2, (size[1] - level.shape[0]) / 2)
                    rgb, boxes = level, level_boxes
            crops = [_crop(rgb, box) for box in boxes]
            frame = (float(rgb.shape[1]), float(rgb.shape[0]))
            del rgb
            texts, scores, word_infos = self._read_lines(crops)
            _release_buffers(self._recognizer.session)
            words = self._words(crops, boxes, texts, scores, word_infos, frame)
            if shift != (0.0, 0.0):
                words = [replace(w, box=moved(w.box, shift, size)) for w in words]
            upside_down = self._upside_down_share(crops)
            _release_buffers(self._classifier.session)
            if upside_down >= 0.5:
                # Upside-down lines still read "confidently" as nonsense: say they are
                # doubtful, so that the pipeline tries other turns of the page.
                words = [replace(w, confidence=w.confidence * UPSIDE_DOWN_PENALTY) for w in words]
        del crops
        _release_freed_memory()
        return words

    def _detect(self, rgb: NDArray[np.uint8], score_mode: str = "fast") -> list[FloatArray]:
        """Text line boxes (image pixels), from a copy at most `detection_max_side` big.

        The whole copy goes through the network at once: the model pools over the whole
        image, so strips or tiles read differently (tried: they lose lines). `score_mode`
        "slow" scores a region over its outline rather than its box.
        """
        import cv2

        height, width = rgb.shape[:2]
        scale = self._detection_max_side / max(height, width)
        if self._detection_canvas is None:
            scale = min(1.0, scale)
        # On a fixed canvas a small image is scaled up to fill it: left small in a white
        # expanse, its lower lines went unseen (the network pools over the whole input).
        size_h = max(32, round(height * scale / 32) * 32)
        size_w = max(32, round(width * scale / 32) * 32)
        small = cv2.resize(rgb, (size_w, size_h))
        # onnxruntime takes C-contiguous arrays only.
        normalised = small.astype(np.float32)
        normalised /= 127.5
        normalised -= 1.0
        normalised = normalised.transpose(2, 0, 1) if normalised.ndim == 3 else normalised
        if self._detection_canvas is None:
            tensor = np.empty((1, 3, size_h, size_w), np.float32)
            tensor[0] = normalised
        else:
            # White (1.0 once normalised) beyond the page: no text there, and the map is cut
            # back to the page before boxes are traced.
            tensor = np.ones((1, 3, self._detection_canvas, self._detection_canvas), np.float32)
            tensor[0, :, :size_h, :size_w] = normalised
        del small, normalised
        probability = self._detector.session(tensor)[:, :, :size_h, :size_w]
        del tensor
        _release_buffers(self._detector.session)
        postprocess = self._detector.postprocess_op
        default_mode, postprocess.score_mode = postprocess.score_mode, score_mode
        try:
            boxes, _scores = postprocess(probability, (height, width))
        finally:
            postprocess.score_mode = default_mode
        if len(boxes) == 0:
            return []
        ordered = self._detector.sorted_boxes(np.asarray(boxes))
        found = [np.asarray(box, dtype=np.float32) for box in ordered]
        if rgb.ndim == 2:
            return cut_at_rules(found, vertical_rules(rgb))
        gray: NDArray[np.uint8] = np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), np.uint8)
        return cut_at_rules(found, vertical_rules(gray))

    def _upside_down_share(self, crops: list[NDArray[np.uint8]]) -> float:
        """Share of the widest lines that the shipped 0/180 classifier finds upside down."""
        sample = sorted(crops, key=lambda crop: crop.shape[1], reverse=True)[:ORIENTATION_SAMPLE]
        if not sample:
            return 0.0
        verdicts: Any = self._classifier(sample)
        flipped = sum(
            1 for label, score in verdicts.cls_res if "180" in label and score >= ORIENTATION_SURE
        )
        return flipped / len(sample)

    def _read_lines(
        self, crops: list[NDArray[np.uint8]]
    ) -> tuple[list[str], list[float], list[Any]]:
        """Recognise every crop: batches of similar width, narrowed by the squeeze factor."""
        ratios = [max(1.0, c.shape[1] / max(1, c.shape[0])) * self._squeeze for c in crops]
        order = sorted(range(len(crops)), key=lambda i: ratios[i])
        texts: list[str] = [""] * len(crops)
        scores: list[float] = [0.0] * len(crops)
        infos: list[Any] = [None] * len(crops)
        start = 0
        while start < len(order):
            end = start + 1
            while end < len(order) and end - start < RECOGNITION_MAX_BATCH:
                width = math.ceil(RECOGNITION_HEIGHT * ratios[order[end]])
                if width * (end - start + 1) > RECOGNITION_BATCH_COLUMNS:
                    break
                end += 1
            batch = order[start:end]
            widest = math.ceil(RECOGNITION_HEIGHT * max(ratios[i] for i in batch))
            max_ratio = math.ceil(widest / self._width_step) * self._width_step / RECOGNITION_HEIGHT
            rows = [_normalised(crops[i], ratios[i], max_ratio) for i in batch]
            if self._width_step > 1:
                # One batch size per width (blank rows fill it up): shapes stay few.
                columns = round(RECOGNITION_HEIGHT * max_ratio)
                size = min(RECOGNITION_MAX_BATCH, RECOGNITION_BATCH_COLUMNS // columns)
                rows += [np.zeros_like(rows[0])] * max(0, size - len(rows))
            inputs = np.stack(rows)
            del rows
            predictions = self._recognizer.session(inputs)[: len(batch)]
            del inputs
            lines, words = self._recognizer.postprocess_op(
                predictions,
                True,
                wh_ratio_list=[ratios[i] for i in batch],
                max_wh_ratio=max_ratio,
            )
            for slot, index in enumerate(batch):
                texts[index], scores[index] = str(lines[slot][0]), float(lines[slot][1])
                infos[index] = _whole_words(texts[index], words[slot])
            start = end
        return texts, scores, infos

    def _words(
        self,
        crops: list[NDArray[np.uint8]],
        boxes: list[FloatArray],
        texts: list[str],
        scores: list[float],
        infos: list[Any],
        size: tuple[float, float],
    ) -> list[Word]:
        """Split recognised lines into words with boxes in the image's pixels, levelled
        when the page was photographed at an angle (lineskew.py)."""
        from rapidocr.ch_ppocr_rec import TextRecOutput

        keep = [i for i, t in enumerate(texts) if t.strip() and scores[i] >= MIN_TEXT_SCORE]
        if not keep:
            return []
        lines: Any = TextRecOutput(
            [crops[i] for i in keep],
            tuple(texts[i] for i in keep),  # type: ignore[arg-type]
            [scores[i] for i in keep],
            tuple(infos[i] for i in keep),
        )
        with_boxes: Any = self._word_boxes(
            [crops[i] for i in keep], np.stack([boxes[i] for i in keep]), lines, False
        )
        slope = line_field([boxes[i] for i in keep], *size)
        words: list[Word] = []
        for line_words in with_boxes.word_results:
            for text, score, points in line_words:
                if not text or not text.strip() or points is None:
                    continue
                box = Box(1, *levelled(points, slope, *size))
                words.append(Word(text.strip(), box, float(score)))
        return words


def _whole_words(text: str, info: Any) -> Any:
    """The decoder's word groups, those it cut inside a word read whole joined (wordgaps.py)."""
    if info is None or len(info.words) < 2:
        return info
    words, columns, kinds = rejoined(text, info.words, info.word_cols, info.word_types)
    if len(words) == len(info.words):
        return info
    return replace(info, words=words, word_cols=columns, word_types=kinds)


def _release_buffers(session: Any) -> None:
    """Free an OpenVINO model's activation buffers once it has run (`release_memory`):
    the detector's and the recogniser's are then never held at the same time."""
    release = getattr(session, "release_memory", None)
    if release is not None:
        release()


def _release_freed_memory() -> None:
    """Give freed heap pages back to the system (glibc keeps them otherwise).

    Page images and model activations of different sizes fragment the heap; without this a
    worker's resident memory creeps up page after page.
    """
    global _malloc_trim
    if _malloc_trim is None:
        try:
            _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):  # not glibc: nothing to trim
            _malloc_trim = False
    if _malloc_trim:
        _malloc_trim(0)


_malloc_trim: Any = None


def _crop(rgb: NDArray[np.uint8], box: FloatArray) -> NDArray[np.uint8]:
    """The text line inside the quadrilateral `box`, straightened (rapidocr's own cropper)."""
    from rapidocr.utils.process_img import get_rotate_crop_image

    crop: NDArray[np.uint8] = get_rotate_crop_image(rgb, box.copy())
    if crop.ndim == 2:  # a grayscale page: the models read three channels
        crop = np.ascontiguousarray(np.repeat(crop[:, :, np.newaxis], 3, axis=2))
    return crop


def _normalised(crop: NDArray[np.uint8], ratio: float, max_ratio: float) -> FloatArray:
    """One crop as the model's input: height 48, width ratio*48, padded to the batch width.

    `max_ratio` is the batch's padded width over 48, a whole number of pixels.
    """
    import cv2

    full = round(RECOGNITION_HEIGHT * max_ratio)
    width = max(1, min(math.ceil(RECOGNITION_HEIGHT * ratio), full))
    resized = cv2.resize(crop, (width, RECOGNITION_HEIGHT), interpolation=cv2.INTER_LINEAR)
    padded = np.zeros((3, RECOGNITION_HEIGHT, full), np.float32)
    padded[:, :, :width] = resized.transpose(2, 0, 1).astype(np.float32) / 127.5 - 1.0
    return padded
