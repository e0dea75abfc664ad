"""Celery as the distribution layer over the durable `jobs` table.

A job is still a row (written in the caller's transaction, so it exists exactly when the work
that asked for it committed). What travels through the broker is a *work token*: a Celery task
that makes one worker claim the fairest runnable job. Tokens are acknowledged late, so a token
lost with its worker is delivered again; leases on the rows make a dead worker's job runnable
again; a relay tops up tokens whenever runnable jobs outnumber the tokens in the broker. A token
that finds no work does nothing, so extra tokens are harmless and every job runs to completion
once: its results and its "done" mark commit together.
"""

from __future__ import annotations

from typing import Any

from amqp.exceptions import ChannelError
from celery import Celery
from sqlalchemy import event
from sqlalchemy.orm import Session

from facturist.jobs.embedded import EmbeddedQueue

WORK_TASK = "facturist.work"


def make_celery(broker_url: str, queue_name: str) -> Celery:
    """The Celery app shared by API processes (which only send) and workers."""
    app = Celery("facturist", broker=broker_url)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_default_queue=queue_name,
        task_ignore_result=True,
        broker_connection_retry_on_startup=True,
        # A token held by a worker that vanished comes back after this long (Redis broker).
        broker_transport_options={"visibility_timeout": 300},
        worker_hijack_root_logger=False,
    )
    return app


class CeleryQueue:
    """`JobQueue`: the row as in the embedded queue, plus one token sent after commit."""

    def __init__(self, app: Celery) -> None:
        self.app = app
        self._rows = EmbeddedQueue()

    def enqueue(
        self, session: Session, kind: str, payload: dict[str, Any], dedupe_key: str
    ) -> None:
        self._rows.enqueue(session, kind, payload, dedupe_key)
        pending = session.info.setdefault("facturist_tokens", 0)
        session.info["facturist_tokens"] = pending + 1
        if pending == 0:
            event.listen(session, "after_commit", self._after_commit, once=True)
            event.listen(session, "after_rollback", self._after_rollback, once=True)

    def _after_commit(self, session: Session) -> None:
        self.send_tokens(session.info.pop("facturist_tokens", 0))

    def _after_rollback(self, session: Session) -> None:
        session.info.pop("facturist_tokens", None)

    def send_tokens(self, count: int, countdown: float | None = None) -> None:
        """Ask `count` workers to claim a job (best effort: the relay covers a failed send)."""
        for _ in range(count):
            self.app.send_task(WORK_TASK, countdown=countdown)

    def tokens_waiting(self) -> int:
        """Tokens in the broker not yet taken by a worker."""
        with self.app.connection_for_write() as connection:
            channel = connection.default_channel
            try:
                declared = channel.queue_declare(
                    queue=self.app.conf.task_default_queue, passive=True
                )
            except ChannelError as exc:
                if str(getattr(exc, "reply_code", "")) == "404":
                    return 0  # Redis drops an empty queue's key: nothing is waiting
                raise
            return int(declared.message_count)
