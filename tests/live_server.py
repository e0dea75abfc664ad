"""A real `facturist serve` in a subprocess, on a free port, with its own data directory."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def facturist_cli(*args: str, env: dict[str, str] | None = None) -> str:
    """Run the `facturist` command; returns stdout."""
    result = subprocess.run(
        [sys.executable, "-m", "facturist.cli.main", *args],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )
    return result.stdout


@dataclass
class LiveServer:
    data_dir: Path
    port: int = field(default_factory=free_port)
    env: dict[str, str] = field(default_factory=dict)
    workers: int = 2
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api(self) -> str:
        return self.url + "/v1"

    def full_env(self) -> dict[str, str]:
        return {**os.environ, "FACTURIST_DATA_DIR": str(self.data_dir), **self.env}

    def database_url(self) -> str:
        return self.full_env().get("FACTURIST_DATABASE_URL") or (
            f"sqlite:///{(self.data_dir / 'facturist.db').resolve()}"
        )

    def create_key(self, account: str = "default", *extra: str) -> str:
        """A new API key, made in-process through the service layer (the CLI's own path is
        tested in test_api_auth_limits; a subprocess per key would cost seconds each)."""
        from facturist.db.connection import Database
        from facturist.service import accounts

        database = Database(self.database_url())
        try:
            with database.session() as session:
                owner = accounts.get_or_create_account(
                    session, account, is_admin="--admin" in extra
                )
                return accounts.create_key(session, owner, "test")
        finally:
            database.dispose()

    def start(self, timeout: float = 60.0) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.data_dir.parent / f"server-{self.port}.log"
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "facturist.cli.main",
                "serve",
                "--port",
                str(self.port),
                "--workers",
                str(self.workers),
                "--data-dir",
                str(self.data_dir),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=self.full_env(),
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited early; log:\n{self.log()}")
            try:
                if requests.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server did not become ready; log:\n{self.log()}")

    def kill(self) -> None:
        """SIGKILL the server (its workers die with it)."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(30)
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
            self.process = None

    def log(self, tail: int | None = 5000) -> str:
        """The server's output, its last `tail` characters (all of it with None)."""
        if self.log_path and self.log_path.exists():
            text = self.log_path.read_text(errors="replace")
            return text if tail is None else text[-tail:]
        return ""
