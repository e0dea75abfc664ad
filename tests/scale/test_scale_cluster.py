"""Two stateless API processes and three Celery workers on PostgreSQL and Redis, on loopback."""

from __future__ import annotations

import json
import time

import pytest
import requests

from facturist.samples import random_invoice, render_pdf
from flows import submit, upload, wait_done, wait_progress
from http_api import Api

pytestmark = [pytest.mark.services, pytest.mark.slow]


def files(prefix: str, count: int, seed: int) -> list[tuple[str, bytes]]:
    return [
        (f"{prefix}-{i:03d}.pdf", render_pdf(random_invoice(seed + i, language="en", lines=1)))
        for i in range(count)
    ]


def test_any_api_process_serves_any_step(cluster) -> None:  # type: ignore[no-untyped-def]
    key = cluster.apis[0].create_key("spread")
    first, second = Api(cluster.apis[0].api, key), Api(cluster.apis[1].api, key)
    created = first.post(
        "/uploads/sessions",
        {
            "upload_session_id": "probe",
            "files": [{"file_id": "p", "file_name": "p.pdf", "file_size_bytes": 9}],
        },
    ).json()
    assert created["success"]
    part = first.post("/uploads/sessions/probe/parts", {"file_id": "p", "part_numbers": [1]}).json()
    # API processes never carry file bytes: clients PUT straight to the object store.
    assert not part["part_urls"][0]["url"].startswith(cluster.apis[0].url)
    assert part["part_urls"][0]["url"].startswith(s3_endpoint(cluster))
    session_id, ids = upload(first, files("spread", 2, 500))
    eid = submit(second, session_id, ids)
    # Long-poll through the other process until done; a busy machine may need several waits
    # (speed is measured in benchmarks/scale_bench.py, not here).
    deadline = time.monotonic() + 240
    held = first.get(f"/extractions/{eid}", wait=30).json()
    while held["status"] not in ("completed", "failed") and time.monotonic() < deadline:
        held = first.get(f"/extractions/{eid}", wait=30).json()
    assert held["status"] == "completed", held
    rows = second.get(f"/extractions/{eid}/results").json()["rows"]
    assert len(rows) == 2
    for api in (first, second):
        url = api.get(f"/extractions/{eid}/output", format="json").json()["download_url"]
        assert requests.get(url, timeout=30).json() == rows


def s3_endpoint(cluster) -> str:  # type: ignore[no-untyped-def]
    return str(cluster.env["FACTURIST_S3_ENDPOINT_URL"])


def test_rate_limits_are_shared_between_api_processes(cluster) -> None:  # type: ignore[no-untyped-def]
    key = cluster.apis[0].create_key("limited")
    apis = [Api(a.api, key) for a in cluster.apis]
    codes = [apis[i % 2].get("/credits/balance").status_code for i in range(5)]
    assert codes == [200, 200, 200, 200, 429]


def test_worker_killed_mid_batch(cluster) -> None:  # type: ignore[no-untyped-def]
    api = Api(cluster.apis[0].api, cluster.apis[0].create_key("crashy"))
    batch = files("crash", 30, 600)
    session_id, ids = upload(api, batch)
    before = api.get("/credits/balance").json()["credits_balance"]
    eid = submit(api, session_id, ids)
    wait_progress(api, eid, 20)
    cluster.kill_worker(0)
    done = wait_done(api, eid, timeout=180)
    assert done["status"] == "completed", done
    assert done["pages"]["successful_count"] == 30 == done["credits_deducted"]
    assert sorted(p["file_name"] for p in done["pages"]["successful"]) == [n for n, _ in batch]
    rows = api.get(f"/extractions/{eid}/results", limit=1000).json()
    assert rows["total_rows"] == 30
    assert sorted(r["Source File"] for r in rows["rows"]) == sorted(
        f"{n} (Page 1)" for n, _ in batch
    )
    assert api.get("/credits/balance").json()["credits_balance"] == before - 30


def test_small_batch_is_not_starved_by_a_big_one(cluster) -> None:  # type: ignore[no-untyped-def]
    big = Api(cluster.apis[0].api, cluster.apis[0].create_key("big-account"))
    small = Api(cluster.apis[1].api, cluster.apis[1].create_key("small-account"))
    big_session, big_ids = upload(big, files("big", 80, 700))
    small_session, small_ids = upload(small, files("small", 2, 800))
    big_id = submit(big, big_session, big_ids)
    time.sleep(1.0)
    small_id = submit(small, small_session, small_ids)
    assert wait_done(small, small_id, timeout=120)["status"] == "completed"
    assert big.get(f"/extractions/{big_id}").json()["status"] == "processing"
    assert wait_done(big, big_id, timeout=240)["status"] == "completed"


def test_api_killed_while_uploads_are_in_flight(cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The API process dies mid-upload and comes back: the client's retries finish the job."""
    import threading

    from facturist.client import FacturistClient
    from facturist.client.transport import RetryPolicy
    from facturist.client.updates import Update

    api = cluster.apis[0]
    key = api.create_key("uploader")
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files("flight", 120, 1000):
        (folder / name).write_bytes(data)
    uploaded = threading.Event()
    outcome: dict[str, object] = {}

    def on_update(update: Update) -> None:
        if update.stage == "upload" and (update.done or 0) >= 20:
            uploaded.set()

    def run() -> None:
        retry = RetryPolicy(attempts=15, base_delay=0.5, max_delay=4.0)
        with FacturistClient(api.api, key, concurrency=4, retry=retry) as client:
            outcome["result"] = client.extract(
                sorted(folder.iterdir()),
                prompt="Extract invoice number and total amount",
                output_structure="per_invoice",
                out_dir=tmp_path / "out",
                state_path=tmp_path / "out" / "state.json",
                on_update=on_update,
            )

    worker = threading.Thread(target=run)
    worker.start()
    assert uploaded.wait(120), "uploads never started"
    api.kill()
    api.start()
    worker.join(300)
    assert not worker.is_alive()
    result = outcome["result"]
    assert result.summary.ok, result.summary  # type: ignore[attr-defined]
    listing = Api(api.api, key).get("/extractions").json()["extractions"]
    assert len(listing) == 1 and listing[0]["status"] == "completed"
    assert listing[0]["file_count"] == 120
    rows = json.loads(result.outputs["json"].read_text())  # type: ignore[attr-defined]
    assert len(rows) == 120
