"""Two workers settling an extraction's last two files at the same moment, on PostgreSQL.

Each worker marks its file done and asks whether any file is still pending. Without a lock
both asked while the other's change was uncommitted, both saw a pending file, and nobody
queued the finaliser: the extraction stayed "processing" for good (seen once in CI's scale
test, progress 99 after four minutes).
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from datetime import timedelta
from typing import cast

import pytest
from sqlalchemy import select

from facturist.db.connection import Database
from facturist.db.migrate import upgrade
from facturist.db.models import (
    Account,
    Extraction,
    ExtractionFile,
    ExtractionRow,
    Job,
    utcnow,
)
from facturist.jobs.embedded import EmbeddedQueue
from facturist.service.context import ServiceContext
from facturist.service.processing import _after_file

pytestmark = [pytest.mark.services]


class _Context:
    queue = EmbeddedQueue()


def _extraction(database: Database) -> tuple[str, list[int]]:
    with database.session() as session:
        account = Account(name=f"race-{uuid.uuid4().hex[:8]}", team="race")
        session.add(account)
        session.flush()
        extraction = Extraction(
            id=str(uuid.uuid4()),
            account_id=account.id,
            team="race",
            request={},
            prompt="invoice number",
            output_structure="per_invoice",
            options={},
            file_count=2,
            pages_total=2,
            output_expires_at=utcnow() + timedelta(days=1),
        )
        session.add(extraction)
        session.flush()
        files = [
            ExtractionFile(
                extraction_id=extraction.id,
                position=i,
                file_name=f"f{i}.pdf",
                object_key=f"k{i}",
                page_count=1,
            )
            for i in range(2)
        ]
        session.add_all(files)
        session.flush()
        return extraction.id, [f.id for f in files]


def _settle_both(pg_url: str, *, store_rows: bool) -> None:
    database = Database(pg_url)
    upgrade(database)
    extraction_id, file_ids = _extraction(database)
    context = cast(ServiceContext, _Context())
    both_flushed = threading.Barrier(2, timeout=10)
    # Both workers wait here after asking, before committing: without the lock both ask
    # while the other's file is uncommitted; with it, the second is still waiting for the
    # lock, so the first gives up waiting here and commits.
    both_asked = threading.Barrier(2, timeout=2)
    errors: list[BaseException] = []

    def settle(file_id: int) -> None:
        try:
            with database.session() as session:
                file = session.get_one(ExtractionFile, file_id)
                file.status = "done"
                if store_rows:  # as the worker does: the rows' foreign key share-locks
                    session.add(  # the extraction's row until the commit
                        ExtractionRow(
                            extraction_id=extraction_id,
                            file_position=file.position,
                            row_index=0,
                            data={},
                        )
                    )
                session.flush()
                both_flushed.wait()
                _after_file(context, session, extraction_id)
                with contextlib.suppress(threading.BrokenBarrierError):
                    both_asked.wait()
        except BaseException as exc:  # reported by the test thread below
            errors.append(exc)

    workers = [threading.Thread(target=settle, args=(i,)) for i in file_ids]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)
    assert not errors, errors
    with database.session() as session:
        keys = list(
            session.scalars(
                select(Job.dedupe_key).where(
                    Job.kind == "finalize", Job.dedupe_key.contains(extraction_id)
                )
            )
        )
    assert keys == [f"finalize:{extraction_id}"]
    database.dispose()


def test_the_last_two_files_settled_at_once_queue_the_finaliser(pg_url: str) -> None:
    _settle_both(pg_url, store_rows=False)


def test_workers_storing_rows_while_settling_do_not_deadlock(pg_url: str) -> None:
    """Each worker's rows hold a key-share lock on the extraction when it asks for the lock:
    a FOR UPDATE lock waits on the other's key share, and PostgreSQL aborted one of them as a
    deadlock (seen in CI's scale test, a file job failed and ran again)."""
    _settle_both(pg_url, store_rows=True)
