"""Accuracy on the project's own generated invoices, per layout: header F1 and line F1.

Generates N invoices per layout (every language in turn, some credit notes, every fifth one
long enough to run over several pages), reads each back with the engine and scores it with
`facturist.eval.scorer` (the metric of ../shared/eval/score.py). The later layouts ("saas",
"factura", "vat_columns", "letter_grid") stand for vendors the engine was not tuned on.

    .venv/bin/python benchmarks/generated_eval.py [--count 40] [--layouts saas,factura]
        [--workers 2] [--fields] [--dump DIR]

--dump writes <id>.truth.json and <id>.pred.json per invoice for diagnosis. --scans reads
each invoice as an image-only PDF (render_scanned_pdf at 200 dpi, JPEG noise), through OCR.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from facturist.eval.scorer import SCORED_FIELDS, Score, score_documents
from facturist.samples import LANGUAGES, LAYOUTS, random_invoice, render_pdf

# layout, seed, language, line count (None: random), scanned
Case = tuple[str, int, str, int | None, bool]


def cases(layouts: list[str], count: int, seed: int, scans: bool = False) -> list[Case]:
    """`count` invoices per layout, languages in turn, every fifth one multi-page."""
    out: list[Case] = []
    for layout in layouts:
        rng = random.Random(f"{seed}:{layout}")
        for index in range(count):
            lines = rng.randint(20, 45) if index % 5 == 4 and layout != "receipt" else None
            language = LANGUAGES[index % len(LANGUAGES)]
            out.append((layout, seed * 100_000 + index, language, lines, scans))
    return out


def run_case(case: Case) -> tuple[dict[str, Any], dict[str, Any]]:
    """(truth, prediction) for one generated invoice."""
    from facturist.engine.extraction import extract_canonical
    from facturist.samples.scan import render_scanned_pdf

    layout, seed, language, lines, scanned = case
    spec = random_invoice(seed, language=language, layout=layout, lines=lines)
    truth = {"id": f"{layout}-{seed}-{spec.locale}", "layout": layout, **spec.truth()}
    document = render_scanned_pdf(spec, dpi=200) if scanned else render_pdf(spec)
    return truth, extract_canonical(document)


def field_table(score: Score) -> str:
    """Per-field F1 over all documents."""
    rows = []
    for name in SCORED_FIELDS:
        counts = score.fields.get(name)
        if counts and counts.tp + counts.fp + counts.fn:
            rows.append(f"  {name:16} F1 {counts.f1()[2]:.3f}  (tp {counts.tp} fp {counts.fp})")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40, help="invoices per layout (40)")
    parser.add_argument("--layouts", default=",".join(LAYOUTS), help="comma-separated")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same invoices")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--fields", action="store_true", help="per-field F1 per layout")
    parser.add_argument("--dump", type=Path, help="write truth and prediction JSON here")
    parser.add_argument("--scans", action="store_true", help="read them as scanned PDFs (OCR)")
    args = parser.parse_args()
    layouts = [name.strip() for name in args.layouts.split(",") if name.strip()]
    todo = cases(layouts, args.count, args.seed, args.scans)
    started = time.perf_counter()
    with ProcessPoolExecutor(args.workers) as pool:
        pairs = list(pool.map(run_case, todo, chunksize=4))
    elapsed = time.perf_counter() - started
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for truth, predicted in pairs:
            for suffix, body in (("truth", truth), ("pred", predicted)):
                path = args.dump / f"{truth['id']}.{suffix}.json"
                path.write_text(json.dumps(body, ensure_ascii=False, indent=1, default=str))
    print(f"{len(pairs)} invoices in {elapsed:.0f} s\n")
    print(f"{'layout':14} {'docs':>5} {'header F1':>10} {'line F1':>8}")
    for layout in layouts:
        chosen = [(truth, pred) for truth, pred in pairs if truth["layout"] == layout]
        score = score_documents(chosen, group_by="layout")  # type: ignore[arg-type]
        header, lines = score.header().f1()[2], score.lines.f1()[2]
        print(f"{layout:14} {len(chosen):5} {header:10.3f} {lines:8.3f}")
        if args.fields:
            print(field_table(score))
    overall = score_documents(pairs, group_by="layout")  # type: ignore[arg-type]
    header, lines = overall.header().f1()[2], overall.lines.f1()[2]
    print(f"{'all':14} {len(pairs):5} {header:10.3f} {lines:8.3f}")


if __name__ == "__main__":
    main()
