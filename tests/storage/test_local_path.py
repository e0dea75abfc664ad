"""`local_path`: a stored object as a local file, for readers that read what they need of it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from botocore.response import StreamingBody
from botocore.stub import Stubber

from facturist.errors import ObjectNotFound, StorageError
from facturist.storage.base import ObjectStore
from facturist.storage.local import LocalObjectStore
from facturist.storage.s3 import S3ObjectStore
from facturist.storage.signing import UrlSigner


@pytest.fixture
def local_store(tmp_path: Path) -> LocalObjectStore:
    return LocalObjectStore(tmp_path / "store", UrlSigner(b"s" * 32))


def test_local_store_yields_the_objects_own_file(local_store: LocalObjectStore) -> None:
    store: ObjectStore = local_store  # the protocol holds the method
    local_store.put("files/a.pdf", io.BytesIO(b"%PDF-1.7 body"))
    with store.local_path("files/a.pdf") as path:
        assert path == local_store.root / "objects" / "files" / "a.pdf"
        assert path.read_bytes() == b"%PDF-1.7 body"
    assert path.exists()  # the object itself: never removed by reading it


def test_local_store_missing_or_bad_key(local_store: LocalObjectStore) -> None:
    with pytest.raises(ObjectNotFound), local_store.local_path("files/gone.pdf"):
        pass
    with pytest.raises(StorageError), local_store.local_path("../outside"):
        pass


@pytest.fixture
def s3_store(tmp_path: Path) -> S3ObjectStore:
    # No request leaves the process: every call is answered by a Stubber.
    return S3ObjectStore(
        endpoint_url="http://s3.invalid:9000",
        bucket="b",
        access_key="k",
        secret_key="s",
        temp_dir=tmp_path / "downloads",
    )


class _Broken(io.RawIOBase):
    """A response body that breaks after its first megabyte, as a dropped connection does."""

    def __init__(self) -> None:
        self.sent = False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.sent:
            raise ConnectionResetError("connection reset by peer")
        self.sent = True
        return b"x" * (1024 * 1024)


def test_s3_download_goes_to_a_temporary_file_removed_afterwards(
    s3_store: S3ObjectStore, tmp_path: Path
) -> None:
    body = b"%PDF-1.7 " + bytes(range(256)) * 9000
    with Stubber(s3_store._client) as stub:
        stub.add_response(
            "get_object",
            {"Body": StreamingBody(io.BytesIO(body), len(body))},
            {"Bucket": "b", "Key": "k.pdf"},
        )
        with s3_store.local_path("k.pdf") as path:
            assert path.parent == tmp_path / "downloads"
            assert path.read_bytes() == body
        assert not path.exists()
        stub.assert_no_pending_responses()


def test_s3_temporary_file_is_removed_on_errors(s3_store: S3ObjectStore, tmp_path: Path) -> None:
    downloads = tmp_path / "downloads"
    with Stubber(s3_store._client) as stub:
        stub.add_client_error("get_object", service_error_code="NoSuchKey", http_status_code=404)
        with pytest.raises(ObjectNotFound), s3_store.local_path("gone.pdf"):
            pass
        assert list(downloads.iterdir()) == []
        stub.add_response("get_object", {"Body": StreamingBody(_Broken(), 5 * 1024 * 1024)}, None)
        with pytest.raises(StorageError, match="no local copy"), s3_store.local_path("k.pdf"):
            pass
        assert list(downloads.iterdir()) == []
        stub.add_response("get_object", {"Body": StreamingBody(io.BytesIO(b"abc"), 3)}, None)
        with pytest.raises(RuntimeError), s3_store.local_path("k.pdf") as path:
            raise RuntimeError("the reader failed")
        assert not path.exists()
        assert list(downloads.iterdir()) == []


def test_service_s3_copies_go_under_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not in a /tmp that may be a tmpfs (memory): in the data directory's `tmp/` folder."""
    from facturist.service.context import _store
    from facturist.settings import load_settings

    monkeypatch.setattr(S3ObjectStore, "ensure_bucket", lambda self: None)
    settings = load_settings(
        data_dir=tmp_path / "data", storage="s3", s3_endpoint_url="http://s3.invalid:9000"
    )
    store = _store(settings)
    assert isinstance(store, S3ObjectStore)
    assert store.temp_dir == tmp_path / "data" / "tmp"
    body = b"%PDF-1.7 body"
    with Stubber(store._client) as stub:
        stub.add_response("get_object", {"Body": StreamingBody(io.BytesIO(body), len(body))}, None)
        with store.local_path("k.pdf") as path:
            assert path.parent == tmp_path / "data" / "tmp"
            assert path.read_bytes() == body
        assert not path.exists()


def test_s3_copies_default_to_the_system_temp_folder() -> None:
    import tempfile

    store = S3ObjectStore(endpoint_url="http://s3.invalid:9000", bucket="b")
    body = b"abc"
    with Stubber(store._client) as stub:
        stub.add_response("get_object", {"Body": StreamingBody(io.BytesIO(body), len(body))}, None)
        with store.local_path("k.pdf") as path:
            assert path.parent == Path(tempfile.gettempdir())
            assert path.read_bytes() == body
        assert not path.exists()
