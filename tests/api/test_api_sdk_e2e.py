"""The official SDK (`invoicedataextraction-sdk`, unmodified) runs its whole workflow here."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from invoicedataextraction import InvoiceDataExtraction
from invoicedataextraction.errors import ApiResponseError

from facturist.samples import random_invoice, render_pdf
from live_server import LiveServer

PROMPT = "Extract invoice number, date, vendor name, and total amount"
SEEDS = [(11, "en"), (12, "de"), (13, "fr"), (14, "en"), (15, "nl")]


@pytest.fixture(scope="module")
def invoice_folder(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("sdk-invoices")
    truth = {}
    for seed, language in SEEDS:
        spec = random_invoice(seed, language=language)
        name = f"invoice-{seed}-{language}.pdf"
        (folder / name).write_bytes(render_pdf(spec))
        truth[name] = spec.truth()["fields"]
    return folder, truth


@pytest.fixture(scope="module")
def client(server: LiveServer) -> InvoiceDataExtraction:
    return InvoiceDataExtraction(api_key=server.create_key("sdk-user"), base_url=server.api)


@pytest.fixture(scope="module")
def extracted(
    client: InvoiceDataExtraction,
    invoice_folder: tuple[Path, dict[str, Any]],
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], Path]:
    out = tmp_path_factory.mktemp("sdk-out")
    result = client.extract(
        folder_path=str(invoice_folder[0]),
        prompt=PROMPT,
        output_structure="per_invoice",
        json_typed_values=True,
        download={"formats": ["json", "csv", "xlsx"], "output_path": str(out)},
        polling={"interval_ms": 5000, "timeout_ms": 180_000},
        console_output=False,
    )
    return result, out


def _one(folder: Path, suffix: str) -> Path:
    (path,) = folder.glob(f"*.{suffix}")
    return path


def test_extract_completes_and_charges_pages(extracted: tuple[dict[str, Any], Path]) -> None:
    result, _ = extracted
    assert result["status"] == "completed", result
    assert result["pages"]["failed_count"] == 0
    assert result["pages"]["successful_count"] == len(SEEDS)
    assert result["credits_deducted"] == len(SEEDS)
    assert result["output_structure"] == "per_invoice"


def test_values_are_correct(
    extracted: tuple[dict[str, Any], Path], invoice_folder: tuple[Path, dict[str, Any]]
) -> None:
    _, out = extracted
    rows = json.loads(_one(out, "json").read_text())
    assert len(rows) == len(SEEDS)
    truth = invoice_folder[1]
    for row in rows:
        assert list(row) == [
            "Invoice Number",
            "Invoice Date",
            "Vendor Name",
            "Total Amount",
            "Source File",
            "Review Needed",
        ]
        name = row["Source File"].removesuffix(" (Page 1)")
        fields = truth[name]
        assert row["Invoice Number"] == fields["invoice_number"], row
        assert row["Invoice Date"] == fields["invoice_date"], row
        assert row["Vendor Name"] == fields["seller_name"], row
        assert row["Total Amount"] == pytest.approx(abs(fields["total_amount"])), row


def test_csv_and_xlsx_match_json(extracted: tuple[dict[str, Any], Path]) -> None:
    _, out = extracted
    rows = json.loads(_one(out, "json").read_text())
    with _one(out, "csv").open(encoding="utf-8-sig", newline="") as fh:
        csv_rows = list(csv.DictReader(fh))
    assert [r["Invoice Number"] for r in csv_rows] == [r["Invoice Number"] for r in rows]
    sheet = openpyxl.load_workbook(_one(out, "xlsx")).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == list(rows[0])
    totals = [v[3] for v in values[1:]]
    assert all(isinstance(t, int | float) for t in totals)
    assert totals == pytest.approx([r["Total Amount"] for r in rows])


def test_results_pages_equal_json_file(
    client: InvoiceDataExtraction, extracted: tuple[dict[str, Any], Path]
) -> None:
    result, out = extracted
    eid = result["extraction_id"]
    rows = json.loads(_one(out, "json").read_text())
    assert list(client.iterate_results(extraction_id=eid, limit=2)) == rows
    page = client.get_results(extraction_id=eid, offset=1, limit=2)
    assert page["rows"] == rows[1:3]
    assert (page["offset"], page["limit"], page["row_count"], page["total_rows"]) == (
        1,
        2,
        2,
        len(rows),
    )
    assert page["has_more"] is True and page["next_offset"] == 3
    last = client.get_results(extraction_id=eid, offset=4, limit=2)
    assert last["has_more"] is False and last["next_offset"] is None


def test_list_details_credits(
    client: InvoiceDataExtraction, extracted: tuple[dict[str, Any], Path]
) -> None:
    eid = extracted[0]["extraction_id"]
    since = datetime.now(UTC) - timedelta(hours=1)
    found = list(client.iterate_extractions(status="completed", created_after=since, limit=1))
    assert eid in [e["extraction_id"] for e in found]
    assert not list(client.iterate_extractions(status="failed", created_after=since))
    details = client.get_extraction(extraction_id=eid)
    assert details["success"] is True
    record = details["extraction"]
    assert record["status"] == "completed" and record["file_count"] == len(SEEDS)
    assert record["available_outputs"] == ["xlsx", "csv", "json"]
    assert record["options"]["json_typed_values"] is True
    balance = client.get_credits_balance()
    assert balance["success"] is True and balance["credits_reserved"] == 0


def test_cancel_completed_is_409_then_delete(
    client: InvoiceDataExtraction, extracted: tuple[dict[str, Any], Path]
) -> None:
    eid = extracted[0]["extraction_id"]
    with pytest.raises(ApiResponseError) as info:
        client.cancel_extraction(extraction_id=eid)
    assert info.value.body["error"]["code"] == "EXTRACTION_NOT_CANCELLABLE"
    assert info.value.body["error"]["details"] == {"status": "completed"}
    assert client.delete_extraction(extraction_id=eid) == {"success": True}
    with pytest.raises(ApiResponseError) as gone:
        client.get_extraction(extraction_id=eid)
    assert gone.value.body["error"]["code"] == "EXTRACTION_NOT_FOUND"
