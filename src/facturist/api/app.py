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
from facturist.api.ratelimit import RateLimiter
from facturist.api.routes import credits, extractions, storage, uploads
from facturist.jobs.bus import DatagramStatusBus
from facturist.service.context import ServiceContext
from facturist.web import routes as web


def create_app(ctx: ServiceContext, ready: Callable[[], bool] | None = None) -> FastAPI:
    """The app over a built context; `ready` says whether the workers are up (for /healthz)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        if isinstance(ctx.bus, DatagramStatusBus):
            ctx.bus.start(loop)
        try:
            yield
        finally:
            if isinstance(ctx.bus, DatagramStatusBus):
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
    app.state.rate_limiter = RateLimiter(ctx.settings.rate_limits, ctx.settings.rate_limits_enabled)
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
