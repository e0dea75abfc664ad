"""A whole batch: validate, plan chunks, upload, submit, wait, download, merge, resumably."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facturist.client.errors import ClientError, StateError
from facturist.client.files import LocalFile, Rejected, collect_paths, validate
from facturist.client.merge import count_rows, merge_outputs
from facturist.client.state import (
    MAX_BYTES_PER_CHUNK,
    MAX_FILES_PER_CHUNK,
    ChunkState,
    RunState,
    StateSaver,
    batch_key,
    load_state,
    new_state,
)
from facturist.client.updates import Level, OnUpdate, Update, emit
from facturist.client.uploader import UploadItem

if TYPE_CHECKING:
    from facturist.client.core import AsyncFacturistClient

FORMATS = ("json", "csv", "xlsx")


@dataclass
class Summary:
    """What a run achieved; `ok` is False when any file, page or extraction failed."""

    files: int = 0
    rejected: int = 0
    uploaded_now: int = 0
    already_uploaded: int = 0
    upload_failed: int = 0
    extractions: int = 0
    extractions_failed: int = 0
    pages_ok: int = 0
    pages_failed: int = 0
    rows: int = 0
    review_needed: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when nothing was rejected or failed."""
        return not (
            self.rejected or self.upload_failed or self.extractions_failed or self.pages_failed
        )


@dataclass
class BatchResult:
    """The merged outputs, the manifest and the summary of a batch."""

    outputs: dict[str, Path]
    manifest: Path
    summary: Summary
    rejected: list[Rejected]
    chunks: list[ChunkState] = field(default_factory=list)


def _trim(payload: dict[str, Any]) -> dict[str, Any]:
    """The parts of a final status worth keeping in the state file and the manifest."""
    pages = payload.get("pages") or {}
    return {
        "status": payload.get("status"),
        "output_structure": payload.get("output_structure"),
        "credits_deducted": payload.get("credits_deducted"),
        "pages_ok": int(pages.get("successful_count") or 0),
        "pages_failed": int(pages.get("failed_count") or 0),
        "failed_pages": (pages.get("failed") or [])[:1000],
        "review_needed": int((payload.get("review_needed") or {}).get("count") or 0),
        "error": payload.get("error"),
    }


class _Run:
    def __init__(
        self,
        client: AsyncFacturistClient,
        state: RunState,
        saver: StateSaver,
        files: dict[str, LocalFile],
        job: dict[str, Any],
        out_dir: Path,
        on_update: OnUpdate | None,
    ) -> None:
        self.client, self.state, self.saver, self.files = client, state, saver, files
        self.job, self.out_dir, self.on_update = job, out_dir, on_update
        self.summary = Summary(files=len(files))
        self.uploaded = sum(len(c.completed) for c in state.chunks)

    def _items(self, chunk: ChunkState) -> list[UploadItem]:
        return [
            UploadItem(fid, self.files[fid].path, self.files[fid].upload_name, self.files[fid].size)
            for fid in chunk.file_ids
        ]

    async def upload_and_submit(self, chunk: ChunkState) -> None:
        completed = set(chunk.completed)
        chunk.failed = {}

        def on_file(item: UploadItem, error: ClientError | None) -> None:
            if error is None:
                chunk.completed.append(item.file_id)
                self.uploaded += 1
            else:
                chunk.failed[item.file_id] = str(error)
            message = f"{item.upload_name}: {error}" if error else item.upload_name
            level: Level = "warning" if error else "info"
            emit(self.on_update, Update("upload", message, level, self.uploaded, len(self.files)))
            self.saver.touch()

        counters = await self.client.upload_items(
            chunk.upload_session_id, self._items(chunk), completed, on_file=on_file
        )
        self.summary.uploaded_now += counters.uploaded
        self.summary.already_uploaded += counters.already_done
        self.saver.flush()
        done = set(chunk.completed)
        ok_ids = [fid for fid in chunk.file_ids if fid in done]
        if not ok_ids:
            chunk.status = "skipped"
            return
        structure = await self._structure_for(chunk)
        chunk.extraction_id = await self.client.submit_extraction(
            upload_session_id=chunk.upload_session_id,
            file_ids=ok_ids,
            prompt=self.job["prompt"],
            output_structure=structure,
            submission_id=chunk.submission_id,
            task_name=self.job.get("task_name"),
            options=self.job.get("options"),
        )
        chunk.status = "processing"
        self.saver.touch()
        self.saver.flush()
        emit(
            self.on_update,
            Update("submit", f"chunk {chunk.index} submitted", extraction_id=chunk.extraction_id),
        )

    async def _structure_for(self, chunk: ChunkState) -> str:
        """`automatic` is settled by the first extraction, so that every part has one layout."""
        structure = str(self.job["output_structure"])
        first = self.state.chunks[0]
        if structure != "automatic" or chunk.index == 0 or first.extraction_id is None:
            return structure
        await self.finish(first, download=False)
        resolved = (first.outcome or {}).get("output_structure")
        return str(resolved) if resolved in ("per_invoice", "per_line_item") else structure

    async def finish(self, chunk: ChunkState, *, download: bool = True) -> None:
        if chunk.extraction_id is None:
            return
        if chunk.outcome is None:
            payload = await self.client.wait(chunk.extraction_id, on_update=self.on_update)
            chunk.outcome = _trim(payload)
            chunk.status = str(payload.get("status"))
            self.saver.touch()
            self.saver.flush()
        if not download or chunk.status != "completed":
            return
        work = self.out_dir / ".parts"
        for fmt in self.job["formats"]:
            if fmt in chunk.downloads and Path(chunk.downloads[fmt]).exists():
                continue
            target = work / f"extraction-{chunk.index}.{fmt}"
            await self.client.download_output(chunk.extraction_id, fmt, target)
            chunk.downloads[fmt] = str(target)
            self.saver.touch()
            emit(self.on_update, Update("download", target.name, extraction_id=chunk.extraction_id))
        self.saver.flush()


