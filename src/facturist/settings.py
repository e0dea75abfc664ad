"""All configuration in one validated object, read from `FACTURIST_*` environment variables."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Requests per minute per API key, by endpoint bucket (contract section 2.5).
DEFAULT_RATE_LIMITS: dict[str, int] = {
    "uploads": 600,
    "submit": 30,
    "status": 120,
    "list": 60,
    "details": 60,
    "results": 60,
    "output": 30,
    "cancel": 30,
    "answers": 30,
    "delete": 30,
    "credits": 60,
}


class Settings(BaseSettings):
    """Facturist settings; every field can be set as `FACTURIST_<NAME>`."""

    model_config = SettingsConfigDict(env_prefix="FACTURIST_", extra="ignore")

    data_dir: Path = Field(default=Path("facturist-data"))
    database_url: str | None = None  # default: SQLite under data_dir
    public_url: str | None = None  # base URL clients reach; default: taken from each request
    storage: Literal["local", "s3"] = "local"
    queue: Literal["embedded", "celery"] = "embedded"
    # Embedded worker processes started by `serve` (default: one per core; 0 with Celery,
    # where `facturist worker` processes do the work).
    workers: int | None = Field(default=None, ge=0)

    # Scale-out (queue=celery): the broker, and Redis for status wake-ups and shared rate limits.
    broker_url: str = "redis://127.0.0.1:6379/0"
    redis_url: str | None = None  # default: broker_url when it is a Redis URL
    celery_queue_name: str = "facturist"

    # S3-compatible storage (storage=s3): clients upload straight to the bucket.
    s3_endpoint_url: str | None = None
    s3_public_endpoint_url: str | None = None  # host clients use, if not the workers' one
    s3_bucket: str = "facturist"
    s3_region: str = "us-east-1"
    s3_access_key_id: str | None = None
    s3_secret_access_key: str | None = None
    s3_path_style: bool = True
    s3_sse: str | None = None  # e.g. "AES256" where the store supports server-side encryption

    # Limits (contract section 4.1).
    part_size: int = Field(default=8 * 1024 * 1024, ge=5 * 1024 * 1024)
    max_files_per_session: int = 6000
    max_pdf_bytes: int = 150 * 1024 * 1024
    max_image_bytes: int = 5 * 1024 * 1024
    max_session_bytes: int = 2 * 1024 * 1024 * 1024
    max_pdf_pages: int = 5000
    max_image_pixels: int = 89_478_485
    max_concurrent_extractions: int = 15

    # Signed URLs.
    part_url_ttl_seconds: int = 15 * 60
    download_url_ttl_seconds: int = 300

    # Credits: monthly free pages per account; None means unlimited (a private install).
    free_credits_per_month: int | None = 50
    output_retention_days: int = 90

    # Rate limits: per key, per minute, by bucket; 0 disables a bucket's limit.
    rate_limits: dict[str, int] = Field(default_factory=lambda: dict(DEFAULT_RATE_LIMITS))
    rate_limits_enabled: bool = True

    # Job leases: a job whose worker stops renewing for this long is picked up again.
    job_lease_seconds: int = 60

    # Test-only fault switches (never set them in production): a delay after every page,
    # so tests can stop the server in the middle of a batch.
    fault_page_delay_ms: int = Field(default=0, ge=0)
    # ...and every Nth request under /v1 answered with this status (429 or 503), so clients'
    # retry logic can be tested against a real server.
    fault_every_nth_request: int = Field(default=0, ge=0)
    fault_status: int = Field(default=503, ge=429, le=503)

    @field_validator("free_credits_per_month", mode="before")
    @classmethod
    def _unlimited(cls, value: object) -> object:
        if isinstance(value, str) and value.strip().lower() in ("", "unlimited", "none"):
            return None
        return value

    @field_validator("rate_limits")
    @classmethod
    def _complete_rate_limits(cls, value: dict[str, int]) -> dict[str, int]:
        unknown = set(value) - set(DEFAULT_RATE_LIMITS)
        if unknown:
            raise ValueError(f"unknown rate-limit buckets: {sorted(unknown)}")
        return {**DEFAULT_RATE_LIMITS, **value}

    @property
    def resolved_database_url(self) -> str:
        """The database URL, defaulting to SQLite inside the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'facturist.db').resolve()}"

    @property
    def worker_count(self) -> int:
        """Embedded workers to start: explicit, else one per core, none under Celery."""
        if self.workers is not None:
            return self.workers
        return 0 if self.queue == "celery" else (os.cpu_count() or 1)

    @property
    def resolved_redis_url(self) -> str | None:
        if self.redis_url:
            return self.redis_url
        return self.broker_url if self.broker_url.startswith(("redis://", "rediss://")) else None

    @property
    def run_dir(self) -> Path:
        return self.data_dir / "run"

    @property
    def s3_temp_dir(self) -> Path:
        """Where workers keep the temporary local copy of a stored file (storage=s3) while
        they read it: on the data volume rather than in a /tmp that may be memory."""
        return self.data_dir / "tmp"


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit overrides (CLI flags) on top."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]
