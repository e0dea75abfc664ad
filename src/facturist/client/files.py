"""Finding and checking local files before upload: type by magic bytes, sizes, duplicates."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Kind = Literal["pdf", "jpeg", "png"]
EXTENSIONS: dict[Kind, tuple[str, ...]] = {
    "pdf": (".pdf",),
    "jpeg": (".jpg", ".jpeg"),
    "png": (".png",),
}
# The API's limits (contract 4.1): PDFs 150 MB, images 5 MB, names up to 200 characters.
MAX_PDF_BYTES = 157_286_400
MAX_IMAGE_BYTES = 5_242_880
MAX_NAME_CHARS = 200
# An encrypted PDF names its /Encrypt dictionary in the trailer (end of file) or, when
# linearised, in the first-page trailer near the start; reading both ends stays cheap.
ENCRYPT_SCAN_BYTES = 256 * 1024
HASH_CHUNK = 1024 * 1024
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\]+")


@dataclass(frozen=True)
class LocalFile:
    """A file that passed the checks, with what the upload needs to know about it."""

    path: Path
    upload_name: str  # unique within the batch, ends with an extension the API accepts
    size: int
    sha256: str  # content fingerprint: see file_fingerprint
    kind: Kind

    @property
    def file_id(self) -> str:
        """A stable, content-derived file id (the same bytes always get the same id)."""
        return f"f-{self.sha256[:40]}"


@dataclass(frozen=True)
class Rejected:
    """A file left out of the batch, and why."""

    path: Path
    code: str
    reason: str


def sniff_kind(head: bytes) -> Kind | None:
    """The document type from the first bytes, or None when it is not one the API reads."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    return None


def is_encrypted_pdf(path: Path, size: int) -> bool:
    """True when the PDF declares an /Encrypt dictionary (read from both ends of the file)."""
    with path.open("rb") as fh:
        head = fh.read(ENCRYPT_SCAN_BYTES)
        if size > ENCRYPT_SCAN_BYTES:
            fh.seek(max(ENCRYPT_SCAN_BYTES, size - ENCRYPT_SCAN_BYTES))
            tail = fh.read()
        else:
            tail = b""
    return b"/Encrypt" in head or b"/Encrypt" in tail


FINGERPRINT_EDGE = 1024 * 1024


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def file_fingerprint(path: Path, size: int) -> str:
    """SHA-256 of the size, the first and the last MiB: the whole content for files up to
    2 MiB (most invoices), and no full read of a 150 MB PDF before its upload starts."""
    if size <= 2 * FINGERPRINT_EDGE:
        return file_sha256(path)
    digest = hashlib.sha256(f"{size}:".encode())
    with path.open("rb") as fh:
        digest.update(fh.read(FINGERPRINT_EDGE))
        fh.seek(size - FINGERPRINT_EDGE)
        digest.update(fh.read(FINGERPRINT_EDGE))
    return "e" + digest.hexdigest()[1:]  # never equal to a full-content hash


def collect_paths(inputs: Iterable[Path]) -> list[Path]:
    """Files named directly, plus every file under named folders (recursively), sorted."""
    found: list[Path] = []
    for item in inputs:
        if item.is_dir():
            found += sorted(
                p for p in item.rglob("*") if p.is_file() and not p.name.startswith(".")
            )
        else:
            found.append(item)
    return found


def _upload_name(path: Path, kind: Kind, taken: set[str]) -> str:
    """A name the API accepts: safe characters, the right extension, unique in the batch."""
    stem, suffix = path.stem, path.suffix
    if suffix.lower() not in EXTENSIONS[kind]:
        stem, suffix = path.name, EXTENSIONS[kind][0]
    stem = _UNSAFE_NAME.sub("_", stem).strip() or "file"
    stem = stem[: MAX_NAME_CHARS - len(suffix) - 8]
    name, counter = stem + suffix, 2
    while name.lower() in taken:
        name, counter = f"{stem}~{counter}{suffix}", counter + 1
    taken.add(name.lower())
    return name


def check_file(path: Path) -> tuple[Kind, int] | Rejected:
    """Type and size of one file, or why it cannot be sent."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        return Rejected(path, "UNREADABLE", f"cannot read the file: {exc.strerror or exc}")
    if size == 0:
        return Rejected(path, "EMPTY_FILE", "the file is empty (0 bytes)")
    kind = sniff_kind(head)
    if kind is None:
        return Rejected(path, "UNSUPPORTED_TYPE", "not a PDF, JPEG or PNG (by its first bytes)")
    limit = MAX_PDF_BYTES if kind == "pdf" else MAX_IMAGE_BYTES
    if size > limit:
        label = "PDF" if kind == "pdf" else "image"
        return Rejected(path, "FILE_TOO_LARGE", f"{size} bytes; the {label} limit is {limit} bytes")
    if kind == "pdf" and is_encrypted_pdf(path, size):
        return Rejected(path, "ENCRYPTED_FILE", "the PDF is encrypted (password protected)")
    return kind, size


def validate(paths: Iterable[Path]) -> tuple[list[LocalFile], list[Rejected]]:
    """Split files into those to upload and those rejected with a reason; order is kept."""
    accepted: list[LocalFile] = []
    rejected: list[Rejected] = []
    by_hash: dict[str, Path] = {}
    taken_names: set[str] = set()
    for path in paths:
        checked = check_file(path)
        if isinstance(checked, Rejected):
            rejected.append(checked)
            continue
        kind, size = checked
        digest = file_fingerprint(path, size)
        if digest in by_hash and file_sha256(path) != file_sha256(by_hash[digest]):
            digest = file_sha256(path)  # same size and edges, different middle: rare
        if digest in by_hash:
            rejected.append(
                Rejected(path, "DUPLICATE_CONTENT", f"same content as {by_hash[digest]}")
            )
            continue
        by_hash[digest] = path
        accepted.append(LocalFile(path, _upload_name(path, kind, taken_names), size, digest, kind))
    return accepted, rejected
