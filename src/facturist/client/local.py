"""The CLI's in-process mode: the engine runs here, no server, for one-off use."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from facturist.client.batch import BatchResult, Summary
from facturist.client.files import collect_paths, validate
from facturist.client.updates import OnUpdate, Update, emit
from facturist.engine import extract, plan_from_prompt
from facturist.output import (
    Row,
    cell_format_for,
    column_kinds,
    columns_for,
    document_rows,
    write_csv,
    write_json,
    write_xlsx,
)


def run_local(
    paths: Sequence[Path],
    *,
    prompt: str | dict[str, Any],
    output_structure: str = "automatic",
    formats: Sequence[str] = ("json", "csv", "xlsx"),
    out_dir: Path,
    options: dict[str, Any] | None = None,
    output_name: str = "extraction",
    on_update: OnUpdate | None = None,
) -> BatchResult:
    """Extract every valid file with the engine and write the outputs and a manifest."""
    started = time.monotonic()
    options = options or {}
    accepted, rejected = validate(collect_paths(paths))
    for bad in rejected:
        emit(on_update, Update("validate", f"{bad.path}: {bad.reason}", "warning"))
    plan = plan_from_prompt(prompt, output_structure)  # type: ignore[arg-type]
    exclude = list(options.get("exclude_columns", []))
    summary = Summary(files=len(accepted), rejected=len(rejected), extractions=1)
    rows: list[Row] = []
    files: list[dict[str, Any]] = []
    for done, item in enumerate(accepted, start=1):
        result = extract(item.path.read_bytes(), plan, file_name=item.upload_name)
        file_rows, entries = document_rows(item.upload_name, result, plan, exclude)
        rows += file_rows
        ok_pages = sum(1 for page in result.pages if page.ok)
        failed_pages = len(result.pages) - ok_pages
        if result.failure is not None:
            failed_pages = max(1, result.page_count - ok_pages)
        summary.pages_ok += ok_pages
        summary.pages_failed += failed_pages
        summary.review_needed += len(entries)
        files.append(
            {
                "path": str(item.path),
                "file_name": item.upload_name,
                "rows": len(file_rows),
                "failure": None if result.failure is None else result.failure.code,
            }
        )
        emit(on_update, Update("process", item.upload_name, done=done, total=len(accepted)))
    columns = columns_for(plan, exclude)
    kinds = column_kinds(plan)
    cell_format = cell_format_for(plan)
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs: dict[str, Path] = {}
    for fmt in formats:
        target = out_dir / f"{output_name}.{fmt}"
        if fmt == "xlsx":
            write_xlsx(rows, columns, kinds, target, fmt=cell_format)
        else:
            with target.open("wb") as out:
                if fmt == "json":
                    typed = bool(options.get("json_typed_values"))
                    write_json(rows, columns, kinds, typed, out, fmt=cell_format)
                else:
                    write_csv(rows, columns, kinds, out, fmt=cell_format)
        outputs[fmt] = target
    summary.rows = len(rows)
    summary.seconds = time.monotonic() - started
    manifest = out_dir / f"{output_name}.manifest.json"
    manifest.write_text(
        json.dumps(
            {
                "mode": "in-process",
                "prompt": prompt,
                "output_structure": plan.resolved_structure(),
                "outputs": {fmt: p.name for fmt, p in outputs.items()},
                "files": files,
                "rejected": [
                    {"path": str(r.path), "code": r.code, "reason": r.reason} for r in rejected
                ],
            },
            indent=1,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    emit(on_update, Update("done", "finished"))
    return BatchResult(outputs, manifest, summary, rejected)
