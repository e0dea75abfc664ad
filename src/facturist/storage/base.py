"""The `ObjectStore` protocol every storage backend implements."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol


@dataclass(frozen=True)
class UploadedPart:
    """A part the store holds for an unfinished multipart upload."""

    part_number: int
    etag: str  # quoted, as the PUT answered it
    size: int


@dataclass(frozen=True)
class CompletedPart:
    part_number: int
    etag: str


class ObjectStore(Protocol):
    """Objects by key, multipart uploads through signed URLs, signed downloads."""

    def begin_multipart(self, key: str) -> str:
        """Start a multipart upload for `key`; returns the upload id."""
        ...

    def part_upload_url(self, key: str, upload_id: str, part_number: int, ttl: int) -> str:
        """A URL that accepts a bare PUT of one part for `ttl` seconds (may be relative)."""
        ...

    def list_parts(self, key: str, upload_id: str) -> list[UploadedPart]:
        """The parts received so far, by part number."""
        ...

    def complete_multipart(self, key: str, upload_id: str, parts: list[CompletedPart]) -> int:
        """Join the parts into the object; returns its size in bytes."""
        ...

    def abort_multipart(self, key: str, upload_id: str) -> None: ...

    def download_url(self, key: str, ttl: int, filename: str) -> str:
        """A URL that serves the object to a plain GET for `ttl` seconds (may be relative)."""
        ...

    def put(self, key: str, data: BinaryIO) -> int:
        """Store a stream under `key`; returns the size."""
        ...

    def read(self, key: str) -> bytes: ...

    def open(self, key: str) -> Iterator[bytes]:
        """The object's bytes in chunks (constant memory)."""
        ...

    def local_path(self, key: str) -> AbstractContextManager[Path]:
        """A local file holding the object, for the `with` block only (read it, never write):
        for readers that take a file and read what they need of it (pdfium reads a PDF's
        pages lazily), so that a big object is never held in memory whole."""
        ...

    def exists(self, key: str) -> bool: ...

    def delete(self, key: str) -> None: ...
