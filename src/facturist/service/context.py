"""The parts a service call needs, built once per process."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from facturist.db.connection import Database
from facturist.jobs.base import JobQueue, StatusBus
from facturist.settings import Settings
from facturist.storage.local import LocalObjectStore
from facturist.storage.signing import UrlSigner


@dataclass
class ServiceContext:
    settings: Settings
    db: Database
    store: LocalObjectStore
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
    from facturist.jobs.bus import DatagramStatusBus
    from facturist.jobs.embedded import EmbeddedQueue

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    signer = UrlSigner(load_secret(settings.data_dir))
    store = LocalObjectStore(settings.data_dir / "store", signer)
    db = Database(settings.resolved_database_url)
    return ServiceContext(
        settings=settings,
        db=db,
        store=store,
        queue=EmbeddedQueue(),
        bus=bus or DatagramStatusBus(settings.run_dir / "status.sock"),
    )
