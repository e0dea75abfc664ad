"""S3ObjectStore against a real S3 API: OpenStack Swift with s3api, started by the fixture."""

from __future__ import annotations

import hashlib
import io
import os
import time
import uuid
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest
import requests

from facturist.errors import ObjectNotFound, StorageError
from facturist.storage.base import CompletedPart
from facturist.storage.s3 import PartsRejected, S3ObjectStore
from swift_server import S3Service

from .conftest import make_store

pytestmark = pytest.mark.services

MIB = 1024 * 1024
PART = 5 * MIB  # S3's smallest part but the last


def _upload_parts(store: S3ObjectStore, key: str, upload_id: str, parts: list[bytes]) -> list[str]:
    """PUT each part to its presigned URL as a browser would: bare bytes, no headers."""
    etags = []
    for number, chunk in reversed(list(enumerate(parts, start=1))):  # any order is allowed
        url = store.part_upload_url(key, upload_id, number, ttl=60)
        answer = requests.put(url, data=chunk, timeout=30)
        assert answer.status_code == 200, answer.text
        etags.append(answer.headers["ETag"])
    return etags[::-1]


def test_multipart_upload_through_presigned_urls_is_byte_exact(
    s3_store: S3ObjectStore, key: str
) -> None:
    data = os.urandom(PART + 300_001)
    parts = [data[:PART], data[PART:]]
    upload_id = s3_store.begin_multipart(key)
    etags = _upload_parts(s3_store, key, upload_id, parts)

    listed = s3_store.list_parts(key, upload_id)
    assert [(p.part_number, p.size) for p in listed] == [(1, PART), (2, 300_001)]
    assert [p.etag for p in listed] == etags
    assert [p.etag for p in listed] == [f'"{hashlib.md5(p).hexdigest()}"' for p in parts]

    completed = [CompletedPart(p.part_number, p.etag) for p in listed]
    assert s3_store.complete_multipart(key, upload_id, completed) == len(data)
    assert s3_store.read(key) == data
    # A retried completion: Swift answers it again (idempotent), AWS may say NoSuchUpload;
    # either way the object stays whole (the service then checks that it exists).
    try:
        again = s3_store.complete_multipart(key, upload_id, completed)
    except ObjectNotFound:
        again = len(data)
    assert again == len(data)
    assert s3_store.read(key) == data


def test_unquoted_etags_are_accepted_at_completion(s3_store: S3ObjectStore, key: str) -> None:
    upload_id = s3_store.begin_multipart(key)
    [etag] = _upload_parts(s3_store, key, upload_id, [b"one small part"])
    size = s3_store.complete_multipart(key, upload_id, [CompletedPart(1, etag.strip('"'))])
    assert size == len(b"one small part")


def test_wrong_etag_at_completion_is_rejected_and_the_upload_survives(
    s3_store: S3ObjectStore, key: str
) -> None:
    upload_id = s3_store.begin_multipart(key)
    _upload_parts(s3_store, key, upload_id, [b"payload"])
    wrong = f'"{hashlib.md5(b"something else").hexdigest()}"'
    with pytest.raises(PartsRejected):
        s3_store.complete_multipart(key, upload_id, [CompletedPart(1, wrong)])
    assert not s3_store.exists(key)
    assert [p.part_number for p in s3_store.list_parts(key, upload_id)] == [1]


def test_a_small_part_before_the_last_is_rejected(s3_store: S3ObjectStore, key: str) -> None:
    upload_id = s3_store.begin_multipart(key)
    etags = _upload_parts(s3_store, key, upload_id, [b"a" * 1024, b"b" * 1024])
    parts = [CompletedPart(n, e) for n, e in enumerate(etags, start=1)]
    with pytest.raises(PartsRejected):
        s3_store.complete_multipart(key, upload_id, parts)


