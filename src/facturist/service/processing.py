"""The work behind an extraction, run by workers as three idempotent job kinds.

- `start`: count pages, reserve credits, queue one `file` job per document;
- `file`: run the engine over one document, store its rows and page outcomes;
- `finalize`: once no file is pending, write the outputs and settle status and credits.

Each job stores its results and marks itself done in one transaction, so a worker killed at
any point leaves either nothing or everything of that job: no row is lost or doubled.
"""

from __future__ import annotations

import io
import json
import logging
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from facturist.db.models import Extraction, ExtractionFile, ExtractionRow, Job, utcnow
from facturist.engine import (
    DocumentResult,
    ExtractionPlan,
    PageOutcome,
    PageRead,
    extract,
    inspect_document,
    page_read_from_json,
    page_read_to_json,
    read_page_range,
)
from facturist.errors import ObjectNotFound
from facturist.jobs.embedded import finish
from facturist.output import document_rows
from facturist.service import accounts
from facturist.service.context import ServiceContext
from facturist.service.extractions import plan_for
from facturist.service.finalize import finalize_extraction
from facturist.service.pages import document_result_json
from facturist.service.queueing import enqueue_step, step_key

log = logging.getLogger(__name__)

# How often a file job writes its page progress and looks for a cancel request.
CHECKPOINT_SECONDS = 0.5
# Small documents (this many pages or fewer) share jobs on big batches: up to
# MAX_FILES_PER_JOB per job, one more per FILES_PER_GROUP_STEP small files in the batch.
SMALL_FILE_PAGES = 2
# Documents longer than this are read in chunks of this many pages by parallel jobs.
PAGES_PER_CHUNK = 8
MAX_FILES_PER_JOB = 16
FILES_PER_GROUP_STEP = 64


def _fail(extraction: Extraction, code: str, message: str, details: dict[str, Any] | None) -> None:
    extraction.status = "failed"
    extraction.error = {"code": code, "message": message, "retryable": False, "details": details}
    extraction.credits_reserved = 0
    extraction.finished_at = extraction.updated_at = utcnow()


def start_extraction(ctx: ServiceContext, job_id: int, extraction_id: str) -> None:
    """Count pages, check and reserve credits, fan out one job per file."""
    with ctx.db.session() as session:
        extraction = session.get(Extraction, extraction_id)
        files = list(
            session.scalars(
                select(ExtractionFile)
                .where(ExtractionFile.extraction_id == extraction_id)
                .order_by(ExtractionFile.position)
            )
        )
        if extraction is None or extraction.status != "processing":
            finish(session, job_id)
            return
        keys = [(f.id, f.object_key) for f in files]
    counts: dict[int, int | None] = {}
    for file_pk, key in keys:
        try:
            with ctx.store.local_path(key) as path:  # sniffed by its head, pages counted lazily
                info = inspect_document(path)
            counts[file_pk] = info.page_count if info.page_count > 0 else None
        except Exception:  # unreadable files are reported by their file job
            counts[file_pk] = None
    with ctx.db.session() as session:
        extraction = session.get_one(Extraction, extraction_id)
        if extraction.status != "processing":
            finish(session, job_id)
            return
        required = sum(min(c or 1, ctx.settings.max_pdf_pages) for c in counts.values())
        credit = accounts.current_balance(ctx, session, extraction.account_id)
        available = credit.available + extraction.credits_reserved
        if available < required:
            _fail(
                extraction,
                "INSUFFICIENT_CREDITS",
                f"The documents have {required} pages; {available} credits are available.",
                {
                    "credits_required": required,
                    "credits_balance": credit.balance,
                    "credits_reserved": credit.reserved - extraction.credits_reserved,
                },
            )
            finish(session, job_id)
            ctx.bus.publish(extraction_id)
            return
        extraction.credits_reserved = required
        extraction.pages_total = required
        files = list(
            session.scalars(
                select(ExtractionFile)
                .where(ExtractionFile.extraction_id == extraction_id)
                .order_by(ExtractionFile.position)
            )
        )
        for file in files:
            file.page_count = counts.get(file.id)
        big = [f for f in files if _read_in_chunks(ctx, f.page_count)]
        for file in big:  # pages read in parallel first, then one job analyses the document
            for first in chunk_starts(file.page_count or 1):
                last = min(first + PAGES_PER_CHUNK - 1, file.page_count or 1)
                enqueue_step(
                    ctx,
                    session,
                    "pages",
                    extraction,
                    f"{file.id}:{first}",
                    files=[file.id],
                    first=first,
                    last=last,
                )
        rest = [f for f in files if not _read_in_chunks(ctx, f.page_count)]
        for group in file_groups(rest):
            enqueue_step(ctx, session, "file", extraction, group[0], files=group)
        if not counts:
            enqueue_step(ctx, session, "finalize", extraction, extraction.id)
        finish(session, job_id)


