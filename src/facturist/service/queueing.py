"""Queueing the steps of an extraction: one naming scheme for dedupe keys and payloads."""

from __future__ import annotations

from typing import Literal

from sqlalchemy.orm import Session

from facturist.db.models import Extraction
from facturist.service.context import ServiceContext

Step = Literal["start", "pages", "file", "finalize"]


def enqueue_step(
    ctx: ServiceContext,
    session: Session,
    kind: Step,
    extraction: Extraction,
    subject: str | int,
    files: list[int] | None = None,
    **extra: int,
) -> None:
    """Queue `kind` for `subject` (the extraction, or a file) once, in the caller's transaction.

    The payload names the account so that workers can share themselves fairly between accounts.
    """
    payload: dict[str, str | int | list[int]] = {
        "account_id": extraction.account_id,
        "extraction_id": extraction.id,
    }
    if kind in ("file", "pages"):
        payload["file_ids"] = files or [int(subject)]
    payload.update(extra)
    ctx.queue.enqueue(session, kind, payload, step_key(kind, extraction.id, subject))


def step_key(kind: str, extraction_id: str, subject: str | int = "") -> str:
    """The dedupe key of a step. It names the extraction: row ids of deleted extractions
    can come back (SQLite reuses them), extraction ids never do."""
    if subject in ("", extraction_id):
        return f"{kind}:{extraction_id}"
    return f"{kind}:{extraction_id}:{subject}"
