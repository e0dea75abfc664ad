"""Reading a completed extraction: result rows page by page, and output download URLs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from facturist.db.models import Extraction, ExtractionRow, utcnow
from facturist.errors import ApiError
from facturist.output import (
    NumberedReview,
    Row,
    cell_format_for,
    column_kinds,
    review_items_for_rows,
    review_payload,
    row_object,
)
from facturist.service import extractions, views
from facturist.service.accounts import Principal
from facturist.service.context import ServiceContext


def _readable(extraction: Extraction) -> None:
    if extraction.status != "completed":
        raise ApiError(
            "OUTPUT_NOT_AVAILABLE",
            f"The extraction is {extraction.status}; output exists only once it has completed.",
            status=404,
        )
    if extraction.output_expires_at <= utcnow():
        raise ApiError("OUTPUT_EXPIRED", "The output of this extraction has expired.", status=404)


def results_page(
    ctx: ServiceContext,
    principal: Principal,
    extraction_id: str,
    offset: int,
    limit: int,
    scope: str | None,
) -> dict[str, Any]:
    """Rows offset..offset+limit as the JSON output file holds them, with their review items."""
    with ctx.db.session() as session:
        extraction = extractions.find(session, principal, extraction_id, scope)
        _readable(extraction)
        summary = extraction.summary or {}
        plan = extractions.plan_for(extraction)
        columns: list[str] = summary.get("columns", [])
        kinds = column_kinds(plan)
        typed = bool(extraction.options.get("json_typed_values"))
        fmt = cell_format_for(plan)
        stored = session.scalars(
            select(ExtractionRow.data)
            .where(ExtractionRow.extraction_id == extraction.id)
            .order_by(ExtractionRow.file_position, ExtractionRow.row_index)
            .offset(offset)
            .limit(limit)
        ).all()
        rows = [
            row_object(Row.from_json(data, kinds), columns, kinds, typed, fmt) for data in stored
        ]
        total = int(summary.get("total_rows", 0))
        all_items = [NumberedReview.from_json(i) for i in summary.get("review_items", [])]
        page_items = review_items_for_rows(all_items, offset + 1, offset + len(rows))
        has_more = offset + len(rows) < total
        return {
            "success": True,
            "extraction_id": extraction.id,
            "status": extraction.status,
            "output_structure": extraction.resolved_structure,
            "output_expires_at": views.iso(extraction.output_expires_at),
            "json_typed_values": typed,
            "columns": columns,
            "rows": rows,
            "offset": offset,
            "limit": limit,
            "row_count": len(rows),
            "total_rows": total,
            "has_more": has_more,
            "next_offset": offset + len(rows) if has_more else None,
            "review_needed": {"count": len(all_items), "items": review_payload(page_items)},
            "pages": summary.get("pages", views.empty_pages()),
        }


def output_url(
    ctx: ServiceContext, principal: Principal, extraction_id: str, fmt: str, scope: str | None
) -> dict[str, Any]:
    """A freshly signed 5-minute download URL for one output format (a bare object)."""
    with ctx.db.session() as session:
        extraction = extractions.find(session, principal, extraction_id, scope)
        _readable(extraction)
        urls = extractions.output_urls(ctx, extraction)
    url = urls.get(fmt)
    if not url:
        raise ApiError(
            "OUTPUT_NOT_AVAILABLE",
            f"No {fmt} output was generated for this extraction.",
            status=404,
        )
    return {
        "download_url": url,
        "format": fmt,
        "expires_in_seconds": ctx.settings.download_url_ttl_seconds,
    }
