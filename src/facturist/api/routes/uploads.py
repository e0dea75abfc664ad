"""`/v1/uploads/...`: upload sessions, part URLs, completion."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from starlette.concurrency import run_in_threadpool

from facturist.api.deps import Ctx, absolute, limited
from facturist.api.schemas import CompleteFileRequest, CreateSessionRequest, PartUrlsRequest
from facturist.service import uploads
from facturist.service.accounts import Principal

router = APIRouter(prefix="/uploads", tags=["uploads"])
Caller = Annotated[Principal, Depends(limited("uploads"))]
SessionId = Annotated[str, Path(pattern=r"^[A-Za-z0-9._:-]{1,200}$")]


@router.post("/sessions")
async def create_session(body: CreateSessionRequest, ctx: Ctx, caller: Caller) -> dict[str, Any]:
    """Register the files of an upload session; idempotent on `upload_session_id`."""
    if len(body.files) > ctx.settings.max_files_per_session:
        from facturist.errors import invalid_field

        raise invalid_field(
            f"A session holds at most {ctx.settings.max_files_per_session} files.", "files"
        )
    return await run_in_threadpool(uploads.create_session, ctx, caller, body.model_dump())


@router.post("/sessions/{upload_session_id}/parts")
async def part_urls(
    upload_session_id: SessionId, body: PartUrlsRequest, request: Request, ctx: Ctx, caller: Caller
) -> dict[str, Any]:
    """Signed PUT URLs (15 minutes) for parts of one file."""
    answer = await run_in_threadpool(
        uploads.part_urls, ctx, caller, upload_session_id, body.model_dump()
    )
    for item in answer["part_urls"]:
        item["url"] = absolute(request, item["url"])
    return answer


@router.post("/sessions/{upload_session_id}/complete")
async def complete(
    upload_session_id: SessionId, body: CompleteFileRequest, ctx: Ctx, caller: Caller
) -> dict[str, Any]:
    """Check a file's parts and size, then join them; idempotent."""
    return await run_in_threadpool(
        uploads.complete_file, ctx, caller, upload_session_id, body.model_dump()
    )
