"""Objects as files under the data directory, reached through signed URLs the API serves."""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from facturist.errors import ObjectNotFound, StorageError
from facturist.storage.base import CompletedPart, UploadedPart
from facturist.storage.signing import UrlSigner

CHUNK = 1024 * 1024
UPLOAD_PREFIX = "/storage/uploads"
DOWNLOAD_PREFIX = "/storage/objects"


class PartTooLarge(StorageError):
    """A PUT body longer than the session's part size."""


class LocalObjectStore:
    """Implements `ObjectStore` on a directory; multipart staging lives beside the objects."""

    def __init__(self, root: Path, signer: UrlSigner) -> None:
        self.root = root
        self.signer = signer
        self._objects = root / "objects"
        self._staging = root / "multipart"
        self._objects.mkdir(parents=True, exist_ok=True)
        self._staging.mkdir(parents=True, exist_ok=True)

    # -- paths -----------------------------------------------------------------------------
    def _object_path(self, key: str) -> Path:
        if not key or key.startswith("/") or ".." in key.split("/"):
            raise StorageError(f"bad object key {key!r}")
        return self._objects / key

    def _upload_dir(self, upload_id: str) -> Path:
        if not upload_id.isalnum():
            raise StorageError("bad upload id")
        return self._staging / upload_id

    # -- multipart -------------------------------------------------------------------------
    def begin_multipart(self, key: str) -> str:
        upload_id = secrets.token_hex(16)
        directory = self._upload_dir(upload_id)
        directory.mkdir(parents=True)
        (directory / "key").write_text(key, encoding="utf-8")
        return upload_id

    def part_upload_url(self, key: str, upload_id: str, part_number: int, ttl: int) -> str:
        return self.signer.sign("PUT", f"{UPLOAD_PREFIX}/{upload_id}/{part_number}", ttl)

    def upload_exists(self, upload_id: str) -> bool:
        try:
            return self._upload_dir(upload_id).is_dir()
        except StorageError:
            return False

    async def receive_part(
        self, upload_id: str, part_number: int, body: AsyncIterator[bytes], max_size: int
    ) -> UploadedPart:
        """Stream one part to disk (never whole in memory); returns it with its quoted MD5 ETag."""
        directory = self._upload_dir(upload_id)
        if not directory.is_dir():
            raise ObjectNotFound("no such upload")
        md5 = hashlib.md5(usedforsecurity=False)
        size = 0
        tmp = directory / f"{part_number}.{secrets.token_hex(4)}.tmp"
        try:
            with tmp.open("wb") as fh:
                async for chunk in body:
                    size += len(chunk)
                    if size > max_size:
                        raise PartTooLarge(f"part larger than {max_size} bytes")
                    md5.update(chunk)
                    fh.write(chunk)
            etag = f'"{md5.hexdigest()}"'
            os.replace(tmp, directory / f"{part_number}.part")
            (directory / f"{part_number}.etag").write_text(etag, encoding="ascii")
        finally:
            tmp.unlink(missing_ok=True)
        return UploadedPart(part_number, etag, size)

    def list_parts(self, key: str, upload_id: str) -> list[UploadedPart]:
        directory = self._upload_dir(upload_id)
        if not directory.is_dir():
            raise ObjectNotFound("no such upload")
        parts = []
        for path in directory.glob("*.part"):
            number = int(path.stem)
            etag_path = directory / f"{number}.etag"
            if etag_path.exists():
                etag = etag_path.read_text(encoding="ascii")
                parts.append(UploadedPart(number, etag, path.stat().st_size))
        return sorted(parts, key=lambda p: p.part_number)

    def complete_multipart(self, key: str, upload_id: str, parts: list[CompletedPart]) -> int:
        directory = self._upload_dir(upload_id)
        if not directory.is_dir():
            raise ObjectNotFound("no such upload")
        target = self._object_path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".joining")
        size = 0
        with tmp.open("wb") as out:
            for part in parts:
                with (directory / f"{part.part_number}.part").open("rb") as src:
                    size += _copy(src, out)
        # No fsync: like SQLite in WAL mode with synchronous=NORMAL, a finished write survives
        # a crash of any process; only a power cut can lose the last moments, and the client
        # then uploads again (completion is idempotent, a missing object is re-requested).
        os.replace(tmp, target)
        shutil.rmtree(directory, ignore_errors=True)
        return size

    def abort_multipart(self, key: str, upload_id: str) -> None:
        shutil.rmtree(self._upload_dir(upload_id), ignore_errors=True)

    # -- objects ---------------------------------------------------------------------------
    def download_url(self, key: str, ttl: int, filename: str) -> str:
        return self.signer.sign("GET", f"{DOWNLOAD_PREFIX}/{key}", ttl, {"filename": filename})

    def path_for_download(self, key: str) -> Path:
        """The file behind a verified download URL."""
        path = self._object_path(key)
        if not path.is_file():
            raise ObjectNotFound(key)
        return path

    def put(self, key: str, data: BinaryIO) -> int:
        target = self._object_path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + f".{secrets.token_hex(4)}.tmp")
        with tmp.open("wb") as out:
            size = _copy(data, out)
        os.replace(tmp, target)
        return size

    def read(self, key: str) -> bytes:
        try:
            return self._object_path(key).read_bytes()
        except FileNotFoundError as exc:
            raise ObjectNotFound(key) from exc

    def open(self, key: str) -> Iterator[bytes]:
        try:
            fh = self._object_path(key).open("rb")
        except FileNotFoundError as exc:
            raise ObjectNotFound(key) from exc
        with fh:
            while chunk := fh.read(CHUNK):
                yield chunk

    @contextmanager
    def local_path(self, key: str) -> Iterator[Path]:
        """The object's own file: nothing is copied. A `put` or `delete` meanwhile replaces
        or unlinks the name, and a reader that opened the file goes on reading the old one."""
        path = self._object_path(key)
        if not path.is_file():
            raise ObjectNotFound(key)
        yield path

    def exists(self, key: str) -> bool:
        return self._object_path(key).is_file()

    def delete(self, key: str) -> None:
        self._object_path(key).unlink(missing_ok=True)


def _copy(src: BinaryIO, dst: BinaryIO) -> int:
    size = 0
    while chunk := src.read(CHUNK):
        dst.write(chunk)
        size += len(chunk)
    return size
