"""Extractions as the API sees them: submit, status, list, details, cancel, delete."""

from __future__ import annotations

import base64
import binascii
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy import delete as sa_delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from facturist.db.models import (
    Account,
    Extraction,
    ExtractionFile,
    Job,
    UploadFile,
    UploadSession,
    utcnow,
)
from facturist.engine import ExtractionPlan, plan_from_prompt
from facturist.errors import ApiError, invalid_field, not_found
from facturist.service import accounts, views
from facturist.service.accounts import Principal
from facturist.service.context import ServiceContext
from facturist.service.queueing import enqueue_step

DEFAULT_OPTIONS: dict[str, Any] = {
    "exclude_columns": [],
    "output_language": "automatic",
    "review_needed_fill_color": "orange",
    "affected_field_fill_color": "orange",
    "send_completion_email": False,
    "json_typed_values": False,
    "ask_questions": False,
}
COMPARED_FIELDS = ("upload_session_id", "file_ids", "prompt", "output_structure", "options")
ACTIVE = ("processing", "input_required")


def _scope_filter(principal: Principal, scope: str | None) -> Any:
    """The rows a caller may see: own, or the team's for a team admin."""
    effective = scope or ("team" if principal.is_admin else "own")
    if effective == "team":
        if not principal.is_admin:
            raise ApiError("FORBIDDEN", "scope=team is only available to team admins.", status=403)
        return Extraction.team == principal.team
    return Extraction.account_id == principal.account_id


def is_team_scope(principal: Principal, scope: str | None) -> bool:
    return (scope or ("team" if principal.is_admin else "own")) == "team"


def find(
    session: Session, principal: Principal, extraction_id: str, scope: str | None
) -> Extraction:
    """The extraction if the caller may see it; 404 otherwise (never 403: ids leak nothing)."""
    try:
        uuid.UUID(extraction_id)
    except ValueError:
        raise invalid_field("extraction_id is not a valid UUID.", "extraction_id") from None
    condition = _scope_filter(principal, scope)
    extraction = session.scalar(
        select(Extraction).where(Extraction.id == extraction_id.lower(), condition)
    )
    if extraction is None:
        raise not_found()
    return extraction


def pages_done(session: Session, extraction_id: str) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(ExtractionFile.pages_done), 0)).where(
                ExtractionFile.extraction_id == extraction_id
            )
        )
        or 0
    )


def file_names(session: Session, extraction_id: str) -> list[str]:
    return list(
        session.scalars(
            select(ExtractionFile.file_name)
            .where(ExtractionFile.extraction_id == extraction_id)
            .order_by(ExtractionFile.position)
        )
    )


# -- submit ------------------------------------------------------------------------------------


def submit(ctx: ServiceContext, principal: Principal, body: dict[str, Any]) -> dict[str, Any]:
    """Create an extraction (idempotent on `submission_id`) and queue its start job."""
    options = {**DEFAULT_OPTIONS, **(body.get("options") or {})}
    compared = {field: body.get(field) for field in COMPARED_FIELDS}
    compared["options"] = body.get("options") or {}
    with ctx.db.session() as session:
        replay = _replay(session, principal, body["submission_id"], compared)
        if replay is not None:
            return replay
        upload = session.scalar(
            select(UploadSession).where(
                UploadSession.account_id == principal.account_id,
                UploadSession.client_id == body["upload_session_id"],
            )
        )
        if upload is None:
            raise invalid_field("No upload session with this id.", "upload_session_id")
        files = _completed_files(session, upload, body["file_ids"])
        try:
            plan_from_prompt(body["prompt"], body["output_structure"])
        except ValueError as exc:
            raise invalid_field(str(exc), "prompt") from exc
        now = utcnow()
        extraction = Extraction(
            id=str(uuid.uuid4()),
            account_id=principal.account_id,
            team=principal.team,
            submission_id=body["submission_id"],
            submission_method=body.get("submission_method", "api"),
            task_name=body["task_name"],
            status="processing",
            upload_session_id=upload.id,
            request=compared,
            prompt=body["prompt"],
            output_structure=body["output_structure"],
            options=options,
            file_count=len(files),
            created_at=now,
            updated_at=now,
            output_expires_at=now + timedelta(days=ctx.settings.output_retention_days),
        )
        running = session.scalar(
            select(func.count())
            .select_from(Extraction)
            .where(Extraction.account_id == principal.account_id, Extraction.status.in_(ACTIVE))
        )
        if int(running or 0) >= ctx.settings.max_concurrent_extractions:
            extraction.status = "failed"
            extraction.finished_at = now
            extraction.error = {
                "code": "CONCURRENT_TASK_LIMIT",
                "message": f"The account already runs {running} extractions, the most allowed "
                "at once. Submit again with a new submission_id when one finishes.",
                "retryable": True,
                "details": {"limit": ctx.settings.max_concurrent_extractions},
            }
        session.add(extraction)
        session.add_all(
            ExtractionFile(
                extraction_id=extraction.id,
                position=index,
                upload_file_id=f.id,
                file_name=f.file_name,
                object_key=f.object_key,
            )
            for index, f in enumerate(files)
        )
        try:
            session.flush()
        except IntegrityError as exc:
            raise ApiError(
                "INTERNAL_ERROR", "Concurrent submission; retry.", status=500, retryable=True
            ) from exc
        if extraction.status == "processing":
            enqueue_step(ctx, session, "start", extraction, extraction.id)
        return {"success": True, "extraction_id": extraction.id, "submission_state": "received"}


