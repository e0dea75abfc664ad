"""Shared fixtures: a live server per test module, API keys, HTTP helpers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from live_server import LiveServer


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


class Api:
    """A thin JSON client for contract tests (the SDK is tested separately)."""

    def __init__(self, base: str, key: str | None) -> None:
        self.base = base
        self.session = requests.Session()
        if key:
            self.session.headers["Authorization"] = f"Bearer {key}"

    def call(self, method: str, path: str, **kwargs: object) -> requests.Response:
        return self.session.request(method, self.base + path, timeout=90, **kwargs)  # type: ignore[arg-type]

    def post(self, path: str, body: object) -> requests.Response:
        return self.call("POST", path, json=body)

    def get(self, path: str, **params: object) -> requests.Response:
        return self.call("GET", path, params=params)


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


def pdf_bytes(text: str = "Invoice 1") -> bytes:
    """A small one-page PDF (for tests that only need a valid document)."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, text)
    c.save()
    return buf.getvalue()
