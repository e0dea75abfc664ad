"""The page at `/`, its static files, and `/web/api/...`: what only a browser needs."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from facturist.api.deps import SESSION_COOKIE, Ctx, web_session_principal
from facturist.errors import ApiError, FacturistError
from facturist.service import accounts
from facturist.service import source_pages as source
from facturist.service import web_sessions as sessions
from facturist.service.accounts import Principal
from facturist.service.web_sessions import SESSION_LIFETIME

STATIC_DIR = Path(__file__).parent / "static"
# Same origin only; nothing is fetched from anywhere else (the machine may be offline).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' blob: data:; "
    "style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
# Sign-in guessing brake: this many failures per account name within the window.
MAX_FAILURES = 10
FAILURE_WINDOW_SECONDS = 300

pages = APIRouter(include_in_schema=False)
router = APIRouter(prefix="/web/api", include_in_schema=False)


class SignInBody(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)


class NewKeyBody(BaseModel):
    label: str = Field(default="", max_length=200)


class _FailureLog:
    """Recent failed sign-ins per name (in process memory: one API process per data dir)."""

    def __init__(self) -> None:
        self._times: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def blocked(self, name: str) -> bool:
        cutoff = time.monotonic() - FAILURE_WINDOW_SECONDS
        with self._lock:
            recent = [t for t in self._times.get(name, []) if t > cutoff]
            self._times[name] = recent
            return len(recent) >= MAX_FAILURES

    def record(self, name: str) -> None:
        with self._lock:
            self._times.setdefault(name, []).append(time.monotonic())


_failures = _FailureLog()


async def signed_in(request: Request) -> tuple[Principal, str]:
    """The browser's session (never a Bearer key): keys and sign-out are for people only."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise ApiError("UNAUTHENTICATED", "Please sign in.", status=401)
    return await web_session_principal(request, token)


WebCaller = Annotated[tuple[Principal, str], Depends(signed_in)]


@pages.get("/")
async def index() -> FileResponse:
    """The single page; it asks `/web/api/me` whether someone is signed in."""
    return FileResponse(
        STATIC_DIR / "index.html",
        headers={**SECURITY_HEADERS, "Cache-Control": "no-store"},
    )


def _secure(request: Request, ctx: Ctx) -> bool:
    base = ctx.settings.public_url or str(request.base_url)
    return base.startswith("https://")


def _me(ctx: Ctx, principal: Principal, csrf: str) -> dict[str, Any]:
    with ctx.db.session() as session:
        current = accounts.current_balance(ctx, session, principal.account_id)
    return {
        "success": True,
        "account": principal.account_name,
        "team": principal.team,
        "is_admin": principal.is_admin,
        "csrf_token": csrf,
        "credits_balance": current.balance,
        "credits_reserved": current.reserved,
        "unlimited_credits": ctx.settings.free_credits_per_month is None,
    }


@router.post("/sign-in")
async def sign_in(body: SignInBody, request: Request, ctx: Ctx) -> JSONResponse:
    """Check name and password; set the HttpOnly, SameSite=Strict session cookie."""
    if _failures.blocked(body.name):
        raise ApiError(
            "RATE_LIMITED",
            "Too many failed sign-ins for this account. Wait a few minutes and try again.",
            status=429,
            retryable=True,
            details={"retry_after_seconds": FAILURE_WINDOW_SECONDS},
            headers={"Retry-After": str(FAILURE_WINDOW_SECONDS)},
        )

    def _sign_in() -> tuple[str, str] | None:
        with ctx.db.session() as session:
            return sessions.sign_in(session, body.name, body.password)

    tokens = await run_in_threadpool(_sign_in)
    if tokens is None:
        _failures.record(body.name)
        raise ApiError("UNAUTHENTICATED", "Wrong account name or password.", status=401)
    token, csrf = tokens
    response = JSONResponse({"success": True, "csrf_token": csrf})
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        path="/",
        httponly=True,
        samesite="strict",
        secure=_secure(request, ctx),
    )
    return response