def _replay(
    session: Session, principal: Principal, submission_id: str, compared: dict[str, Any]
) -> dict[str, Any] | None:
    existing = session.scalar(
        select(Extraction).where(
            Extraction.account_id == principal.account_id,
            Extraction.submission_id == submission_id,
        )
    )
    if existing is None:
        return None
    differing = [f for f in COMPARED_FIELDS if existing.request.get(f) != compared.get(f)]
    if differing:
        raise ApiError(
            "SUBMISSION_ID_ALREADY_USED",
            "This submission_id was already used for a different request.",
            status=409,
            details={"extraction_id": existing.id, "differing_fields": differing},
        )
    return {"success": True, "extraction_id": existing.id, "submission_state": "received"}


def _completed_files(
    session: Session, upload: UploadSession, file_ids: list[str]
) -> list[UploadFile]:
    by_id = {
        f.client_id: f
        for f in session.scalars(select(UploadFile).where(UploadFile.session_id == upload.id))
    }
    issues = []
    seen: set[str] = set()
    files = []
    for index, file_id in enumerate(file_ids):
        file = by_id.get(file_id)
        if file_id in seen:
            issues.append(
                {"message": "file_id appears more than once.", "path": ["file_ids", index]}
            )
        elif file is None:
            issues.append(
                {"message": "No file with this id in the session.", "path": ["file_ids", index]}
            )
        elif file.status != "completed":
            issues.append(
                {
                    "message": f"File {file.file_name} is not uploaded (status {file.status}).",
                    "path": ["file_ids", index],
                }
            )
        else:
            files.append(file)
        seen.add(file_id)
    if issues:
        raise ApiError(
            "INVALID_INPUT",
            "Request validation failed. Check details for specific issues.",
            status=400,
            details={"issues": issues},
        )
    return files


# -- read --------------------------------------------------------------------------------------


def plan_for(extraction: Extraction) -> ExtractionPlan:
    """The extraction plan of a stored extraction (plans are derived, never stored)."""
    return plan_from_prompt(extraction.prompt, extraction.output_structure)  # type: ignore[arg-type]


def status(
    ctx: ServiceContext, principal: Principal, extraction_id: str, scope: str | None
) -> tuple[str, dict[str, Any]]:
    """(status, payload) of `GET /extractions/{id}`; output URLs are freshly signed."""
    with ctx.db.session() as session:
        extraction = find(session, principal, extraction_id, scope)
        payload = views.status_payload(
            extraction,
            accounts.current_balance(ctx, session, extraction.account_id),
            pages_done(session, extraction.id),
            output_urls(ctx, extraction),
        )
        return extraction.status, payload


def output_urls(ctx: ServiceContext, extraction: Extraction) -> dict[str, str | None]:
    if extraction.status != "completed" or extraction.output_expires_at <= utcnow():
        return {}
    ttl = ctx.settings.download_url_ttl_seconds
    stem = _download_stem(extraction)
    return {
        fmt: ctx.store.download_url(key, ttl, f"{stem}.{fmt}")
        for fmt, key in (extraction.outputs or {}).items()
    }


def _download_stem(extraction: Extraction) -> str:
    name = extraction.task_name or extraction.id
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def details(
    ctx: ServiceContext, principal: Principal, extraction_id: str, scope: str | None
) -> dict[str, Any]:
    with ctx.db.session() as session:
        extraction = find(session, principal, extraction_id, scope)
        email = session.scalar(select(Account.email).where(Account.id == extraction.account_id))
        return {
            "success": True,
            "extraction": views.details(
                extraction,
                file_names(session, extraction.id),
                pages_done(session, extraction.id),
                is_team_scope(principal, scope),
                email,
            ),
        }


