"""`facturist serve`: one process with the API and a pool of worker processes."""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path
from typing import IO

import uvicorn

from facturist.api.app import create_app
from facturist.db.migrate import upgrade
from facturist.errors import ConfigurationError
from facturist.jobs.embedded import release_all_running
from facturist.runtime.worker import WorkerPool
from facturist.service.context import build_context
from facturist.settings import Settings

log = logging.getLogger(__name__)


def lock_data_dir(data_dir: Path) -> IO[str]:
    """Only one embedded server may own a data directory (its queue assumes so)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    handle = (data_dir / "server.lock").open("w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise ConfigurationError(
            f"another facturist server is using {data_dir}; stop it or pick another --data-dir"
        ) from None
    handle.write(str(os.getpid()))
    handle.flush()
    return handle


def serve(settings: Settings, host: str, port: int) -> None:
    """Migrate, start the embedded workers (if any), then serve HTTP until interrupted.

    Embedded mode owns its data directory (one server, its own workers). With Celery, API
    processes are stateless: any number may run, on any machine, beside `facturist worker`s.
    """
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    embedded = settings.queue == "embedded"
    lock = lock_data_dir(settings.data_dir) if embedded else None
    ctx = build_context(settings)
    upgrade(ctx.db)
    if embedded:
        released = release_all_running(ctx.db)
        if released:
            log.info("resumed %d jobs left running by the previous server", released)
    pool = WorkerPool(settings, settings.worker_count)
    pool.start()
    app = create_app(ctx, ready=pool.ready)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=5)
    finally:
        pool.stop()
        ctx.db.dispose()
        if lock is not None:
            lock.close()
