"""Loading RapidOCR's bundled models on OpenVINO (preferred) or onnxruntime.

rapidocr builds each model's inference session through a `get_engine(engine_type)` factory
that its detector, recogniser and classifier modules import by name. For OpenVINO that
factory's sessions would compile every model once with rapidocr's settings (~110 MB, then
thrown away), so while the models load, those names point to a factory of this project's
`OpenVinoSession` instead: each model is compiled once, with the settings a one-thread worker
needs (a fixed detection canvas, a recogniser scoring only the characters kept). On
onnxruntime the recogniser is likewise built from a copy of its model with the head cut to the
kept characters (`trimmed_recognizer`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from facturist.engine.ocr import openvino_runtime
from facturist.engine.ocr.characters import kept_character, kept_classes

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


def trimmed_recognizer(path: Path) -> Any:
    """An onnxruntime session of the recogniser whose head scores only the kept characters.

    The head `softmax(x @ W + b)` over 18,710 classes per time step was a quarter of the
    recogniser's time on one core, and the CTC decoder's argmax over it more; slicing W and
    b leaves the kept classes' logits as they were. The character list in the model's
    metadata is cut the same way, so rapidocr's decoder maps indices to the kept characters.
    """
    import onnx
    import onnxruntime
    from onnx import numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    metadata = {prop.key: prop for prop in model.metadata_props}
    classes, characters = kept_classes(metadata["character"].value.splitlines())
    producers = {output: node for node in graph.node for output in node.output}
    node = producers[graph.output[0].name]
    while node.op_type in ("Softmax", "Identity"):
        node = producers[node.input[0]]
    add, matmul = node, producers[node.input[0]]
    if (add.op_type, matmul.op_type) != ("Add", "MatMul"):
        raise ValueError("recogniser head is not MatMul + Add")
    initializers = {tensor.name: tensor for tensor in graph.initializer}
    indices = np.asarray(classes, dtype=np.int64)
    weights, bias = initializers[matmul.input[1]], initializers[add.input[1]]
    kept_weights = np.ascontiguousarray(numpy_helper.to_array(weights)[:, indices])
    kept_bias = np.ascontiguousarray(numpy_helper.to_array(bias)[indices])
    weights.CopyFrom(numpy_helper.from_array(kept_weights, weights.name))
    bias.CopyFrom(numpy_helper.from_array(kept_bias, bias.name))
    metadata["character"].value = "\n".join(characters)
    # Declared shapes downstream of the head still say 18,710 wide: let onnxruntime infer them.
    stale = {matmul.output[0], add.output[0]}
    kept_infos = [info for info in graph.value_info if info.name not in stale]
    del graph.value_info[:]
    graph.value_info.extend(kept_infos)
    for output in graph.output:
        del output.type.tensor_type.shape.dim[:]
    serialized = model.SerializeToString()
    del model, graph, initializers
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.enable_cpu_mem_arena = False
    return onnxruntime.InferenceSession(
        serialized, sess_options=options, providers=["CPUExecutionProvider"]
    )


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
        from rapidocr.inference_engine.onnxruntime import OrtInferSession

        session = trimmed_recognizer(paths["rec"])
        with _sessions({"rec": lambda _cfg: OrtInferSession({"session": session})}):
            recognizer = engine._load_rec_model()
        return RapidModels(
            "onnxruntime",
            engine._load_det_model(),
            recognizer,
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
    """Let rapidocr's det/rec/cls modules named in `factories` build their sessions with them."""
    import rapidocr.ch_ppocr_cls.main as cls_main
    import rapidocr.ch_ppocr_det.main as det_main
    import rapidocr.ch_ppocr_rec.main as rec_main

    modules = {
        kind: module
        for kind, module in {"det": det_main, "rec": rec_main, "cls": cls_main}.items()
        if kind in factories
    }
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
