"""The OCR backend seam: a Protocol, and the choice of the best backend installed.

Backends are loaded lazily, once per process (workers run one process per core, so each
backend is also pinned to one thread).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from PIL import Image

from facturist.engine.model import Word

log = logging.getLogger(__name__)


@runtime_checkable
class OcrBackend(Protocol):
    """Something that reads words from an image.

    `recognize` returns words with boxes in the image's pixel coordinates (page=1) and a
    confidence in 0..1. `preferred_line_height` is the text line height in pixels the backend
    reads best at; the pipeline rescales images towards it.
    """

    name: str
    preferred_line_height: float

    def recognize(self, image: Image.Image, languages: Sequence[str]) -> list[Word]:
        """Read the words of `image` (any mode; grayscale preferred)."""
        ...


BackendFactory = Callable[[], OcrBackend]

_lock = threading.Lock()
_loaded: dict[str, OcrBackend] = {}
_failures: dict[str, str] = {}


# The runtime under RapidOCR's models, read where backends are chosen: "onnxruntime" for
# comparisons or a platform where OpenVINO misbehaves; "f32" keeps float32 on CPUs with bf16.
RUNTIME_ENVIRONMENT = "FACTURIST_OCR_RUNTIME"
PRECISION_ENVIRONMENT = "FACTURIST_OCR_PRECISION"


def default_runtime(cpuinfo: str | None = None) -> str:
    """OpenVINO where the CPU has bf16 units; onnxruntime elsewhere.

    Measured on one core (benchmarks/README.md): with bf16, OpenVINO reads a scanned page in
    0.46 s against onnxruntime's 1.2 s; on an AVX2-only CPU OpenVINO runs float32 and loses
    (2.6 s and 550 MB peak against 2.1 s and 394 MB).
    """
    if cpuinfo is None:
        try:
            with open("/proc/cpuinfo", encoding="utf-8") as handle:
                cpuinfo = handle.read(200_000)
        except OSError:
            return "openvino"  # not Linux: keep the runtime that is fastest where it counts
    flags = set(cpuinfo.split())
    return "openvino" if flags & {"avx512_bf16", "amx_bf16"} else "onnxruntime"


def _rapidocr_factory() -> OcrBackend:
    from facturist.engine.ocr.rapid_backend import RapidOcrBackend

    runtime = os.environ.get(RUNTIME_ENVIRONMENT, "").strip().lower() or default_runtime()
    precision = os.environ.get(PRECISION_ENVIRONMENT, "").strip().lower() or "bf16"
    return RapidOcrBackend(runtime=runtime, precision=precision)


def _tesseract_factory() -> OcrBackend:
    from facturist.engine.ocr.tesseract_backend import TesseractBackend

    return TesseractBackend()


# In order of preference (see benchmarks/ocr_candidates.py for the measurements).
BACKEND_FACTORIES: dict[str, BackendFactory] = {
    "rapidocr": _rapidocr_factory,
    "tesseract": _tesseract_factory,
}


def get_backend(name: str) -> OcrBackend | None:
    """The named backend, loaded once per process; None (and a recorded reason) if it fails."""
    with _lock:
        if name in _loaded:
            return _loaded[name]
        if name in _failures:
            return None
        factory = BACKEND_FACTORIES.get(name)
        if factory is None:
            _failures[name] = f"unknown OCR backend {name!r}"
            return None
        try:
            backend = factory()
        except Exception as exc:  # an import error, missing model data, a broken wheel...
            _failures[name] = f"{name}: {type(exc).__name__}: {exc}"
            log.warning("OCR backend %s unavailable: %s", name, exc)
            return None
        _loaded[name] = backend
        return backend


def default_backend(preference: Sequence[str] | None = None) -> OcrBackend | None:
    """The best OCR backend that loads here, or None (see `unavailable_reason`)."""
    for name in preference or tuple(BACKEND_FACTORIES):
        backend = get_backend(name)
        if backend is not None:
            return backend
    return None


def unavailable_reason() -> str:
    """Why backends failed to load (empty when none failed)."""
    with _lock:
        return "; ".join(_failures.values())