def test_missing_or_aborted_upload_is_object_not_found(s3_store: S3ObjectStore, key: str) -> None:
    bogus = uuid.uuid4().hex
    with pytest.raises(ObjectNotFound):
        s3_store.list_parts(key, bogus)
    with pytest.raises(ObjectNotFound):
        s3_store.complete_multipart(key, bogus, [CompletedPart(1, '"0"')])
    s3_store.abort_multipart(key, bogus)  # nothing to abort is not an error

    upload_id = s3_store.begin_multipart(key)
    url = s3_store.part_upload_url(key, upload_id, 1, ttl=60)
    s3_store.abort_multipart(key, upload_id)
    assert requests.put(url, data=b"late part", timeout=30).status_code == 404
    with pytest.raises(ObjectNotFound):
        s3_store.list_parts(key, upload_id)


def test_presigned_get_serves_the_file_without_credentials(
    s3_store: S3ObjectStore, key: str
) -> None:
    s3_store.put(key, io.BytesIO(b"%PDF-1.7 invoice"))
    url = s3_store.download_url(key, ttl=60, filename="facture 7.pdf")
    answer = requests.get(url, timeout=30)
    assert answer.status_code == 200
    assert answer.content == b"%PDF-1.7 invoice"
    assert answer.headers["Content-Disposition"] == 'attachment; filename="facture 7.pdf"'

    unicode_url = s3_store.download_url(key, ttl=60, filename="Rechnung März.pdf")
    disposition = requests.get(unicode_url, timeout=30).headers["Content-Disposition"]
    assert disposition == "attachment; filename*=utf-8''Rechnung%20M%C3%A4rz.pdf"


def test_presigned_get_expires(s3_store: S3ObjectStore, key: str) -> None:
    s3_store.put(key, io.BytesIO(b"short-lived"))
    signed = time.time()
    # A few seconds of life, so that a busy machine still fetches it in time.
    url = s3_store.download_url(key, ttl=5, filename="x.pdf")
    assert requests.get(url, timeout=30).status_code == 200
    time.sleep(max(0.0, signed + 5 + 2.1 - time.time()))  # X-Amz-Date: one-second resolution
    assert requests.get(url, timeout=30).status_code == 403


def _with_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update(changes)
    return urlunsplit(parts._replace(query=urlencode(query)))


def test_tampered_urls_are_refused(s3_store: S3ObjectStore, key: str) -> None:
    other = key.replace("file.pdf", "other.pdf")
    s3_store.put(key, io.BytesIO(b"mine"))
    s3_store.put(other, io.BytesIO(b"someone else's"))
    url = s3_store.download_url(key, ttl=60, filename="x.pdf")
    assert requests.get(url, timeout=30).status_code == 200

    another_object = url.replace("/file.pdf?", "/other.pdf?")
    longer_life = _with_query(url, **{"X-Amz-Expires": "604800"})
    signature = dict(parse_qsl(urlsplit(url).query))["X-Amz-Signature"]
    forged = _with_query(url, **{"X-Amz-Signature": signature[::-1]})
    for bad in (another_object, longer_life, forged):
        assert requests.get(bad, timeout=30).status_code == 403

    upload_id = s3_store.begin_multipart(key)
    part_url = s3_store.part_upload_url(key, upload_id, 1, ttl=60)
    other_part = _with_query(part_url, partNumber="2")
    assert requests.put(other_part, data=b"x", timeout=30).status_code == 403
    s3_store.abort_multipart(key, upload_id)


def test_put_read_open_exists_delete(s3_store: S3ObjectStore, key: str) -> None:
    assert not s3_store.exists(key)
    assert s3_store.put(key, io.BytesIO(b"rows,1\n")) == 7
    assert s3_store.exists(key)
    assert s3_store.read(key) == b"rows,1\n"
    assert b"".join(s3_store.open(key)) == b"rows,1\n"
    s3_store.put(key, io.BytesIO(b"replaced"))
    assert s3_store.read(key) == b"replaced"
    s3_store.delete(key)
    assert not s3_store.exists(key)
    with pytest.raises(ObjectNotFound):
        s3_store.read(key)
    with pytest.raises(ObjectNotFound):
        next(s3_store.open(key))
    s3_store.delete(key)  # deleting nothing is not an error


