"""Upload throughput: Facturist's client against the official SDK, same server, same machine.

Run: .venv/bin/python benchmarks/client_bench.py [--small 1000] [--big-mb 150]
Starts a private `facturist serve` (raised rate limits), uploads N small PDFs and one big
PDF with each client into fresh upload sessions, and prints wall time and MB/s. Only the
upload stage is timed (validation and hashing included for ours); extraction is not.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "client"), str(ROOT / "tests")]

from client_support import start_server, write_invoices  # noqa: E402
from invoicedataextraction import InvoiceDataExtraction  # noqa: E402

from facturist.client import AsyncFacturistClient  # noqa: E402


def ours(api: str, key: str, paths: list[Path]) -> None:
    async def run() -> None:
        async with AsyncFacturistClient(api, key, concurrency=8) as client:
            result = await client.upload_files(paths, upload_session_id=f"b-{uuid.uuid4().hex}")
            assert not result.failed and len(result.file_ids) == len(paths)

    asyncio.run(run())


def sdk(api: str, key: str, paths: list[Path]) -> None:
    client = InvoiceDataExtraction(api_key=key, base_url=api)
    client.upload_files(files=[str(p) for p in paths], console_output=False)


def timed(
    run: Callable[[str, str, list[Path]], None], api: str, key: str, paths: list[Path]
) -> float:
    started = time.perf_counter()
    run(api, key, paths)
    return time.perf_counter() - started


def _child(conn: Any, run: Any, api: str, key: str, paths: list[Path]) -> None:
    # Reset this process's peak-RSS mark (Linux), so the figure is the upload's own growth.
    Path("/proc/self/clear_refs").write_text("5")
    seconds = timed(run, api, key, paths)
    status = Path("/proc/self/status").read_text().splitlines()
    peak_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    conn.send((seconds, peak_kib / 1024))
    conn.close()


def in_child(run: Any, api: str, key: str, paths: list[Path]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one upload run in a forked process of its own."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    process = context.Process(target=_child, args=(child, run, api, key, paths))
    process.start()
    seconds, peak = parent.recv()
    process.join()
    return float(seconds), float(peak)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--big-mb", type=int, default=150)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="client-bench-") as tmp:
        base = Path(tmp)
        server = start_server(base / "server")
        try:
            key = server.create_key("bench")
            small = write_invoices(base / "small", args.small)
            big = base / "big" / "big.pdf"
            big.parent.mkdir()
            with big.open("wb") as out:
                out.write(b"%PDF-1.4\n")
                left = args.big_mb * 1024 * 1024 - 9  # exactly the API's 150 MiB limit
                while left > 0:
                    step = min(left, 1024 * 1024)
                    out.write(os.urandom(step))
                    left -= step
            cases = [(f"{args.small} small files", small), (f"one {args.big_mb} MB PDF", [big])]
            print(f"{'case':<22} {'client':<10} {'seconds':>8} {'MB/s':>8} {'peak MB':>8}")
            for label, paths in cases:
                megabytes = sum(p.stat().st_size for p in paths) / 1e6
                results = {}
                for name, run in (("facturist", ours), ("sdk", sdk)):
                    seconds, peak = in_child(run, server.api, key, paths)
                    results[name] = seconds
                    print(
                        f"{label:<22} {name:<10} {seconds:>8.2f} {megabytes / seconds:>8.2f}"
                        f" {peak:>8.0f}"
                    )
                print(f"{'':<22} {'speed-up':<10} {results['sdk'] / results['facturist']:>8.2f}x")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
