"""Run the engine over a labelled dataset folder, write predictions, score them."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Literal

from facturist.engine.extraction import extract_canonical
from facturist.eval.scorer import Score, score_documents

EvalPath = Literal["visual", "einvoice"]


def _predict(document: Path, path: EvalPath) -> dict[str, Any]:
    return extract_canonical(document.read_bytes(), use_einvoice=path == "einvoice")


def run_eval(dataset_dir: Path, out_dir: Path, path: EvalPath = "visual") -> Score:
    """Extract every document of the dataset (docs/ or einvoice/), write <id>.json, score them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for truth_file in sorted((dataset_dir / "truth").glob("*.json")):
        truth = json.loads(truth_file.read_text())
        relative = truth.get("einvoice") if path == "einvoice" else truth.get("document")
        if not relative:
            continue
        document = dataset_dir / relative
        if not document.exists():
            pairs.append((truth, None))
            continue
        started = time.perf_counter()
        prediction = _predict(document, path)
        prediction["id"] = truth_file.stem
        prediction["seconds"] = round(time.perf_counter() - started, 4)
        (out_dir / truth_file.name).write_text(
            json.dumps(prediction, ensure_ascii=False, indent=1, default=str)
        )
        pairs.append((truth, prediction))
    return score_documents(pairs)
