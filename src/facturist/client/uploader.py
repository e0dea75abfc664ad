"""Uploading one session's files: bounded concurrency, parts streamed from disk, resumable."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from facturist.client.errors import ApiError, ClientError
from facturist.client.transport import ApiTransport

# Part URLs expire after 15 minutes, so they are asked for a few at a time, right before use.
PART_URLS_PER_REQUEST = 8


@dataclass(frozen=True)
class UploadItem:
    """What the uploader needs about one file."""

    file_id: str
    path: Path
    upload_name: str
    size: int


@dataclass
class UploadCounters:
    """What an upload run did, for summaries and for tests of resume."""

    uploaded: int = 0  # files whose bytes were sent in this run
    already_done: int = 0  # files found complete (from the state file or the server)
    failed: int = 0
    bytes_sent: int = 0


async def create_session(api: ApiTransport, session_id: str, items: Sequence[UploadItem]) -> int:
    """Register (or find again, idempotently) the session; returns its part size."""
    body = await api.call(
        "POST",
        "/uploads/sessions",
        json={
            "upload_session_id": session_id,
            "files": [
                {"file_id": i.file_id, "file_name": i.upload_name, "file_size_bytes": i.size}
                for i in items
            ],
        },
    )
    return int(body["files"][0]["part_size"])


async def _upload_one(
    api: ApiTransport,
    session_id: str,
    item: UploadItem,
    part_size: int,
    put_slots: asyncio.Semaphore,
    counters: UploadCounters,
) -> bool:
    """Send one file's parts and complete it; False when the server already had it complete."""
    total_parts = max(1, math.ceil(item.size / part_size))
    parts: list[dict[str, object]] = []
    for first in range(1, total_parts + 1, PART_URLS_PER_REQUEST):
        numbers = list(range(first, min(total_parts, first + PART_URLS_PER_REQUEST - 1) + 1))
        try:
            answer = await api.call(
                "POST",
                f"/uploads/sessions/{session_id}/parts",
                json={"file_id": item.file_id, "part_numbers": numbers},
            )
        except ApiError as exc:
            if exc.code == "FILE_NOT_UPLOADABLE" and (exc.details or {}).get("status") == (
                "completed"
            ):
                return False  # completed before an interruption; nothing to send
            raise

        async def put(number: int, url: str) -> dict[str, object]:
            offset = (number - 1) * part_size
            length = min(part_size, item.size - offset)
            async with put_slots:
                etag = await api.put_part(url, item.path, offset, length)
            counters.bytes_sent += length
            return {"part_number": number, "e_tag": etag}

        parts += await asyncio.gather(
            *(put(int(p["part_number"]), str(p["url"])) for p in answer["part_urls"])
        )
    parts.sort(key=lambda p: int(str(p["part_number"])))
    await api.call(
        "POST",
        f"/uploads/sessions/{session_id}/complete",
        json={"file_id": item.file_id, "parts": parts},
    )
    return True


async def upload_session_files(
    api: ApiTransport,
    session_id: str,
    items: Sequence[UploadItem],
    done_ids: set[str],
    *,
    concurrency: int = 8,
    on_file: Callable[[UploadItem, ClientError | None], None] | None = None,
) -> UploadCounters:
    """Upload every file not in `done_ids`; a failing file is reported and the rest go on."""
    counters = UploadCounters(already_done=sum(1 for i in items if i.file_id in done_ids))
    part_size = await create_session(api, session_id, items)
    queue: asyncio.Queue[UploadItem] = asyncio.Queue()
    for item in items:
        if item.file_id not in done_ids:
            queue.put_nowait(item)
    put_slots = asyncio.Semaphore(concurrency)

    async def worker() -> None:
        while True:
            try:
                item = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            error: ClientError | None = None
            try:
                sent = await _upload_one(api, session_id, item, part_size, put_slots, counters)
            except ClientError as exc:
                error = exc
                counters.failed += 1
            except OSError as exc:
                error = ClientError("FILE_UNREADABLE", f"{item.path}: {exc}")
                counters.failed += 1
            else:
                if sent:
                    counters.uploaded += 1
                else:
                    counters.already_done += 1
            if on_file is not None:
                on_file(item, error)

    await asyncio.gather(*(worker() for _ in range(max(1, min(concurrency, queue.qsize())))))
    return counters
