"""Upload sessions: create, part URLs, completion."""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from facturist.db.models import UploadFile, UploadSession, utcnow
from facturist.errors import ApiError, ObjectNotFound
from facturist.service import accounts
from facturist.service.accounts import Principal
from facturist.service.context import ServiceContext
from facturist.storage.base import CompletedPart

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png")


def _fingerprint(files: list[dict[str, Any]]) -> str:
    canonical = [[f["file_id"], f["file_name"], f["file_size_bytes"]] for f in files]
    return hashlib.sha256(json.dumps(canonical).encode()).hexdigest()


def _session_response(session: UploadSession, files: list[UploadFile]) -> dict[str, Any]:
    return {
        "success": True,
        "upload_session_id": session.client_id,
        "files": [
            {"file_id": f.client_id, "file_name": f.file_name, "part_size": session.part_size}
            for f in files
        ],
    }


def _check_limits(ctx: ServiceContext, files: list[dict[str, Any]]) -> None:
    settings = ctx.settings
    seen_ids: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    total = 0
    for index, f in enumerate(files):
        if f["file_id"] in seen_ids:
            raise ApiError(
                "DUPLICATE_FILE_ID",
                f"file_id {f['file_id']!r} appears more than once.",
                status=400,
                details={"file_id": f["file_id"], "indexes": [seen_ids[f["file_id"]], index]},
            )
        seen_ids[f["file_id"]] = index
        if f["file_name"] in seen_names:
            raise ApiError(
                "DUPLICATE_FILE_NAME",
                f"file_name {f['file_name']!r} appears more than once.",
                status=400,
                details={
                    "file_name": f["file_name"],
                    "indexes": [seen_names[f["file_name"]], index],
                },
            )
        seen_names[f["file_name"]] = index
        is_image = f["file_name"].lower().endswith(IMAGE_EXTENSIONS)
        limit = settings.max_image_bytes if is_image else settings.max_pdf_bytes
        if f["file_size_bytes"] > limit:
            kind = "image" if is_image else "PDF"
            raise ApiError(
                "FILE_TOO_LARGE",
                f"{f['file_name']} is {f['file_size_bytes']} bytes; the {kind} limit is "
                f"{limit} bytes.",
                status=400,
                details={
                    "file_name": f["file_name"],
                    "file_size_bytes": f["file_size_bytes"],
                    "max_size_bytes": limit,
                },
            )
        total += f["file_size_bytes"]
    if total > settings.max_session_bytes:
        raise ApiError(
            "TOTAL_UPLOAD_SIZE_LIMIT_EXCEEDED",
            f"The files total {total} bytes; a session holds at most "
            f"{settings.max_session_bytes} bytes.",
            status=400,
            details={"total_size_bytes": total, "max_total_size_bytes": settings.max_session_bytes},
        )


def create_session(
    ctx: ServiceContext, principal: Principal, body: dict[str, Any]
) -> dict[str, Any]:
    """Register a session's files; idempotent on `upload_session_id` with identical files."""
    files: list[dict[str, Any]] = body["files"]
    fingerprint = _fingerprint(files)
    with ctx.db.session() as session:
        existing = _find_session(session, principal, body["upload_session_id"])
        if existing is not None:
            if existing.fingerprint != fingerprint:
                raise ApiError(
                    "SESSION_ALREADY_INITIALIZED",
                    "This upload_session_id was already used with different files.",
                    status=409,
                    details={"upload_session_id": existing.client_id},
                )
            return _session_response(existing, _session_files(session, existing))
        _check_limits(ctx, files)
        credit = accounts.current_balance(ctx, session, principal.account_id)
        if credit.available < len(files):
            raise ApiError(
                "INSUFFICIENT_CREDITS",
                f"{len(files)} files need at least {len(files)} credits; "
                f"{credit.available} are available.",
                status=402,
                details={
                    "credits_balance": credit.balance,
                    "credits_reserved": credit.reserved,
                    "file_count": len(files),
                },
            )
        upload = UploadSession(
            account_id=principal.account_id,
            client_id=body["upload_session_id"],
            part_size=ctx.settings.part_size,
            fingerprint=fingerprint,
        )
        session.add(upload)
        session.flush()
        rows = [
            UploadFile(
                session_id=upload.id,
                position=index,
                client_id=f["file_id"],
                file_name=f["file_name"],
                size=f["file_size_bytes"],
                object_key=f"uploads/{principal.account_id}/{upload.id}/{index}",
                upload_id="",
            )
            for index, f in enumerate(files)
        ]
        session.add_all(rows)
        try:
            session.flush()
        except IntegrityError as exc:  # a concurrent identical create won the race
            raise ApiError(
                "INTERNAL_ERROR", "Concurrent session creation; retry.", status=500, retryable=True
            ) from exc
        return _session_response(upload, rows)


