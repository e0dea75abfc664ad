"""A real S3 API (all-in-one Swift with s3api) and stores on it, for the storage tests."""

from __future__ import annotations

import uuid

import pytest

from facturist.storage.s3 import S3ObjectStore
from swift_server import S3Service


def make_store(service: S3Service, **options: object) -> S3ObjectStore:
    """A store on the service's bucket (or another one), with overrides for one test."""
    settings: dict[str, object] = {
        "endpoint_url": service.endpoint_url,
        "bucket": service.bucket,
        "region": service.region,
        "access_key": service.access_key,
        "secret_key": service.secret_key,
        "path_style": True,
    }
    settings.update(options)
    return S3ObjectStore(**settings)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def s3_store(s3_service: S3Service) -> S3ObjectStore:
    return make_store(s3_service)


@pytest.fixture
def key() -> str:
    """A fresh object key per test, so tests never see each other's objects."""
    return f"tests/{uuid.uuid4().hex}/file.pdf"
