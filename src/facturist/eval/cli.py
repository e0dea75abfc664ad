"""`facturist eval DIR --out PRED_DIR [--path visual|einvoice]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from facturist.eval.runner import run_eval
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
    args = parser.parse_args(argv)
    score = run_eval(args.dataset, args.out, args.path)
    print(format_report(score))
    return 0
