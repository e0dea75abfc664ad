"""Bad files get their documented error or page failure; the rest of the batch completes."""

from __future__ import annotations

import time

from test_api_auth_limits import envelope

from facturist.samples import (
    bomb_png,
    corrupt_page_pdf,
    encrypted_pdf,
    png_with_text,
    random_invoice,
    render_pdf,
    truncated_pdf,
)
from flows import extract, new_id, submit, upload
from http_api import Api
from live_server import LiveServer, facturist_cli


def test_zero_byte_file_is_refused_at_upload(api: Api) -> None:
    body = {
        "upload_session_id": new_id("s"),
        "files": [{"file_id": "z", "file_name": "empty.pdf", "file_size_bytes": 0}],
    }
    error = envelope(api.post("/uploads/sessions", body), 400, "INVALID_INPUT")
    assert error["details"]["issues"][0]["path"] == ["files", 0, "file_size_bytes"]  # type: ignore[index]


def test_bad_files_fail_alone(api: Api) -> None:
    good = render_pdf(random_invoice(31, language="en"))
    files = [
        ("good.pdf", good),
        ("truncated.pdf", truncated_pdf()),
        ("locked.pdf", encrypted_pdf()),
        ("text.png", png_with_text()),
        ("bomb.png", bomb_png(20000, 20000)),
        ("corrupt.pdf", corrupt_page_pdf(how="page")),
    ]
    done = extract(api, files)
    assert done["status"] == "completed", done
    pages = done["pages"]
    failed = {(p["file_name"], p["page"]) for p in pages["failed"]}
    assert {("truncated.pdf", 1), ("locked.pdf", 1), ("text.png", 1), ("bomb.png", 1)} <= failed
    assert ("good.pdf", 1) in {(p["file_name"], p["page"]) for p in pages["successful"]}
    codes = {r["code"]: r for r in pages["failure_reasons"]}
    assert "ENCRYPTED_FILE" in codes
    assert codes["ENCRYPTED_FILE"]["affected_pages"] == [{"file_name": "locked.pdf", "pages": [1]}]
    corrupt_ok = [p["page"] for p in pages["successful"] if p["file_name"] == "corrupt.pdf"]
    corrupt_failed = [p["page"] for p in pages["failed"] if p["file_name"] == "corrupt.pdf"]
    assert corrupt_failed and corrupt_ok, pages
    assert done["credits_deducted"] == pages["successful_count"]
    rows = api.get(f"/extractions/{done['extraction_id']}/results").json()["rows"]
    assert any(r["Source File"] == "good.pdf (Page 1)" for r in rows)


def test_single_encrypted_file_fails_the_extraction(api: Api) -> None:
    done = extract(api, [("locked.pdf", encrypted_pdf())])
    assert done["status"] == "failed" and done["success"] is False
    assert done["error"]["code"] == "ENCRYPTED_FILE"
    assert done["error"]["details"] == {"file_names": ["locked.pdf"]}
    details = api.get(f"/extractions/{done['extraction_id']}/details").json()
    assert details["success"] is True and details["extraction"]["error"]["code"] == "ENCRYPTED_FILE"


def test_long_poll_wakes_when_done(api: Api) -> None:
    session_id, ids = upload(api, [("fast.pdf", render_pdf(random_invoice(32, language="en")))])
    eid = submit(api, session_id, ids)
    started = time.monotonic()
    body = api.get(f"/extractions/{eid}", wait=45).json()  # the longest wait the API allows
    assert body["status"] == "completed"
    # Woken by the extraction finishing, not by the wait running out (a busy box may take long).
    assert time.monotonic() - started < 42


def _page_jobs(server: LiveServer, extraction_id: str) -> list[tuple[int, int, str, str]]:
    """The page-reading jobs of an extraction: (first, last, status, finished_at)."""
    import sqlite3

    with sqlite3.connect(server.data_dir / "facturist.db") as db:
        return db.execute(
            "SELECT json_extract(payload, '$.first'), json_extract(payload, '$.last'), status,"
            " finished_at FROM jobs"
            " WHERE kind = 'pages' AND json_extract(payload, '$.extraction_id') = ?",
            (extraction_id,),
        ).fetchall()


