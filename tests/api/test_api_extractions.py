"""Submit, status, long-poll, list, cancel, delete, results and outputs: contract behaviour."""

from __future__ import annotations

import time
import uuid
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
import requests
from test_api_auth_limits import envelope

from facturist.samples import random_invoice, render_pdf
from flows import extract, new_id, submit, upload, wait_done
from http_api import Api, pdf_bytes
from live_server import LiveServer


def submit_body(session_id: str, file_ids: list[str], **extra: object) -> dict[str, object]:
    return {
        "submission_id": new_id("sub"),
        "upload_session_id": session_id,
        "file_ids": file_ids,
        "task_name": "contract",
        "prompt": "Extract invoice number and total",
        "output_structure": "per_invoice",
        **extra,
    }


@pytest.fixture(scope="module")
def uploaded(api: Api) -> tuple[str, list[str]]:
    return upload(api, [("one.pdf", render_pdf(random_invoice(3, language="en")))])


def test_submit_replay_and_conflicts(api: Api, uploaded: tuple[str, list[str]]) -> None:
    body = submit_body(*uploaded, options={"json_typed_values": True})
    first = api.post("/extractions", body)
    assert first.status_code == 202
    assert first.json()["submission_state"] == "received"
    uuid.UUID(first.json()["extraction_id"])
    replay = api.post("/extractions", {**body, "task_name": "another name"})
    assert replay.json()["extraction_id"] == first.json()["extraction_id"]
    changed = {**body, "prompt": "Something else entirely", "options": {"json_typed_values": False}}
    error = envelope(api.post("/extractions", changed), 409, "SUBMISSION_ID_ALREADY_USED")
    assert error["details"] == {
        "extraction_id": first.json()["extraction_id"],
        "differing_fields": ["prompt", "options"],
    }
    wait_done(api, first.json()["extraction_id"])


@pytest.mark.parametrize(
    "change",
    [
        {"file_ids": ["nope"]},
        {"upload_session_id": "no-such-session"},
        {"task_name": "ab"},
        {"prompt": ""},
        {"output_structure": "per_page"},
        {"options": {"unknown_option": True}},
        {"options": {"json_typed_values": "yes"}},
        {"prompt": {"fields": [{"name": "Source File"}]}},
        {"prompt": {"fields": [{"name": "Total"}, {"name": "to tal"}]}},
        {"prompt": {"fields": [{"name": "Total", "prompt": "ab"}]}},
        {"prompt": {"fields": []}},
    ],
)
def test_submit_invalid_input(
    api: Api, uploaded: tuple[str, list[str]], change: dict[str, object]
) -> None:
    error = envelope(
        api.post("/extractions", {**submit_body(*uploaded), **change}), 400, "INVALID_INPUT"
    )
    assert error["details"]["issues"][0]["path"]  # type: ignore[index]


def test_submit_with_unfinished_file_names_it(api: Api) -> None:
    from flows import create_session

    created = create_session(api, [("pending.pdf", pdf_bytes())])
    error = envelope(
        api.post("/extractions", submit_body(created["upload_session_id"], ["f0"])),
        400,
        "INVALID_INPUT",
    )
    assert error["details"]["issues"][0]["path"] == ["file_ids", 0]  # type: ignore[index]


def test_status_errors(api: Api) -> None:
    envelope(api.get(f"/extractions/{uuid.uuid4()}"), 404, "EXTRACTION_NOT_FOUND")
    envelope(api.get(f"/extractions/{uuid.uuid4()}", wait=46), 400, "INVALID_INPUT")
    envelope(api.get("/extractions", limit=0), 400, "INVALID_INPUT")
    envelope(api.get("/extractions", cursor="garbage!"), 400, "INVALID_INPUT")
    envelope(api.get("/extractions", created_after="2026-01-01T00:00:00"), 400, "INVALID_INPUT")


def test_per_line_item_untyped_and_excluded_columns(api: Api) -> None:
    spec = random_invoice(21, language="en", lines=3)
    done = extract(
        api,
        [("lines.pdf", render_pdf(spec))],
        prompt={
            "fields": [
                {"name": "Invoice Number"},
                {"name": "Description", "prompt": "line item description"},
                {"name": "Line Total", "prompt": "the line amount"},
            ]
        },
        structure="per_line_item",
        exclude_columns=["review_needed"],
    )
    assert done["status"] == "completed" and done["output_structure"] == "per_line_item"
    page = api.get(f"/extractions/{done['extraction_id']}/results").json()
    assert page["columns"] == ["Invoice Number", "Description", "Line Total", "Source File"]
    assert page["json_typed_values"] is False
    assert page["total_rows"] == len(page["rows"]) >= 1
    assert all(isinstance(v, str) for row in page["rows"] for v in row.values())


