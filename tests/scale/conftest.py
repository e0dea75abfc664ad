"""Scaled mode on real services: PostgreSQL and Redis on this machine, Celery workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
import redis

from live_server import LiveServer
from swift_server import S3Service

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
REDIS = "redis://127.0.0.1:6379"


def _services_up() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            pass
        redis.Redis.from_url(REDIS, socket_timeout=3).ping()
    except Exception as exc:  # pragma: no cover - depends on the machine
        return f"PostgreSQL or Redis not reachable: {exc}"
    return None


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for the module, dropped afterwards."""
    reason = _services_up()
    if reason:
        pytest.fail(reason)
    name = f"facturist_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A Redis database index of its own, emptied before and after."""
    index = 5 + (os.getpid() % 10)
    url = f"{REDIS}/{index}"
    client = redis.Redis.from_url(url)
    client.flushdb()
    yield url
    client.flushdb()


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


@pytest.fixture(scope="module")
def cluster(
    tmp_path_factory: pytest.TempPathFactory, pg_url: str, redis_url: str, s3_service: S3Service
) -> Iterator[Cluster]:
    """PostgreSQL + Redis + S3 (Swift): the scaled mode as deployed."""
    root = tmp_path_factory.mktemp("cluster")
    env = {
        **s3_service.environment,
        "FACTURIST_QUEUE": "celery",
        "FACTURIST_DATABASE_URL": pg_url,
        "FACTURIST_BROKER_URL": redis_url,
        "FACTURIST_FREE_CREDITS_PER_MONTH": "100000",
        "FACTURIST_FAULT_PAGE_DELAY_MS": "150",
        "FACTURIST_JOB_LEASE_SECONDS": "6",
        "FACTURIST_RATE_LIMITS": '{"credits": 4}',
        "FACTURIST_CELERY_QUEUE_NAME": f"facturist-{uuid.uuid4().hex[:8]}",
    }
    made = Cluster(root, env)
    made.add_api()
    made.add_api()
    for _ in range(3):
        made.add_worker()
    yield made
    made.close()