def _encode_cursor(extraction: Extraction) -> str:
    raw = f"{extraction.created_at.isoformat()}|{extraction.id}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        stamp, extraction_id = raw.split("|", 1)
        return datetime.fromisoformat(stamp), extraction_id
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise invalid_field("cursor is not a cursor this server issued.", "cursor") from None


def list_extractions(
    ctx: ServiceContext, principal: Principal, query: dict[str, Any]
) -> dict[str, Any]:
    """Newest first, cursor-paginated, with the contract's filters."""
    team = is_team_scope(principal, query.get("scope"))
    conditions = [_scope_filter(principal, query.get("scope"))]
    if query.get("status"):
        conditions.append(Extraction.status == query["status"])
    if query.get("submission_method"):
        conditions.append(Extraction.submission_method == query["submission_method"])
    if query.get("created_after"):
        conditions.append(Extraction.created_at >= query["created_after"])
    if query.get("created_before"):
        conditions.append(Extraction.created_at <= query["created_before"])
    if query.get("cursor"):
        stamp, last_id = _decode_cursor(query["cursor"])
        conditions.append(
            or_(
                Extraction.created_at < stamp,
                and_(Extraction.created_at == stamp, Extraction.id < last_id),
            )
        )
    limit = query["limit"]
    with ctx.db.session() as session:
        rows = list(
            session.execute(
                select(Extraction, Account.email)
                .join(Account, Account.id == Extraction.account_id)
                .where(*conditions)
                .order_by(Extraction.created_at.desc(), Extraction.id.desc())
                .limit(limit + 1)
            ).all()
        )
        has_more = len(rows) > limit
        rows = rows[:limit]
        items = [
            views.list_item(
                row[0],
                file_names(session, row[0].id)[:6],
                pages_done(session, row[0].id),
                team,
                row[1],
            )
            for row in rows
        ]
    return {
        "success": True,
        "extractions": items,
        "has_more": has_more,
        "next_cursor": _encode_cursor(rows[-1][0]) if has_more and rows else None,
    }


# -- cancel and delete -------------------------------------------------------------------------


def cancel(
    ctx: ServiceContext, principal: Principal, extraction_id: str, scope: str | None
) -> dict[str, Any]:
    """Record a cancel request; the workers stop at their next page."""
    with ctx.db.session() as session:
        extraction = find(session, principal, extraction_id, scope)
        if extraction.status in ("completed", "failed"):
            raise ApiError(
                "EXTRACTION_NOT_CANCELLABLE",
                f"The extraction is already {extraction.status}.",
                status=409,
                details={"status": extraction.status},
            )
        if extraction.status == "cancelled":
            return views.status_payload(
                extraction, accounts.current_balance(ctx, session, extraction.account_id), 0, {}
            )
        if extraction.cancel_requested_at is None:
            extraction.cancel_requested_at = utcnow()
            # The finaliser settles the cancel once no file is being worked on any more.
            enqueue_step(ctx, session, "finalize", extraction, extraction.id)
        return {
            "success": True,
            "extraction_id": extraction.id,
            "status": "processing",
            "cancellation_requested": True,
            "cancel_requested_at": views.iso(extraction.cancel_requested_at),
        }


def delete(
    ctx: ServiceContext, principal: Principal, extraction_id: str, scope: str | None
) -> dict[str, Any]:
    """Remove the extraction, its rows and outputs, and source files nothing else uses."""
    with ctx.db.session() as session:
        extraction = find(session, principal, extraction_id, scope)
        if extraction.status in ACTIVE:
            raise ApiError(
                "EXTRACTION_IN_PROGRESS",
                "The extraction is still running; cancel it first.",
                status=409,
            )
        keys = list((extraction.outputs or {}).values())
        upload_ids = [
            f.upload_file_id
            for f in session.scalars(
                select(ExtractionFile).where(ExtractionFile.extraction_id == extraction.id)
            )
            if f.upload_file_id is not None
        ]
        shared = set(
            session.scalars(
                select(ExtractionFile.upload_file_id).where(
                    ExtractionFile.upload_file_id.in_(upload_ids),
                    ExtractionFile.extraction_id != extraction.id,
                )
            )
        )
        for upload_file in session.scalars(select(UploadFile).where(UploadFile.id.in_(upload_ids))):
            if upload_file.id not in shared:
                keys.append(upload_file.object_key)
                upload_file.status = "deleted"
        session.delete(extraction)
        # Its jobs are all settled (it is not running); their rows go with it.
        session.execute(sa_delete(Job).where(Job.dedupe_key.like(f"%:{extraction.id}%")))
    for key in keys:
        ctx.store.delete(key)
    return {"success": True}