def _fault_pause(ctx: ServiceContext) -> None:
    """The test-only delay after each page (FACTURIST_FAULT_PAGE_DELAY_MS); nothing otherwise."""
    if ctx.settings.fault_page_delay_ms:
        time.sleep(ctx.settings.fault_page_delay_ms / 1000)


class _Checkpoint:
    """Writes page progress now and then, renews the job's lease, notices cancellation."""

    def __init__(
        self, ctx: ServiceContext, file_pk: int, extraction_id: str, renew: Callable[[], bool]
    ) -> None:
        self.ctx = ctx
        self.file_pk = file_pk
        self.extraction_id = extraction_id
        self.renew = renew
        self.pages = 0
        self.cancelled = False
        self._last = time.monotonic()

    def __call__(self, outcome: PageOutcome) -> bool:
        self.pages += 1
        _fault_pause(self.ctx)
        if time.monotonic() - self._last >= CHECKPOINT_SECONDS:
            self._last = time.monotonic()
            self.cancelled = self._save_and_check()
        return not self.cancelled

    def _save_and_check(self) -> bool:
        if not self.renew():
            return True  # another worker owns this job now: stop, it will redo the file
        with self.ctx.db.session() as session:
            file = session.get_one(ExtractionFile, self.file_pk)
            file.pages_done = self.pages
            extraction = session.get_one(Extraction, self.extraction_id)
            return extraction.cancel_requested_at is not None or extraction.status != "processing"


def _read_in_chunks(ctx: ServiceContext, page_count: int | None) -> bool:
    """Whether a document's pages are read by parallel page jobs first: a long one, but not
    one over the page limit, which its file job fails at once without reading a page."""
    return PAGES_PER_CHUNK < (page_count or 1) <= ctx.settings.max_pdf_pages


def chunk_starts(page_count: int) -> range:
    return range(1, page_count + 1, PAGES_PER_CHUNK)


def page_cache_key(extraction_id: str, file_pk: int, first: int) -> str:
    return f"pagecache/{extraction_id}/{file_pk}/{first}.json"


def read_pages(ctx: ServiceContext, job_id: int, file_pk: int, first: int, last: int) -> None:
    """Read pages first..last of a big document (text layer or OCR) for its analysis job."""
    with ctx.db.session() as session:
        file = session.get(ExtractionFile, file_pk)
        extraction = session.get(Extraction, file.extraction_id) if file else None
        wanted = (
            file is not None
            and extraction is not None
            and file.status == "pending"
            and extraction.status == "processing"
            and extraction.cancel_requested_at is None
        )
        key = file.object_key if file else ""
        extraction_id = extraction.id if extraction else ""
    if wanted:
        # From the file: pdfium reads these pages' objects, not the whole document into memory.
        with ctx.store.local_path(key) as path:
            reads = read_page_range(path, first, last, ctx.settings.max_image_pixels)
        for _ in reads:
            _fault_pause(ctx)
        payload = json.dumps([page_read_to_json(r) for r in reads]).encode()
        ctx.store.put(page_cache_key(extraction_id, file_pk, first), io.BytesIO(payload))
    pages_read_done(ctx, job_id, file_pk, len(reads) if wanted else 0)


