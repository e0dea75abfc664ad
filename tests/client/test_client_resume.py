"""A CLI run killed mid-upload continues on the next run: nothing re-uploaded or re-submitted."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from client_support import PROMPT, write_invoices

from live_server import LiveServer

FILES = 150


def _cli(server: LiveServer, key: str, folder: Path, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "facturist.cli.main",
        "extract",
        str(folder),
        "--prompt",
        PROMPT,
        "--structure",
        "per_invoice",
        "--format",
        "json",
        "--out",
        str(out),
        "--server",
        server.api,
        "--api-key",
        key,
        "--concurrency",
        "1",
    ]


def _completed_on_server(server: LiveServer) -> tuple[int, int]:
    with sqlite3.connect(server.data_dir / "facturist.db") as db:
        files = db.execute("SELECT count(*) FROM upload_files WHERE status='completed'").fetchone()
        sessions = db.execute("SELECT count(*) FROM upload_sessions").fetchone()
    return int(files[0]), int(sessions[0])


def test_killed_run_resumes_without_duplicates(client_server: LiveServer, tmp_path: Path) -> None:
    key = client_server.create_key("resume")
    folder = tmp_path / "in"
    write_invoices(folder, FILES)
    out = tmp_path / "out"
    state_file = out / ".facturist-state.json"
    first = subprocess.Popen(
        _cli(client_server, key, folder, out), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if state_file.exists():
                chunks = json.loads(state_file.read_text())["chunks"]
                if len(chunks[0]["completed"]) >= 20:
                    break
            time.sleep(0.05)
        else:
            raise AssertionError("the first run never got going")
        os.kill(first.pid, signal.SIGKILL)
    finally:
        first.communicate(timeout=30)
    assert first.returncode == -signal.SIGKILL
    saved = json.loads(state_file.read_text())["chunks"][0]
    assert saved["extraction_id"] is None, "killed before submitting"
    # A completion the client sent just before it died may still be finishing on the server:
    # read the count once it has stopped moving.
    done_before, sessions = _completed_on_server(client_server)
    settle_by = time.monotonic() + 10
    while time.monotonic() < settle_by:
        time.sleep(0.5)
        again = _completed_on_server(client_server)
        if again == (done_before, sessions):
            break
        done_before, sessions = again
    assert 20 <= done_before < FILES and sessions == 1

    second = subprocess.run(
        [*_cli(client_server, key, folder, out), "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert second.returncode == 0, second.stdout + second.stderr
    line = next(x for x in second.stdout.splitlines() if x.startswith("uploaded now / before"))
    now, before = (int(n) for n in line.split()[-3::2])
    assert now == FILES - done_before  # files complete on the server were not sent again
    assert before == done_before
    assert _completed_on_server(client_server) == (FILES, 1)  # still one session

    from facturist.client import FacturistClient

    with FacturistClient(client_server.api, key) as client:
        extractions = list(client.iterate_extractions())
    assert len(extractions) == 1 and extractions[0]["file_count"] == FILES
    rows = json.loads((out / "extraction.json").read_text())
    assert len(rows) == FILES

    # A third run finds everything done: it neither uploads nor submits again.
    third = subprocess.run(
        [*_cli(client_server, key, folder, out), "--quiet"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert third.returncode == 0, third.stderr
    assert "0 / 0" in third.stdout or f"0 / {FILES}" in third.stdout
    with FacturistClient(client_server.api, key) as client:
        assert len(list(client.iterate_extractions())) == 1
