"""Worker processes of the embedded queue, and the supervisor that keeps them running."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import threading
import time
import traceback
from collections.abc import Callable
from multiprocessing.synchronize import Event as EventType

from sqlalchemy import update

from facturist.db.connection import Database
from facturist.db.models import Job
from facturist.jobs.embedded import MAX_ATTEMPTS, claim, fail, renew
from facturist.service import processing
from facturist.service.context import ServiceContext, build_context
from facturist.settings import Settings

log = logging.getLogger(__name__)

IDLE_SLEEP_MIN = 0.05
IDLE_SLEEP_MAX = 0.5


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the server dies, so no orphan keeps claiming jobs."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class _Heartbeat:
    """Renews a job's lease in the background while the job runs."""

    def __init__(self, renew_fn: Callable[[], bool], every: float) -> None:
        self._renew = renew_fn
        self._every = every
        self._stop = threading.Event()
        self.lost = False
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> _Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            try:
                if not self._renew():
                    self.lost = True
            except Exception:  # a busy database now and then must not kill the job
                log.warning("lease renewal failed", exc_info=True)


def run_one(ctx: ServiceContext, job: Job, worker_id: str) -> None:
    """Dispatch one claimed job to its service function."""
    lease = ctx.settings.job_lease_seconds

    def still_mine() -> bool:
        return renew(ctx.db, job.id, worker_id, lease)

    if job.attempts > MAX_ATTEMPTS:
        give_up(ctx, job, job.last_error or "worker died repeatedly on this job")
        return
    with _Heartbeat(still_mine, max(1.0, lease / 4)):
        if job.kind == "start":
            processing.start_extraction(ctx, job.id, job.payload["extraction_id"])
        elif job.kind == "file":
            processing.process_files(ctx, job.id, _file_ids(job), still_mine)
        elif job.kind == "pages":
            payload = job.payload
            processing.read_pages(
                ctx, job.id, _file_ids(job)[0], int(payload["first"]), int(payload["last"])
            )
        elif job.kind == "finalize":
            processing.run_finalize(ctx, job.id, job.payload["extraction_id"])
        else:
            raise ValueError(f"unknown job kind {job.kind!r}")


def _file_ids(job: Job) -> list[int]:
    ids = job.payload.get("file_ids") or [job.payload["file_id"]]
    return [int(i) for i in ids]


def run_guarded(ctx: ServiceContext, job: Job, worker_id: str) -> bool:
    """Run a claimed job; a failure is recorded for a later retry (True) or given up."""
    try:
        run_one(ctx, job, worker_id)
    except Exception:
        error = traceback.format_exc()
        log.error("job %s (%s) failed:\n%s", job.id, job.kind, error)
        if fail(ctx.db, job.id, error):
            give_up(ctx, job, error)
            return False
        return True
    return False


def give_up(ctx: ServiceContext, job: Job, error: str) -> None:
    with ctx.db.session() as session:
        session.execute(
            update(Job).where(Job.id == job.id).values(status="failed", last_error=error)
        )
    if job.kind == "file":
        processing.give_up_files(ctx, _file_ids(job), error)
    elif job.kind == "pages":  # its document's analysis job reads those pages itself
        processing.pages_read_done(ctx, job.id, _file_ids(job)[0], 0, gave_up=True)


def worker_main(
    settings_json: str, worker_id: str, ready: EventType | None, stop: EventType
) -> None:
    """Entry point of a worker process: claim, run, repeat until told to stop."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the supervisor decides when we stop

    logging.basicConfig(
        level=logging.INFO, format=f"%(asctime)s {worker_id} %(levelname)s %(message)s"
    )
    settings = Settings.model_validate_json(settings_json)
    ctx = build_context(settings)
    parent = os.getppid()
    if ready is not None:
        ready.set()
    sleep = IDLE_SLEEP_MIN
    while not stop.is_set() and os.getppid() == parent:
        try:
            job = claim(ctx.db, worker_id, settings.job_lease_seconds)
        except Exception:
            log.warning("claim failed", exc_info=True)
            job = None
        if job is None:
            stop.wait(sleep)
            sleep = min(IDLE_SLEEP_MAX, sleep * 2)
            continue
        sleep = IDLE_SLEEP_MIN
        run_guarded(ctx, job, worker_id)
    ctx.db.dispose()


class WorkerPool:
    """Starts N worker processes, restarts any that die, frees a dead worker's jobs at once."""

    def __init__(self, settings: Settings, count: int) -> None:
        self.settings = settings
        self.count = count
        self._mp = multiprocessing.get_context("spawn")
        self._stop = self._mp.Event()
        self._procs: dict[str, multiprocessing.process.BaseProcess] = {}
        self._ready: dict[str, EventType] = {}
        self._watch: threading.Thread | None = None
        self._closing = False
        self._generation = 0

    def start(self) -> None:
        for index in range(self.count):
            self._spawn(index)
        self._watch = threading.Thread(target=self._supervise, daemon=True)
        self._watch.start()

    def _spawn(self, index: int) -> None:
        self._generation += 1
        worker_id = f"w{index}-{os.getpid()}-{self._generation}"
        ready = self._mp.Event()
        proc = self._mp.Process(
            target=worker_main,
            args=(self.settings.model_dump_json(), worker_id, ready, self._stop),
            name=f"facturist-worker-{index}",
            daemon=True,
        )
        proc.start()
        self._procs[worker_id] = proc
        self._ready[worker_id] = ready

    def ready(self) -> bool:
        return all(
            event.is_set() and self._procs[wid].is_alive() for wid, event in self._ready.items()
        )

    def _supervise(self) -> None:
        db = Database(self.settings.resolved_database_url)
        while not self._closing:
            time.sleep(0.5)
            for worker_id, proc in list(self._procs.items()):
                if proc.is_alive() or self._closing:
                    continue
                log.warning("worker %s exited with %s; restarting", worker_id, proc.exitcode)
                with db.session() as session:
                    session.execute(
                        update(Job)
                        .where(Job.locked_by == worker_id, Job.status == "running")
                        .values(status="queued", locked_by=None)
                    )
                del self._procs[worker_id]
                del self._ready[worker_id]
                index = int(worker_id[1:].split("-")[0])
                self._spawn(index)
        db.dispose()

    def stop(self, timeout: float = 10.0) -> None:
        self._closing = True
        self._stop.set()
        deadline = time.monotonic() + timeout
        for proc in self._procs.values():
            proc.join(max(0.1, deadline - time.monotonic()))
            if proc.is_alive():
                proc.kill()
                proc.join(1)
