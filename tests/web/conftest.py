"""A live server shared by the web tests, with an account that signs in by password."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from web_accounts import PASSWORD, create_account

from live_server import LiveServer


@pytest.fixture(scope="package")
def web_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A running server (two workers, plenty of credits) with account `alice`."""
    live = LiveServer(tmp_path_factory.mktemp("web") / "data")
    live.env["FACTURIST_FREE_CREDITS_PER_MONTH"] = "100000"
    live.start()
    create_account(live, "alice", PASSWORD)
    yield live
    live.stop()
