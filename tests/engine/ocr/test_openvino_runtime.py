"""OCR on OpenVINO: same reading as onnxruntime, bounded shapes, pruned recogniser, fallback."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from facturist.engine.ocr import openvino_runtime, rapid_models
from facturist.engine.ocr.openvino_runtime import OpenVinoSession
from facturist.engine.ocr.rapid_backend import RapidOcrBackend

from .textpages import SAMPLES, recall, text_page, words_of

pytestmark = pytest.mark.ocr
openvino = pytest.importorskip("openvino")


def _models() -> Path:
    rapidocr = pytest.importorskip("rapidocr")
    return Path(rapidocr.__file__).parent / "models"


@pytest.fixture(scope="module")
def both() -> tuple[RapidOcrBackend, RapidOcrBackend]:
    """The backend on OpenVINO and on onnxruntime, side by side."""
    return RapidOcrBackend(runtime="openvino"), RapidOcrBackend(runtime="onnxruntime")


def test_backend_prefers_openvino_and_reads_like_onnxruntime(
    both: tuple[RapidOcrBackend, RapidOcrBackend],
) -> None:
    on_openvino, on_onnxruntime = both
    assert (on_openvino.runtime, on_onnxruntime.runtime) == ("openvino", "onnxruntime")
    lines = SAMPLES["eng"] + SAMPLES["deu"] + SAMPLES["fra"]
    page = text_page(lines, size=22, width=900)
    expected = words_of(lines)
    read_ov = [w.text for w in on_openvino.recognize(page, ())]
    read_ort = [w.text for w in on_onnxruntime.recognize(page, ())]
    assert recall(expected, read_ov) >= 0.95
    assert recall(expected, read_ov) >= recall(expected, read_ort) - 0.02


def test_small_image_on_the_fixed_canvas_keeps_every_line(
    both: tuple[RapidOcrBackend, RapidOcrBackend],
) -> None:
    # A 300x400 image alone in the 960x960 detection canvas lost its lower lines until the
    # image was scaled up to fill the canvas.
    lines = ["TOTAL 60.30", "Cashier: Anna", "Receipt 19/10/2018"]
    words = both[0].recognize(text_page(lines, size=11, width=300, margin=20), ())
    read = "".join(w.text for w in words).replace(" ", "")
    assert all(line.replace(" ", "") in read for line in lines), read


def test_recogniser_scores_only_kept_characters(
    both: tuple[RapidOcrBackend, RapidOcrBackend],
) -> None:
    on_openvino, on_onnxruntime = both
    kept = on_openvino._recognizer.postprocess_op.character
    assert kept == on_onnxruntime._recognizer.postprocess_op.character
    assert kept[0] == "blank" and kept[-1] == " "
    assert 1_000 < len(kept) < 3_000  # of the model's 18,710 classes
    assert {"A", "z", "0", "€", "£", "ß", "é", "ł", "Ω"} <= set(kept)
    assert not {"中", "ア", "😀"} & set(kept)
    batch = np.zeros((2, 3, 48, 192), np.float32)
    assert on_openvino._recognizer.session(batch).shape[-1] == len(kept)
    assert on_onnxruntime._recognizer.session(batch).shape[-1] == len(kept)


def test_trimmed_head_keeps_the_kept_classes_logits() -> None:
    # Cutting the head must not change what the kept classes score: compare with the
    # model as shipped, on the same input, class by class.
    onnxruntime = pytest.importorskip("onnxruntime")
    path = rapid_models.bundled_model(_models(), "rec")
    full = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    characters = full.get_modelmeta().custom_metadata_map["character"].splitlines()
    classes, _kept = rapid_models.kept_classes(characters)
    trimmed = rapid_models.trimmed_recognizer(path)
    rng = np.random.default_rng(3)
    batch = rng.uniform(-1, 1, (2, 3, 48, 144)).astype(np.float32)
    logits_full = full.run(None, {full.get_inputs()[0].name: batch})[0]
    logits_kept = trimmed.run(None, {trimmed.get_inputs()[0].name: batch})[0]
    # The softmax is over fewer classes, so compare the ranking, not the probabilities.
    assert logits_kept.shape[-1] == len(classes)
    assert np.array_equal(logits_kept.argmax(-1), logits_full[..., classes].argmax(-1))


def test_kept_character_rule() -> None:
    assert all(rapid_models.kept_character(c) for c in "Aa9€$¥£₹ßøłŽΩ№%")
    assert not any(rapid_models.kept_character(c) for c in "中日ア한😀Ａ")


def test_session_compiles_afresh_after_too_many_shapes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openvino_runtime, "MAX_SHAPES", 3)
    session = OpenVinoSession(rapid_models.bundled_model(_models(), "cls"), precision="f32")
    widths = [96, 144, 192, 96, 240, 288]
    outputs = [session(np.zeros((1, 3, 48, w), np.float32)) for w in widths]
    # Three shapes, one repeated, then a fourth: compiled once at first use, once more.
    assert session.compilations == 2
    assert all(o.shape == (1, 2) for o in outputs)


def test_static_detection_canvas_matches_onnxruntime_in_float32() -> None:
    onnxruntime = pytest.importorskip("onnxruntime")
    path = rapid_models.bundled_model(_models(), "det")
    session = OpenVinoSession(path, static_shape=(1, 3, 320, 320), precision="f32")
    rng = np.random.default_rng(7)
    tensor = rng.uniform(-1, 1, (1, 3, 320, 320)).astype(np.float32)
    reference = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    expected = reference.run(None, {reference.get_inputs()[0].name: tensor})[0]
    assert np.allclose(session(tensor), expected, atol=1e-3)
    with pytest.raises(Exception):  # noqa: B017 - OpenVINO's own error type for a wrong shape
        session(np.zeros((1, 3, 64, 64), np.float32))


def test_openvino_failure_falls_back_to_onnxruntime(monkeypatch: pytest.MonkeyPatch) -> None:
    real = rapid_models.load_models

    def broken(detection_max_side: int, *, openvino: bool) -> rapid_models.RapidModels:
        if openvino:
            raise RuntimeError("no CPU plugin")
        return real(detection_max_side, openvino=False)

    monkeypatch.setattr("facturist.engine.ocr.rapid_backend.load_models", broken)
    backend = RapidOcrBackend()
    assert backend.runtime == "onnxruntime"
    words = backend.recognize(text_page(SAMPLES["eng"], size=22, width=700), ())
    assert recall(words_of(SAMPLES["eng"]), [w.text for w in words]) >= 0.9


def test_rapidocr_factories_are_restored_after_loading() -> None:
    import rapidocr.ch_ppocr_det.main as det_main
    import rapidocr.inference_engine.base as base

    rapid_models.load_models(640, openvino=True)
    assert det_main.get_engine is base.get_engine


def test_runtime_is_chosen_where_backends_are_built(monkeypatch: pytest.MonkeyPatch) -> None:
    from facturist.engine.ocr import backends

    monkeypatch.setenv(backends.RUNTIME_ENVIRONMENT, "onnxruntime")
    assert backends._rapidocr_factory().runtime == "onnxruntime"  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="unknown OCR runtime"):
        RapidOcrBackend(runtime="tensorflow")


def test_kernel_caches_are_bounded() -> None:
    # Kernels built for each recognition width once piled up in OpenVINO's per-model cache
    # and oneDNN's process-wide one: ~100 MB of resident memory creep over a worker's pages.
    session = OpenVinoSession(rapid_models.bundled_model(_models(), "cls"))
    assert session._config["CPU_RUNTIME_CACHE_CAPACITY"] == openvino_runtime.RUNTIME_CACHE_CAPACITY
    assert openvino_runtime.RUNTIME_CACHE_CAPACITY <= 100
    assert os.environ.get(openvino_runtime.PRIMITIVE_CACHE_ENVIRONMENT) is not None
    session.compile()
    assert session(np.zeros((1, 3, 48, 192), np.float32)).shape[0] == 1
