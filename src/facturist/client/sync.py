"""`FacturistClient`: the same calls, blocking. It drives the asyncio client on a private
event loop, so both tiers share one implementation (and one connection pool per client)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from facturist.client.batch import BatchResult
from facturist.client.core import AsyncFacturistClient, Prompt, UploadResult
from facturist.client.updates import OnUpdate

T = TypeVar("T")


class FacturistClient:
    """Blocking client; do not call it from inside a running event loop (use the async one)."""

    def __init__(self, base_url: str, api_key: str, **options: Any) -> None:
        self._loop = asyncio.new_event_loop()
        self._async = self._run(_make(base_url, api_key, options))

    def _run(self, awaitable: Awaitable[T]) -> T:
        return self._loop.run_until_complete(awaitable)

    def close(self) -> None:
        """Close the pool and the private loop."""
        if not self._loop.is_closed():
            self._run(self._async.aclose())
            self._loop.close()

    def __enter__(self) -> FacturistClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def upload_files(
        self,
        paths: Sequence[Path | str],
        *,
        upload_session_id: str,
        on_update: OnUpdate | None = None,
    ) -> UploadResult:
        """See `AsyncFacturistClient.upload_files`."""
        return self._run(
            self._async.upload_files(
                paths, upload_session_id=upload_session_id, on_update=on_update
            )
        )

    def submit_extraction(
        self,
        *,
        upload_session_id: str,
        file_ids: Sequence[str],
        prompt: Prompt,
        output_structure: str = "automatic",
        submission_id: str,
        task_name: str | None = None,
        options: dict[str, Any] | None = None,
    ) -> str:
        """See `AsyncFacturistClient.submit_extraction`."""
        return self._run(
            self._async.submit_extraction(
                upload_session_id=upload_session_id,
                file_ids=file_ids,
                prompt=prompt,
                output_structure=output_structure,
                submission_id=submission_id,
                task_name=task_name,
                options=options,
            )
        )

    def get_status(self, extraction_id: str, wait: int | None = None) -> dict[str, Any]:
        """See `AsyncFacturistClient.get_status`."""
        return self._run(self._async.get_status(extraction_id, wait))

    def wait(
        self, extraction_id: str, *, on_update: OnUpdate | None = None, **options: Any
    ) -> dict[str, Any]:
        """See `AsyncFacturistClient.wait`."""
        return self._run(self._async.wait(extraction_id, on_update=on_update, **options))

    def download_output(self, extraction_id: str, fmt: str, target: Path) -> Path:
        """See `AsyncFacturistClient.download_output`."""
        return self._run(self._async.download_output(extraction_id, fmt, target))

    def iterate_results(
        self, extraction_id: str, *, page_size: int = 1000
    ) -> Iterator[dict[str, Any]]:
        """See `AsyncFacturistClient.iterate_results`."""
        rows = self._async.iterate_results(extraction_id, page_size=page_size)
        while True:
            try:
                yield self._run(rows.__anext__())
            except StopAsyncIteration:
                return

    def iterate_extractions(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """See `AsyncFacturistClient.iterate_extractions`."""
        items = self._async.iterate_extractions(**filters)
        while True:
            try:
                yield self._run(items.__anext__())
            except StopAsyncIteration:
                return

    def cancel(self, extraction_id: str) -> dict[str, Any]:
        """See `AsyncFacturistClient.cancel`."""
        return self._run(self._async.cancel(extraction_id))

    def delete(self, extraction_id: str) -> dict[str, Any]:
        """See `AsyncFacturistClient.delete`."""
        return self._run(self._async.delete(extraction_id))

    def credits_balance(self) -> dict[str, Any]:
        """See `AsyncFacturistClient.credits_balance`."""
        return self._run(self._async.credits_balance())

    def extract(self, paths: Sequence[Path | str], **job: Any) -> BatchResult:
        """See `facturist.client.batch.run_batch`."""
        return self._run(self._async.extract(paths, **job))


async def _make(base_url: str, api_key: str, options: dict[str, Any]) -> AsyncFacturistClient:
    # Built inside the loop so that its locks and pool belong to it.
    return AsyncFacturistClient(base_url, api_key, **options)
