"""A scaled Facturist on loopback: API processes and Celery workers as subprocesses."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from live_server import LiveServer


@dataclass
class Cluster:
    """API processes and Celery workers sharing one database, broker and data directory."""

    root: Path
    env: dict[str, str]
    apis: list[LiveServer] = field(default_factory=list)
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def add_api(self) -> LiveServer:
        api = LiveServer(self.root / "data", workers=0)
        api.env.update(self.env)
        api.start()
        self.apis.append(api)
        return api

    def add_worker(self) -> subprocess.Popen[bytes]:
        log = (self.root / f"worker-{len(self.workers)}.log").open("ab")
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "facturist.cli.main",
                "worker",
                "--concurrency",
                "1",
                "--pool",
                "solo",
                "--data-dir",
                str(self.root / "data"),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **self.env},
        )
        self.workers.append(proc)
        return proc

    def kill_worker(self, index: int) -> None:
        self.workers[index].send_signal(signal.SIGKILL)
        self.workers[index].wait(10)

    def report(self) -> str:
        """What a failed test needs to say why: each process's state, its log's tail, the jobs."""
        parts = []
        for index, proc in enumerate(self.workers):
            log = self.root / f"worker-{index}.log"
            tail = log.read_text(errors="replace")[-4000:] if log.exists() else "(no log)"
            parts.append(f"--- worker {index} (pid {proc.pid}, exit {proc.poll()}) ---\n{tail}")
        for api in self.apis:
            parts.append(f"--- api {api.url} ---\n{api.log()}")
        parts.append(f"--- jobs ---\n{self._jobs()}")
        return "\n".join(parts)

    def _jobs(self) -> str:
        url = self.env.get("FACTURIST_DATABASE_URL", "").replace("+psycopg", "")
        try:
            with psycopg.connect(url, connect_timeout=5) as conn:
                rows = conn.execute(
                    "SELECT id, kind, status, attempts, run_after, locked_by, locked_until,"
                    " left(last_error, 300) FROM jobs ORDER BY id"
                ).fetchall()
        except Exception as exc:  # a report must not hide the failure it reports
            return f"(jobs not readable: {exc})"
        return "\n".join(" | ".join(str(cell) for cell in row) for row in rows) or "(none)"

    def close(self) -> None:
        for proc in self.workers:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.workers:
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
        for api in self.apis:
            api.stop()