@router.post("/sign-out")
async def sign_out(request: Request, ctx: Ctx, caller: WebCaller) -> JSONResponse:
    """End this browser's session and clear its cookie."""
    token = request.cookies.get(SESSION_COOKIE, "")

    def _sign_out() -> None:
        with ctx.db.session() as session:
            sessions.sign_out(session, token)

    await run_in_threadpool(_sign_out)
    response = JSONResponse({"success": True})
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response


@router.get("/me")
async def me(ctx: Ctx, caller: WebCaller) -> dict[str, Any]:
    """Who is signed in, the CSRF token for the page's requests, and the credit balance."""
    return await run_in_threadpool(_me, ctx, caller[0], caller[1])


def _key_json(key: Any) -> dict[str, Any]:
    return {
        "id": key.id,
        "prefix": key.prefix,
        "label": key.label,
        "created_at": key.created_at.isoformat(),
        "revoked_at": key.revoked_at.isoformat() if key.revoked_at else None,
    }


@router.get("/keys")
async def list_keys(ctx: Ctx, caller: WebCaller) -> dict[str, Any]:
    """The signed-in account's API keys, newest first (prefixes only)."""

    def _list() -> dict[str, Any]:
        with ctx.db.session() as session:
            account = accounts.find_account(session, caller[0].account_name)
            keys = [_key_json(key) for key, _ in accounts.list_keys(session, account)]
        return {"success": True, "keys": keys}

    return await run_in_threadpool(_list)


@router.post("/keys")
async def create_key(body: NewKeyBody, ctx: Ctx, caller: WebCaller) -> dict[str, Any]:
    """A new API key; the plain key is in this answer only."""

    def _create() -> dict[str, Any]:
        with ctx.db.session() as session:
            account = accounts.find_account(session, caller[0].account_name)
            key = accounts.create_key(session, account, body.label.strip())
        return {"success": True, "key": key}

    return await run_in_threadpool(_create)


@router.post("/keys/{key_id}/revoke")
async def revoke_key(key_id: int, ctx: Ctx, caller: WebCaller) -> dict[str, Any]:
    """Revoke one of the signed-in account's keys."""

    def _revoke() -> dict[str, Any]:
        with ctx.db.session() as session:
            try:
                key = accounts.revoke_key(session, str(key_id), caller[0].account_id)
            except FacturistError as exc:
                raise ApiError("NOT_FOUND", "No such API key.", status=404) from exc
            return {"success": True, "key": _key_json(key)}

    return await run_in_threadpool(_revoke)


@router.get("/extractions/{extraction_id}/progress")
async def progress(extraction_id: str, ctx: Ctx, caller: WebCaller) -> dict[str, Any]:
    """Pages and files done so far."""
    return await run_in_threadpool(source.progress, ctx, caller[0], extraction_id)


@router.get("/extractions/{extraction_id}/cells")
async def cell(
    extraction_id: str,
    ctx: Ctx,
    caller: WebCaller,
    row: Annotated[int, Query(ge=1)],
    column: Annotated[str, Query(min_length=1, max_length=200)],
) -> dict[str, Any]:
    """Where one result value was read: page and boxes (1-based output row number)."""
    return await run_in_threadpool(source.cell_location, ctx, caller[0], extraction_id, row, column)


@router.get("/extractions/{extraction_id}/files/{position}/pages/{page}")
async def page_image(
    extraction_id: str, position: int, page: int, ctx: Ctx, caller: WebCaller
) -> Response:
    """A source page as an image, for the signed-in owner only."""
    image = await run_in_threadpool(
        source.page_image, ctx, caller[0], extraction_id, position, page
    )
    return Response(
        image.content,
        media_type=image.media_type,
        headers={"Cache-Control": "private, max-age=300", "X-Content-Type-Options": "nosniff"},
    )
