"""Per-key, per-endpoint request limits in fixed one-minute windows."""

from __future__ import annotations

import math
import threading
import time

from facturist.errors import ApiError

WINDOW_SECONDS = 60


class RateLimiter:
    """In-process counters; one API process per data directory in the embedded mode."""

    def __init__(self, limits: dict[str, int], enabled: bool = True) -> None:
        self.limits = limits
        self.enabled = enabled
        self._counts: dict[tuple[int, str, int], int] = {}
        self._lock = threading.Lock()

    def hit(self, key_id: int, bucket: str) -> None:
        """Count one request; raises 429 RATE_LIMITED when the bucket is full."""
        limit = self.limits.get(bucket, 0)
        if not self.enabled or limit <= 0:
            return
        now = time.time()
        window = int(now // WINDOW_SECONDS)
        count = self._count(key_id, bucket, window)
        if count > limit:
            retry_after = max(1, math.ceil((window + 1) * WINDOW_SECONDS - now))
            raise ApiError(
                "RATE_LIMITED",
                f"Too many requests: at most {limit} per minute for this endpoint. "
                f"Retry in {retry_after} s.",
                status=429,
                retryable=True,
                details={"retry_after_seconds": retry_after},
                headers={"Retry-After": str(retry_after)},
            )

    def _count(self, key_id: int, bucket: str, window: int) -> int:
        """This request's number within its window."""
        with self._lock:
            if len(self._counts) > 10_000:
                self._counts = {k: v for k, v in self._counts.items() if k[2] >= window}
            count = self._counts.get((key_id, bucket, window), 0) + 1
            self._counts[(key_id, bucket, window)] = count
        return count


class RedisRateLimiter(RateLimiter):
    """The same windows counted in Redis, shared by every API process of a scaled install."""

    def __init__(self, limits: dict[str, int], url: str, enabled: bool = True) -> None:
        super().__init__(limits, enabled)
        import redis

        self._redis = redis.Redis.from_url(url, socket_timeout=2)

    def _count(self, key_id: int, bucket: str, window: int) -> int:
        key = f"facturist:rl:{key_id}:{bucket}:{window}"
        pipe = self._redis.pipeline()
        pipe.incr(key)
        pipe.expire(key, WINDOW_SECONDS * 2)
        count, _ = pipe.execute()
        return int(count)
