"""The run's plan and progress in one JSON file, written atomically, so a run can resume."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from facturist.client.errors import StateError
from facturist.client.files import LocalFile

STATE_VERSION = 1
# The API's per-session limits (contract 4.1): 6,000 files and 2 GB per upload session.
MAX_FILES_PER_CHUNK = 6000
MAX_BYTES_PER_CHUNK = 2 * 1024 * 1024 * 1024


@dataclass
class ChunkState:
    """One upload session and the extraction made from it."""

    index: int
    upload_session_id: str
    submission_id: str
    file_ids: list[str]
    completed: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # file id -> reason
    extraction_id: str | None = None
    status: str | None = None
    outcome: dict[str, Any] | None = None  # the final status payload, trimmed
    downloads: dict[str, str] = field(default_factory=dict)  # format -> local path


@dataclass
class RunState:
    """Everything a re-run needs to continue: ids, what is uploaded, what is submitted."""

    run_id: str
    batch_key: str
    files: dict[str, dict[str, Any]]  # file id -> path, upload_name, size
    chunks: list[ChunkState]
    version: int = STATE_VERSION

    def chunk_of(self, file_id: str) -> ChunkState:
        """The chunk a file belongs to."""
        for chunk in self.chunks:
            if file_id in chunk.file_ids:
                return chunk
        raise KeyError(file_id)


def batch_key(files: Sequence[LocalFile], job: dict[str, Any]) -> str:
    """A digest of the files' contents and the request; a state file only fits the same key."""
    digest = hashlib.sha256(json.dumps(job, sort_keys=True).encode())
    for f in sorted(files, key=lambda f: f.sha256):
        digest.update(f.sha256.encode())
    return digest.hexdigest()[:32]


def split_chunks(
    files: Sequence[LocalFile],
    max_files: int = MAX_FILES_PER_CHUNK,
    max_bytes: int = MAX_BYTES_PER_CHUNK,
) -> list[list[LocalFile]]:
    """Files in order, cut into groups within the per-session file and byte limits."""
    chunks: list[list[LocalFile]] = []
    current: list[LocalFile] = []
    size = 0
    for f in files:
        if current and (len(current) >= max_files or size + f.size > max_bytes):
            chunks.append(current)
            current, size = [], 0
        current.append(f)
        size += f.size
    if current:
        chunks.append(current)
    return chunks


def new_state(
    files: Sequence[LocalFile],
    job: dict[str, Any],
    max_files: int = MAX_FILES_PER_CHUNK,
    max_bytes: int = MAX_BYTES_PER_CHUNK,
) -> RunState:
    """A fresh plan: a new run id, chunks, and ids derived from the run id and the contents."""
    run_id = secrets.token_hex(6)
    key = batch_key(files, job)
    chunks = []
    for index, group in enumerate(split_chunks(files, max_files, max_bytes)):
        ids = [f.file_id for f in group]
        group_digest = hashlib.sha256("\n".join(ids).encode()).hexdigest()[:12]
        chunks.append(
            ChunkState(
                index=index,
                upload_session_id=f"fx-{run_id}-s{index}-{group_digest}",
                submission_id=f"fx-{run_id}-x{index}-{key[:12]}",
                file_ids=ids,
            )
        )
    table = {
        f.file_id: {"path": str(f.path), "upload_name": f.upload_name, "size": f.size}
        for f in files
    }
    return RunState(run_id=run_id, batch_key=key, files=table, chunks=chunks)


def load_state(path: Path) -> RunState | None:
    """The saved state, or None when there is no state file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StateError(f"the state file {path} cannot be read: {exc}") from exc
    if data.get("version") != STATE_VERSION:
        raise StateError(f"the state file {path} has an unknown version")
    data["chunks"] = [ChunkState(**c) for c in data["chunks"]]
    return RunState(**data)


def save_state(state: RunState, path: Path) -> None:
    """Write the state atomically: a temporary file beside it, synced, then renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as out:
        json.dump(asdict(state), out, separators=(",", ":"))
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


class StateSaver:
    """Saves at most every `interval` seconds while work goes on, and always on `flush`."""

    def __init__(self, state: RunState, path: Path | None, interval: float = 0.5) -> None:
        self.state = state
        self.path = path
        self.interval = interval
        self._last = 0.0
        self._dirty = False

    def touch(self) -> None:
        """Record that the state changed; saves when the interval has passed."""
        self._dirty = True
        if time.monotonic() - self._last >= self.interval:
            self.flush()

    def flush(self) -> None:
        """Save now if anything changed."""
        if self.path is not None and self._dirty:
            save_state(self.state, self.path)
            self._last = time.monotonic()
            self._dirty = False
