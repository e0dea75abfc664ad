"""Run the engine over a labelled dataset folder, write predictions, score them."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import re
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import facturist.engine as engine_package
from facturist.engine.extraction import DocumentRead, extract_canonical, read_for_canonical
from facturist.eval.scorer import Score, score_documents

EvalPath = Literal["visual", "einvoice"]


@dataclass(frozen=True)
class EvalOptions:
    """How to run: which path, which families, how many processes, where reads are kept.

    `cache` keeps each document's reading (text layer, OCR words, XML) by content hash and
    by the reading code's own hash (`_READING_CODE`), so that a rerun after a change to the
    rules skips OCR (minutes -> seconds on scans) and a change to reading or OCR reads again.
    """

    path: EvalPath = "visual"
    family: str = ""
    jobs: int = 1
    cache: Path | None = None


# The modules that turn a file into words (text layer, rendering, OCR): a reading kept by
# an older version of them is stale (a word attribute added, an OCR fix), so their source,
# and the source of every engine module they import, is part of the cache key. The rules
# (extraction, fields, tables...) are not: changing them is what the cache is for. The
# e-invoice readers are reading code too: a read keeps the XML's fields, already mapped.
_READING_CODE = ("model.py", "pages.py", "pdftext.py", "sniff.py", "ocr", "einvoice")
_ENGINE_IMPORT = re.compile(r"^from facturist\.engine\.([\w.]+) import", re.MULTILINE)


def reading_sources() -> list[Path]:
    """The reading modules' files and those of the engine modules they import, transitively
    (a helper split out of pdftext.py changes readings as much as pdftext.py itself)."""
    root = Path(engine_package.__file__).parent
    found: set[Path] = set()
    pending = [root / name for name in _READING_CODE]
    while pending:
        path = pending.pop()
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for source in files:
            if source in found or not source.exists():
                continue
            found.add(source)
            for module in _ENGINE_IMPORT.findall(source.read_text(encoding="utf-8")):
                target = root.joinpath(*module.split("."))
                pending.append(target if target.is_dir() else target.with_suffix(".py"))
    return sorted(found)


@functools.cache
def _reading_hash() -> str:
    digest = hashlib.sha256()
    for source in reading_sources():
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _read(data: bytes, cache: Path | None) -> DocumentRead:
    if cache is None:
        return read_for_canonical(data)
    key = hashlib.sha256(data + _reading_hash().encode()).hexdigest()[:32]
    kept = cache / f"{key}.pickle"
    if kept.exists():
        try:
            read: DocumentRead = pickle.loads(kept.read_bytes())  # our own files only
            return read
        except (pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            kept.unlink()  # written by other code: read again
    read = read_for_canonical(data)
    try:
        dumped = pickle.dumps(read)
    except (pickle.PicklingError, TypeError, AttributeError):
        return read  # a parsed XML tree: cheap to read again anyway
    # One partial file per process: two runs sharing a cache may read the same document at
    # once, and a shared name would let one rename the other's file from under it.
    partial = kept.with_suffix(f".{os.getpid()}.part")
    partial.write_bytes(dumped)
    partial.replace(kept)  # whole files only, even when interrupted
    return read


def _predict(job: tuple[Path, Path, str, EvalOptions]) -> dict[str, Any]:
    document, out_file, stem, options = job
    started = time.perf_counter()
    data = document.read_bytes()
    prediction = extract_canonical(
        data, use_einvoice=options.path == "einvoice", pre_read=_read(data, options.cache)
    )
    prediction["id"] = stem
    prediction["seconds"] = round(time.perf_counter() - started, 4)
    out_file.write_text(json.dumps(prediction, ensure_ascii=False, indent=1, default=str))
    return prediction


def _truths(dataset_dir: Path, options: EvalOptions) -> Iterator[tuple[Path, dict[str, Any]]]:
    for truth_file in sorted((dataset_dir / "truth").glob("*.json")):
        truth: dict[str, Any] = json.loads(truth_file.read_text())
        if options.family.lower() in str(truth.get("family", "")).lower():
            yield truth_file, truth


def run_eval(
    dataset_dir: Path, out_dir: Path, path: EvalPath = "visual", options: EvalOptions | None = None
) -> Score:
    """Extract every document of the dataset (docs/ or einvoice/), write <id>.json, score them."""
    options = options or EvalOptions(path=path)
    out_dir.mkdir(parents=True, exist_ok=True)
    if options.cache is not None:
        options.cache.mkdir(parents=True, exist_ok=True)
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    jobs: list[tuple[Path, Path, str, EvalOptions]] = []
    waiting: list[dict[str, Any]] = []
    for truth_file, truth in _truths(dataset_dir, options):
        relative = truth.get("einvoice") if options.path == "einvoice" else truth.get("document")
        if not relative:
            continue
        document = dataset_dir / relative
        if not document.exists():
            pairs.append((truth, None))
            continue
        jobs.append((document, out_dir / truth_file.name, truth_file.stem, options))
        waiting.append(truth)
    if options.jobs > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(options.jobs) as pool:
            predictions = list(pool.map(_predict, jobs, chunksize=4))
    else:
        predictions = [_predict(job) for job in jobs]
    pairs.extend(zip(waiting, predictions, strict=True))
    return score_documents(pairs)
