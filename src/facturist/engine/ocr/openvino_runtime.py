"""RapidOCR's ONNX models on OpenVINO, one thread per worker, memory bounded.

Same model files as on onnxruntime. On this project's Xeon (AMX), one thread, OpenVINO ran
the PP-OCRv6 detector ~3x and, in bfloat16, the recogniser ~3x faster than onnxruntime; a
scanned receipt went from 2.1 to 0.8 s (benchmarks/README.md, "OCR runtime"). bfloat16 is
only a hint: CPUs without bf16 units run float32. It rounds activations, and the dev receipts
scored the same (header F1 0.922 on onnxruntime, 0.924 here).

OpenVINO keeps compiled kernels and buffers for every input shape a model has seen: the
caller keeps shapes few (a fixed detection canvas, recognition widths in steps) and a model
that has seen `MAX_SHAPES` shapes is compiled afresh rather than left to grow.

The kernels of a shape (~4-5 MB for each recognition width) sit in two caches: the compiled
model's own (`CPU_RUNTIME_CACHE_CAPACITY`, 5000 entries by default, room for every width)
and oneDNN's process-wide primitive cache (1024 entries), which a recompilation does not
empty. Together they made a worker's resident memory creep ~100 MB over its first pages
(peak 529 MB after 150 scans). oneDNN's cache is switched off (`ONEDNN_PRIMITIVE_CACHE_
CAPACITY`, read when the first model compiles) and the model's own is bounded to
`RUNTIME_CACHE_CAPACITY` entries (the recent widths' kernels), and a recompilation frees
them all. The numbers do not change (the same kernels
are built again).

Threads are never pinned to cores: several worker processes share the machine, and pinned
threads would all land on the same core.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from facturist.engine.ocr.characters import kept_classes

log = logging.getLogger(__name__)

# bf16 is a hint: CPUs without bf16 units run float32; "f32" keeps the model's own arithmetic.
DEFAULT_PRECISION = "bf16"
# Input shapes one compiled model may see before it is compiled again (~0.3 s).
MAX_SHAPES = 20
# Kernel executors one compiled model keeps, least recently used dropped (OpenVINO's
# default, 5000, keeps every shape's). At 100, 150 generated scans peaked at 474 MB rather
# than 529, for ~0.1 s more CPU a page (kernels built again); 300 saved only 20 MB.
RUNTIME_CACHE_CAPACITY = 100
# oneDNN's process-wide kernel cache, which outlives recompilations: off (see above).
PRIMITIVE_CACHE_ENVIRONMENT = "ONEDNN_PRIMITIVE_CACHE_CAPACITY"


class OpenVinoSession:
    """A model compiled for one thread, called like rapidocr's sessions: array in, output out.

    `static_shape` fixes the input shape. `character_filter` (recognisers with a CTC head
    over the character list in the model's metadata, rapidocr's layout: blank first, the
    metadata's characters, a space last) scores only the characters it accepts; the kept
    list is what `get_character_list` returns, so decoding indices line up.
    """

    def __init__(
        self,
        model_path: Path,
        *,
        static_shape: tuple[int, ...] | None = None,
        character_filter: Callable[[str], bool] | None = None,
        precision: str = DEFAULT_PRECISION,
    ) -> None:
        # Read once, when the process's first model compiles; a value set outside is kept.
        os.environ.setdefault(PRIMITIVE_CACHE_ENVIRONMENT, "0")
        import openvino

        self.model_path = model_path
        self._core: Any = openvino.Core()
        self._static_shape = static_shape
        self._characters: list[str] | None = None
        self._classes: list[int] | None = None
        if character_filter is not None:
            characters = _metadata_characters(self._core.read_model(str(model_path)))
            self._classes, self._characters = kept_classes(characters, character_filter)
        self._config = {
            "INFERENCE_NUM_THREADS": 1,
            "NUM_STREAMS": 1,
            "PERFORMANCE_HINT": "LATENCY",
            "ENABLE_CPU_PINNING": False,
            "INFERENCE_PRECISION_HINT": precision,
            "CPU_RUNTIME_CACHE_CAPACITY": RUNTIME_CACHE_CAPACITY,
        }
        self._shapes: set[tuple[int, ...]] = set()
        self._compiled: Any = None
        self._request: Any = None
        self.compilations = 0

    def compile(self) -> None:
        """Compile (again), dropping the kernels and buffers of shapes seen so far.

        The model is read from its file each time and not kept: the compiled model holds
        its own copy of the weights, and recompiling is rare.
        """
        self._request = self._compiled = None  # frees the old model before the new one
        model: Any = self._core.read_model(str(self.model_path))
        if self._static_shape is not None:
            model.reshape(list(self._static_shape))
        if self._classes is not None:
            _keep_output_classes(model, self._classes)
        self._compiled = self._core.compile_model(model, "CPU", self._config)
        del model
        self._request = self._compiled.create_infer_request()
        self._shapes.clear()
        self.compilations += 1

    def __call__(self, inputs: NDArray[np.float32]) -> NDArray[np.float32]:
        if self._request is None:
            self.compile()
        if inputs.shape not in self._shapes:
            if len(self._shapes) >= MAX_SHAPES:
                self.compile()
            self._shapes.add(inputs.shape)
        self._request.infer([inputs])
        # The request reuses its output buffer on the next call: hand out a copy.
        output: NDArray[np.float32] = np.array(self._request.get_output_tensor(0).data)
        return output

    def release_memory(self) -> None:
        """Free the activation buffers of the shapes seen so far; kernels stay compiled.

        The next call allocates them again (well under a millisecond); the numbers do not
        change. The detector's buffers for its 960x960 canvas are ~65 MB, the recogniser's
        ~30 MB: released between the two, a page never holds both at once.
        """
        if self._compiled is not None:
            self._compiled.release_memory()

    def have_key(self, key: str = "character") -> bool:
        """rapidocr asks whether the model carries its character list."""
        return key == "character" and self._characters is not None

    def get_character_list(self, key: str = "character") -> list[str]:
        """The characters the recogniser scores, in class order (blank and space excluded)."""
        if key != "character" or self._characters is None:
            raise KeyError(key)
        return list(self._characters)


def _metadata_characters(model: Any) -> list[str]:
    """The character list an ONNX recogniser carries in its metadata."""
    value = model.get_rt_info()["framework"]["character"]
    return str(getattr(value, "value", value)).splitlines()


def _keep_output_classes(model: Any, keep: list[int]) -> None:
    """Cut a classifier head `softmax(x @ W + b)` down to the classes in `keep`, in order.

    The recogniser's head scores 18,710 characters per step: its logits, softmax and output
    are three tensors that wide per batch (~100 MB at the widest), most of a worker's memory.
    Slicing W and b leaves the kept classes' logits as they were.
    """
    from openvino import opset13

    result = model.get_results()[0]
    node = result.input(0).get_source_output().get_node()
    if node.get_type_name() != "Softmax":
        raise ValueError("model output is not a softmax")
    while True:
        node = node.input(0).get_source_output().get_node()
        if node.get_type_name() != "Identity":
            break
    add = node
    matmul = add.input(0).get_source_output().get_node()
    if (add.get_type_name(), matmul.get_type_name()) != ("Add", "MatMul"):
        raise ValueError("model head is not MatMul + Add")
    bias = add.input(1).get_source_output().get_node()
    weights = matmul.input(1).get_source_output().get_node()
    indices = np.asarray(keep, dtype=np.int64)
    kept_weights = np.ascontiguousarray(weights.get_data()[:, indices])
    kept_bias = np.ascontiguousarray(bias.get_data()[indices])
    matmul.input(1).replace_source_output(opset13.constant(kept_weights).output(0))
    add.input(1).replace_source_output(opset13.constant(kept_bias).output(0))
    model.validate_nodes_and_infer_types()
