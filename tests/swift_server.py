"""The all-in-one Swift (S3 API) from scripts/swift/server.py as a pytest fixture for any folder.

Use it from a conftest.py:

    from swift_server import s3_service  # noqa: F401  (registers the session fixture)

or start one by hand with `running_swift(directory)`.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

SERVER_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "swift" / "server.py"


def _load_server_module() -> ModuleType:
    # scripts/ is not a package; load the script by path (registered first, for dataclasses).
    name = "facturist_swift_server"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SERVER_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


swift = _load_server_module()


@dataclass(frozen=True)
class S3Service:
    """Where a running S3-compatible server answers, and how to sign in."""

    endpoint_url: str
    region: str
    access_key: str
    secret_key: str
    bucket: str
    environment: dict[str, str]  # FACTURIST_STORAGE=s3 and FACTURIST_S3_* for a live server


def skip_reason() -> str | None:
    """Why Swift cannot run here (the Debian packages are missing), or None."""
    missing = swift.missing_binaries()
    if not missing:
        return None
    return f"Swift not installed ({', '.join(missing)}): run scripts/install-system-packages.sh"


@contextmanager
def running_swift(root: Path, *, encryption: bool = True) -> Iterator[S3Service]:
    """Start Swift in `root`, yield where it answers, stop it (nothing left running)."""
    server = swift.SwiftServer(root, encryption=encryption)
    server.start()
    try:
        yield S3Service(
            endpoint_url=server.endpoint_url,
            region=server.region,
            access_key=server.access_key,
            secret_key=server.secret_key,
            bucket=server.bucket,
            environment=server.environment(),
        )
    finally:
        server.stop()


@pytest.fixture(scope="session")
def s3_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Service]:
    """A real S3 API (Swift + s3api) for the whole session; skipped only if not installed."""
    reason = skip_reason()
    if reason:
        pytest.skip(reason)
    with running_swift(tmp_path_factory.mktemp("swift")) as service:
        yield service
