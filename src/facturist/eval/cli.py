"""`facturist eval DIR --out PRED_DIR`, with --path, --family, --jobs and --cache options."""

from __future__ import annotations

import argparse
from pathlib import Path

from facturist.eval.runner import EvalOptions, run_eval
from facturist.eval.scorer import format_report


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print per-field and per-family tables."""
    parser = argparse.ArgumentParser(
        prog="facturist eval", description="Score the engine on a labelled folder."
    )
    parser.add_argument("dataset", type=Path, help="folder with truth/, docs/ and einvoice/")
    parser.add_argument(
        "--out", type=Path, required=True, help="where to write one <id>.json per document"
    )
    parser.add_argument("--path", choices=("visual", "einvoice"), default="visual")
    parser.add_argument(
        "--family", default="", help="only documents whose family contains this text"
    )
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument(
        "--cache",
        type=Path,
        help="keep each document's reading (OCR) here and reuse it on the next run; "
        "empty it after changing reading or OCR code",
    )
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    options = EvalOptions(args.path, args.family, args.jobs, args.cache)
    score = run_eval(args.dataset, args.out, options=options)
    print(format_report(score))
    return 0
