"""Scaled mode on real services: PostgreSQL and Redis on this machine, Celery workers."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
import redis
from cluster import Cluster

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


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Iterator[pytest.TestReport]:
    """A failing scale test shows its workers' and API processes' logs and the jobs table.

    The cluster's temporary folder is gone when CI reports, so the failure carries them.
    """
    report: pytest.TestReport = yield
    if report.when == "call" and report.failed:
        for made in getattr(item, "funcargs", {}).values():
            if isinstance(made, Cluster):
                report.sections.append(("cluster", made.report()))
    return report


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
