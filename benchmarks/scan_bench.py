"""Scanned pages through the whole engine: CPU and wall seconds per page, peak memory.

    .venv/bin/python benchmarks/scan_bench.py [--dev ../shared/datasets/dev] [--limit 40]

Each set runs in its own process pinned to one core (when the OS allows), so its peak
resident memory (ru_maxrss) is its own and its CPU time is one core's. Sets: generated scans
(facturist.samples.render_scan, JPEG pages at 200 and 300 dpi), a generated image-only PDF
(render_scanned_pdf), and the SROIE receipts of the dev set when it is present (evaluation
only). Targets (issue 3): <= 1.5 s CPU per scanned page, <= 500 MB peak per worker process.
FACTURIST_OCR_RUNTIME=onnxruntime measures the onnxruntime fallback instead of OpenVINO.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def generated_documents(count: int) -> list[tuple[bytes, int]]:
    """(document bytes, page count) of generated scans: receipts and full pages."""
    from facturist.samples.generate import random_invoice
    from facturist.samples.scan import render_scan, render_scanned_pdf

    documents: list[tuple[bytes, int]] = []
    for seed in range(count):
        layout = "receipt" if seed % 2 == 0 else None
        spec = random_invoice(seed, layout=layout, lines=3)
        documents.append((render_scan(spec, dpi=300 if seed % 3 == 0 else 200, seed=seed), 1))
    spec = random_invoice(99, lines=3)
    pdf = render_scanned_pdf(spec, dpi=200)
    documents.append((pdf, 1))
    return documents


def measure(name: str, paths: list[str], generated: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """Run one set in this process and report (name, pages, cpu, wall, max cpu, peak MB)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from facturist.engine.extraction import extract_canonical
    from facturist.engine.ocr import default_backend

    backend = default_backend()  # model loading is once per worker, not per page
    name = f"{name} ({getattr(backend, 'runtime', getattr(backend, 'name', 'none'))})"
    documents = [(Path(p).read_bytes(), 1) for p in paths] or generated_documents(generated)
    cpu_total = wall_total = worst = 0.0
    pages = 0
    for data, count in documents:
        cpu, wall = time.process_time(), time.perf_counter()
        extract_canonical(data)
        spent = time.process_time() - cpu
        cpu_total += spent
        wall_total += time.perf_counter() - wall
        worst = max(worst, spent / count)
        pages += count
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((name, pages, cpu_total / pages, wall_total / pages, worst, peak))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", default="../shared/datasets/dev", help="dev set folder")
    parser.add_argument("--limit", type=int, default=40, help="SROIE receipts to read")
    parser.add_argument("--generated", type=int, default=6, help="generated scans")
    args = parser.parse_args()
    sets: list[tuple[str, list[str]]] = [("generated scans", [])]
    receipts = sorted(str(p) for p in Path(args.dev).glob("docs/sroie__*.jpg"))
    if receipts:
        step = max(1, len(receipts) // args.limit)
        sets.append(("SROIE receipts", receipts[::step][: args.limit]))
    context = multiprocessing.get_context("spawn")
    print("| set | pages | CPU s/page | wall s/page | max CPU s | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    for name, paths in sets:
        queue: multiprocessing.Queue = context.Queue()  # type: ignore[type-arg]
        process = context.Process(target=measure, args=(name, paths, args.generated, queue))
        process.start()
        row = queue.get()
        process.join()
        measured, pages, cpu, wall, worst, peak = row
        print(f"| {measured} | {pages} | {cpu:.2f} | {wall:.2f} | {worst:.2f} | {peak:.0f} |")


if __name__ == "__main__":
    main()