def _find_session(session: Session, principal: Principal, client_id: str) -> UploadSession | None:
    return session.scalar(
        select(UploadSession).where(
            UploadSession.account_id == principal.account_id, UploadSession.client_id == client_id
        )
    )


def _session_files(session: Session, upload: UploadSession) -> list[UploadFile]:
    return list(
        session.scalars(
            select(UploadFile)
            .where(UploadFile.session_id == upload.id)
            .order_by(UploadFile.position)
        )
    )


def _find_file(
    session: Session, principal: Principal, session_id: str, file_id: str, *, gone_code: str
) -> tuple[UploadSession, UploadFile]:
    upload = _find_session(session, principal, session_id)
    if upload is None:
        if gone_code == "UPLOAD_ID_NOT_FOUND":
            raise ApiError("UPLOAD_ID_NOT_FOUND", "No upload session with this id.", status=409)
        raise ApiError("FILE_NOT_FOUND", "No upload session with this id.", status=404)
    file = session.scalar(
        select(UploadFile).where(
            UploadFile.session_id == upload.id, UploadFile.client_id == file_id
        )
    )
    if file is None:
        raise ApiError(
            "FILE_NOT_FOUND", f"file_id {file_id!r} is not part of this session.", status=404
        )
    return upload, file


def part_urls(
    ctx: ServiceContext, principal: Principal, session_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    """Fresh signed PUT URLs for the requested parts of one file."""
    with ctx.db.session() as session:
        upload, file = _find_file(
            session, principal, session_id, body["file_id"], gone_code="FILE_NOT_FOUND"
        )
        if file.status != "pending":
            raise ApiError(
                "FILE_NOT_UPLOADABLE",
                f"File {file.file_name} is already {file.status}.",
                status=409,
                details={"file_id": file.client_id, "status": file.status},
            )
        total_parts = max(1, math.ceil(file.size / upload.part_size))
        numbers = sorted(set(body["part_numbers"]))
        for index, number in enumerate(numbers):
            if number > total_parts:
                raise ApiError(
                    "INVALID_INPUT",
                    "Request validation failed. Check details for specific issues.",
                    status=400,
                    details={
                        "issues": [
                            {
                                "message": f"This file has {total_parts} parts; part {number} "
                                "does not exist.",
                                "path": ["part_numbers", index],
                            }
                        ]
                    },
                )
        if not file.upload_id:
            file.upload_id = ctx.store.begin_multipart(file.object_key)
        ttl = ctx.settings.part_url_ttl_seconds
        urls = [
            {
                "part_number": n,
                "url": ctx.store.part_upload_url(file.object_key, file.upload_id, n, ttl),
            }
            for n in numbers
        ]
        return {
            "success": True,
            "upload_session_id": upload.client_id,
            "file_id": file.client_id,
            "file_name": file.file_name,
            "part_size": upload.part_size,
            "part_urls": urls,
        }


def part_size_limit(ctx: ServiceContext, upload_id: str) -> int:
    """The part size of the session an upload id belongs to (bounds a PUT body)."""
    with ctx.db.session() as session:
        row = session.execute(
            select(UploadSession.part_size)
            .join(UploadFile, UploadFile.session_id == UploadSession.id)
            .where(UploadFile.upload_id == upload_id)
        ).first()
        return int(row[0]) if row else 0


def _completion_error(reason: str, message: str, **details: Any) -> ApiError:
    return ApiError(
        "INVALID_COMPLETION_PARTS", message, status=400, details={"reason": reason, **details}
    )


def complete_file(
    ctx: ServiceContext, principal: Principal, session_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    """Check the parts and the size, then join them into the file; idempotent."""
    with ctx.db.session() as session:
        upload, file = _find_file(
            session, principal, session_id, body["file_id"], gone_code="UPLOAD_ID_NOT_FOUND"
        )
        answer = {
            "success": True,
            "upload_session_id": upload.client_id,
            "file_id": file.client_id,
            "file_name": file.file_name,
        }
        if file.status == "completed":
            return answer
        if file.status == "aborted":
            raise ApiError("FILE_ABORTED", "This file's upload was aborted.", status=409)
        file_pk, key, upload_id, size = file.id, file.object_key, file.upload_id, file.size
        total_parts = max(1, math.ceil(file.size / upload.part_size))
    parts = _verify_parts(ctx, key, upload_id, size, total_parts, body["parts"])
    # A concurrent completion may have joined the parts first; the row below tells.
    with contextlib.suppress(ObjectNotFound):
        ctx.store.complete_multipart(key, upload_id, parts)
    with ctx.db.session() as session:
        file = session.get_one(UploadFile, file_pk)
        if file.status == "completed":
            return answer
        if not ctx.store.exists(key):
            raise ApiError(
                "UPLOAD_COMPLETE_FAILED",
                "The parts could not be joined; retry.",
                status=502,
                retryable=True,
            )
        file.status = "completed"
        file.completed_at = utcnow()
    return {**answer, "status": "completed"}


def _verify_parts(
    ctx: ServiceContext,
    key: str,
    upload_id: str,
    declared_size: int,
    total_parts: int,
    claimed: list[dict[str, Any]],
) -> list[CompletedPart]:
    numbers = [p["part_number"] for p in claimed]
    if len(set(numbers)) != len(numbers):
        raise _completion_error("duplicate_part_numbers", "A part number appears twice.")
    if numbers != sorted(numbers):
        raise _completion_error("parts_not_ascending", "Parts must be listed in ascending order.")
    if numbers != list(range(1, total_parts + 1)):
        raise _completion_error(
            "parts_incomplete",
            f"This file has {total_parts} parts; list parts 1 to {total_parts}.",
            expected_part_count=total_parts,
        )
    if not upload_id:
        raise _completion_error("parts_not_uploaded", "No part of this file was uploaded.")
    try:
        stored = {p.part_number: p for p in ctx.store.list_parts(key, upload_id)}
    except ObjectNotFound:
        stored = {}
    for part in claimed:
        held = stored.get(part["part_number"])
        if held is None:
            raise _completion_error(
                "part_not_uploaded",
                f"Part {part['part_number']} was not uploaded.",
                part_number=part["part_number"],
            )
        if part["e_tag"].strip('"') != held.etag.strip('"'):
            raise _completion_error(
                "etag_mismatch",
                f"The ETag of part {part['part_number']} does not match the uploaded part.",
                part_number=part["part_number"],
            )
    actual = sum(stored[n].size for n in numbers)
    if actual != declared_size:
        raise ApiError(
            "OBJECT_SIZE_MISMATCH",
            f"The parts hold {actual} bytes; the session declared {declared_size}.",
            status=422,
            details={"declared_size_bytes": declared_size, "actual_size_bytes": actual},
        )
    return [CompletedPart(p["part_number"], p["e_tag"]) for p in claimed]
