"""`facturist samples DIR --count N`: write a sample corpus from the command line."""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from facturist.samples.corpus import DEFAULT_KINDS, KINDS, write_corpus


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `facturist samples`."""
    parser = argparse.ArgumentParser(
        prog="facturist samples",
        description="Write made-up invoices (PDF, scans, bad files) with truth files.",
    )
    parser.add_argument("directory", type=Path, help="folder to write into (created if needed)")
    parser.add_argument("--count", type=int, default=20, help="how many documents (default 20)")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same files (default 0)")
    parser.add_argument(
        "--kinds",
        default=",".join(DEFAULT_KINDS),
        help=f"comma-separated mix of {','.join(KINDS)} (default {','.join(DEFAULT_KINDS)})",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run `facturist samples`; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    kinds = [kind.strip() for kind in args.kinds.split(",") if kind.strip()]
    if args.count < 0:
        parser.error("--count must be 0 or more")
    if not kinds or set(kinds) - set(KINDS):
        parser.error(f"--kinds takes a comma-separated subset of {','.join(KINDS)}")
    started = time.perf_counter()
    paths = write_corpus(args.directory, args.count, seed=args.seed, kinds=kinds)
    elapsed = time.perf_counter() - started
    print(f"wrote {len(paths)} documents to {args.directory} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
