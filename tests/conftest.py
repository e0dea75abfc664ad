"""Shared fixtures: a live server per test module, API keys, HTTP helpers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from http_api import Api
from live_server import LiveServer
from swift_server import s3_service  # noqa: F401  (one Swift per test session)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A running server with generous rate limits and a private data directory."""
    live = LiveServer(tmp_path_factory.mktemp("server") / "data")
    live.env["FACTURIST_FREE_CREDITS_PER_MONTH"] = "100000"
    live.start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def api_key(server: LiveServer) -> str:
    return server.create_key("alice")


@pytest.fixture(scope="module")
def api(server: LiveServer, api_key: str) -> Api:
    return Api(server.api, api_key)


@pytest.fixture(scope="module")
def idle_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """No workers: extractions stay `processing`. Few credits, a tiny credits rate limit."""
    live = LiveServer(tmp_path_factory.mktemp("idle") / "data", workers=0)
    live.env["FACTURIST_FREE_CREDITS_PER_MONTH"] = "5"
    live.env["FACTURIST_RATE_LIMITS"] = '{"credits": 3}'
    live.start()
    yield live
    live.stop()
