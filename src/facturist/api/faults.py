"""Test-only fault injection: every Nth /v1 request fails with 429 or 503 (off by default)."""

from __future__ import annotations

import itertools

from starlette.types import ASGIApp, Receive, Scope, Send

from facturist.api.errors import error_response
from facturist.errors import ApiError


class FaultInjector:
    """ASGI middleware answering every `every`-th /v1 request with a retryable error."""

    def __init__(self, app: ASGIApp, every: int, status: int) -> None:
        self.app = app
        self.every = every
        self.status = status
        self._count = itertools.count(1)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        is_api = scope["type"] == "http" and str(scope.get("path", "")).startswith("/v1/")
        if is_api and next(self._count) % self.every == 0:
            code = "RATE_LIMITED" if self.status == 429 else "INTERNAL_ERROR"
            error = ApiError(
                code,
                "Injected fault (FACTURIST_FAULT_EVERY_NTH_REQUEST); retry.",
                status=self.status,
                retryable=True,
                details={"retry_after_seconds": 1} if self.status == 429 else None,
                headers={"Retry-After": "1"},
            )
            await error_response(error)(scope, receive, send)
            return
        await self.app(scope, receive, send)
