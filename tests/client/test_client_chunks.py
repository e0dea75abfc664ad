"""A batch over the 6,000-file session limit is split into two extractions and merged."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import openpyxl
import pytest
from client_support import PROMPT, write_invoices

from facturist.client import FacturistClient
from live_server import LiveServer

FILES = 6100


@pytest.mark.slow
def test_6100_files_two_extractions_merged(client_server: LiveServer, tmp_path: Path) -> None:
    started = time.monotonic()
    paths = write_invoices(tmp_path / "in", FILES)
    generated = time.monotonic()
    key = client_server.create_key("chunks")
    with FacturistClient(client_server.api, key, concurrency=8) as client:
        result = client.extract(
            paths,
            prompt=PROMPT,
            output_structure="per_invoice",
            out_dir=tmp_path / "out",
            state_path=tmp_path / "out" / "state.json",
        )
        extractions = list(client.iterate_extractions())
    finished = time.monotonic()
    print(f"\n6,100 files: generate {generated - started:.1f}s, run {finished - generated:.1f}s")
    assert result.summary.ok, result.summary
    assert len(extractions) == 2
    manifest = json.loads(result.manifest.read_text())
    covered = [f["path"] for e in manifest["extractions"] for f in e["files"]]
    assert [len(e["files"]) for e in manifest["extractions"]] == [6000, 100]
    assert sorted(covered) == sorted(str(p) for p in paths)
    rows = json.loads(result.outputs["json"].read_text())
    numbers = sorted(r["Invoice Number"] for r in rows)
    assert numbers == [f"INV-{n:06d}" for n in range(FILES)]
    with result.outputs["csv"].open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == list(rows[0]) and len(table) == FILES + 1
    sheet = openpyxl.load_workbook(result.outputs["xlsx"], read_only=True).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == list(rows[0]) and len(values) == FILES + 1