def test_page_limit_fails_the_file(server: LiveServer, api: Api) -> None:
    from facturist.samples import many_page_pdf

    done = extract(
        api,
        [
            ("huge.pdf", many_page_pdf(5001)),
            ("ok.pdf", render_pdf(random_invoice(33, language="en"))),
        ],
    )
    assert done["status"] == "completed"
    codes = {r["code"] for r in done["pages"]["failure_reasons"]}
    assert "FILE_PAGE_LIMIT_EXCEEDED" in codes
    assert done["credits_deducted"] == 1
    alone = extract(api, [("huge.pdf", many_page_pdf(5001))])
    assert alone["status"] == "failed" and alone["error"]["code"] == "FILE_PAGE_LIMIT_EXCEEDED"
    assert alone["error"]["details"] == {"file_names": ["huge.pdf"]}
    # A file over the limit is refused without reading its pages (no page jobs fanned out).
    assert not _page_jobs(server, done["extraction_id"])
    assert not _page_jobs(server, alone["extraction_id"])


def test_insufficient_credits_fails_the_extraction(server: LiveServer) -> None:
    from facturist.samples import many_page_pdf

    key = server.create_key("nearly-broke")
    facturist_cli("credits", "grant", "nearly-broke", "-99998", "--data-dir", str(server.data_dir))
    poor = Api(server.api, key)
    assert poor.get("/credits/balance").json()["credits_balance"] == 2
    done = extract(poor, [("three.pdf", many_page_pdf(3))])
    assert done["status"] == "failed" and done["error"]["code"] == "INSUFFICIENT_CREDITS"
    assert done["error"]["details"] == {
        "credits_required": 3,
        "credits_balance": 2,
        "credits_reserved": 0,
    }
    assert poor.get("/credits/balance").json() == {
        "success": True,
        "credits_balance": 2,
        "credits_reserved": 0,
    }


def test_delete_removes_rows_outputs_and_sources(server: LiveServer, api: Api) -> None:
    done = extract(api, [("gone.pdf", render_pdf(random_invoice(34, language="en")))])
    eid = done["extraction_id"]
    objects = server.data_dir / "store" / "objects"
    outputs = list(objects.glob(f"outputs/*/{eid}/result.*"))
    assert len(outputs) == 3
    sources_before = {p for p in (objects / "uploads").rglob("*") if p.is_file()}
    assert api.call("DELETE", f"/extractions/{eid}").json() == {"success": True}
    assert not any(p.exists() for p in outputs)
    sources_after = {p for p in (objects / "uploads").rglob("*") if p.is_file()}
    assert len(sources_before - sources_after) == 1
    envelope(api.call("DELETE", f"/extractions/{eid}"), 404, "EXTRACTION_NOT_FOUND")


def test_long_document_is_read_in_parallel_chunks(server: LiveServer, api: Api) -> None:
    """A 20-page PDF is read by page jobs of 8 pages, then analysed once: same rows as a
    document read in one piece, every page counted once."""
    from facturist.samples import render_multi_invoice

    specs = [random_invoice(40 + i, language="en", lines=2) for i in range(20)]
    multi = render_multi_invoice(specs)
    assert multi.page_count == 20
    done = extract(api, [("long.pdf", multi.data), ("short.pdf", render_pdf(specs[0]))])
    assert done["status"] == "completed", done
    assert done["pages"]["successful_count"] == 21 == done["credits_deducted"]
    pages = sorted(p["page"] for p in done["pages"]["successful"] if p["file_name"] == "long.pdf")
    assert pages == list(range(1, 21))
    rows = api.get(f"/extractions/{done['extraction_id']}/results").json()["rows"]
    long_rows = [r for r in rows if r["Source File"].startswith("long.pdf")]
    assert [r["Invoice Number"] for r in long_rows] == [
        s.truth()["fields"]["invoice_number"] for s in specs
    ]
    assert not list((server.data_dir / "store" / "objects").glob("pagecache/**/*.json"))
    chunks = _page_jobs(server, done["extraction_id"])
    assert sorted(c[:3] for c in chunks) == [(1, 8, "done"), (9, 16, "done"), (17, 20, "done")]
    import sqlite3

    with sqlite3.connect(server.data_dir / "facturist.db") as db:
        (analysis_queued,) = db.execute(
            "SELECT created_at FROM jobs WHERE kind = 'file'"
            " AND json_extract(payload, '$.extraction_id') = ?"
            " AND json_extract(payload, '$.file_ids[0]') = ("
            "   SELECT json_extract(payload, '$.file_ids[0]') FROM jobs"
            "   WHERE kind = 'pages' AND json_extract(payload, '$.extraction_id') = ? LIMIT 1)",
            (done["extraction_id"], done["extraction_id"]),
        ).fetchone()
    # The analysis is queued by the last chunk to finish, not by the first.
    assert analysis_queued >= max(c[3] for c in chunks)
