"""Request dependencies: the service context, the caller, rate limits, absolute URLs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Header, Request
from starlette.concurrency import run_in_threadpool

from facturist.api.ratelimit import RateLimiter
from facturist.service import accounts, web_sessions
from facturist.service.accounts import Principal
from facturist.service.context import ServiceContext

SESSION_COOKIE = "facturist_session"
CSRF_HEADER = "X-CSRF-Token"


def get_ctx(request: Request) -> ServiceContext:
    ctx: ServiceContext = request.app.state.ctx
    return ctx


Ctx = Annotated[ServiceContext, Depends(get_ctx)]


async def get_principal(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> Principal:
    """The caller: a Bearer key when the header is sent, else the browser's session cookie."""
    ctx = get_ctx(request)
    token = request.cookies.get(SESSION_COOKIE)
    if authorization is None and token:
        return (await web_session_principal(request, token))[0]

    def _auth() -> Principal:
        with ctx.db.session() as session:
            return accounts.authenticate(session, authorization)

    return await run_in_threadpool(_auth)


async def web_session_principal(request: Request, token: str) -> tuple[Principal, str]:
    """(principal, CSRF token) of a session cookie; state-changing requests need the
    session's CSRF token in the X-CSRF-Token header (a cross-site page cannot read it)."""
    ctx = get_ctx(request)

    def _auth() -> tuple[Principal, str]:
        with ctx.db.session() as session:
            return web_sessions.authenticate(
                session, token, request.method, request.headers.get(CSRF_HEADER)
            )

    return await run_in_threadpool(_auth)


def limited(bucket: str) -> Callable[..., object]:
    """A dependency that authenticates the caller and counts the request in `bucket`."""

    async def dependency(
        request: Request, principal: Annotated[Principal, Depends(get_principal)]
    ) -> Principal:
        limiter: RateLimiter = request.app.state.rate_limiter
        limiter.hit(principal.key_id or -principal.account_id, bucket)
        return principal

    return dependency


def absolute(request: Request, url: str) -> str:
    """Make a store URL absolute: the configured public URL, else the request's own base."""
    if url.startswith(("http://", "https://")):
        return url
    ctx = get_ctx(request)
    base = ctx.settings.public_url or str(request.base_url)
    return base.rstrip("/") + url
