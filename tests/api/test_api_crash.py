"""`kill -9` the server mid-batch, start it again: every page once, credits charged once."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from facturist.samples import random_invoice, render_pdf
from flows import submit, upload, wait_done, wait_progress
from http_api import Api
from live_server import LiveServer

FILES = 50


@pytest.fixture()
def slow_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path_factory.mktemp("crash") / "data", workers=2)
    live.env["FACTURIST_FREE_CREDITS_PER_MONTH"] = "1000"
    live.env["FACTURIST_FAULT_PAGE_DELAY_MS"] = "120"
    live.env["FACTURIST_JOB_LEASE_SECONDS"] = "10"
    live.start()
    yield live
    live.stop()


@pytest.mark.slow
def test_kill_9_mid_batch_then_restart(slow_server: LiveServer) -> None:
    api = Api(slow_server.api, slow_server.create_key("crash"))
    before = api.get("/credits/balance").json()["credits_balance"]
    files = [
        (f"inv-{i:02d}.pdf", render_pdf(random_invoice(100 + i, language="en", lines=2)))
        for i in range(FILES)
    ]
    session_id, ids = upload(api, files)
    eid = submit(api, session_id, ids)
    deadline = time.monotonic() + 60
    while True:
        status = api.get(f"/extractions/{eid}").json()
        assert status["status"] == "processing", "finished before the crash could happen"
        if status["progress"] >= 20:
            break
        assert time.monotonic() < deadline
        time.sleep(0.2)
    slow_server.kill()
    slow_server.start()
    done = wait_done(api, eid, timeout=180)
    assert done["status"] == "completed", done
    assert done["pages"]["successful_count"] == FILES
    assert done["pages"]["failed_count"] == 0
    assert sorted(p["file_name"] for p in done["pages"]["successful"]) == [
        name for name, _ in files
    ]
    assert done["credits_deducted"] == FILES
    assert api.get("/credits/balance").json()["credits_balance"] == before - FILES
    results = api.get(f"/extractions/{eid}/results", limit=1000).json()
    assert results["total_rows"] == FILES == len(results["rows"])
    sources = [r["Source File"] for r in results["rows"]]
    assert sorted(sources) == sorted(f"{name} (Page 1)" for name, _ in files)


def _worker_pids(server: LiveServer) -> list[int]:
    assert server.process is not None
    pid = server.process.pid
    children = []  # a worker restarted by the supervisor thread is that thread's child
    for task in os.listdir(f"/proc/{pid}/task"):
        children += Path(f"/proc/{pid}/task/{task}/children").read_text().split()
    pids = []
    for child in children:
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except FileNotFoundError:
            continue
        if b"multiprocessing" in cmdline and b"resource_tracker" not in cmdline:
            pids.append(int(child))
    return pids


@pytest.mark.slow
def test_killed_worker_is_replaced_and_its_file_redone(slow_server: LiveServer) -> None:
    import signal

    api = Api(slow_server.api, slow_server.create_key("worker-crash"))
    files = [
        (f"w-{i:02d}.pdf", render_pdf(random_invoice(200 + i, language="en", lines=2)))
        for i in range(20)
    ]
    session_id, ids = upload(api, files)
    eid = submit(api, session_id, ids)
    wait_progress(api, eid, 10, interval=0.2)
    workers = _worker_pids(slow_server)
    assert len(workers) == 2
    os.kill(workers[0], signal.SIGKILL)
    done = wait_done(api, eid, timeout=120)
    assert done["status"] == "completed"
    assert done["pages"]["successful_count"] == 20 == done["credits_deducted"]
    assert api.get(f"/extractions/{eid}/results").json()["total_rows"] == 20
    deadline = time.monotonic() + 20
    while len(_worker_pids(slow_server)) != 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(_worker_pids(slow_server)) == 2


@pytest.mark.slow
def test_cancel_stops_and_charges_work_done(slow_server: LiveServer) -> None:
    api = Api(slow_server.api, slow_server.create_key("canceller"))
    before = api.get("/credits/balance").json()["credits_balance"]
    files = [
        (f"c-{i:02d}.pdf", render_pdf(random_invoice(300 + i, language="en", lines=1)))
        for i in range(30)
    ]
    session_id, ids = upload(api, files)
    eid = submit(api, session_id, ids)
    wait_progress(api, eid, 10, interval=0.2)
    assert api.call("POST", f"/extractions/{eid}/cancel").json()["cancellation_requested"] is True
    done = wait_done(api, eid, timeout=60)
    assert done["status"] == "cancelled" and done["cancellation_reason"] == "user"
    assert 0 < done["credits_deducted"] < 30
    assert done["credits_balance"] == before - done["credits_deducted"]
    repeat = api.call("POST", f"/extractions/{eid}/cancel").json()
    assert (
        repeat["status"] == "cancelled" and repeat["credits_deducted"] == done["credits_deducted"]
    )
    assert api.get(f"/extractions/{eid}/results").json()["error"]["code"] == "OUTPUT_NOT_AVAILABLE"
    assert api.call("DELETE", f"/extractions/{eid}").json() == {"success": True}
