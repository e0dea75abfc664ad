"""Sign-in, session cookies and CSRF over plain HTTP; Bearer keys keep working unchanged."""

from __future__ import annotations

import requests
from web_accounts import PASSWORD, create_account

from live_server import LiveServer


def _signed_in(server: LiveServer, name: str = "alice") -> tuple[requests.Session, str]:
    browser = requests.Session()
    answer = browser.post(
        server.url + "/web/api/sign-in", json={"name": name, "password": PASSWORD}, timeout=30
    )
    assert answer.status_code == 200, answer.text
    return browser, answer.json()["csrf_token"]


def test_sign_in_sets_a_strict_http_only_cookie(web_server: LiveServer) -> None:
    answer = requests.post(
        web_server.url + "/web/api/sign-in",
        json={"name": "alice", "password": PASSWORD},
        timeout=30,
    )
    assert answer.status_code == 200
    cookie = answer.headers["set-cookie"].lower()
    assert "facturist_session=" in cookie
    assert "httponly" in cookie
    assert "samesite=strict" in cookie
    assert "path=/" in cookie


def test_wrong_password_and_unknown_account_are_refused_alike(web_server: LiveServer) -> None:
    for name, password in (("alice", "wrong password"), ("nobody", PASSWORD)):
        answer = requests.post(
            web_server.url + "/web/api/sign-in",
            json={"name": name, "password": password},
            timeout=30,
        )
        assert answer.status_code == 401
        assert answer.json()["error"]["message"] == "Wrong account name or password."
        assert "set-cookie" not in answer.headers


def test_cookie_reads_the_api_and_writes_need_the_csrf_token(web_server: LiveServer) -> None:
    browser, csrf = _signed_in(web_server)
    balance = browser.get(web_server.api + "/credits/balance", timeout=30)
    assert balance.status_code == 200 and balance.json()["success"] is True
    body = {
        "upload_session_id": "web_csrf_check",
        "files": [{"file_id": "f1", "file_name": "a.pdf", "file_size_bytes": 10}],
    }
    refused = browser.post(web_server.api + "/uploads/sessions", json=body, timeout=30)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "FORBIDDEN"
    wrong = browser.post(
        web_server.api + "/uploads/sessions",
        json=body,
        headers={"X-CSRF-Token": csrf + "x"},
        timeout=30,
    )
    assert wrong.status_code == 403
    accepted = browser.post(
        web_server.api + "/uploads/sessions",
        json=body,
        headers={"X-CSRF-Token": csrf},
        timeout=30,
    )
    assert accepted.status_code == 200, accepted.text


def test_sign_out_ends_the_session(web_server: LiveServer) -> None:
    browser, csrf = _signed_in(web_server)
    assert browser.get(web_server.url + "/web/api/me", timeout=30).status_code == 200
    cookie = browser.cookies.get("facturist_session")
    out = browser.post(
        web_server.url + "/web/api/sign-out", headers={"X-CSRF-Token": csrf}, timeout=30
    )
    assert out.status_code == 200
    replay = requests.get(
        web_server.api + "/credits/balance", cookies={"facturist_session": cookie}, timeout=30
    )
    assert replay.status_code == 401
    assert replay.json()["error"]["code"] == "UNAUTHENTICATED"


def test_bearer_key_wins_over_a_cookie_and_keys_cannot_manage_keys(
    web_server: LiveServer,
) -> None:
    browser, csrf = _signed_in(web_server)
    bad_bearer = browser.get(
        web_server.api + "/credits/balance",
        headers={"Authorization": "Bearer fct_not_a_key"},
        timeout=30,
    )
    assert bad_bearer.status_code == 401  # the header decides, exactly as without a cookie
    created = browser.post(
        web_server.url + "/web/api/keys",
        json={"label": "from test"},
        headers={"X-CSRF-Token": csrf},
        timeout=30,
    )
    key = created.json()["key"]
    with_key = requests.get(
        web_server.url + "/web/api/keys", headers={"Authorization": f"Bearer {key}"}, timeout=30
    )
    assert with_key.status_code == 401


def test_team_admin_sees_the_team_member_does_not(web_server: LiveServer) -> None:
    create_account(web_server, "boss", PASSWORD, "--admin", "--team", "alice")
    boss, _ = _signed_in(web_server, "boss")
    alice, _ = _signed_in(web_server, "alice")
    me = boss.get(web_server.url + "/web/api/me", timeout=30).json()
    assert me["is_admin"] is True and me["team"] == "alice"
    assert boss.get(web_server.api + "/extractions?scope=team", timeout=30).status_code == 200
    refused = alice.get(web_server.api + "/extractions?scope=team", timeout=30)
    assert refused.status_code == 403


def test_index_and_assets_are_served_locally_with_a_strict_policy(web_server: LiveServer) -> None:
    page = requests.get(web_server.url + "/", timeout=30)
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    for asset in (
        "/static/core.js",
        "/static/upload.js",
        "/static/results.js",
        "/static/app.js",
        "/static/app.css",
    ):
        served = requests.get(web_server.url + asset, timeout=30)
        assert served.status_code == 200
        assert "http://" not in served.text and "https://" not in served.text
    assert "https://" not in page.text and "http://" not in page.text


def test_first_start_prints_an_admin_password_that_signs_in(web_server: LiveServer) -> None:
    # The whole log: the first-start lines are at its head, and by the time this test runs the
    # module's earlier tests may have pushed them out of the default 5,000-character tail.
    lines = web_server.log(tail=None).splitlines()
    marker = next(i for i, line in enumerate(lines) if "sign in to the web app as 'admin'" in line)
    password = lines[marker + 2].strip()
    answer = requests.post(
        web_server.url + "/web/api/sign-in",
        json={"name": "admin", "password": password},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
