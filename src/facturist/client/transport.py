"""HTTP for the v1 API over one pooled `httpx.AsyncClient`: envelopes, retries, part PUTs."""

from __future__ import annotations

import asyncio
import hashlib
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx

from facturist.client.errors import ApiError, ClientError, TransportError

T = TypeVar("T")
READ_CHUNK = 256 * 1024  # bytes read from disk per step while streaming a part
USER_AGENT = "facturist-client/0.1"


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter; `Retry-After` from the server wins when longer."""

    attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to sleep before try number `attempt + 1` (attempt counts from 1)."""
        backoff = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        jittered = random.uniform(backoff / 2, backoff)
        return max(jittered, retry_after or 0.0)


def _retry_after(response: httpx.Response, body: object) -> float | None:
    header = response.headers.get("retry-after", "")
    if header.strip().isdigit():
        return float(header)
    if isinstance(body, dict):
        details = (body.get("error") or {}).get("details") or {}
        seconds = details.get("retry_after_seconds") if isinstance(details, dict) else None
        if isinstance(seconds, int | float):
            return float(seconds)
    return None


class RetryableError(Exception):
    """Internal marker: wraps a `ClientError` that may be retried after `retry_after`."""

    def __init__(self, error: ClientError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


async def with_retries(
    policy: RetryPolicy,
    attempt_once: Callable[[], Awaitable[T]],
    on_retry: Callable[[ClientError, float], None] | None = None,
) -> T:
    """Run `attempt_once` until it returns, or raise the last error once attempts run out."""
    attempt = 1
    while True:
        try:
            return await attempt_once()
        except RetryableError as retry:
            if attempt >= policy.attempts:
                raise retry.error from None
            pause = policy.delay(attempt, retry.retry_after)
            if on_retry is not None:
                on_retry(retry.error, pause)
            await asyncio.sleep(pause)
            attempt += 1


def _transport_error(exc: httpx.HTTPError) -> RetryableError:
    kind = "TIMEOUT" if isinstance(exc, httpx.TimeoutException) else "NETWORK_ERROR"
    return RetryableError(TransportError(kind, f"{type(exc).__name__}: {exc}", retryable=True))


class ApiTransport:
    """Calls under the API base URL with the key; retries what the server says may be retried."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        retry: RetryPolicy | None = None,
        max_connections: int = 32,
        timeout: float = 120.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.retry = retry or RetryPolicy()
        self.retries_seen = 0
        limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        self._api_headers = {"Authorization": f"Bearer {api_key}", "X-SDK-Name": "facturist"}
        # One pool for the API and the storage URLs; the key goes only on API calls.
        self.http = httpx.AsyncClient(
            limits=limits,
            timeout=httpx.Timeout(timeout, connect=30.0),
            headers={"User-Agent": USER_AGENT},
            transport=transport,
        )

    async def aclose(self) -> None:
        """Close the pooled connections."""
        await self.http.aclose()

    def _note_retry(self, error: ClientError, pause: float) -> None:
        self.retries_seen += 1

    async def call(
        self,
        method: str,
        path: str,
        *,
        json: object | None = None,
        params: dict[str, Any] | None = None,
        timeout: float | None = None,
        bare: bool = False,
    ) -> dict[str, Any]:
        """One API call; returns the JSON body, raises `ApiError` for an error envelope.

        `bare` accepts a body without `success` (the output-URL endpoint answers that way).
        """

        async def once() -> dict[str, Any]:
            try:
                response = await self.http.request(
                    method,
                    self.base_url + path,
                    json=json,
                    params={k: v for k, v in (params or {}).items() if v is not None},
                    headers=self._api_headers,
                    timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
                )
            except httpx.HTTPError as exc:
                raise _transport_error(exc) from exc
            try:
                body = response.json()
            except ValueError:
                body = None
            ok_shape = isinstance(body, dict) and (
                body.get("success") is True or (bare and response.status_code < 400)
            )
            # A failed extraction's status is HTTP 200 with success false: a payload, not an error.
            if isinstance(body, dict) and response.status_code < 400 and "status" in body:
                ok_shape = True
            if ok_shape and isinstance(body, dict):
                return body
            error = ApiError.from_response(response.status_code, body)
            if error.retryable:
                raise RetryableError(error, _retry_after(response, body))
            raise error

        return await with_retries(self.retry, once, self._note_retry)

    async def put_part(self, url: str, path: Path, offset: int, size: int) -> str:
        """Stream `size` bytes of `path` from `offset` to a part URL; returns its ETag.

        The body is read from disk in small steps while it is sent, so memory stays flat
        whatever the file size; an MD5 ETag is checked against the bytes sent.
        """

        async def once() -> str:
            md5 = hashlib.md5(usedforsecurity=False)

            async def body() -> AsyncIterator[bytes]:
                with path.open("rb") as fh:
                    fh.seek(offset)
                    left = size
                    while left > 0:
                        chunk = fh.read(min(READ_CHUNK, left))
                        if not chunk:
                            raise ClientError("FILE_CHANGED", f"{path} got shorter while uploading")
                        left -= len(chunk)
                        md5.update(chunk)
                        yield chunk

            try:
                response = await self.http.put(
                    url, content=body(), headers={"Content-Length": str(size)}
                )
            except httpx.HTTPError as exc:
                raise _transport_error(exc) from exc
            if response.status_code >= 400:
                try:
                    payload: object = response.json()
                except ValueError:
                    payload = None
                error = ApiError.from_response(response.status_code, payload)
                if error.retryable:
                    raise RetryableError(error, _retry_after(response, payload))
                raise error
            etag = str(response.headers.get("etag", ""))
            bare_tag = etag.strip('"')
            if len(bare_tag) == 32 and "-" not in bare_tag and bare_tag != md5.hexdigest():
                raise RetryableError(
                    ClientError("ETAG_MISMATCH", "The stored part differs from the bytes sent.")
                )
            return etag

        return await with_retries(self.retry, once, self._note_retry)

    async def download(self, url: str, target: Path) -> int:
        """Stream a storage URL to `target` (written beside it, then renamed); returns bytes."""

        async def once() -> int:
            tmp = target.with_name(target.name + ".part")
            written = 0
            try:
                async with self.http.stream("GET", url) as response:
                    if response.status_code >= 400:
                        error = ApiError.from_response(response.status_code, None)
                        if error.retryable:
                            raise RetryableError(error)
                        raise error
                    with tmp.open("wb") as out:
                        async for chunk in response.aiter_bytes():
                            out.write(chunk)
                            written += len(chunk)
            except httpx.HTTPError as exc:
                raise _transport_error(exc) from exc
            tmp.replace(target)
            return written

        return await with_retries(self.retry, once, self._note_retry)