def pages_read_done(
    ctx: ServiceContext, job_id: int, file_pk: int, pages: int, *, gave_up: bool = False
) -> None:
    """Mark a page-reading job done (or given up); the last one of a document queues its
    analysis, which reads any page no job could read itself."""
    with ctx.db.session() as session:
        if not gave_up:
            finish(session, job_id)
        file = session.get(ExtractionFile, file_pk)
        if file is None:
            return
        file.pages_done = ExtractionFile.pages_done + pages
        unread = session.scalar(
            select(func.count())
            .select_from(Job)
            .where(
                Job.dedupe_key.like(step_key("pages", file.extraction_id, f"{file_pk}:") + "%"),
                Job.status.notin_(("done", "failed")),
            )
        )
        if not unread:
            extraction = session.get_one(Extraction, file.extraction_id)
            enqueue_step(ctx, session, "file", extraction, file_pk, files=[file_pk])


def _cached_pages(ctx: ServiceContext, file: ExtractionFile) -> dict[int, PageRead]:
    """Pages of a big document read earlier by page jobs (missing chunks are read again)."""
    if not _read_in_chunks(ctx, file.page_count):
        return {}
    known: dict[int, PageRead] = {}
    for first in chunk_starts(file.page_count or 1):
        key = page_cache_key(file.extraction_id, file.id, first)
        try:
            stored = json.loads(ctx.store.read(key))
        except ObjectNotFound:
            continue
        for item in stored:
            read = page_read_from_json(item)
            known[read.outcome.page] = read
    return known


def _drop_cached_pages(ctx: ServiceContext, extraction_id: str, file_pk: int, pages: int) -> None:
    if _read_in_chunks(ctx, pages):
        for first in chunk_starts(pages):
            ctx.store.delete(page_cache_key(extraction_id, file_pk, first))


def process_files(
    ctx: ServiceContext, job_id: int, file_pks: list[int], renew: Callable[[], bool]
) -> None:
    """Run the engine over each document of a job; each file's results commit on their own.

    A job holds one large document or several small ones (grouping small files saves the
    per-job overhead on big batches). Files already settled are skipped, so a job taken up
    again after a crash continues where it stopped.
    """
    for file_pk in file_pks:
        if not _process_one(ctx, file_pk, renew):
            return  # lost the lease: the new owner does the rest of the job
    with ctx.db.session() as session:
        finish(session, job_id)


def _process_one(ctx: ServiceContext, file_pk: int, renew: Callable[[], bool]) -> bool:
    """One document, its rows stored in one final transaction; False when the lease was lost."""
    with ctx.db.session() as session:
        file = session.get(ExtractionFile, file_pk)
        if file is None:
            return True
        extraction = session.get_one(Extraction, file.extraction_id)
        if file.status != "pending" or extraction.status != "processing":
            return True
        if extraction.cancel_requested_at is not None:
            file.status = "cancelled"
            _after_file(ctx, session, extraction.id)
            return True
        plan = plan_for(extraction)
        exclude = list(extraction.options.get("exclude_columns", []))
        extraction_id, file_name, key = extraction.id, file.file_name, file.object_key
        known = _cached_pages(ctx, file)
        page_count = file.page_count or 1
    checkpoint = _Checkpoint(ctx, file_pk, extraction_id, renew)
    result = _run_engine(ctx, key, plan, file_name, checkpoint, known)
    if checkpoint.cancelled and not renew():
        return False
    rows, entries = document_rows(file_name, result, plan, exclude)
    with ctx.db.session() as session:
        file = session.get_one(ExtractionFile, file_pk)
        if file.status != "pending":  # done by another worker meanwhile
            return True
        session.execute(
            delete(ExtractionRow).where(
                ExtractionRow.extraction_id == extraction_id,
                ExtractionRow.file_position == file.position,
            )
        )
        session.add_all(
            ExtractionRow(
                extraction_id=extraction_id,
                file_position=file.position,
                row_index=index,
                data=row.to_json(),
            )
            for index, row in enumerate(rows)
        )
        file.result = document_result_json(result, entries, len(rows))
        file.pages_done = len(result.pages)
        if result.page_count and file.page_count is None:
            file.page_count = result.page_count
        file.status = "cancelled" if checkpoint.cancelled else "done"
        _after_file(ctx, session, extraction_id)
    _drop_cached_pages(ctx, extraction_id, file_pk, page_count)
    return True


