"""Objects in an S3-compatible bucket; clients upload and download through presigned URLs."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from urllib.parse import quote

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from facturist.errors import ObjectNotFound, StorageError
from facturist.storage.base import CompletedPart, UploadedPart

if TYPE_CHECKING:
    from mypy_boto3_s3.client import S3Client

CHUNK = 1024 * 1024
# Error codes that mean "nothing there": S3 answers HEAD with a bare status, hence "404".
MISSING_CODES = frozenset({"NoSuchKey", "NoSuchUpload", "NotFound", "404"})
# What complete_multipart_upload says when the claimed parts do not match the stored ones.
REJECTED_PART_CODES = frozenset({"InvalidPart", "InvalidPartOrder", "EntityTooSmall"})
SSE_PROBE_PREFIX = ".facturist-probe/"


class PartsRejected(StorageError):
    """The store refused to join the parts (wrong ETag, order, or a part too small)."""


def _error_code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def _storage_error(exc: Exception, what: str) -> StorageError:
    """The facturist exception for a botocore one, so callers see only our error tree."""
    if isinstance(exc, ClientError):
        code = _error_code(exc)
        if code in MISSING_CODES:
            return ObjectNotFound(what)
        if code in REJECTED_PART_CODES:
            return PartsRejected(f"{what}: {code}")
        return StorageError(f"{what}: {code or 'error'} ({exc})")
    return StorageError(f"{what}: {exc}")


def content_disposition(filename: str) -> str:
    """`attachment` with the name, RFC 6266 style (as the local store's route answers)."""
    if filename.isascii() and filename.isprintable() and '"' not in filename:
        return f'attachment; filename="{filename}"'
    return f"attachment; filename*=utf-8''{quote(filename, safe='')}"


class _CountingReader:
    """A read-only view of a stream that counts the bytes handed out."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.size += len(data)
        return data


class S3ObjectStore:
    """Implements `ObjectStore` on one bucket of an S3-compatible store (AWS, Swift, MinIO…)."""

    def __init__(
        self,
        *,
        endpoint_url: str | None,
        bucket: str,
        region: str = "us-east-1",
        access_key: str | None = None,
        secret_key: str | None = None,
        path_style: bool = True,
        sse: str | None = None,
        public_endpoint_url: str | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 60.0,
        temp_dir: Path | None = None,
    ) -> None:
        self.bucket = bucket
        self.sse = sse
        self.temp_dir = temp_dir  # where `local_path` downloads to; None: the system's ($TMPDIR)
        config = Config(
            signature_version="s3v4",
            s3={"addressing_style": "path" if path_style else "virtual"},
            retries={"max_attempts": 4, "mode": "standard"},
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            # Checksums only where S3 requires them: boto3's default (since 1.36) sends uploads
            # over HTTPS as aws-chunked bodies with a CRC trailer, which Swift's s3api refuses.
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        )
        credentials: dict[str, Any] = {
            "region_name": region,
            "aws_access_key_id": access_key,
            "aws_secret_access_key": secret_key,
            "config": config,
        }
        self._client: S3Client = boto3.client("s3", endpoint_url=endpoint_url, **credentials)
        # SigV4 signs the Host header, so URLs for clients are signed for the host they use.
        self._presigner: S3Client = boto3.client(
            "s3", endpoint_url=public_endpoint_url or endpoint_url, **credentials
        )
        self._transfer = TransferConfig(multipart_chunksize=8 * CHUNK, max_concurrency=4)

    def _sse_args(self) -> dict[str, Any]:
        # Passed only when configured: stores without encryption reject the header.
        return {"ServerSideEncryption": self.sse} if self.sse else {}

    # -- bucket ----------------------------------------------------------------------------
    def ensure_bucket(self) -> None:
        """Create the bucket if it does not exist yet (idempotent, safe under races)."""
        try:
            self._client.head_bucket(Bucket=self.bucket)
            return
        except ClientError as exc:
            if _error_code(exc) not in {"404", "NoSuchBucket", "NotFound"}:
                raise _storage_error(exc, f"bucket {self.bucket}") from exc
        except BotoCoreError as exc:
            raise _storage_error(exc, f"bucket {self.bucket}") from exc
        try:
            self._client.create_bucket(Bucket=self.bucket)
        except ClientError as exc:
            if _error_code(exc) not in {"BucketAlreadyOwnedByYou", "BucketAlreadyExists"}:
                raise _storage_error(exc, f"create bucket {self.bucket}") from exc

    def sse_supported(self, algorithm: str = "AES256") -> bool:
        """Whether the store accepts server-side encryption (writes and deletes a probe object)."""
        key = f"{SSE_PROBE_PREFIX}{uuid.uuid4().hex}"
        try:
            encryption: dict[str, Any] = {"ServerSideEncryption": algorithm}
            self._client.put_object(Bucket=self.bucket, Key=key, Body=b"", **encryption)
        except ClientError as exc:
            if _error_code(exc) in {"NotImplemented", "InvalidArgument", "InvalidRequest"}:
                return False
            raise _storage_error(exc, "server-side encryption probe") from exc
        self.delete(key)
        return True

    # -- multipart -------------------------------------------------------------------------
    def begin_multipart(self, key: str) -> str:
        try:
            answer = self._client.create_multipart_upload(
                Bucket=self.bucket, Key=key, **self._sse_args()
            )
        except (ClientError, BotoCoreError) as exc:
            raise _storage_error(exc, key) from exc
        return answer["UploadId"]

    def part_upload_url(self, key: str, upload_id: str, part_number: int, ttl: int) -> str:
        # Only the host is signed: the client PUTs the bare bytes with no extra headers.
        return self._presigner.generate_presigned_url(
            "upload_part",
            Params={
                "Bucket": self.bucket,
                "Key": key,
                "UploadId": upload_id,
                "PartNumber": part_number,
            },
            ExpiresIn=ttl,
        )

    def list_parts(self, key: str, upload_id: str) -> list[UploadedPart]:
        parts: list[UploadedPart] = []
        try:
            pages = self._client.get_paginator("list_parts").paginate(
                Bucket=self.bucket, Key=key, UploadId=upload_id
            )
            for page in pages:
                for part in page.get("Parts", []):
                    etag = part["ETag"]
                    quoted = etag if etag.startswith('"') else f'"{etag}"'
                    parts.append(UploadedPart(part["PartNumber"], quoted, part["Size"]))
        except (ClientError, BotoCoreError) as exc:
            raise _storage_error(exc, f"upload of {key}") from exc
        return sorted(parts, key=lambda p: p.part_number)

    def complete_multipart(self, key: str, upload_id: str, parts: list[CompletedPart]) -> int:
        claimed = [
            {"PartNumber": p.part_number, "ETag": f'"{p.etag.strip(chr(34))}"'} for p in parts
        ]
        try:
            self._client.complete_multipart_upload(
                Bucket=self.bucket,
                Key=key,
                UploadId=upload_id,
                MultipartUpload={"Parts": claimed},  # type: ignore[typeddict-item]
            )
            return self._client.head_object(Bucket=self.bucket, Key=key)["ContentLength"]
        except (ClientError, BotoCoreError) as exc:
            raise _storage_error(exc, f"upload of {key}") from exc

    def abort_multipart(self, key: str, upload_id: str) -> None:
        try:
            self._client.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload_id)
        except ClientError as exc:
            if _error_code(exc) not in MISSING_CODES:  # already gone: nothing to abort
                raise _storage_error(exc, f"upload of {key}") from exc
        except BotoCoreError as exc:
            raise _storage_error(exc, f"upload of {key}") from exc

    # -- objects ---------------------------------------------------------------------------
    def download_url(self, key: str, ttl: int, filename: str) -> str:
        return self._presigner.generate_presigned_url(
            "get_object",
            Params={
                "Bucket": self.bucket,
                "Key": key,
                "ResponseContentDisposition": content_disposition(filename),
            },
            ExpiresIn=ttl,
        )

    def put(self, key: str, data: BinaryIO) -> int:
        # Streamed: large bodies go up as a multipart upload, a chunk at a time.
        reader = _CountingReader(data)
        try:
            self._client.upload_fileobj(
                reader,  # type: ignore[arg-type]
                self.bucket,
                key,
                ExtraArgs=self._sse_args() or None,
                Config=self._transfer,
            )
        except (ClientError, BotoCoreError) as exc:
            raise _storage_error(exc, key) from exc
        return reader.size

    def read(self, key: str) -> bytes:
        try:
            body = self._client.get_object(Bucket=self.bucket, Key=key)["Body"]
            with body:
                return body.read()
        except (ClientError, BotoCoreError) as exc:
            raise _storage_error(exc, key) from exc

    def open(self, key: str) -> Iterator[bytes]:
        try:
            body = self._client.get_object(Bucket=self.bucket, Key=key)["Body"]
        except (ClientError, BotoCoreError) as exc:
            raise _storage_error(exc, key) from exc
        with body:
            try:
                yield from body.iter_chunks(CHUNK)
            except BotoCoreError as exc:
                raise _storage_error(exc, key) from exc

    @contextmanager
    def local_path(self, key: str) -> Iterator[Path]:
        """The object downloaded a chunk at a time to a temporary file (never whole in
        memory), removed when the block ends, however it ends."""
        try:
            if self.temp_dir is not None:
                self.temp_dir.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix="facturist-", dir=self.temp_dir)
        except OSError as exc:
            raise StorageError(f"{key}: no temporary file for a local copy ({exc})") from exc
        path = Path(name)
        try:
            try:
                with os.fdopen(handle, "wb") as file:
                    for chunk in self.open(key):
                        file.write(chunk)
            except OSError as exc:  # a full disk, a dropped connection
                raise StorageError(f"{key}: no local copy could be made ({exc})") from exc
            yield path
        finally:
            path.unlink(missing_ok=True)

    def exists(self, key: str) -> bool:
        try:
            self._client.head_object(Bucket=self.bucket, Key=key)
        except ClientError as exc:
            if _error_code(exc) in MISSING_CODES:
                return False
            raise _storage_error(exc, key) from exc
        except BotoCoreError as exc:
            raise _storage_error(exc, key) from exc
        return True

    def delete(self, key: str) -> None:
        try:
            self._client.delete_object(Bucket=self.bucket, Key=key)
        except ClientError as exc:
            if _error_code(exc) not in MISSING_CODES:
                raise _storage_error(exc, key) from exc
        except BotoCoreError as exc:
            raise _storage_error(exc, key) from exc