def test_automatic_structure_resolves(api: Api) -> None:
    done = extract(
        api,
        [("auto.pdf", render_pdf(random_invoice(22, language="en")))],
        prompt="Extract invoice number and total",
        structure="automatic",
    )
    assert done["output_structure"] == "per_invoice"
    details = api.get(f"/extractions/{done['extraction_id']}/details").json()["extraction"]
    assert details["output_structure"] == "per_invoice"


def test_output_urls_are_fresh_signed_and_tamper_proof(api: Api) -> None:
    done = extract(api, [("out.pdf", render_pdf(random_invoice(23, language="en")))])
    eid = done["extraction_id"]
    answer = api.get(f"/extractions/{eid}/output", format="csv")
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"download_url", "format", "expires_in_seconds"}
    assert body["format"] == "csv" and body["expires_in_seconds"] == 300
    got = requests.get(body["download_url"], timeout=30)
    assert got.status_code == 200 and got.content.startswith(b"\xef\xbb\xbf")
    url = urlparse(body["download_url"])
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    for bad in (
        {**query, "sig": "0" * 64},
        {**query, "filename": "x.csv"},
        {**query, "expires": "1"},
    ):
        envelope(
            requests.get(url._replace(query=urlencode(bad)).geturl(), timeout=30), 403, "FORBIDDEN"
        )
    other = url._replace(path=url.path.replace("result.csv", "result.json")).geturl()
    envelope(requests.get(other, timeout=30), 403, "FORBIDDEN")
    envelope(api.get(f"/extractions/{eid}/output", format="pdf"), 400, "INVALID_INPUT")


def test_foreign_extraction_is_404(server: LiveServer, api: Api) -> None:
    done = extract(api, [("private.pdf", render_pdf(random_invoice(24, language="en")))])
    eid = done["extraction_id"]
    mallory = Api(server.api, server.create_key("mallory2"))
    for path in ("", "/details", "/results", "/output?format=json"):
        envelope(mallory.get(f"/extractions/{eid}{path}"), 404, "EXTRACTION_NOT_FOUND")
    envelope(mallory.call("POST", f"/extractions/{eid}/cancel"), 404, "EXTRACTION_NOT_FOUND")
    envelope(mallory.call("DELETE", f"/extractions/{eid}"), 404, "EXTRACTION_NOT_FOUND")
    assert eid not in [
        e["extraction_id"] for e in mallory.get("/extractions").json()["extractions"]
    ]


def test_list_pagination_is_newest_first(server: LiveServer) -> None:
    api = Api(server.api, server.create_key("lister2"))
    session_id, ids = upload(api, [("a.pdf", pdf_bytes())])
    made = [submit(api, session_id, ids) for _ in range(3)]
    for eid in made:
        wait_done(api, eid)
    seen, cursor = [], None
    while True:
        params: dict[str, object] = {"limit": 2, "status": "completed"}
        if cursor:
            params["cursor"] = cursor
        page = api.get("/extractions", **params).json()
        seen += [e["extraction_id"] for e in page["extractions"]]
        if not page["has_more"]:
            assert page["next_cursor"] is None
            break
        cursor = page["next_cursor"]
    assert seen == list(reversed(made))


def test_in_progress_cancel_delete_and_long_poll(idle_server: LiveServer) -> None:
    """With no workers the extraction stays processing: delete is refused, wait holds."""
    api = Api(idle_server.api, idle_server.create_key("waiter"))
    session_id, ids = upload(api, [("a.pdf", pdf_bytes())])
    eid = submit(api, session_id, ids)
    envelope(api.call("DELETE", f"/extractions/{eid}"), 409, "EXTRACTION_IN_PROGRESS")
    envelope(api.get(f"/extractions/{eid}/results"), 404, "OUTPUT_NOT_AVAILABLE")
    started = time.monotonic()
    held = api.get(f"/extractions/{eid}", wait=2).json()
    assert held == {"success": True, "status": "processing", "extraction_id": eid, "progress": 0}
    assert time.monotonic() - started >= 1.9
    answered = api.post(
        f"/extractions/{eid}/answers",
        {"answers": [{"question_id": "q_1", "accept_recommended": True}]},
    )
    envelope(answered, 400, "INVALID_INPUT")
    first = api.call(
        "POST", f"/extractions/{eid}/cancel", headers={"Content-Type": "application/json"}
    )
    assert first.status_code == 200
    body = first.json()
    assert body["cancellation_requested"] is True and body["status"] == "processing"
    again = api.call("POST", f"/extractions/{eid}/cancel").json()
    assert (
        again.get("cancel_requested_at", body["cancel_requested_at"]) == body["cancel_requested_at"]
    )
