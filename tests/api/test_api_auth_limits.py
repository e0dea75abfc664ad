"""Authentication, unknown routes, rate limits, credits and team scope."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from flows import create_session, new_id
from http_api import Api, pdf_bytes
from live_server import LiveServer, facturist_cli


def envelope(response: requests.Response, status: int, code: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["success"] is False
    assert set(body["error"]) == {"code", "message", "retryable", "details"}
    assert body["error"]["code"] == code, body
    return dict(body["error"])


def test_missing_and_wrong_keys_are_401(server: LiveServer) -> None:
    envelope(Api(server.api, None).get("/credits/balance"), 401, "UNAUTHENTICATED")
    envelope(Api(server.api, "fct_nope").get("/credits/balance"), 401, "UNAUTHENTICATED")


def test_revoked_key_is_401_revoked(server: LiveServer) -> None:
    key = server.create_key("revokee")
    assert Api(server.api, key).get("/credits/balance").status_code == 200
    facturist_cli("keys", "revoke", key[:12], "--data-dir", str(server.data_dir))
    error = envelope(Api(server.api, key).get("/credits/balance"), 401, "API_KEY_REVOKED")
    assert error["retryable"] is False


def test_cli_keys_create_and_list(server: LiveServer) -> None:
    out = facturist_cli("keys", "create", "--account", "lister", "--data-dir", str(server.data_dir))
    key = out.strip().splitlines()[-1]
    assert key.startswith("fct_")
    assert Api(server.api, key).get("/credits/balance").status_code == 200
    listing = facturist_cli("keys", "list", "--data-dir", str(server.data_dir))
    assert "lister" in listing and key[:12] in listing


def test_unknown_route_is_not_found_envelope(api: Api) -> None:
    envelope(api.get("/nothing-here"), 404, "NOT_FOUND")


def test_credit_balance_shape(api: Api) -> None:
    body = api.get("/credits/balance").json()
    assert body["success"] is True
    assert isinstance(body["credits_balance"], int) and isinstance(body["credits_reserved"], int)


def test_rate_limit_429_with_retry_after(idle_server: LiveServer) -> None:
    api = Api(idle_server.api, idle_server.create_key("limited"))
    for _ in range(3):
        assert api.get("/credits/balance").status_code == 200
    response = api.get("/credits/balance")
    error = envelope(response, 429, "RATE_LIMITED")
    assert error["retryable"] is True
    retry_after = int(response.headers["Retry-After"])
    assert 1 <= retry_after <= 60
    assert error["details"] == {"retry_after_seconds": retry_after}
    # Limits are per key: another key is not affected.
    other = Api(idle_server.api, idle_server.create_key("unlimited"))
    assert other.get("/credits/balance").status_code == 200


def test_insufficient_credits_at_session_creation(idle_server: LiveServer) -> None:
    api = Api(idle_server.api, idle_server.create_key("poor"))
    files = [
        {"file_id": f"f{i}", "file_name": f"{i}.pdf", "file_size_bytes": 100} for i in range(6)
    ]
    response = api.post("/uploads/sessions", {"upload_session_id": new_id("s"), "files": files})
    error = envelope(response, 402, "INSUFFICIENT_CREDITS")
    assert error["details"] == {"credits_balance": 5, "credits_reserved": 0, "file_count": 6}


def test_credits_grant_raises_balance(idle_server: LiveServer) -> None:
    key = idle_server.create_key("granted")
    facturist_cli("credits", "grant", "granted", "20", "--data-dir", str(idle_server.data_dir))
    assert Api(idle_server.api, key).get("/credits/balance").json()["credits_balance"] == 25


def test_team_scope_needs_admin(server: LiveServer, api: Api) -> None:
    envelope(api.get("/extractions", scope="team"), 403, "FORBIDDEN")
    admin = Api(server.api, server.create_key("boss", "--admin"))
    assert admin.get("/extractions", scope="team").status_code == 200


@pytest.mark.parametrize("path", ["/extractions/not-a-uuid", "/extractions/not-a-uuid/details"])
def test_non_uuid_extraction_id_is_invalid_input(api: Api, path: str) -> None:
    error = envelope(api.get(path), 400, "INVALID_INPUT")
    assert error["details"]["issues"][0]["path"] == ["extraction_id"]  # type: ignore[index]


def test_other_accounts_ids_are_404(server: LiveServer, api: Api) -> None:
    created = create_session(api, [("mine.pdf", pdf_bytes())])
    assert created["success"] is True
    stranger = Api(server.api, server.create_key("mallory"))
    response = stranger.post(
        f"/uploads/sessions/{created['upload_session_id']}/parts",
        {"file_id": "f0", "part_numbers": [1]},
    )
    envelope(response, 404, "FILE_NOT_FOUND")


def test_openapi_and_offline_docs(server: LiveServer) -> None:
    spec = requests.get(server.url + "/openapi.json", timeout=30).json()
    assert "/v1/extractions/{extraction_id}" in spec["paths"]
    assert "/v1/uploads/sessions" in spec["paths"]
    docs = requests.get(server.url + "/docs", timeout=30)
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower() and "http" not in docs.text.split("<body>")[-1].replace(
        server.url, ""
    )
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert (
            requests.get(f"{server.url}/static-offline-docs/{asset}", timeout=30).status_code == 200
        )


def test_fault_switch_injects_retryable_errors(tmp_path: Path) -> None:
    live = LiveServer(tmp_path / "data", workers=0)
    live.env.update({"FACTURIST_FAULT_EVERY_NTH_REQUEST": "2", "FACTURIST_FAULT_STATUS": "429"})
    live.start()
    try:
        api = Api(live.api, live.create_key("faulty"))
        first, second = api.get("/credits/balance"), api.get("/credits/balance")
        assert first.status_code == 200
        error = envelope(second, 429, "RATE_LIMITED")
        assert error["retryable"] is True and second.headers["Retry-After"] == "1"
    finally:
        live.stop()
