"""The seams of background work: how jobs are queued and how status changes are announced."""

from __future__ import annotations

import asyncio
from typing import Any, Protocol, runtime_checkable

from sqlalchemy.orm import Session


class JobQueue(Protocol):
    """Queues a job as part of the caller's transaction, so it exists if and only if it commits."""

    def enqueue(
        self, session: Session, kind: str, payload: dict[str, Any], dedupe_key: str
    ) -> None: ...


class StatusBus(Protocol):
    """Tells long-poll waiters that an extraction's status may have changed."""

    def publish(self, extraction_id: str) -> None:
        """Fire and forget, from any process."""
        ...

    async def wait(self, extraction_id: str, timeout: float) -> None:
        """Return when `extraction_id` is announced or `timeout` seconds pass."""
        ...


@runtime_checkable
class ListeningBus(Protocol):
    """A bus whose listener runs inside the API process's event loop."""

    def start(self, loop: asyncio.AbstractEventLoop) -> None: ...

    def stop(self, loop: asyncio.AbstractEventLoop) -> None: ...
