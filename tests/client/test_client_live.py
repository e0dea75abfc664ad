"""The client against a live server: byte-exact parallel uploads, the staged calls, retries."""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from client_support import PROMPT, start_server, write_invoices

from facturist.client import (
    ApiError,
    AsyncFacturistClient,
    FacturistClient,
    RetryPolicy,
    Update,
)
from live_server import LiveServer

PART_SIZE = 5 * 1024 * 1024  # the smallest part size the API allows: big files need 3 parts


@pytest.fixture(scope="module")
def small_parts_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(tmp_path_factory.mktemp("parts"), FACTURIST_PART_SIZE=str(PART_SIZE))
    yield live
    live.stop()


def _stored_digests(server: LiveServer) -> list[str]:
    root = server.data_dir / "store" / "objects" / "uploads"
    return sorted(
        hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()
    )


def test_parallel_uploads_are_byte_exact(small_parts_server: LiveServer, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    paths = write_invoices(folder, 12)
    for n, size in enumerate((PART_SIZE * 2 + 12345, PART_SIZE, PART_SIZE + 1)):
        big = folder / f"big-{n}.pdf"
        big.write_bytes(b"%PDF-1.4\n" + os.urandom(size - 9))
        paths.append(big)
    updates: list[Update] = []

    async def run() -> list[str]:
        async with AsyncFacturistClient(
            small_parts_server.api, small_parts_server.create_key("bytes"), concurrency=8
        ) as client:
            result = await client.upload_files(
                [folder], upload_session_id="bytes-1", on_update=updates.append
            )
            assert not result.failed and not result.rejected
            assert result.counters.uploaded == len(paths)
            # Uploading the same session again sends nothing: the server has every file.
            again = await client.upload_files([folder], upload_session_id="bytes-1")
            assert again.counters.uploaded == 0 and again.counters.already_done == len(paths)
            return result.file_ids

    file_ids = asyncio.run(run())
    assert len(file_ids) == len(paths)
    expected = sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in paths)
    assert _stored_digests(small_parts_server) == expected
    uploads = [u for u in updates if u.stage == "upload"]
    assert uploads[-1].done == uploads[-1].total == len(paths)
    assert uploads[-1].progress == 100.0


def test_staged_calls_end_to_end(
    client_server: LiveServer, client_key: str, tmp_path: Path
) -> None:
    write_invoices(tmp_path / "in", 3)
    with FacturistClient(client_server.api, client_key) as client:
        uploaded = client.upload_files([tmp_path / "in"], upload_session_id="staged-1")
        extraction_id = client.submit_extraction(
            upload_session_id="staged-1",
            file_ids=uploaded.file_ids,
            prompt=PROMPT,
            output_structure="per_invoice",
            submission_id="staged-sub-1",
        )
        # The same submission id answers with the same extraction (idempotent).
        assert extraction_id == client.submit_extraction(
            upload_session_id="staged-1",
            file_ids=uploaded.file_ids,
            prompt=PROMPT,
            output_structure="per_invoice",
            submission_id="staged-sub-1",
        )
        seen: list[Update] = []
        final = client.wait(extraction_id, on_update=seen.append)
        assert final["status"] == "completed"
        assert seen[-1].extraction_id == extraction_id
        rows = list(client.iterate_results(extraction_id, page_size=2))
        assert sorted(r["Invoice Number"] for r in rows) == [
            "INV-000000",
            "INV-000001",
            "INV-000002",
        ]
        target = client.download_output(extraction_id, "csv", tmp_path / "out.csv")
        assert target.read_text(encoding="utf-8-sig").count("INV-") == 3
        with pytest.raises(ApiError) as missing:
            client.get_status("00000000-0000-0000-0000-000000000000")
        assert missing.value.code == "EXTRACTION_NOT_FOUND"
        assert missing.value.retryable is False
        assert missing.value.envelope()["error"]["code"] == "EXTRACTION_NOT_FOUND"


@pytest.mark.parametrize("status", [429, 503])
def test_retries_on_injected_faults(status: int, tmp_path: Path) -> None:
    live = start_server(
        tmp_path,
        FACTURIST_FAULT_EVERY_NTH_REQUEST="3",
        FACTURIST_FAULT_STATUS=str(status),
    )
    try:
        key = live.create_key("faults")
        paths = write_invoices(tmp_path / "in", 4)
        policy = RetryPolicy(attempts=5, base_delay=0.05)
        with FacturistClient(live.api, key, retry=policy) as client:
            result = client.extract(
                paths,
                prompt=PROMPT,
                output_structure="per_invoice",
                formats=["json"],
                out_dir=tmp_path / "out",
            )
            retries = client._async.api.retries_seen
        assert result.summary.ok, result.summary
        assert result.summary.rows == 4
        assert retries >= 3  # every third API call failed and was retried
        assert f'" {status} ' in live.log() or str(status) in live.log()
    finally:
        live.stop()
