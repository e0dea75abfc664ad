"""The embedded queue: jobs are rows in the database, claimed with leases by worker processes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from facturist.db.connection import Database
from facturist.db.models import Job, utcnow

MAX_ATTEMPTS = 5


class EmbeddedQueue:
    """`JobQueue` backed by the `jobs` table; `dedupe_key` makes enqueueing idempotent."""

    def enqueue(
        self, session: Session, kind: str, payload: dict[str, Any], dedupe_key: str
    ) -> None:
        exists = session.scalar(select(Job.id).where(Job.dedupe_key == dedupe_key))
        if exists is None:
            session.add(Job(kind=kind, payload=payload, dedupe_key=dedupe_key))
            session.flush()


def claim(db: Database, worker_id: str, lease_seconds: int) -> Job | None:
    """Take the oldest runnable job: queued, or running with an expired lease (a dead worker)."""
    now = utcnow()
    with db.session() as session:
        job = session.scalar(
            select(Job)
            .where(
                or_(
                    Job.status == "queued",
                    (Job.status == "running") & (Job.locked_until < now),
                ),
                Job.run_after <= now,
            )
            .order_by(Job.id)
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        if job is None:
            return None
        job.status = "running"
        job.attempts += 1
        job.locked_by = worker_id
        job.locked_until = now + timedelta(seconds=lease_seconds)
        session.flush()
        session.expunge(job)
        return job


def renew(db: Database, job_id: int, worker_id: str, lease_seconds: int) -> bool:
    """Extend a lease; False when the job was taken over by another worker."""
    with db.session() as session:
        result = session.execute(
            update(Job)
            .where(Job.id == job_id, Job.locked_by == worker_id, Job.status == "running")
            .values(locked_until=utcnow() + timedelta(seconds=lease_seconds))
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


def finish(session: Session, job_id: int) -> None:
    """Mark a job done inside the transaction that stores its results."""
    session.execute(update(Job).where(Job.id == job_id).values(status="done", finished_at=utcnow()))


def fail(db: Database, job_id: int, error: str) -> bool:
    """Record a failed attempt; retried later unless out of attempts. True when given up."""
    with db.session() as session:
        job = session.get(Job, job_id)
        if job is None:
            return True
        job.last_error = error[-4000:]
        if job.attempts >= MAX_ATTEMPTS:
            job.status = "failed"
            job.finished_at = utcnow()
            return True
        job.status = "queued"
        job.locked_by = None
        job.run_after = utcnow() + timedelta(seconds=2**job.attempts)
        return False


def release_all_running(db: Database) -> int:
    """At start-up of the embedded server: every running job's worker died with the old server."""
    with db.session() as session:
        result = session.execute(
            update(Job).where(Job.status == "running").values(status="queued", locked_by=None)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]
