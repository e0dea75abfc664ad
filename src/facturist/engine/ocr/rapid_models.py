"""Loading RapidOCR's bundled models on OpenVINO (preferred) or onnxruntime.

rapidocr builds each model's inference session through a `get_engine(engine_type)` factory
that its detector, recogniser and classifier modules import by name. For OpenVINO that
factory's sessions would compile every model once with rapidocr's settings (~110 MB, then
thrown away), so while the models load, those names point to a factory of this project's
`OpenVinoSession` instead: each model is compiled once, with the settings a one-thread worker
needs (a fixed detection canvas, a recogniser scoring only the characters kept).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facturist.engine.ocr import openvino_runtime

# Recognised characters from U+2E80 on (CJK radicals, kana, ideographs, fullwidth forms,
# emoji) are not scored under OpenVINO: invoices in the scripts the engine reads (Latin and
# Greek letters, which is all the model has besides CJK, with currency signs and symbols) never
# need the ~16,000 of them, and without them the recogniser's output is 10x smaller (18,710 ->
# 1,750 classes).
LAST_KEPT_CODE_POINT = 0x2E80

_patch_lock = threading.Lock()


@dataclass
class RapidModels:
    """The three rapidocr model objects and the word-box helper, on one runtime."""

    runtime: str
    detector: Any
    recognizer: Any
    classifier: Any
    word_boxes: Any


def bundled_model(models: Path, kind: str) -> Path:
    """The wheel's one ONNX model of `kind` (det, rec, cls)."""
    found = sorted(models.glob(f"*{kind}*.onnx"))
    if len(found) != 1:
        # Without the bundled models rapidocr would try to download them.
        raise RuntimeError(f"expected one rapidocr {kind} model in {models}, found {len(found)}")
    return found[0]


def kept_character(character: str) -> bool:
    """Whether the recogniser should keep scoring this character under OpenVINO."""
    return all(ord(c) < LAST_KEPT_CODE_POINT for c in character)


def load_models(
    detection_max_side: int,
    *,
    openvino: bool,
    precision: str = openvino_runtime.DEFAULT_PRECISION,
) -> RapidModels:
    """Load the bundled detector, recogniser and 0/180 classifier on one thread."""
    import rapidocr

    models = Path(rapidocr.__file__).parent / "models"
    paths = {kind: bundled_model(models, kind) for kind in ("det", "rec", "cls")}
    engine = _engine(paths, detection_max_side, openvino=openvino)
    if not openvino:
        return RapidModels(
            "onnxruntime",
            engine._load_det_model(),
            engine._load_rec_model(),
            engine._load_cls_model(),
            engine.cal_rec_boxes,
        )
    canvas = (1, 3, detection_max_side, detection_max_side)
    with _sessions(
        {
            "det": lambda cfg: openvino_runtime.OpenVinoSession(
                Path(cfg.model_path), static_shape=canvas, precision=precision
            ),
            "rec": lambda cfg: openvino_runtime.OpenVinoSession(
                Path(cfg.model_path), character_filter=kept_character, precision=precision
            ),
            "cls": lambda cfg: openvino_runtime.OpenVinoSession(
                Path(cfg.model_path), precision=precision
            ),
        }
    ):
        detector = engine._load_det_model()
        recognizer = engine._load_rec_model()
        classifier = engine._load_cls_model()
    for model in (detector, recognizer, classifier):
        model.session.compile()  # now, not on the first page
    return RapidModels("openvino", detector, recognizer, classifier, engine.cal_rec_boxes)


def _engine(paths: dict[str, Path], detection_max_side: int, *, openvino: bool) -> Any:
    from rapidocr import EngineType, RapidOCR

    params: dict[str, Any] = {
        "Global.log_level": "error",
        "Global.use_cls": False,  # page orientation is handled by the pipeline
        "Det.limit_type": "max",
        "Det.limit_side_len": detection_max_side,
        "Det.model_path": str(paths["det"]),
        "Rec.model_path": str(paths["rec"]),
        "Cls.model_path": str(paths["cls"]),
    }
    if openvino:
        for part in ("Det", "Rec", "Cls"):
            params[f"{part}.engine_type"] = EngineType.OPENVINO
    else:
        params["EngineConfig.onnxruntime.intra_op_num_threads"] = 1
        params["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
        params["EngineConfig.onnxruntime.enable_cpu_mem_arena"] = False
    return RapidOCR(params=params)


@contextmanager
def _sessions(factories: dict[str, Callable[[Any], Any]]) -> Iterator[None]:
    """Let rapidocr's det/rec/cls modules build their sessions with `factories` meanwhile."""
    import rapidocr.ch_ppocr_cls.main as cls_main
    import rapidocr.ch_ppocr_det.main as det_main
    import rapidocr.ch_ppocr_rec.main as rec_main

    modules = {"det": det_main, "rec": rec_main, "cls": cls_main}
    with _patch_lock:
        saved = {kind: module.get_engine for kind, module in modules.items()}
        try:
            for kind, module in modules.items():
                factory = factories[kind]
                module.get_engine = lambda _engine_type, factory=factory: factory  # type: ignore[attr-defined]
            yield
        finally:
            for kind, module in modules.items():
                module.get_engine = saved[kind]  # type: ignore[attr-defined]
