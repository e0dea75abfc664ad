"""Upload sessions, signed part URLs and completion: the contract's rules and error codes."""

from __future__ import annotations

import hashlib
import time
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
import requests
from test_api_auth_limits import envelope

from facturist.storage.signing import UrlSigner
from flows import create_session, new_id, put_file
from http_api import Api, pdf_bytes
from live_server import LiveServer

MB = 1024 * 1024


def session_body(*files: tuple[str, int], session_id: str | None = None) -> dict[str, object]:
    return {
        "upload_session_id": session_id or new_id("s"),
        "files": [
            {"file_id": f"f{i}", "file_name": name, "file_size_bytes": size}
            for i, (name, size) in enumerate(files)
        ],
    }


def test_create_session_echoes_ids_and_one_part_size(api: Api) -> None:
    body = session_body(("a.pdf", 10), ("B.PDF", 20), ("c.JpEg", 30), session_id="sess:1.a-b_c")
    response = api.post("/uploads/sessions", body)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["success"] is True and data["upload_session_id"] == "sess:1.a-b_c"
    assert [f["file_id"] for f in data["files"]] == ["f0", "f1", "f2"]
    assert {f["part_size"] for f in data["files"]} == {8 * MB}


def test_create_session_is_idempotent_and_detects_changes(api: Api) -> None:
    body = session_body(("a.pdf", 10))
    first = api.post("/uploads/sessions", body).json()
    assert api.post("/uploads/sessions", body).json() == first
    body["files"][0]["file_size_bytes"] = 11  # type: ignore[index]
    envelope(api.post("/uploads/sessions", body), 409, "SESSION_ALREADY_INITIALIZED")


@pytest.mark.parametrize(
    ("name", "message_part"),
    [
        ("invoice.txt", "must end in"),
        (" lead.pdf", "whitespace"),
        ("a/b.pdf", "slashes"),
        ("bad\x07.pdf", "control"),
        ("x" * 197 + ".pdf", "200"),
        ("", "200"),
    ],
)
def test_bad_file_names_are_invalid_input(api: Api, name: str, message_part: str) -> None:
    error = envelope(
        api.post("/uploads/sessions", session_body(("ok.pdf", 1), (name, 5))), 400, "INVALID_INPUT"
    )
    issue = error["details"]["issues"][0]  # type: ignore[index]
    assert issue["path"] == ["files", 1, "file_name"]
    assert message_part in issue["message"]


@pytest.mark.parametrize(
    "body",
    [
        {"files": [{"file_id": "a", "file_name": "a.pdf", "file_size_bytes": 1}]},
        {
            "upload_session_id": "bad id!",
            "files": [{"file_id": "a", "file_name": "a.pdf", "file_size_bytes": 1}],
        },
        {"upload_session_id": "s", "files": []},
        {
            "upload_session_id": "s",
            "files": [{"file_id": "a", "file_name": "a.pdf", "file_size_bytes": 0}],
        },
        {
            "upload_session_id": "s",
            "files": [{"file_id": "a", "file_name": "a.pdf", "file_size_bytes": 1, "x": 1}],
        },
        {
            "upload_session_id": "s",
            "extra": True,
            "files": [{"file_id": "a", "file_name": "a.pdf", "file_size_bytes": 1}],
        },
    ],
)
def test_malformed_session_bodies(api: Api, body: dict[str, object]) -> None:
    error = envelope(api.post("/uploads/sessions", body), 400, "INVALID_INPUT")
    assert error["details"]["issues"]  # type: ignore[index]


def test_not_json_body(api: Api) -> None:
    response = api.call(
        "POST", "/uploads/sessions", data=b"{nope", headers={"Content-Type": "application/json"}
    )
    envelope(response, 400, "INVALID_INPUT")


def test_duplicates_and_size_limits(api: Api) -> None:
    dup_name = session_body(("a.pdf", 1), ("a.pdf", 2))
    envelope(api.post("/uploads/sessions", dup_name), 400, "DUPLICATE_FILE_NAME")
    dup_id = session_body(("a.pdf", 1), ("b.pdf", 2))
    dup_id["files"][1]["file_id"] = "f0"  # type: ignore[index]
    envelope(api.post("/uploads/sessions", dup_id), 400, "DUPLICATE_FILE_ID")
    error = envelope(
        api.post("/uploads/sessions", session_body(("big.png", 5 * MB + 1))), 400, "FILE_TOO_LARGE"
    )
    assert error["details"]["max_size_bytes"] == 5 * MB  # type: ignore[index]
    assert api.post("/uploads/sessions", session_body(("ok.png", 5 * MB))).status_code == 200
    envelope(
        api.post("/uploads/sessions", session_body(("big.pdf", 150 * MB + 1))),
        400,
        "FILE_TOO_LARGE",
    )
    many = session_body(*[(f"{i}.pdf", 150 * MB) for i in range(14)])
    envelope(api.post("/uploads/sessions", many), 400, "TOTAL_UPLOAD_SIZE_LIMIT_EXCEEDED")


def test_more_than_6000_files_is_invalid(api: Api) -> None:
    body = session_body(*[(f"{i}.pdf", 1) for i in range(6001)])
    error = envelope(api.post("/uploads/sessions", body), 400, "INVALID_INPUT")
    assert error["details"]["issues"][0]["path"] == ["files"]  # type: ignore[index]


