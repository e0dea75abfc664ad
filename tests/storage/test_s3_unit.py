"""What Swift cannot show: a store without server-side encryption, and error translation."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from botocore.stub import Stubber

from facturist.errors import ObjectNotFound, StorageError
from facturist.storage.s3 import PartsRejected, S3ObjectStore, content_disposition


@pytest.fixture
def store() -> S3ObjectStore:
    # No request leaves the process: every call below is answered by a Stubber.
    return S3ObjectStore(
        endpoint_url="http://s3.invalid:9000",
        bucket="b",
        access_key="k",
        secret_key="s",
        public_endpoint_url="https://files.example.com",
    )


@pytest.fixture
def stub(store: S3ObjectStore) -> Iterator[Stubber]:
    with Stubber(store._client) as stubber:
        yield stubber
        stubber.assert_no_pending_responses()


def test_sse_probe_says_no_when_the_store_refuses_the_header(
    store: S3ObjectStore, stub: Stubber
) -> None:
    stub.add_client_error(
        "put_object",
        service_error_code="NotImplemented",
        http_status_code=501,
        service_message="Server-side encryption is not supported.",
    )
    assert store.sse_supported() is False


def test_sse_probe_cleans_up_when_the_store_accepts(store: S3ObjectStore, stub: Stubber) -> None:
    stub.add_response("put_object", {}, expected_params=None)
    stub.add_response("delete_object", {}, expected_params=None)
    assert store.sse_supported() is True


@pytest.mark.parametrize(
    ("code", "status", "expected"),
    [
        ("NoSuchUpload", 404, ObjectNotFound),
        ("InvalidPart", 400, PartsRejected),
        ("InvalidPartOrder", 400, PartsRejected),
        ("EntityTooSmall", 400, PartsRejected),
        ("InternalError", 500, StorageError),
    ],
)
def test_completion_errors_become_facturist_errors(
    store: S3ObjectStore, stub: Stubber, code: str, status: int, expected: type[Exception]
) -> None:
    stub.add_client_error(
        "complete_multipart_upload", service_error_code=code, http_status_code=status
    )
    with pytest.raises(expected) as caught:
        store.complete_multipart("k", "u", [])
    assert type(caught.value) is expected


def test_sse_is_sent_only_when_configured(store: S3ObjectStore, stub: Stubber) -> None:
    stub.add_response(
        "create_multipart_upload", {"UploadId": "u1"}, {"Bucket": "b", "Key": "plain"}
    )
    assert store.begin_multipart("plain") == "u1"
    encrypted = S3ObjectStore(endpoint_url="http://s3.invalid", bucket="b", sse="AES256")
    with Stubber(encrypted._client) as stubber:
        stubber.add_response(
            "create_multipart_upload",
            {"UploadId": "u2"},
            {"Bucket": "b", "Key": "secret", "ServerSideEncryption": "AES256"},
        )
        assert encrypted.begin_multipart("secret") == "u2"


def test_presigned_urls_use_the_public_endpoint_and_need_no_request(
    store: S3ObjectStore,
) -> None:
    url = store.part_upload_url("a/b.pdf", "up1", 3, ttl=900)
    assert url.startswith("https://files.example.com/b/a/b.pdf?")
    assert "partNumber=3" in url and "uploadId=up1" in url and "X-Amz-Expires=900" in url
    download = store.download_url("a/b.pdf", 60, "b.pdf")
    assert "response-content-disposition=attachment" in download


def test_unquoted_etags_from_the_store_are_quoted(store: S3ObjectStore, stub: Stubber) -> None:
    stub.add_response(
        "list_parts",
        {"Parts": [{"PartNumber": 1, "ETag": "abc", "Size": 3}], "IsTruncated": False},
    )
    [part] = store.list_parts("k", "u")
    assert part.etag == '"abc"'


def test_unreachable_store_is_a_storage_error() -> None:
    store = S3ObjectStore(
        endpoint_url="http://127.0.0.1:9",
        bucket="b",
        access_key="k",
        secret_key="s",
        connect_timeout=0.2,
    )
    with pytest.raises(StorageError):
        store.put("k", io.BytesIO(b"x"))


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("facture.pdf", 'attachment; filename="facture.pdf"'),
        ('a"b.pdf', "attachment; filename*=utf-8''a%22b.pdf"),
        ("é.csv", "attachment; filename*=utf-8''%C3%A9.csv"),
    ],
)
def test_content_disposition(name: str, header: str) -> None:
    assert content_disposition(name) == header
