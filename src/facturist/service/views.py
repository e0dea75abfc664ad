"""JSON payloads of an extraction, by status, as the contract shapes them (section 4.4)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from facturist.db.models import Extraction
from facturist.service.accounts import Balance

OUTPUT_FORMATS = ("xlsx", "csv", "json")


def iso(moment: datetime | None) -> str | None:
    """`2026-07-26T10:30:00Z`: UTC, seconds precision, Z suffix."""
    if moment is None:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def progress(extraction: Extraction, pages_done: int) -> int:
    """Share of pages done, 0-100 (files before their pages are counted)."""
    if extraction.status == "completed":
        return 100
    total = extraction.pages_total
    if not total:
        return 0
    return max(0, min(99, int(100 * pages_done / total)))


def empty_pages() -> dict[str, Any]:
    return {
        "successful_count": 0,
        "failed_count": 0,
        "successful": [],
        "failed": [],
        "failure_reasons": [],
    }


def status_payload(
    extraction: Extraction,
    balance: Balance,
    pages_done: int,
    output_urls: dict[str, str | None],
) -> dict[str, Any]:
    """The body of `GET /extractions/{id}` for the extraction's current status."""
    base: dict[str, Any] = {"status": extraction.status, "extraction_id": extraction.id}
    status = extraction.status
    if status == "processing":
        return {"success": True, **base, "progress": progress(extraction, pages_done)}
    if status == "failed":
        return {"success": False, **base, "error": extraction.error}
    if status == "cancelled":
        return {
            "success": True,
            **base,
            "credits_deducted": extraction.credits_deducted,
            "cancellation_reason": extraction.cancellation_reason,
            "credits_balance": balance.balance,
            "credits_reserved": balance.reserved,
        }
    summary = extraction.summary or {}
    return {
        "success": True,
        **base,
        "credits_deducted": extraction.credits_deducted,
        "credits_balance": balance.balance,
        "credits_reserved": balance.reserved,
        "output_structure": extraction.resolved_structure,
        "output_expires_at": iso(extraction.output_expires_at),
        "pages": summary.get("pages", empty_pages()),
        "ai_uncertainty_notes": summary.get("notes", []),
        "review_needed": {
            "count": len(summary.get("review_items", [])),
            "items": summary.get("review_items", []),
        },
        "output": {f"{fmt}_url": output_urls.get(fmt) for fmt in OUTPUT_FORMATS},
    }


def _common(extraction: Extraction, team: bool, email: str | None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "extraction_id": extraction.id,
        # Web-app runs have an internal idempotency id; the contract shows them as null.
        "submission_id": (
            None if extraction.submission_method == "web_app" else extraction.submission_id
        ),
        "task_name": extraction.task_name,
        "status": extraction.status,
        "created_at": iso(extraction.created_at),
        "submission_method": extraction.submission_method,
        "file_count": extraction.file_count,
        "output_structure": extraction.resolved_structure or extraction.output_structure,
    }
    if team:
        item["submitted_by"] = {"email": email}
    return item


def list_item(
    extraction: Extraction, file_names: list[str], pages_done: int, team: bool, email: str | None
) -> dict[str, Any]:
    """One entry of `GET /extractions`."""
    item = _common(extraction, team, email)
    item["file_names_preview"] = file_names[:5]
    item["file_names_truncated"] = extraction.file_count > 5
    item.update(_status_extras(extraction, pages_done, brief=True))
    return item


def details(
    extraction: Extraction, file_names: list[str], pages_done: int, team: bool, email: str | None
) -> dict[str, Any]:
    """The `extraction` object of `GET /extractions/{id}/details`."""
    item = _common(extraction, team, email)
    item["file_names"] = file_names
    item["prompt"] = extraction.prompt
    item["options"] = extraction.options
    item.update(_status_extras(extraction, pages_done, brief=False))
    return item


def _status_extras(extraction: Extraction, pages_done: int, *, brief: bool) -> dict[str, Any]:
    status = extraction.status
    if status == "processing":
        return {"progress": progress(extraction, pages_done)}
    if status == "cancelled":
        return {
            "credits_deducted": extraction.credits_deducted,
            "cancellation_reason": extraction.cancellation_reason,
        }
    if status == "failed":
        error = extraction.error or {}
        if brief:
            return {"error": {"code": error.get("code"), "retryable": error.get("retryable")}}
        return {"error": error}
    summary = extraction.summary or {}
    extras: dict[str, Any] = {
        "credits_deducted": extraction.credits_deducted,
        "available_outputs": sorted((extraction.outputs or {}).keys(), key=OUTPUT_FORMATS.index),
        "output_expires_at": iso(extraction.output_expires_at),
    }
    if not brief:
        items = summary.get("review_items", [])
        extras["pages"] = summary.get("pages", empty_pages())
        extras["ai_uncertainty_notes"] = summary.get("notes", [])
        extras["review_needed"] = {"count": len(items), "items": items}
    return extras
