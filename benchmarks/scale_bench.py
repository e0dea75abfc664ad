"""Scale-out benchmark: pages per second with 1, 2 and 4 worker processes, embedded (SQLite,
local files, worker processes of `serve`) against scaled (PostgreSQL, Redis broker, Celery
`facturist worker` processes), on the same generated corpus. Prints a table.

    .venv/bin/python benchmarks/scale_bench.py [--files 200] [--workers 1,2,4]

Needs PostgreSQL and Redis on their standard local ports for the scaled rows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
import redis

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "scale")]
from cluster import Cluster  # noqa: E402

from facturist.samples import random_invoice, render_pdf  # noqa: E402
from flows import submit, upload, wait_done  # noqa: E402
from http_api import Api  # noqa: E402
from live_server import LiveServer  # noqa: E402

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def corpus(count: int) -> list[tuple[str, bytes]]:
    """`count` one-page digital invoices, a handful of distinct ones repeated."""
    distinct = [render_pdf(random_invoice(seed, lines=3)) for seed in range(20)]
    return [(f"inv-{i:05d}.pdf", distinct[i % len(distinct)]) for i in range(count)]


def timed_run(api: Api, files: list[tuple[str, bytes]]) -> float:
    """Seconds from submit to completed (uploads excluded)."""
    session_id, ids = upload(api, files)
    started = time.perf_counter()
    done = wait_done(api, submit(api, session_id, ids), timeout=1800)
    assert done["status"] == "completed", done
    return time.perf_counter() - started


def embedded(files: list[tuple[str, bytes]], workers: int, tmp: Path) -> float:
    server = LiveServer(tmp / f"embedded-{workers}", workers=workers)
    server.env.update(
        {"FACTURIST_RATE_LIMITS_ENABLED": "false", "FACTURIST_FREE_CREDITS_PER_MONTH": "unlimited"}
    )
    server.start()
    try:
        return timed_run(Api(server.api, server.create_key("bench")), files)
    finally:
        server.stop()


def scaled(files: list[tuple[str, bytes]], workers: int, tmp: Path) -> float:
    name = f"facturist_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    redis_url = "redis://127.0.0.1:6379/14"
    redis.Redis.from_url(redis_url).flushdb()
    cluster = Cluster(
        tmp / f"scaled-{workers}",
        {
            "FACTURIST_QUEUE": "celery",
            "FACTURIST_DATABASE_URL": f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}",
            "FACTURIST_BROKER_URL": redis_url,
            "FACTURIST_RATE_LIMITS_ENABLED": "false",
            "FACTURIST_FREE_CREDITS_PER_MONTH": "unlimited",
        },
    )
    (tmp / f"scaled-{workers}").mkdir(parents=True, exist_ok=True)
    try:
        api = cluster.add_api()
        for _ in range(workers):
            cluster.add_worker()
        time.sleep(3)  # let the workers connect to the broker
        return timed_run(Api(api.api, api.create_key("bench")), files)
    finally:
        cluster.close()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    files = corpus(args.files)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for workers in [int(w) for w in args.workers.split(",")]:
            for mode, run in (("embedded", embedded), ("celery+pg", scaled)):
                seconds = run(files, workers, Path(tmp))
                rows.append((mode, workers, seconds))
                print(
                    f"{mode:10} workers={workers}: {args.files / seconds:.1f} pages/s", flush=True
                )
    base = {mode: next(s for m, w, s in rows if m == mode) for mode in ("embedded", "celery+pg")}
    print(f"\n{args.files} one-page digital invoices, submit -> completed (uploads excluded)")
    print("| mode | workers | seconds | pages/s | speed-up vs 1 worker | ms/page/worker |")
    print("|---|---|---|---|---|---|")
    for mode, workers, seconds in rows:
        print(
            f"| {mode} | {workers} | {seconds:.1f} | {args.files / seconds:.1f} | "
            f"{base[mode] / seconds:.2f}x | {1000 * seconds * workers / args.files:.1f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
