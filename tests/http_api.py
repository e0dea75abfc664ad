"""A thin JSON client for contract tests (the official SDK is tested separately)."""

from __future__ import annotations

import requests


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


def pdf_bytes(text: str = "Invoice 1") -> bytes:
    """A small one-page PDF (for tests that only need a valid document)."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, text)
    c.save()
    return buf.getvalue()
