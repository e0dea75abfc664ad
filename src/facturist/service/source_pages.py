"""Where a result value came from: its boxes on the source page, and that page as an image."""

from __future__ import annotations

import io
import threading
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image
from sqlalchemy import func, select

from facturist.db.models import ExtractionFile, ExtractionRow
from facturist.errors import ApiError
from facturist.output.rows import boxes_from_json
from facturist.service import extractions
from facturist.service.accounts import Principal
from facturist.service.context import ServiceContext

# pdfium is not thread-safe, and the API answers requests from a thread pool.
_PDFIUM_LOCK = threading.Lock()
# Rendered page width in pixels: sharp enough to read a value, small enough to load fast.
TARGET_WIDTH_PX = 1400
MAX_SCALE = 2.5


@dataclass(frozen=True)
class PageImage:
    """A source page ready to send: image bytes and their media type."""

    content: bytes
    media_type: str


def _not_found(message: str) -> ApiError:
    return ApiError("NOT_FOUND", message, status=404)


def _is_pdf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(1024).lstrip().startswith(b"%PDF")


def _page_sizes(path: Path) -> list[tuple[float, float]]:
    """Each page's size in the units the engine's boxes use (PDF points; image pixels)."""
    if _is_pdf(path):
        with _PDFIUM_LOCK:
            pdf = pdfium.PdfDocument(path)  # read lazily: a big PDF is never held whole
            try:
                return [pdf.get_page_size(index) for index in range(len(pdf))]
            finally:
                pdf.close()
    with Image.open(path) as image:
        return [(float(image.width), float(image.height))]


def progress(ctx: ServiceContext, principal: Principal, extraction_id: str) -> dict[str, Any]:
    """Pages and files done so far, for the live progress view."""
    with ctx.db.session() as session:
        extraction = extractions.find(session, principal, extraction_id, None)
        counts = dict(
            session.execute(
                select(ExtractionFile.status, func.count())
                .where(ExtractionFile.extraction_id == extraction.id)
                .group_by(ExtractionFile.status)
            ).all()
        )
        pages_done = extractions.pages_done(session, extraction.id)
        return {
            "success": True,
            "status": extraction.status,
            "pages_total": extraction.pages_total,
            "pages_done": pages_done,
            "files_total": extraction.file_count,
            "files_done": int(counts.get("done", 0)),
            "files_failed": int(counts.get("failed", 0)),
        }


def cell_location(
    ctx: ServiceContext, principal: Principal, extraction_id: str, row_number: int, column: str
) -> dict[str, Any]:
    """The page a cell's value was read from and its boxes there, as fractions of the page."""
    with ctx.db.session() as session:
        extraction = extractions.find(session, principal, extraction_id, "own")
        stored = session.execute(
            select(ExtractionRow.file_position, ExtractionRow.data)
            .where(ExtractionRow.extraction_id == extraction.id)
            .order_by(ExtractionRow.file_position, ExtractionRow.row_index)
            .offset(row_number - 1)
            .limit(1)
        ).first()
        if stored is None:
            raise _not_found("No row with this number.")
        position, data = int(stored[0]), stored[1]
        file = session.scalar(
            select(ExtractionFile).where(
                ExtractionFile.extraction_id == extraction.id,
                ExtractionFile.position == position,
            )
        )
        if file is None:
            raise _not_found("The source file of this row is gone.")
        file_name, object_key = file.file_name, file.object_key
    boxes = boxes_from_json(data.get("boxes", {}).get(column, []))
    pages = sorted({box.page for box in boxes}) or list(data.get("source_pages", [])) or [1]
    page = pages[0]
    try:
        with ctx.store.local_path(object_key) as path:
            sizes = _page_sizes(path)
    except Exception as exc:  # a deleted or unreadable file: say so instead of failing
        raise _not_found("The source file can no longer be read.") from exc
    if not 1 <= page <= len(sizes):
        raise _not_found("The source page no longer exists.")
    width, height = sizes[page - 1]
    return {
        "success": True,
        "file_name": file_name,
        "file_position": position,
        "page": page,
        "pages_with_value": pages,
        "page_count": len(sizes),
        "boxes": [
            [box.x0 / width, box.y0 / height, box.x1 / width, box.y1 / height]
            for box in boxes
            if box.page == page
        ],
        "image_url": f"/web/api/extractions/{extraction_id}/files/{position}/pages/{page}",
    }


def page_image(
    ctx: ServiceContext, principal: Principal, extraction_id: str, position: int, page: int
) -> PageImage:
    """A PDF page rendered to PNG, or an image file as it was uploaded; owner only."""
    with ctx.db.session() as session:
        extraction = extractions.find(session, principal, extraction_id, "own")
        object_key = session.scalar(
            select(ExtractionFile.object_key).where(
                ExtractionFile.extraction_id == extraction.id,
                ExtractionFile.position == position,
            )
        )
    if object_key is None:
        raise _not_found("No such file in this extraction.")
    with ExitStack() as stack:
        try:
            path = stack.enter_context(ctx.store.local_path(object_key))
        except Exception as exc:
            raise _not_found("The source file can no longer be read.") from exc
        if _is_pdf(path):
            return PageImage(_render_pdf_page(path, page), "image/png")
        if page != 1:
            raise _not_found("An image has one page.")
        data = path.read_bytes()
    with Image.open(io.BytesIO(data)) as image:
        kind = (image.format or "png").lower()
    return PageImage(data, "image/jpeg" if kind in ("jpeg", "jpg") else f"image/{kind}")


def _render_pdf_page(path: Path, page: int) -> bytes:
    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(path)  # read lazily: only this page's objects are loaded
        try:
            if not 1 <= page <= len(pdf):
                raise _not_found("No such page in this file.")
            pdf_page = pdf[page - 1]
            width, _ = pdf_page.get_size()
            scale = min(MAX_SCALE, TARGET_WIDTH_PX / max(width, 1.0))
            image = pdf_page.render(scale=scale).to_pil()
            pdf_page.close()
        finally:
            pdf.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
