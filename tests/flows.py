"""Upload and extraction flows over plain HTTP, for contract tests."""

from __future__ import annotations

import hashlib
import math
import time
import uuid
from typing import Any

import requests

from http_api import Api


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:16]}"


def create_session(
    api: Api, files: list[tuple[str, bytes]], session_id: str | None = None
) -> dict[str, Any]:
    body = {
        "upload_session_id": session_id or new_id("sess"),
        "files": [
            {"file_id": f"f{i}", "file_name": name, "file_size_bytes": len(data)}
            for i, (name, data) in enumerate(files)
        ],
    }
    response = api.post("/uploads/sessions", body)
    assert response.status_code == 200, response.text
    return response.json()


def put_file(
    api: Api, session_id: str, file_id: str, data: bytes, part_size: int
) -> list[dict[str, Any]]:
    """Upload every part of one file; returns the completion `parts` list."""
    count = max(1, math.ceil(len(data) / part_size))
    response = api.post(
        f"/uploads/sessions/{session_id}/parts",
        {"file_id": file_id, "part_numbers": list(range(1, count + 1))},
    )
    assert response.status_code == 200, response.text
    parts = []
    for item in response.json()["part_urls"]:
        n = item["part_number"]
        chunk = data[(n - 1) * part_size : n * part_size]
        put = requests.put(item["url"], data=chunk, timeout=60)
        assert put.status_code == 200, put.text
        assert put.headers["ETag"] == f'"{hashlib.md5(chunk).hexdigest()}"'
        parts.append({"part_number": n, "e_tag": put.headers["ETag"]})
    return parts


def upload(api: Api, files: list[tuple[str, bytes]]) -> tuple[str, list[str]]:
    """Create a session and upload and complete every file; returns (session id, file ids)."""
    created = create_session(api, files)
    session_id = created["upload_session_id"]
    part_size = created["files"][0]["part_size"]
    ids = []
    for i, (_, data) in enumerate(files):
        parts = put_file(api, session_id, f"f{i}", data, part_size)
        done = api.post(
            f"/uploads/sessions/{session_id}/complete", {"file_id": f"f{i}", "parts": parts}
        )
        assert done.status_code == 200, done.text
        ids.append(f"f{i}")
    return session_id, ids


def submit(
    api: Api,
    session_id: str,
    file_ids: list[str],
    prompt: Any = "Extract invoice number, date, vendor name, and total amount",
    structure: str = "per_invoice",
    **options: Any,
) -> str:
    body: dict[str, Any] = {
        "submission_id": new_id("sub"),
        "upload_session_id": session_id,
        "file_ids": file_ids,
        "task_name": "contract-test",
        "prompt": prompt,
        "output_structure": structure,
    }
    if options:
        body["options"] = options
    response = api.post("/extractions", body)
    assert response.status_code == 202, response.text
    return str(response.json()["extraction_id"])


def wait_done(api: Api, extraction_id: str, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = api.get(f"/extractions/{extraction_id}", wait=20).json()
        if body["status"] != "processing":
            return dict(body)
    raise AssertionError(f"extraction {extraction_id} still processing after {timeout}s")


def wait_progress(
    api: Api, extraction_id: str, at_least: int, timeout: float = 120, interval: float = 0.6
) -> None:
    """Poll until the extraction is at least `at_least` percent done, still processing.

    The default interval keeps under the status bucket's 120 calls a minute: a loop at 0.2 s
    ran into 429 (a body without "progress") when the workers stalled for half a minute.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = api.get(f"/extractions/{extraction_id}").json()
        assert body.get("status") == "processing", body
        if body["progress"] >= at_least:
            return
        time.sleep(interval)
    raise AssertionError(f"extraction {extraction_id} below {at_least}% after {timeout}s")


def extract(api: Api, files: list[tuple[str, bytes]], **kwargs: Any) -> dict[str, Any]:
    session_id, ids = upload(api, files)
    return wait_done(api, submit(api, session_id, ids, **kwargs))
