"""Per-file results as stored JSON, and the extraction-wide `pages` object built from them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from facturist.engine import DocumentResult, UncertaintyNote
from facturist.output import ReviewEntry

FILE_FAILURE_PAGES_MESSAGE = "The file could not be processed."


def note_json(note: UncertaintyNote) -> dict[str, Any]:
    return {
        "topic": note.topic,
        "description": note.description,
        "suggested_prompt_additions": [
            {"purpose": s.purpose, "instructions": list(s.instructions)}
            for s in note.suggested_prompt_additions
        ],
    }


def document_result_json(
    result: DocumentResult, entries: list[ReviewEntry], row_count: int
) -> dict[str, Any]:
    """What the finaliser needs of one document, small enough for a JSON column."""
    return {
        "page_count": result.page_count,
        "pages": [[p.page, p.ok, p.failure_code, p.message] for p in result.pages],
        "failure": asdict(result.failure) if result.failure else None,
        "review": [
            {
                "message": e.message,
                "affected_fields": list(e.affected_fields),
                "row_indexes": list(e.row_indexes),
                "source_references": list(e.source_references),
            }
            for e in entries
        ],
        "notes": [note_json(n) for n in result.notes],
        "rows": row_count,
    }


def review_entries(stored: dict[str, Any]) -> list[ReviewEntry]:
    return [
        ReviewEntry(
            message=e["message"],
            affected_fields=tuple(e["affected_fields"]),
            row_indexes=tuple(e["row_indexes"]),
            source_references=tuple(e["source_references"]),
        )
        for e in stored.get("review", [])
    ]


def summarize(files: Iterable[tuple[str, dict[str, Any] | None]]) -> dict[str, Any]:
    """The contract's `pages` object from (file name, stored result) pairs in file order."""
    successful: list[dict[str, Any]] = []
    failed: list[dict[str, Any]] = []
    reasons: dict[str, dict[str, Any]] = {}
    for file_name, stored in files:
        if stored is None:
            continue
        outcomes = stored.get("pages", [])
        failure = stored.get("failure")
        if failure and not outcomes:
            count = max(1, int(stored.get("page_count") or 1))
            outcomes = [
                [page, False, failure["code"], failure["message"]] for page in range(1, count + 1)
            ]
        for page, ok, code, message in outcomes:
            entry = {"file_name": file_name, "page": page}
            if ok:
                successful.append(entry)
                continue
            failed.append(entry)
            reason = reasons.setdefault(
                code or "PAGE_UNREADABLE",
                {
                    "code": code or "PAGE_UNREADABLE",
                    "message": message or FILE_FAILURE_PAGES_MESSAGE,
                    "affected_pages": [],
                },
            )
            affected = reason["affected_pages"]
            if affected and affected[-1]["file_name"] == file_name:
                affected[-1]["pages"].append(page)
            else:
                affected.append({"file_name": file_name, "pages": [page]})
    return {
        "successful_count": len(successful),
        "failed_count": len(failed),
        "successful": successful,
        "failed": failed,
        "failure_reasons": list(reasons.values()),
    }


def merge_notes(groups: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Notes from the plan and every document, each (topic, description) once."""
    seen: set[tuple[str, str]] = set()
    merged = []
    for notes in groups:
        for note in notes:
            key = (note["topic"], note["description"])
            if key not in seen:
                seen.add(key)
                merged.append(note)
    return merged
