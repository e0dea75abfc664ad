"""Engine benchmark: milliseconds per digital PDF page on one core, and peak memory.

Generated invoices (facturist.samples, every invoice layout, some multi-page) are always
measured; the dev set's PDFs too when /work/shared/datasets/dev exists (or --dev DIR). Prints a
table; run on an otherwise idle machine:

    .venv/bin/python benchmarks/engine_bench.py [--invoices 60] [--repeat 2] [--dev DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from pathlib import Path

from facturist.engine import extract, plan_from_prompt
from facturist.engine.sniff import open_pdf
from facturist.samples import LANGUAGES, LAYOUTS, random_invoice, render_pdf

PLAN = plan_from_prompt(
    "Extract invoice number, date, vendor name, total amount and the line items "
    "(description, quantity, unit price, amount)"
)
DEFAULT_DEV = Path("/work/shared/datasets/dev")


def _pages(data: bytes) -> int:
    pdf, _ = open_pdf(data)
    if pdf is None:
        return 0
    try:
        return len(pdf)
    finally:
        pdf.close()


def _time_documents(documents: list[bytes], repeat: int) -> tuple[int, float, list[float]]:
    """(pages, best total seconds over the repeats, per-document ms per page of the best run)."""
    pages = sum(_pages(d) for d in documents)
    best_total, best_each = float("inf"), []
    for _ in range(repeat):
        each = []
        started = time.perf_counter()
        for data in documents:
            t0 = time.perf_counter()
            extract(data, PLAN)
            each.append(1000 * (time.perf_counter() - t0) / max(_pages(data), 1))
        total = time.perf_counter() - started
        if total < best_total:
            best_total, best_each = total, each
    return pages, best_total, best_each


def _generated(count: int) -> dict[str, list[bytes]]:
    layouts = [layout for layout in LAYOUTS if layout != "receipt"]
    groups: dict[str, list[bytes]] = {}
    for index in range(count):
        layout = layouts[index % len(layouts)]
        lines = 40 if index % 7 == 0 else None  # some invoices run over several pages
        spec = random_invoice(
            20_000 + index, language=LANGUAGES[index % len(LANGUAGES)], layout=layout, lines=lines
        )
        groups.setdefault(f"samples/{layout}", []).append(render_pdf(spec))
    return groups


def _dev(folder: Path) -> dict[str, list[bytes]]:
    groups: dict[str, list[bytes]] = {}
    for path in sorted((folder / "docs").glob("*.pdf")):
        source = path.name.split("__", 1)[0]
        groups.setdefault(f"dev/{source}", []).append(path.read_bytes())
    return groups


def main() -> None:
    """Print the table of ms per page and peak RSS."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--invoices", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says
    groups = _generated(args.invoices)
    if (args.dev / "docs").is_dir():
        groups.update(_dev(args.dev))
    extract(next(iter(groups.values()))[0], PLAN)  # warm imports and caches
    print(f"{'set':28} {'docs':>5} {'pages':>6} {'ms/page':>8} {'p50':>7} {'p95':>7}")
    all_pages, all_seconds = 0, 0.0
    for name, documents in groups.items():
        pages, seconds, each = _time_documents(documents, args.repeat)
        all_pages += pages
        all_seconds += seconds
        p95 = sorted(each)[max(int(0.95 * len(each)) - 1, 0)]
        print(
            f"{name:28} {len(documents):5} {pages:6} {1000 * seconds / max(pages, 1):8.1f} "
            f"{statistics.median(each):7.1f} {p95:7.1f}"
        )
    print(f"{'all':28} {'':5} {all_pages:6} {1000 * all_seconds / max(all_pages, 1):8.1f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MiB (the whole process, documents held in memory included)")


if __name__ == "__main__":
    main()
