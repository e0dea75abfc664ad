"""`facturist extract PATH... --prompt TEXT | --fields FILE ...`: a batch from the command line.

Exit codes: 0 everything extracted; 1 some file, page or extraction failed (the rest is
written); 2 the run could not go on (bad arguments, refused key, state of another batch);
130 interrupted (run the same command again to continue).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from facturist.client.batch import FORMATS, BatchResult
from facturist.client.errors import ClientError
from facturist.client.progress import ProgressPrinter, print_summary

EXIT_OK, EXIT_FAILURES, EXIT_FATAL, EXIT_INTERRUPTED = 0, 1, 2, 130
STATE_FILE = ".facturist-state.json"


def build_parser() -> argparse.ArgumentParser:
    """The `extract` command's arguments."""
    parser = argparse.ArgumentParser(prog="facturist extract", description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path, help="files or folders (recursive)")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--prompt", help="what to extract, in a sentence")
    what.add_argument(
        "--fields",
        type=Path,
        help="a JSON file ({fields: [{name, prompt}], general_prompt} or a list of fields), "
        "or a text file with one 'Name: what it means' per line",
    )
    parser.add_argument(
        "--structure", choices=("per_invoice", "per_line_item", "automatic"), default="automatic"
    )
    parser.add_argument("--format", default="xlsx,csv,json", help="comma-separated: xlsx,csv,json")
    parser.add_argument("--out", type=Path, required=True, help="folder for outputs and state")
    parser.add_argument("--name", default="extraction", help="base name of the output files")
    parser.add_argument("--server", help="API base URL, e.g. http://host:8000/v1 (else in-process)")
    parser.add_argument("--api-key", default=os.environ.get("FACTURIST_API_KEY"))
    parser.add_argument("--concurrency", type=int, default=8, help="parallel uploads (default 8)")
    parser.add_argument("--state", type=Path, help=f"state file (default OUT/{STATE_FILE})")
    parser.add_argument("--typed", action="store_true", help="typed JSON values")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    return parser


def read_fields(path: Path) -> dict[str, Any]:
    """A prompt object from a fields file (JSON, or `Name: description` lines)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        data = json.loads(text)
        return {"fields": data} if isinstance(data, list) else dict(data)
    fields = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, meaning = line.partition(":")
        field: dict[str, str] = {"name": name.strip()}
        if meaning.strip():
            field["prompt"] = meaning.strip()
        fields.append(field)
    return {"fields": fields}


def _formats(text: str) -> list[str]:
    chosen = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise ClientError("INVALID_INPUT", f"--format takes xlsx, csv, json; got {text!r}")
    return chosen


def _run(args: argparse.Namespace, printer: ProgressPrinter) -> BatchResult:
    prompt: str | dict[str, Any] = args.prompt if args.prompt else read_fields(args.fields)
    options = {"json_typed_values": True} if args.typed else None
    job: dict[str, Any] = {
        "prompt": prompt,
        "output_structure": args.structure,
        "formats": _formats(args.format),
        "out_dir": args.out,
        "options": options,
        "output_name": args.name,
        "on_update": printer,
    }
    if not args.server:
        from facturist.client.local import run_local

        return run_local(args.paths, **job)
    if not args.api_key:
        raise ClientError("INVALID_INPUT", "--server needs --api-key (or FACTURIST_API_KEY)")
    from facturist.client.core import AsyncFacturistClient

    async def remote() -> BatchResult:
        async with AsyncFacturistClient(
            args.server, args.api_key, concurrency=args.concurrency
        ) as client:
            return await client.extract(
                args.paths, state_path=args.state or args.out / STATE_FILE, **job
            )

    return asyncio.run(remote())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    args = build_parser().parse_args(argv)
    printer = ProgressPrinter(sys.stderr, enabled=not args.quiet)
    try:
        result = _run(args, printer)
    except KeyboardInterrupt:
        printer.close()
        print("interrupted: run the same command again to continue", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (ClientError, OSError, ValueError) as exc:
        printer.close()
        print(f"facturist extract: {exc}", file=sys.stderr)
        return EXIT_FATAL
    printer.close()
    print_summary(result, sys.stdout)
    return EXIT_OK if result.summary.ok else EXIT_FAILURES


if __name__ == "__main__":
    sys.exit(main())