async def run_batch(
    client: AsyncFacturistClient,
    paths: Sequence[Path],
    *,
    prompt: str | dict[str, Any],
    output_structure: str = "automatic",
    formats: Sequence[str] = FORMATS,
    out_dir: Path,
    state_path: Path | None = None,
    options: dict[str, Any] | None = None,
    task_name: str | None = None,
    output_name: str = "extraction",
    max_files_per_chunk: int = MAX_FILES_PER_CHUNK,
    max_bytes_per_chunk: int = MAX_BYTES_PER_CHUNK,
    on_update: OnUpdate | None = None,
) -> BatchResult:
    """Run (or resume, when `state_path` holds a matching state) a batch of any size."""
    started = time.monotonic()
    out_dir = Path(out_dir)
    accepted, rejected = validate(collect_paths(paths))
    for bad in rejected:
        emit(on_update, Update("validate", f"{bad.path}: {bad.reason}", "warning"))
    job = {"prompt": prompt, "output_structure": output_structure, "options": options or {}}
    state = load_state(state_path) if state_path is not None else None
    if state is not None and state.batch_key != batch_key(accepted, job):
        raise StateError(
            f"{state_path} belongs to another batch (other files or prompt); "
            "remove it or choose another --out"
        )
    if state is None:
        state = new_state(accepted, job, max_files_per_chunk, max_bytes_per_chunk)
    saver = StateSaver(state, state_path)
    saver.touch()
    saver.flush()
    run = _Run(
        client,
        state,
        saver,
        {f.file_id: f for f in accepted},
        {**job, "formats": list(formats), "task_name": task_name},
        out_dir,
        on_update,
    )
    try:
        waiting: list[asyncio.Task[None]] = []
        for chunk in state.chunks:
            if chunk.extraction_id is None and chunk.status != "skipped":
                await run.upload_and_submit(chunk)
            # Processing of this chunk overlaps the upload of the next one.
            waiting.append(asyncio.create_task(run.finish(chunk)))
        await asyncio.gather(*waiting)
    finally:
        saver.flush()
    outputs = _merge(state, list(formats), out_dir, output_name, on_update)
    summary = _summarise(run.summary, state, rejected, outputs)
    summary.seconds = time.monotonic() - started
    manifest = _write_manifest(
        state, job, rejected, outputs, out_dir / f"{output_name}.manifest.json"
    )
    emit(on_update, Update("done", "finished", "info" if summary.ok else "warning"))
    return BatchResult(outputs, manifest, summary, rejected, state.chunks)


def _merge(
    state: RunState, formats: list[str], out_dir: Path, name: str, on_update: OnUpdate | None
) -> dict[str, Path]:
    outputs: dict[str, Path] = {}
    done = [c for c in state.chunks if c.status == "completed"]
    for fmt in formats:
        parts = [Path(c.downloads[fmt]) for c in done if fmt in c.downloads]
        if not parts:
            continue
        target = out_dir / f"{name}.{fmt}"
        merge_outputs(fmt, parts, target)
        outputs[fmt] = target
        emit(on_update, Update("merge", target.name))
    return outputs


def _summarise(
    summary: Summary, state: RunState, rejected: list[Rejected], outputs: dict[str, Path]
) -> Summary:
    summary.rejected = len(rejected)
    summary.upload_failed = sum(len(c.failed) for c in state.chunks)
    for chunk in state.chunks:
        if chunk.extraction_id is None:
            continue
        summary.extractions += 1
        outcome = chunk.outcome or {}
        if chunk.status != "completed":
            summary.extractions_failed += 1
        summary.pages_ok += int(outcome.get("pages_ok") or 0)
        summary.pages_failed += int(outcome.get("pages_failed") or 0)
        summary.review_needed += int(outcome.get("review_needed") or 0)
    for fmt in ("json", "csv", "xlsx"):
        if fmt in outputs:
            summary.rows = count_rows(fmt, outputs[fmt])
            break
    return summary


def _write_manifest(
    state: RunState,
    job: dict[str, Any],
    rejected: list[Rejected],
    outputs: dict[str, Path],
    path: Path,
) -> Path:
    """Which extraction covered which files, so coverage can be audited."""
    names = {fid: info["upload_name"] for fid, info in state.files.items()}
    sources = {fid: info["path"] for fid, info in state.files.items()}
    manifest = {
        "run_id": state.run_id,
        "prompt": job["prompt"],
        "output_structure": job["output_structure"],
        "outputs": {fmt: p.name for fmt, p in outputs.items()},
        "extractions": [
            {
                "index": c.index,
                "extraction_id": c.extraction_id,
                "upload_session_id": c.upload_session_id,
                "submission_id": c.submission_id,
                "status": c.status,
                "outcome": c.outcome,
                "files": [
                    {"file_id": fid, "file_name": names[fid], "path": sources[fid]}
                    for fid in c.completed
                ],
                "failed_uploads": [
                    {"file_id": fid, "path": sources[fid], "reason": reason}
                    for fid, reason in c.failed.items()
                ],
            }
            for c in state.chunks
        ],
        "rejected": [{"path": str(r.path), "code": r.code, "reason": r.reason} for r in rejected],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    return path
