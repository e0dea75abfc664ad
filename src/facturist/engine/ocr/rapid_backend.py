"""OCR with RapidOCR (PaddleOCR PP-OCRv6 models on onnxruntime), models shipped in its wheel.

The PP-OCRv6 "small" detection and multilingual recognition models are inside the rapidocr
wheel (rapidocr/models/), so nothing is downloaded at run time; the recognition model covers
Latin scripts (English, German, French, ...) in one model, so `languages` is not needed.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from facturist.engine.model import Box, Word

# Detection runs on the image scaled down so that its longer side is at most this; the
# pipeline has already scaled text to `preferred_line_height`, so this only bounds cost.
DETECTION_MAX_SIDE = 1024


class RapidOcrBackend:
    """PP-OCRv6 detection + recognition on one onnxruntime thread."""

    name = "rapidocr"
    preferred_line_height = 26.0

    def __init__(self, detection_max_side: int = DETECTION_MAX_SIDE) -> None:
        import cv2
        import rapidocr
        from rapidocr import RapidOCR

        cv2.setNumThreads(1)
        models = Path(rapidocr.__file__).parent / "models"
        if not any(models.glob("*det*.onnx")) or not any(models.glob("*rec*.onnx")):
            # Without the bundled models rapidocr would try to download them.
            raise RuntimeError(f"rapidocr models missing in {models}")
        self._engine = RapidOCR(
            params={
                "Global.log_level": "error",
                "Global.use_cls": False,  # page orientation is handled by the pipeline
                "Global.text_score": 0.3,
                "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                "Det.limit_type": "max",
                "Det.limit_side_len": detection_max_side,
            }
        )
        # The engine keeps per-call state; calls from several threads are serialised.
        self._lock = threading.Lock()

    def recognize(self, image: Image.Image, languages: Sequence[str]) -> list[Word]:
        """Read the words of `image`; `languages` is ignored (one multilingual model)."""
        rgb = np.asarray(image.convert("RGB"))
        with self._lock:
            result: Any = self._engine(rgb, return_word_box=True)
        if not result.txts:
            return []
        words: list[Word] = []
        for line_words in result.word_results:
            for text, score, points in line_words:
                if not text or not text.strip() or points is None:
                    continue
                xs = [float(p[0]) for p in points]
                ys = [float(p[1]) for p in points]
                box = Box(1, min(xs), min(ys), max(xs), max(ys))
                words.append(Word(text.strip(), box, float(score)))
        return words
