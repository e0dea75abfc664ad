"""Settling an extraction: outputs, status and credits, once no file is pending."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, tuple_, update

from facturist.db.models import Extraction, ExtractionFile, ExtractionRow, Job, utcnow
from facturist.engine import ExtractionPlan
from facturist.jobs.embedded import finish
from facturist.output import (
    Row,
    cell_format_for,
    column_kinds,
    columns_for,
    number_review_entries,
    review_payload,
    write_csv,
    write_json,
    write_xlsx,
)
from facturist.service import accounts
from facturist.service.context import ServiceContext
from facturist.service.extractions import plan_for
from facturist.service.pages import merge_notes, note_json, review_entries, summarize

ROW_BATCH = 1000
# While a cancelled extraction still has a file in a worker's hands, look again this soon.
CANCEL_RECHECK_SECONDS = 0.5


def finalize_extraction(ctx: ServiceContext, job_id: int, extraction_id: str) -> None:
    """Complete, fail or cancel the extraction; a no-op when it is already settled."""
    with ctx.db.session() as session:
        extraction = session.get(Extraction, extraction_id)
        if extraction is None or extraction.status != "processing":
            finish(session, job_id)
            return
        files = list(
            session.scalars(
                select(ExtractionFile)
                .where(ExtractionFile.extraction_id == extraction_id)
                .order_by(ExtractionFile.position)
            )
        )
        if any(f.status == "pending" for f in files) or (
            extraction.pages_total is None and extraction.cancel_requested_at is None
        ):
            # Cancelled early, or queued before the last file settled: come back shortly.
            session.execute(
                update(Job)
                .where(Job.id == job_id)
                .values(
                    status="queued",
                    locked_by=None,
                    run_after=utcnow() + timedelta(seconds=CANCEL_RECHECK_SECONDS),
                )
            )
            if extraction.pages_total is None:
                _cancel_unstarted(files)
            return
        snapshot = [(f.file_name, f.result, f.position) for f in files]
        cancelled = extraction.cancel_requested_at is not None
        options = dict(extraction.options)
        plan = plan_for(extraction)
        account_id = extraction.account_id
    pages = summarize((name, result) for name, result, _ in snapshot)
    if cancelled:
        _settle(ctx, job_id, extraction_id, account_id, "cancelled", pages, {})
        return
    failure = _whole_batch_failure(snapshot, pages)
    if failure is not None:
        _settle(ctx, job_id, extraction_id, account_id, "failed", pages, {"error": failure})
        return
    review: list[dict[str, Any]] = []
    rows_before = 0
    for _, result, _ in snapshot:
        if result is None:
            continue
        review += review_payload(number_review_entries(review_entries(result), rows_before))
        rows_before += int(result.get("rows", 0))
    notes = merge_notes(
        [[note_json(n) for n in plan.notes]] + [r.get("notes", []) for _, r, _ in snapshot if r]
    )
    outputs = _write_outputs(ctx, extraction_id, account_id, plan, options)
    summary = {
        "pages": pages,
        "notes": notes,
        "review_items": review,
        "columns": columns_for(plan, options.get("exclude_columns", [])),
        "total_rows": rows_before,
    }
    _settle(
        ctx,
        job_id,
        extraction_id,
        account_id,
        "completed",
        pages,
        {"summary": summary, "outputs": outputs, "resolved_structure": plan.resolved_structure()},
    )


def _cancel_unstarted(files: list[ExtractionFile]) -> None:
    """A cancel that beat the start job: nothing was read, so no file needs a worker."""
    for file in files:
        if file.status == "pending":
            file.status = "cancelled"


def _whole_batch_failure(
    snapshot: list[tuple[str, dict[str, Any] | None, int]], pages: dict[str, Any]
) -> dict[str, Any] | None:
    """When every file failed as a whole, the extraction fails with that file-level code."""
    if pages["successful_count"] or not snapshot:
        return None
    failures = [(name, (r or {}).get("failure")) for name, r, _ in snapshot]
    if not all(f for _, f in failures):
        return None
    code = failures[0][1]["code"]  # type: ignore[index]
    names = [name for name, f in failures if f and f["code"] == code]
    message = failures[0][1]["message"]  # type: ignore[index]
    return {"code": code, "message": message, "retryable": False, "details": {"file_names": names}}


def iter_rows(ctx: ServiceContext, extraction_id: str, kinds: dict[str, Any]) -> Iterator[Row]:
    """The extraction's rows in output order, read in short batches (no long transaction)."""
    last: tuple[int, int] = (-1, -1)
    while True:
        with ctx.db.session() as session:
            batch = list(
                session.scalars(
                    select(ExtractionRow)
                    .where(
                        ExtractionRow.extraction_id == extraction_id,
                        tuple_(ExtractionRow.file_position, ExtractionRow.row_index) > last,
                    )
                    .order_by(ExtractionRow.file_position, ExtractionRow.row_index)
                    .limit(ROW_BATCH)
                )
            )
        if not batch:
            return
        for row in batch:
            yield Row.from_json(row.data, kinds)
        last = (batch[-1].file_position, batch[-1].row_index)


def _write_outputs(
    ctx: ServiceContext,
    extraction_id: str,
    account_id: int,
    plan: ExtractionPlan,
    options: dict[str, Any],
) -> dict[str, str]:
    columns = columns_for(plan, options.get("exclude_columns", []))
    kinds = column_kinds(plan)
    fmt = cell_format_for(plan)
    prefix = f"outputs/{account_id}/{extraction_id}"
    keys: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="facturist-out-") as tmp:
        for name in ("json", "csv", "xlsx"):
            path = Path(tmp) / f"result.{name}"
            rows = iter_rows(ctx, extraction_id, kinds)
            if name == "xlsx":
                write_xlsx(
                    rows,
                    columns,
                    kinds,
                    path,
                    review_fill=options.get("review_needed_fill_color", "orange"),
                    affected_fill=options.get("affected_field_fill_color", "orange"),
                    fmt=fmt,
                )
            else:
                with path.open("wb") as out:
                    if name == "json":
                        write_json(
                            rows,
                            columns,
                            kinds,
                            bool(options.get("json_typed_values")),
                            out,
                            fmt=fmt,
                        )
                    else:
                        write_csv(rows, columns, kinds, out, fmt=fmt)
            key = f"{prefix}/result.{name}"
            with path.open("rb") as fh:
                ctx.store.put(key, fh)
            keys[name] = key
    return keys


def _settle(
    ctx: ServiceContext,
    job_id: int,
    extraction_id: str,
    account_id: int,
    status: str,
    pages: dict[str, Any],
    extra: dict[str, Any],
) -> None:
    charged = int(pages["successful_count"]) if status != "failed" else 0
    with ctx.db.session() as session:
        extraction = session.get(Extraction, extraction_id)
        if extraction is None or extraction.status != "processing":
            finish(session, job_id)
            return
        accounts.charge(
            session, account_id, extraction_id, charged, ctx.settings.free_credits_per_month
        )
        extraction.status = status
        extraction.credits_deducted = charged
        extraction.credits_reserved = 0
        extraction.finished_at = extraction.updated_at = utcnow()
        if status == "cancelled":
            extraction.cancellation_reason = "user"
        for key, value in extra.items():
            setattr(extraction, key, value)
        if status == "failed":
            extraction.credits_deducted = 0
        finish(session, job_id)
    ctx.bus.publish(extraction_id)
