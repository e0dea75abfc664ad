"""The local store's signed URLs: part uploads (PUT) and downloads (GET). No API key here:
the signature in the URL is the authorisation, as with S3 presigned URLs."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import FileResponse
from starlette.concurrency import run_in_threadpool

from facturist.api.deps import Ctx
from facturist.errors import ApiError, ObjectNotFound
from facturist.service import uploads
from facturist.storage.local import DOWNLOAD_PREFIX, UPLOAD_PREFIX, LocalObjectStore, PartTooLarge

router = APIRouter(tags=["storage"], include_in_schema=False)


def _local(ctx: Ctx) -> LocalObjectStore:
    """These URLs exist only for the local store (S3 serves its own presigned URLs)."""
    if not isinstance(ctx.store, LocalObjectStore):
        raise ApiError("NOT_FOUND", "No such endpoint.", status=404)
    return ctx.store


def _check(
    store: LocalObjectStore,
    method: str,
    path: str,
    request: Request,
    extra: dict[str, str] | None = None,
) -> None:
    reason = store.signer.verify(
        method, path, request.query_params.get("expires"), request.query_params.get("sig"), extra
    )
    if reason is not None:
        raise ApiError("FORBIDDEN", reason, status=403)


@router.put(UPLOAD_PREFIX + "/{upload_id}/{part_number}")
async def put_part(upload_id: str, part_number: int, request: Request, ctx: Ctx) -> Response:
    """Receive one part's raw bytes, streamed to disk; answers with its quoted MD5 ETag."""
    store = _local(ctx)
    _check(store, "PUT", f"{UPLOAD_PREFIX}/{upload_id}/{part_number}", request)
    max_size = await run_in_threadpool(uploads.part_size_limit, ctx, upload_id)
    if not max_size or not store.upload_exists(upload_id):
        raise ApiError("FILE_NOT_UPLOADABLE", "This upload is finished or gone.", status=409)
    try:
        part = await store.receive_part(upload_id, part_number, request.stream(), max_size)
    except PartTooLarge as exc:
        raise ApiError(
            "INVALID_INPUT", f"The part is larger than {max_size} bytes.", status=413
        ) from exc
    except ObjectNotFound as exc:
        raise ApiError(
            "FILE_NOT_UPLOADABLE", "This upload is finished or gone.", status=409
        ) from exc
    return Response(status_code=200, headers={"ETag": part.etag})


@router.get(DOWNLOAD_PREFIX + "/{key:path}")
async def get_object(key: str, request: Request, ctx: Ctx) -> FileResponse:
    """Serve an output file to a plain GET carrying a valid signature."""
    filename = request.query_params.get("filename", "")
    store = _local(ctx)
    _check(store, "GET", f"{DOWNLOAD_PREFIX}/{key}", request, {"filename": filename})
    try:
        path = store.path_for_download(key)
    except ObjectNotFound as exc:
        raise ApiError("NOT_FOUND", "The file no longer exists.", status=404) from exc
    return FileResponse(path, filename=filename or path.name)
