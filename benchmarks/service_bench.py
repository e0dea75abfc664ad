"""Service benchmark: status-poll overhead, upload throughput through signed URLs, and the
server's peak memory while a 150 MB PDF uploads. Prints tables; run on an otherwise idle box:

    .venv/bin/python benchmarks/service_bench.py [--mb 150]
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from facturist.samples import random_invoice, render_pdf
from live_server import LiveServer


def rss_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print(f"\n{title}")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


def upload(
    api: str, session: requests.Session, name: str, path: Path, parallel: int, session_id: str = ""
) -> float:
    """Upload one file through signed part URLs; returns MB/s."""
    size = path.stat().st_size
    sid = session_id or f"bench_{time.time_ns()}"
    created = session.post(
        f"{api}/uploads/sessions",
        json={
            "upload_session_id": sid,
            "files": [{"file_id": "f0", "file_name": name, "file_size_bytes": size}],
        },
    ).json()
    part_size = created["files"][0]["part_size"]
    count = math.ceil(size / part_size)
    urls = session.post(
        f"{api}/uploads/sessions/{sid}/parts",
        json={"file_id": "f0", "part_numbers": list(range(1, count + 1))},
    ).json()["part_urls"]

    def put(item: dict[str, object]) -> dict[str, object]:
        number = int(item["part_number"])  # type: ignore[call-overload]
        with path.open("rb") as fh:
            fh.seek((number - 1) * part_size)
            chunk = fh.read(part_size)
        answer = requests.put(str(item["url"]), data=chunk, timeout=300)
        answer.raise_for_status()
        return {"part_number": number, "e_tag": answer.headers["ETag"]}

    started = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        parts = sorted(pool.map(put, urls), key=lambda p: int(p["part_number"]))  # type: ignore[call-overload]
    done = session.post(
        f"{api}/uploads/sessions/{sid}/complete", json={"file_id": "f0", "parts": parts}
    )
    done.raise_for_status()
    elapsed = time.perf_counter() - started
    return size / 1e6 / elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=150)
    parser.add_argument("--polls", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = LiveServer(Path(tmp) / "data", workers=2)
        server.env.update(
            {"FACTURIST_RATE_LIMITS_ENABLED": "false", "FACTURIST_FREE_CREDITS_PER_MONTH": "100000"}
        )
        server.start()
        try:
            key = server.create_key("bench")
            session = requests.Session()
            session.headers["Authorization"] = f"Bearer {key}"
            api = server.api
            assert server.process is not None
            pid = server.process.pid

            # A completed one-page extraction to poll.
            path = Path(tmp) / "one.pdf"
            path.write_bytes(render_pdf(random_invoice(1, language="en")))
            upload(api, session, "one.pdf", path, 1, session_id="poll")
            body = {
                "submission_id": "b1",
                "task_name": "bench",
                "prompt": "invoice number and total",
                "output_structure": "per_invoice",
                "file_ids": ["f0"],
            }
            submitted = time.perf_counter()
            eid = session.post(
                f"{api}/extractions", json={**body, "upload_session_id": "poll"}
            ).json()["extraction_id"]
            status = session.get(f"{api}/extractions/{eid}", params={"wait": 30}).json()
            turnaround = time.perf_counter() - submitted
            assert status["status"] == "completed", status

            latencies = []
            for _ in range(args.polls):
                started = time.perf_counter()
                session.get(f"{api}/extractions/{eid}").raise_for_status()
                latencies.append((time.perf_counter() - started) * 1000)
            latencies.sort()
            table(
                "Status polling (GET /v1/extractions/{id}, completed extraction, keep-alive)",
                [
                    "polls",
                    "mean ms",
                    "p50 ms",
                    "p95 ms",
                    "max ms",
                    "submit->completed via wait=30 (1 page)",
                ],
                [
                    [
                        str(args.polls),
                        f"{statistics.mean(latencies):.2f}",
                        f"{latencies[len(latencies) // 2]:.2f}",
                        f"{latencies[int(len(latencies) * 0.95)]:.2f}",
                        f"{latencies[-1]:.2f}",
                        f"{turnaround * 1000:.0f} ms",
                    ]
                ],
            )

            big = Path(tmp) / "big.pdf"
            with big.open("wb") as fh:
                block = hashlib.sha256(b"facturist").digest() * (1 << 15)  # 1 MiB
                for _ in range(args.mb):
                    fh.write(block)
            rss_before = rss_kib(pid, "VmRSS")
            rows = []
            for parallel in (1, 4):
                mbps = upload(api, session, f"big-{parallel}.pdf", big, parallel)
                rows.append(
                    [
                        f"{args.mb} MiB PDF",
                        str(parallel),
                        f"{mbps:.0f}",
                        f"{rss_kib(pid, 'VmHWM') / 1024:.0f}",
                    ]
                )
            table(
                "Upload through signed part URLs (8 MiB parts); "
                f"server RSS before: {rss_before / 1024:.0f} MiB",
                ["file", "parallel PUTs", "MB/s", "server peak RSS MiB"],
                rows,
            )
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
