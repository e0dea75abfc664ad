"""`facturist worker`: a Celery worker that runs extraction jobs, on any machine.

Each Celery task is a work token (see `facturist.jobs.celery_queue`): it claims the fairest
runnable job from the database and runs it with the same code as the embedded workers. A relay
thread tops up tokens when runnable jobs outnumber the tokens waiting in the broker, which
covers tokens lost with a killed worker and jobs whose lease ran out.
"""

from __future__ import annotations

import logging
import os
import socket
import threading

from celery import Celery

from facturist.errors import ConfigurationError
from facturist.jobs.celery_queue import WORK_TASK, CeleryQueue
from facturist.jobs.embedded import claim, count_runnable
from facturist.runtime.worker import run_guarded
from facturist.service.context import ServiceContext, build_context
from facturist.settings import Settings

log = logging.getLogger(__name__)
RELAY_SECONDS = 2.0
MAX_TOKENS_PER_TOP_UP = 500

# The context and the process that built it: a forked pool child builds its own (database
# connections never cross a fork), while the solo pool keeps the one `run_worker` built, with
# the same Celery app as the relay. (Celery sends `worker_process_init` for the solo pool too,
# so that signal cannot tell a fork.)
_ctx: tuple[int, ServiceContext] | None = None


def _context() -> ServiceContext:
    """One context per worker process, built on first use in a forked child."""
    global _ctx
    if _ctx is None or _ctx[0] != os.getpid():
        _ctx = (os.getpid(), build_context(Settings()))
    return _ctx[1]


def work_once() -> bool:
    """Claim and run one job; False when nothing was runnable."""
    ctx = _context()
    worker_id = f"celery-{socket.gethostname()}-{os.getpid()}"
    job = claim(ctx.db, worker_id, ctx.settings.job_lease_seconds)
    if job is None:
        return False
    if run_guarded(ctx, job, worker_id) and isinstance(ctx.queue, CeleryQueue):
        ctx.queue.send_tokens(1, countdown=2.0**job.attempts)  # a token for the retry
    return True


def register(app: Celery) -> None:
    """Attach the work task to a Celery app."""

    @app.task(name=WORK_TASK, acks_late=True, reject_on_worker_lost=True)  # type: ignore[untyped-decorator]
    def work() -> None:
        work_once()


class Relay(threading.Thread):
    """Keeps at least one token in the broker for every runnable job."""

    def __init__(self, queue: CeleryQueue, ctx: ServiceContext) -> None:
        super().__init__(name="facturist-relay", daemon=True)
        self.queue = queue
        self.ctx = ctx
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(RELAY_SECONDS):
            try:
                missing = count_runnable(self.ctx.db) - self.queue.tokens_waiting()
                if missing > 0:
                    self.queue.send_tokens(min(missing, MAX_TOKENS_PER_TOP_UP))
            except Exception:
                log.warning("relay round failed", exc_info=True)


def run_worker(settings: Settings, concurrency: int, pool: str) -> None:
    """Run a Celery worker (blocking) with the relay beside it."""
    global _ctx
    ctx = build_context(settings)
    if not isinstance(ctx.queue, CeleryQueue):
        raise ConfigurationError("facturist worker needs FACTURIST_QUEUE=celery")
    _ctx = (os.getpid(), ctx)  # the solo pool runs tasks here; forked children build their own
    app = ctx.queue.app
    register(app)
    relay = Relay(ctx.queue, ctx)
    relay.start()
    try:
        app.worker_main(
            [
                "worker",
                f"--concurrency={concurrency}",
                f"--pool={pool}",
                f"--queues={settings.celery_queue_name}",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                f"--hostname=facturist-{os.getpid()}@{socket.gethostname()}",
            ]
        )
    finally:
        relay.stopping.set()
