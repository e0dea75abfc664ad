"""Fixtures for the client tests: one live server per module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from client_support import start_server

from live_server import LiveServer


@pytest.fixture(scope="module")
def client_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One server per test module, with raised rate limits."""
    live = start_server(tmp_path_factory.mktemp("client-server"))
    yield live
    live.stop()


@pytest.fixture(scope="module")
def client_key(client_server: LiveServer) -> str:
    return client_server.create_key("client-tests")