class _PatternStream(io.RawIOBase):
    """`size` bytes generated on the fly and never held whole, with their running SHA-256."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.digest = hashlib.sha256()
        self.block = os.urandom(MIB - 7)  # not a divisor of the chunk sizes on the way

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self.left, len(self.block))
        buffer[:n] = self.block[:n]
        self.digest.update(self.block[:n])
        self.left -= n
        return n


def test_large_object_is_streamed_both_ways(s3_store: S3ObjectStore, key: str) -> None:
    size = 18 * MIB + 5  # above the multipart threshold: upload_fileobj sends parts
    source = _PatternStream(size)
    assert s3_store.put(key, io.BufferedReader(source)) == size
    digest, total, chunks = hashlib.sha256(), 0, 0
    for chunk in s3_store.open(key):
        assert len(chunk) <= MIB
        digest.update(chunk)
        total += len(chunk)
        chunks += 1
    assert total == size
    assert chunks >= 18
    assert digest.hexdigest() == source.digest.hexdigest()


def test_server_side_encryption_when_the_store_offers_it(s3_service: S3Service, key: str) -> None:
    store = make_store(s3_service, sse="AES256")
    assert store.sse_supported()
    store.put(key, io.BytesIO(b"encrypted at rest"))
    assert store.read(key) == b"encrypted at rest"
    upload_id = store.begin_multipart(key + ".mp")
    [etag] = _upload_parts(store, key + ".mp", upload_id, [b"part"])
    assert store.complete_multipart(key + ".mp", upload_id, [CompletedPart(1, etag)]) == 4
    assert requests.get(store.download_url(key, 60, "a.pdf"), timeout=30).content == (
        b"encrypted at rest"
    )


def test_public_endpoint_signs_urls_for_the_clients_host_name(
    s3_service: S3Service, key: str
) -> None:
    public = s3_service.endpoint_url.replace("127.0.0.1", "localhost")
    store = make_store(s3_service, public_endpoint_url=public)
    upload_id = store.begin_multipart(key)
    url = store.part_upload_url(key, upload_id, 1, ttl=60)
    assert url.startswith(public + "/")
    answer = requests.put(url, data=b"via another name", timeout=30)
    assert answer.status_code == 200
    store.complete_multipart(key, upload_id, [CompletedPart(1, answer.headers["ETag"])])
    download = store.download_url(key, 60, "a.pdf")
    assert download.startswith(public + "/")
    assert requests.get(download, timeout=30).content == b"via another name"


def test_ensure_bucket_creates_a_missing_bucket_once(s3_service: S3Service, key: str) -> None:
    store = make_store(s3_service, bucket=f"fresh-{uuid.uuid4().hex[:12]}")
    with pytest.raises(StorageError):
        store.put(key, io.BytesIO(b"no bucket yet"))
    store.ensure_bucket()
    store.ensure_bucket()
    store.put(key, io.BytesIO(b"now there is"))
    assert store.read(key) == b"now there is"


def test_wrong_secret_is_a_storage_error(s3_service: S3Service, key: str) -> None:
    store = make_store(s3_service, secret_key="not-the-secret")
    with pytest.raises(StorageError):
        store.put(key, io.BytesIO(b"x"))
    bad_url = store.download_url(key, 60, "x.pdf")
    assert requests.get(bad_url, timeout=30).status_code == 403


def test_local_path_downloads_in_chunks_to_a_file_removed_afterwards(
    s3_service: S3Service, key: str, tmp_path: Path
) -> None:
    store = make_store(s3_service, temp_dir=tmp_path)
    size = 18 * MIB + 5
    source = _PatternStream(size)
    store.put(key, io.BufferedReader(source))
    with store.local_path(key) as path:
        assert path.parent == tmp_path
        digest = hashlib.sha256()
        with path.open("rb") as file:
            while chunk := file.read(MIB):
                digest.update(chunk)
        assert path.stat().st_size == size
        assert digest.hexdigest() == source.digest.hexdigest()
    assert not path.exists()
    store.delete(key)
    with pytest.raises(ObjectNotFound), store.local_path(key):
        pass
    assert list(tmp_path.iterdir()) == []
