"""Status announcements over Redis pub/sub, so a long-poll on any API process wakes when a
worker on any machine settles an extraction."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import redis
import redis.asyncio as aioredis

from facturist.jobs.bus import Waiters

log = logging.getLogger(__name__)
CHANNEL = "facturist:status"


class RedisStatusBus:
    """`StatusBus` on a Redis channel; `start` runs the subscriber inside the API's loop."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._publisher: redis.Redis | None = None
        self.waiters = Waiters()
        self._task: asyncio.Task[None] | None = None

    def publish(self, extraction_id: str) -> None:
        try:
            if self._publisher is None:
                self._publisher = redis.Redis.from_url(self.url, socket_timeout=5)
            self._publisher.publish(CHANNEL, extraction_id)
        except redis.RedisError:
            log.warning("could not announce %s; waiters re-read the database", extraction_id)

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._task = loop.create_task(self._listen())

    def stop(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._task is not None:
            self._task.cancel()

    async def _listen(self) -> None:
        while True:
            client: Any = aioredis.Redis.from_url(self.url)
            try:
                async with client.pubsub() as pubsub:
                    await pubsub.subscribe(CHANNEL)
                    async for message in pubsub.listen():
                        if message.get("type") == "message":
                            self._wake(message["data"].decode(errors="replace"))
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("status subscription lost; reconnecting", exc_info=True)
                await asyncio.sleep(1)
            finally:
                with contextlib.suppress(Exception):
                    await client.aclose()

    def _wake(self, extraction_id: str) -> None:
        self.waiters.wake(extraction_id)

    async def wait(self, extraction_id: str, timeout: float) -> None:
        await self.waiters.wait(extraction_id, timeout)
