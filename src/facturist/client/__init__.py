"""Facturist's own client for the v1 API: very large batches, parallel, resumable, chunked.

It speaks plain HTTP to any v1 server (Facturist or the hosted service) and imports nothing
that only Facturist's server has; the CLI's in-process mode alone uses the engine.

Two tiers, in both `FacturistClient` (blocking) and `AsyncFacturistClient` (asyncio):
`extract(paths, prompt=..., out_dir=...)` for a whole batch, or the staged calls
`upload_files`, `submit_extraction`, `wait`, `download_output`, `iterate_results`.
"""

from facturist.client.batch import BatchResult, Summary
from facturist.client.core import AsyncFacturistClient, UploadResult
from facturist.client.errors import (
    ApiError,
    ClientError,
    ExtractionFailed,
    StateError,
    TransportError,
    UploadError,
)
from facturist.client.files import LocalFile, Rejected, validate
from facturist.client.sync import FacturistClient
from facturist.client.transport import RetryPolicy
from facturist.client.updates import Update

__all__ = [
    "ApiError",
    "AsyncFacturistClient",
    "BatchResult",
    "ClientError",
    "ExtractionFailed",
    "FacturistClient",
    "LocalFile",
    "Rejected",
    "RetryPolicy",
    "StateError",
    "Summary",
    "TransportError",
    "Update",
    "UploadError",
    "UploadResult",
    "validate",
]
