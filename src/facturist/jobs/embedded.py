"""The embedded queue: jobs are rows in the database, claimed with leases by worker processes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, update
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
            account = payload.get("account_id")
            session.add(
                Job(
                    kind=kind,
                    payload=payload,
                    dedupe_key=dedupe_key,
                    account_id=account if isinstance(account, int) else None,
                )
            )
            session.flush()


def _runnable(now: datetime) -> ColumnElement[bool]:
    """Queued and due, or running under a lease that ran out (its worker is gone)."""
    return and_(
        or_(Job.status == "queued", and_(Job.status == "running", Job.locked_until < now)),
        Job.run_after <= now,
    )


def claim(db: Database, worker_id: str, lease_seconds: int) -> Job | None:
    """Take a runnable job, fairly: the oldest job of the account with the fewest jobs running.

    So one account's 6,000-file batch cannot starve another account's small one: each free
    worker goes to whoever has the least work in progress.
    """
    account = Job.account_id
    for _ in range(10):
        now = utcnow()
        with db.session() as session:
            firsts = (
                select(account.label("account"), func.min(Job.id).label("first"))
                .where(_runnable(now))
                .group_by(account)
                .subquery()
            )
            busy = (
                select(account.label("account"), func.count().label("running"))
                .where(Job.status == "running", Job.locked_until >= now)
                .group_by(account)
                .subquery()
            )
            job_id = session.scalar(
                select(firsts.c.first)
                .outerjoin(busy, busy.c.account == firsts.c.account)
                .order_by(func.coalesce(busy.c.running, 0), firsts.c.first)
                .limit(1)
            )
            if job_id is None:
                return None
            taken = session.execute(
                update(Job)
                .where(Job.id == job_id, _runnable(now))
                .values(
                    status="running",
                    attempts=Job.attempts + 1,
                    locked_by=worker_id,
                    locked_until=now + timedelta(seconds=lease_seconds),
                )
            )
            if not taken.rowcount:  # type: ignore[attr-defined]
                continue  # another worker was quicker: pick again
            job = session.get_one(Job, job_id)
            session.flush()
            session.expunge(job)
            return job
    return None


def count_runnable(db: Database) -> int:
    """Jobs a worker could take now (the Celery relay tops up tokens to this many)."""
    with db.session() as session:
        return int(
            session.scalar(select(func.count()).select_from(Job).where(_runnable(utcnow()))) or 0
        )


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
