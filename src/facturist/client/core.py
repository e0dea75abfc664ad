"""`AsyncFacturistClient`: the v1 API in staged calls, plus `extract` for whole batches."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from facturist.client.batch import BatchResult, run_batch
from facturist.client.errors import ClientError, ExtractionFailed
from facturist.client.files import LocalFile, Rejected, collect_paths, validate
from facturist.client.state import MAX_FILES_PER_CHUNK
from facturist.client.transport import ApiTransport, RetryPolicy
from facturist.client.updates import Level, OnUpdate, Update, emit
from facturist.client.uploader import UploadCounters, UploadItem, upload_session_files

TERMINAL = ("completed", "failed", "cancelled", "input_required")
Prompt = str | dict[str, Any]


def upload_items(files: Sequence[LocalFile]) -> list[UploadItem]:
    """Upload items for validated files."""
    return [UploadItem(f.file_id, f.path, f.upload_name, f.size) for f in files]


class UploadResult:
    """One upload session: the completed file ids, the failures and the rejected files."""

    def __init__(
        self,
        upload_session_id: str,
        file_ids: list[str],
        failed: dict[str, str],
        rejected: list[Rejected],
        counters: UploadCounters,
    ) -> None:
        self.upload_session_id = upload_session_id
        self.file_ids = file_ids
        self.failed = failed
        self.rejected = rejected
        self.counters = counters


class AsyncFacturistClient:
    """A client for any v1 server (Facturist or the hosted service), over pooled connections."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        concurrency: int = 8,
        retry: RetryPolicy | None = None,
        submits_per_minute: int = 30,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.concurrency = concurrency
        self.api = ApiTransport(
            base_url,
            api_key,
            retry=retry,
            max_connections=max(4, concurrency * 2),
            transport=transport,
        )
        self._submit_gap = 60.0 / submits_per_minute if submits_per_minute > 0 else 0.0
        self._last_submit = -1e9
        self._submit_lock = asyncio.Lock()

    async def __aenter__(self) -> AsyncFacturistClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self.api.aclose()

    # -- uploads ---------------------------------------------------------------------------
    async def upload_files(
        self,
        paths: Sequence[Path | str],
        *,
        upload_session_id: str,
        done_ids: set[str] | None = None,
        on_update: OnUpdate | None = None,
    ) -> UploadResult:
        """Validate and upload files into one session (at most 6,000); bad files are skipped."""
        accepted, rejected = validate(collect_paths(Path(p) for p in paths))
        for bad in rejected:
            emit(on_update, Update("validate", f"{bad.path}: {bad.reason}", "warning"))
        if len(accepted) > MAX_FILES_PER_CHUNK:
            raise ClientError(
                "TOO_MANY_FILES",
                f"{len(accepted)} files; one session holds {MAX_FILES_PER_CHUNK}: use extract()",
            )
        failed: dict[str, str] = {}
        items = upload_items(accepted)
        if not items:
            return UploadResult(upload_session_id, [], failed, rejected, UploadCounters())
        progress = [0]

        def on_file(item: UploadItem, error: ClientError | None) -> None:
            progress[0] += 1
            if error is not None:
                failed[item.file_id] = str(error)
            message = f"{item.upload_name}: {error}" if error else item.upload_name
            level: Level = "warning" if error else "info"
            emit(on_update, Update("upload", message, level, progress[0], len(items)))

        counters = await self.upload_items(
            upload_session_id, items, done_ids or set(), on_file=on_file
        )
        ok = [i.file_id for i in items if i.file_id not in failed]
        return UploadResult(upload_session_id, ok, failed, rejected, counters)

    async def upload_items(
        self,
        upload_session_id: str,
        items: Sequence[UploadItem],
        done_ids: set[str],
        *,
        on_file: Any = None,
    ) -> UploadCounters:
        """Upload already-validated items; files in `done_ids` are not sent again."""
        return await upload_session_files(
            self.api,
            upload_session_id,
            items,
            done_ids,
            concurrency=self.concurrency,
            on_file=on_file,
        )

    # -- extractions -----------------------------------------------------------------------
    async def submit_extraction(
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
        """Start an extraction (idempotent on `submission_id`), paced under the submit limit."""
        body: dict[str, Any] = {
            "submission_id": submission_id,
            "upload_session_id": upload_session_id,
            "file_ids": list(file_ids),
            "task_name": task_name or f"facturist_{datetime.now():%Y%m%d_%H%M%S}",
            "prompt": prompt,
            "output_structure": output_structure,
        }
        if options:
            body["options"] = options
        async with self._submit_lock:
            pause = self._last_submit + self._submit_gap - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)
            self._last_submit = time.monotonic()
        answer = await self.api.call("POST", "/extractions", json=body)
        return str(answer["extraction_id"])

    async def get_status(self, extraction_id: str, wait: int | None = None) -> dict[str, Any]:
        """The status payload; with `wait`, held by the server up to that many seconds."""
        timeout = None if wait is None else wait + 30.0
        return await self.api.call(
            "GET", f"/extractions/{extraction_id}", params={"wait": wait}, timeout=timeout
        )

    async def wait(
        self,
        extraction_id: str,
        *,
        on_update: OnUpdate | None = None,
        wait_seconds: int = 30,
        timeout: float | None = None,
        raise_on_failure: bool = False,
    ) -> dict[str, Any]:
        """Long-poll until the extraction leaves `processing`; returns the final payload."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            payload = await self.get_status(extraction_id, wait=wait_seconds)
            status = str(payload.get("status"))
            progress = payload.get("progress")
            emit(
                on_update,
                Update(
                    "process",
                    status,
                    "error" if status == "failed" else "info",
                    int(progress) if isinstance(progress, int | float) else None,
                    100 if isinstance(progress, int | float) else None,
                    extraction_id,
                ),
            )
            if status in TERMINAL:
                if status == "failed" and raise_on_failure:
                    raise ExtractionFailed(extraction_id, payload.get("error") or {})
                return payload
            if deadline is not None and time.monotonic() > deadline:
                raise ClientError(
                    "WAIT_TIMEOUT", f"{extraction_id} still processing", retryable=True
                )

    async def download_output(self, extraction_id: str, fmt: str, target: Path) -> Path:
        """Fetch a fresh download URL and stream the output file to `target`."""
        answer = await self.api.call(
            "GET", f"/extractions/{extraction_id}/output", params={"format": fmt}, bare=True
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        await self.api.download(str(answer["download_url"]), target)
        return target

    async def iterate_results(
        self, extraction_id: str, *, page_size: int = 1000
    ) -> AsyncIterator[dict[str, Any]]:
        """Every result row, page by page."""
        offset: int | None = 0
        while offset is not None:
            page = await self.api.call(
                "GET",
                f"/extractions/{extraction_id}/results",
                params={"offset": offset, "limit": page_size},
            )
            for row in page["rows"]:
                yield row
            next_offset = page.get("next_offset")
            offset = int(next_offset) if page.get("has_more") and next_offset is not None else None

    async def iterate_extractions(self, **filters: Any) -> AsyncIterator[dict[str, Any]]:
        """Every extraction visible to the key, newest first (filters as the list endpoint)."""
        cursor: str | None = None
        while True:
            page = await self.api.call(
                "GET", "/extractions", params={**filters, "limit": 100, "cursor": cursor}
            )
            for item in page["extractions"]:
                yield item
            if not page.get("has_more") or not page.get("next_cursor"):
                return
            cursor = str(page["next_cursor"])

    async def cancel(self, extraction_id: str) -> dict[str, Any]:
        """Ask a running extraction to stop."""
        return await self.api.call("POST", f"/extractions/{extraction_id}/cancel")

    async def delete(self, extraction_id: str) -> dict[str, Any]:
        """Delete an extraction with its outputs and source files."""
        return await self.api.call("DELETE", f"/extractions/{extraction_id}")

    async def credits_balance(self) -> dict[str, Any]:
        """The account's credits (also a cheap check of the key)."""
        return await self.api.call("GET", "/credits/balance")

    async def extract(self, paths: Sequence[Path | str], **job: Any) -> BatchResult:
        """Validate, upload, submit, wait, download and merge a batch of any size, resumably.

        Keyword arguments are those of `facturist.client.batch.run_batch`.
        """
        return await run_batch(self, [Path(p) for p in paths], **job)
