"""The ASGI application: API under /v1, signed storage URLs, health."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

import facturist
from facturist.api import errors
from facturist.api.faults import FaultInjector
from facturist.api.ratelimit import RateLimiter, RedisRateLimiter
from facturist.api.routes import credits, extractions, storage, uploads
from facturist.api.web import routes as web
from facturist.jobs.base import ListeningBus
from facturist.service.context import ServiceContext


def _rate_limiter(ctx: ServiceContext) -> RateLimiter:
    """Per process when embedded; in Redis when several API processes share the work."""
    settings = ctx.settings
    redis_url = settings.resolved_redis_url
    if settings.queue == "celery" and redis_url:
        return RedisRateLimiter(settings.rate_limits, redis_url, settings.rate_limits_enabled)
    return RateLimiter(settings.rate_limits, settings.rate_limits_enabled)


def create_app(ctx: ServiceContext, ready: Callable[[], bool] | None = None) -> FastAPI:
    """The app over a built context; `ready` says whether the workers are up (for /healthz)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        if isinstance(ctx.bus, ListeningBus):
            ctx.bus.start(loop)
        try:
            yield
        finally:
            if isinstance(ctx.bus, ListeningBus):
                ctx.bus.stop(loop)

    # Docs assets are served locally: the machine may be offline.
    app = FastAPIOffline(
        title="Facturist",
        version=facturist.__version__,
        description="Self-hosted invoice data extraction, wire-compatible with the Invoice "
        "Data Extraction REST API v1. Send `Authorization: Bearer <API key>`.",
        lifespan=lifespan,
    )
    app.state.ctx = ctx
    app.state.rate_limiter = _rate_limiter(ctx)
    errors.install(app)
    if ctx.settings.fault_every_nth_request:
        app.add_middleware(
            FaultInjector,
            every=ctx.settings.fault_every_nth_request,
            status=ctx.settings.fault_status,
        )
    for router in (uploads.router, extractions.router, credits.router):
        app.include_router(router, prefix="/v1")
    app.include_router(storage.router)
    # The web page: same origin as the API, every asset served from the package.
    app.include_router(web.pages)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=web.STATIC_DIR), name="static")

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        ok = ready() if ready is not None else True
        body: dict[str, Any] = {
            "status": "ok" if ok else "starting",
            "version": facturist.__version__,
        }
        return JSONResponse(body, status_code=200 if ok else 503)

    return app
