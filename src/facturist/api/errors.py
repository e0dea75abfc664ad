"""Every error leaves the API as the contract's envelope; this is the one place that maps them."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from facturist.errors import ApiError, invalid_input

log = logging.getLogger(__name__)
LOCATION_ROOTS = ("body", "query", "path", "header")
UNION_TAGS = {"str", "int", "bool", "PromptObject", "Options", "list"}


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error.envelope(), status_code=error.status, headers=error.headers)


def _issues(exc: RequestValidationError) -> list[dict[str, Any]]:
    issues = []
    for problem in exc.errors():
        location = list(problem.get("loc", ()))
        if location and location[0] in LOCATION_ROOTS:
            location = location[1:]
        path = [p for p in location if not _is_union_tag(p)]
        message = str(problem.get("msg", "Invalid value."))
        if problem.get("type") == "json_invalid":
            message = "The body is not valid JSON."
        issues.append({"message": message, "path": path})
    return issues


def _is_union_tag(step: object) -> bool:
    """Pydantic names the union member it tried ("str", "PromptObject"): not a field."""
    return isinstance(step, str) and (step in UNION_TAGS or "[" in step)


def install(app: FastAPI) -> None:
    """Register the handlers that turn exceptions into envelopes."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(invalid_input(_issues(exc)))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return error_response(ApiError("NOT_FOUND", "No such endpoint.", status=404))
        if exc.status_code == 405:
            return error_response(
                ApiError("NOT_FOUND", "This endpoint does not accept that method.", status=405)
            )
        return error_response(ApiError("INVALID_INPUT", str(exc.detail), status=exc.status_code))

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        return error_response(
            ApiError(
                "INTERNAL_ERROR", "An unexpected error occurred; retry.", status=500, retryable=True
            )
        )
