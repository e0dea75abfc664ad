"""`/v1/extractions/...`: submit, status with long-poll, list, details, results, output,
cancel, answers, delete."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from facturist.api.deps import Ctx, absolute, limited
from facturist.api.schemas import AnswersRequest, SubmitRequest
from facturist.errors import invalid_field, invalid_input
from facturist.service import extractions, results
from facturist.service.accounts import Principal

router = APIRouter(prefix="/extractions", tags=["extractions"])
Scope = Annotated[Literal["own", "team"] | None, Query()]
Status = Literal["processing", "input_required", "completed", "failed", "cancelled"]


def _absolute_outputs(request: Request, payload: dict[str, Any]) -> dict[str, Any]:
    output = payload.get("output")
    if isinstance(output, dict):
        for name, url in output.items():
            if url:
                output[name] = absolute(request, url)
    return payload


@router.post("", status_code=202)
async def submit(
    body: SubmitRequest,
    ctx: Ctx,
    caller: Annotated[Principal, Depends(limited("submit"))],
) -> dict[str, Any]:
    """Start an extraction; idempotent on `submission_id` (task_name is not compared)."""
    data = body.model_dump(exclude_unset=True)
    data["prompt"] = (
        body.prompt if isinstance(body.prompt, str) else body.prompt.model_dump(exclude_unset=True)
    )
    if body.options is not None:
        data["options"] = body.options.model_dump(exclude_unset=True)
    if caller.auth_method == "web_session":
        data["submission_method"] = "web_app"
    return await run_in_threadpool(extractions.submit, ctx, caller, data)


@router.get("")
async def list_extractions(
    ctx: Ctx,
    caller: Annotated[Principal, Depends(limited("list"))],
    status: Annotated[Status | None, Query()] = None,
    submission_method: Annotated[Literal["api", "web_app"] | None, Query()] = None,
    created_after: Annotated[datetime | None, Query()] = None,
    created_before: Annotated[datetime | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 25,
    cursor: Annotated[str | None, Query(min_length=1)] = None,
    scope: Scope = None,
) -> dict[str, Any]:
    """Newest first, cursor pagination."""
    for name, value in (("created_after", created_after), ("created_before", created_before)):
        if value is not None and value.tzinfo is None:
            raise invalid_field("Give the date-time with a UTC offset.", name)
    query = {
        "status": status,
        "submission_method": submission_method,
        "created_after": created_after,
        "created_before": created_before,
        "limit": limit,
        "cursor": cursor,
        "scope": scope,
    }
    return await run_in_threadpool(extractions.list_extractions, ctx, caller, query)


@router.get("/{extraction_id}")
async def get_status(
    extraction_id: str,
    request: Request,
    ctx: Ctx,
    caller: Annotated[Principal, Depends(limited("status"))],
    wait: Annotated[int | None, Query(ge=0, le=45)] = None,
    scope: Scope = None,
) -> JSONResponse:
    """Live status; with `wait`, held until the status leaves `processing` or time is up."""
    status, payload = await run_in_threadpool(extractions.status, ctx, caller, extraction_id, scope)
    deadline = time.monotonic() + (wait or 0)
    while status == "processing" and (remaining := deadline - time.monotonic()) > 0:
        await ctx.bus.wait(extraction_id.lower(), remaining)
        status, payload = await run_in_threadpool(
            extractions.status, ctx, caller, extraction_id, scope
        )
    return JSONResponse(_absolute_outputs(request, payload))


@router.get("/{extraction_id}/details")
async def details(
    extraction_id: str,
    ctx: Ctx,
    caller: Annotated[Principal, Depends(limited("details"))],
    scope: Scope = None,
) -> dict[str, Any]:
    """The full record; `success: true` even for a failed extraction."""
    return await run_in_threadpool(extractions.details, ctx, caller, extraction_id, scope)


@router.get("/{extraction_id}/results")
async def results_page(
    extraction_id: str,
    ctx: Ctx,
    caller: Annotated[Principal, Depends(limited("results"))],
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    scope: Scope = None,
) -> dict[str, Any]:
    """Result rows, offset pagination."""
    return await run_in_threadpool(
        results.results_page, ctx, caller, extraction_id, offset, limit, scope
    )


@router.get("/{extraction_id}/output")
async def output(
    extraction_id: str,
    request: Request,
    ctx: Ctx,
    caller: Annotated[Principal, Depends(limited("output"))],
    format: Annotated[Literal["xlsx", "csv", "json"], Query()],
    scope: Scope = None,
) -> dict[str, Any]:
    """A fresh 5-minute download URL, as a bare object (no `success`)."""
    answer = await run_in_threadpool(results.output_url, ctx, caller, extraction_id, format, scope)
    answer["download_url"] = absolute(request, answer["download_url"])
    return answer


@router.post("/{extraction_id}/cancel")
async def cancel(
    extraction_id: str,
    ctx: Ctx,
    caller: Annotated[Principal, Depends(limited("cancel"))],
    scope: Scope = None,
) -> dict[str, Any]:
    """Ask the extraction to stop at its next page."""
    return await run_in_threadpool(extractions.cancel, ctx, caller, extraction_id, scope)


@router.post("/{extraction_id}/answers")
async def answers(
    extraction_id: str,
    body: AnswersRequest,
    request: Request,
    ctx: Ctx,
    caller: Annotated[Principal, Depends(limited("answers"))],
    scope: Scope = None,
) -> dict[str, Any]:
    """Answers to open questions. Facturist asks none yet, so no question id is known."""
    await run_in_threadpool(extractions.status, ctx, caller, extraction_id, scope)  # 404 first
    raise invalid_input(
        [
            {"message": "No open question has this id.", "path": ["answers", index, "question_id"]}
            for index, _ in enumerate(body.answers)
        ]
    )


@router.delete("/{extraction_id}")
async def delete(
    extraction_id: str,
    ctx: Ctx,
    caller: Annotated[Principal, Depends(limited("delete"))],
    scope: Scope = None,
) -> dict[str, Any]:
    """Remove the extraction, its outputs and its source files."""
    return await run_in_threadpool(extractions.delete, ctx, caller, extraction_id, scope)