def test_multipart_upload_round_trip(server: LiveServer, api: Api) -> None:
    data = bytes(range(256)) * (33 * 1024)  # 8.25 MiB: two parts
    created = create_session(api, [("big.pdf", data)])
    sid = created["upload_session_id"]
    parts = put_file(api, sid, "f0", data, created["files"][0]["part_size"])
    assert len(parts) == 2
    done = api.post(f"/uploads/sessions/{sid}/complete", {"file_id": "f0", "parts": parts})
    assert done.json() == {
        "success": True,
        "upload_session_id": sid,
        "file_id": "f0",
        "file_name": "big.pdf",
        "status": "completed",
    }
    again = api.post(f"/uploads/sessions/{sid}/complete", {"file_id": "f0", "parts": parts})
    assert again.status_code == 200 and "status" not in again.json()
    stored = list((server.data_dir / "store" / "objects" / "uploads").rglob("*"))
    assert any(
        p.is_file() and hashlib.md5(p.read_bytes()).digest() == hashlib.md5(data).digest()
        for p in stored
    )
    envelope(
        api.post(f"/uploads/sessions/{sid}/parts", {"file_id": "f0", "part_numbers": [1]}),
        409,
        "FILE_NOT_UPLOADABLE",
    )


def test_parts_errors(api: Api) -> None:
    created = create_session(api, [("a.pdf", b"x" * 100)])
    sid = created["upload_session_id"]
    envelope(
        api.post(f"/uploads/sessions/{sid}/parts", {"file_id": "nope", "part_numbers": [1]}),
        404,
        "FILE_NOT_FOUND",
    )
    envelope(
        api.post(f"/uploads/sessions/{sid}/parts", {"file_id": "f0", "part_numbers": [2]}),
        400,
        "INVALID_INPUT",
    )
    envelope(
        api.post(f"/uploads/sessions/{sid}/parts", {"file_id": "f0", "part_numbers": []}),
        400,
        "INVALID_INPUT",
    )
    ok = api.post(f"/uploads/sessions/{sid}/parts", {"file_id": "f0", "part_numbers": [1, 1]})
    assert [p["part_number"] for p in ok.json()["part_urls"]] == [1]


def test_completion_errors(api: Api) -> None:
    data = pdf_bytes()
    created = create_session(api, [("a.pdf", data), ("b.pdf", data)])
    sid = created["upload_session_id"]
    parts = put_file(api, sid, "f0", data, created["files"][0]["part_size"])
    wrong_tag = [{"part_number": 1, "e_tag": '"0000"'}]
    error = envelope(
        api.post(f"/uploads/sessions/{sid}/complete", {"file_id": "f0", "parts": wrong_tag}),
        400,
        "INVALID_COMPLETION_PARTS",
    )
    assert error["details"]["reason"] == "etag_mismatch"  # type: ignore[index]
    too_many = [*parts, {"part_number": 2, "e_tag": '"x"'}]
    envelope(
        api.post(f"/uploads/sessions/{sid}/complete", {"file_id": "f0", "parts": too_many}),
        400,
        "INVALID_COMPLETION_PARTS",
    )
    not_uploaded = api.post(f"/uploads/sessions/{sid}/complete", {"file_id": "f1", "parts": parts})
    envelope(not_uploaded, 400, "INVALID_COMPLETION_PARTS")
    envelope(
        api.post(f"/uploads/sessions/{new_id('gone')}/complete", {"file_id": "f0", "parts": parts}),
        409,
        "UPLOAD_ID_NOT_FOUND",
    )
    envelope(
        api.post(f"/uploads/sessions/{sid}/complete", {"file_id": "zz", "parts": parts}),
        404,
        "FILE_NOT_FOUND",
    )


def test_size_mismatch_is_422(api: Api) -> None:
    declared = pdf_bytes()
    created = create_session(api, [("a.pdf", declared)])
    sid = created["upload_session_id"]
    parts = put_file(api, sid, "f0", declared[:-10], created["files"][0]["part_size"])
    error = envelope(
        api.post(f"/uploads/sessions/{sid}/complete", {"file_id": "f0", "parts": parts}),
        422,
        "OBJECT_SIZE_MISMATCH",
    )
    assert error["details"] == {
        "declared_size_bytes": len(declared),
        "actual_size_bytes": len(declared) - 10,
    }


def _part_url(api: Api) -> str:
    created = create_session(api, [("a.pdf", b"0123456789")])
    response = api.post(
        f"/uploads/sessions/{created['upload_session_id']}/parts",
        {"file_id": "f0", "part_numbers": [1]},
    )
    return str(response.json()["part_urls"][0]["url"])


def test_tampered_and_expired_part_urls_are_403(server: LiveServer, api: Api) -> None:
    url = _part_url(api)
    parsed = urlparse(url)
    query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
    tampered = parsed._replace(
        query=urlencode({**query, "expires": str(int(query["expires"]) + 60)})
    ).geturl()
    envelope(requests.put(tampered, data=b"0123456789", timeout=30), 403, "FORBIDDEN")
    other_part = parsed._replace(path=parsed.path[:-1] + "2").geturl()
    envelope(requests.put(other_part, data=b"0123456789", timeout=30), 403, "FORBIDDEN")
    signer = UrlSigner((server.data_dir / "secret.key").read_bytes())
    past = int(time.time()) - 1
    expired = parsed._replace(
        query=urlencode({"expires": str(past), "sig": signer.signature("PUT", parsed.path, past)})
    ).geturl()
    error = envelope(requests.put(expired, data=b"0123456789", timeout=30), 403, "FORBIDDEN")
    assert "expired" in str(error["message"])
    assert requests.put(url, data=b"0123456789", timeout=30).status_code == 200


def test_part_body_larger_than_part_size_is_refused(api: Api) -> None:
    url = _part_url(api)
    response = requests.put(url, data=b"x" * (8 * MB + 1), timeout=60)
    assert response.status_code == 413
