"""Helpers for the client tests: live servers with raised limits, tiny generated invoices."""

from __future__ import annotations

import io
import json
from pathlib import Path

from reportlab.pdfgen import canvas

from live_server import LiveServer

PROMPT = "Extract invoice number, invoice date, vendor name and total amount"
RAISED_LIMITS = json.dumps({"uploads": 1_000_000, "submit": 1000, "status": 100_000})


def start_server(base: Path, **env: str) -> LiveServer:
    """A server whose limits never slow a test down, with extra settings from `env`."""
    live = LiveServer(base / "data")
    live.env.update(
        {
            "FACTURIST_FREE_CREDITS_PER_MONTH": "1000000",
            "FACTURIST_RATE_LIMITS": RAISED_LIMITS,
            **env,
        }
    )
    live.start()
    return live


def tiny_invoice_pdf(number: int) -> bytes:
    """A one-page PDF with a text layer the engine reads in milliseconds, unique per number."""
    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    lines = [
        f"Invoice number: INV-{number:06d}",
        "Invoice date: 2024-01-15",
        "Seller: Acme Supplies Ltd",
        f"Total amount: {100 + number % 900}.00 EUR",
    ]
    for index, line in enumerate(lines):
        page.drawString(72, 720 - 20 * index, line)
    page.save()
    return buf.getvalue()


def write_invoices(folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` distinct tiny invoices in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        path = folder / f"invoice-{number:05d}.pdf"
        path.write_bytes(tiny_invoice_pdf(number))
        paths.append(path)
    return paths
