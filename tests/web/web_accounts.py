"""Helpers of the web tests: the test password and `facturist accounts create`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from live_server import LiveServer

PASSWORD = "correct horse battery"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"


def create_account(server: LiveServer, name: str, password: str, *extra: str) -> str:
    """`facturist accounts create NAME --password-stdin`; returns its output."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "facturist.cli.main",
            "accounts",
            "create",
            name,
            "--password-stdin",
            "--data-dir",
            str(server.data_dir),
            *extra,
        ],
        input=password + "\n",
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **server.env},
        timeout=60,
    )
    return result.stdout