def _run_engine(
    ctx: ServiceContext,
    key: str,
    plan: ExtractionPlan,
    file_name: str,
    on_page: _Checkpoint,
    known: dict[int, PageRead],
) -> DocumentResult:
    # From the file: pdfium reads what the pages still to read need (none when page jobs read
    # them all), its embedded files and page tree; the document is never in memory whole.
    with ctx.store.local_path(key) as path:
        return extract(
            path,
            plan,
            file_name=file_name,
            max_pages=ctx.settings.max_pdf_pages,
            max_image_pixels=ctx.settings.max_image_pixels,
            on_page=on_page,
            pre_read=known,
        )


def _after_file(ctx: ServiceContext, session: Session, extraction_id: str) -> None:
    """Queue the finaliser once no file of the extraction is pending any more.

    The extraction's row is locked first: two workers settling its last two files at once
    would otherwise each see the other's file still pending (neither has committed) and
    neither queue the finaliser, leaving the extraction "processing" for good. Locked, the
    second waits for the first's commit, and its query then sees that file settled. (SQLite
    runs one writing transaction at a time and leaves the lock out.)

    The lock is FOR NO KEY UPDATE: each worker's new rows already hold a key-share lock on
    this extraction through their foreign key, which a FOR UPDATE lock waits on, so two
    workers each waited for the other and PostgreSQL aborted one as a deadlock.
    """
    extraction = session.scalars(
        select(Extraction).where(Extraction.id == extraction_id).with_for_update(key_share=True)
    ).one()
    pending = session.scalar(
        select(ExtractionFile.id)
        .where(ExtractionFile.extraction_id == extraction_id, ExtractionFile.status == "pending")
        .limit(1)
    )
    if pending is None:
        enqueue_step(ctx, session, "finalize", extraction, extraction_id)


def file_groups(files: list[ExtractionFile]) -> list[list[int]]:
    """Jobs for a batch: a document of several pages alone; small ones together.

    Grouping only pays on big batches; small batches keep one file per job so that every
    worker gets a share at once.
    """
    small = [f.id for f in files if (f.page_count or 1) <= SMALL_FILE_PAGES]
    large = [[f.id] for f in files if (f.page_count or 1) > SMALL_FILE_PAGES]
    size = max(1, min(MAX_FILES_PER_JOB, len(small) // FILES_PER_GROUP_STEP))
    return large + [small[i : i + size] for i in range(0, len(small), size)]


def give_up_files(ctx: ServiceContext, file_pks: list[int], error: str) -> None:
    """Files whose job kept crashing: record their pages as failed so the batch can finish."""
    for file_pk in file_pks:
        _give_up_file(ctx, file_pk, error)


def _give_up_file(ctx: ServiceContext, file_pk: int, error: str) -> None:
    with ctx.db.session() as session:
        file = session.get(ExtractionFile, file_pk)
        if file is None or file.status != "pending":
            return
        failure = DocumentResult(page_count=file.page_count or 1)
        failure.pages = [
            PageOutcome(page, False, "INTERNAL_ERROR", "The page could not be processed.")
            for page in range(1, (file.page_count or 1) + 1)
        ]
        file.result = document_result_json(failure, [], 0)
        file.status = "failed"
        log.error("gave up on file %s: %s", file_pk, error)
        _after_file(ctx, session, file.extraction_id)


def run_finalize(ctx: ServiceContext, job_id: int, extraction_id: str) -> None:
    """Settle the extraction once nothing is pending (see `finalize_extraction`)."""
    finalize_extraction(ctx, job_id, extraction_id)
