"""The parts a service call needs, built once per process."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from facturist.db.connection import Database
from facturist.errors import ConfigurationError
from facturist.jobs.base import JobQueue, StatusBus
from facturist.settings import Settings
from facturist.storage.base import ObjectStore
from facturist.storage.local import LocalObjectStore
from facturist.storage.signing import UrlSigner


@dataclass
class ServiceContext:
    settings: Settings
    db: Database
    store: ObjectStore
    queue: JobQueue
    bus: StatusBus


def load_secret(data_dir: Path) -> bytes:
    """The server's signing secret, made on first start and kept in the data directory."""
    path = data_dir / "secret.key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(secrets.token_bytes(32))
        tmp.chmod(0o600)
        tmp.replace(path)
    return path.read_bytes()


def build_context(settings: Settings, bus: StatusBus | None = None) -> ServiceContext:
    """Database, store, queue and bus for these settings (no migrations run here)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return ServiceContext(
        settings=settings,
        db=Database(settings.resolved_database_url),
        store=_store(settings),
        queue=_queue(settings),
        bus=bus or _bus(settings),
    )


def _store(settings: Settings) -> ObjectStore:
    if settings.storage == "s3":
        from facturist.storage.s3 import S3ObjectStore

        if not settings.s3_endpoint_url:
            raise ConfigurationError("FACTURIST_S3_ENDPOINT_URL is required with storage=s3")
        store = S3ObjectStore(
            endpoint_url=settings.s3_endpoint_url,
            bucket=settings.s3_bucket,
            region=settings.s3_region,
            access_key=settings.s3_access_key_id,
            secret_key=settings.s3_secret_access_key,
            path_style=settings.s3_path_style,
            sse=settings.s3_sse,
            public_endpoint_url=settings.s3_public_endpoint_url,
            # Local copies of big PDFs for pdfium's lazy reader: on the data volume, not in a
            # /tmp that may be a tmpfs, where a 150 MB copy would count against memory.
            temp_dir=settings.s3_temp_dir,
        )
        store.ensure_bucket()
        return store
    signer = UrlSigner(load_secret(settings.data_dir))
    return LocalObjectStore(settings.data_dir / "store", signer)


def _queue(settings: Settings) -> JobQueue:
    if settings.queue == "celery":
        from facturist.jobs.celery_queue import CeleryQueue, make_celery

        return CeleryQueue(make_celery(settings.broker_url, settings.celery_queue_name))
    from facturist.jobs.embedded import EmbeddedQueue

    return EmbeddedQueue()


def _bus(settings: Settings) -> StatusBus:
    redis_url = settings.resolved_redis_url
    if settings.queue == "celery" and redis_url:
        from facturist.jobs.redis_bus import RedisStatusBus

        return RedisStatusBus(redis_url)
    from facturist.jobs.bus import DatagramStatusBus

    return DatagramStatusBus(settings.run_dir / "status.sock")
