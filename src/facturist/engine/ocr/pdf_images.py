"""Page images of PDFs for OCR: render a page, or take a scanned page's own image.

A scanned PDF page is usually one full-page image; decoding that image gives the scanner's
pixels at their native resolution, sharper and cheaper than rendering the page again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeAlias

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

# pypdfium2 ships no type hints: its PdfDocument is Any to mypy.
PdfSource: TypeAlias = bytes | Any
MIN_PAGE_COVERAGE = 0.85  # an image this share of the page area counts as "the page"


@dataclass(frozen=True)
class EmbeddedPageImage:
    """A page's scan image, its resolution, and where its top-left corner sits (PDF points)."""

    image: Image.Image
    dpi: float
    left: float
    top: float


@contextlib.contextmanager
def _opened(source: PdfSource) -> Iterator[Any]:
    if isinstance(source, pdfium.PdfDocument):
        yield source
        return
    document = pdfium.PdfDocument(source)
    try:
        yield document
    finally:
        document.close()


def render_pdf_page(source: PdfSource, index: int, dpi: float = 300.0) -> Image.Image:
    """Render page `index` (0-based) of a PDF (bytes or open document) as grayscale at `dpi`."""
    with _opened(source) as document:
        page = document[index]
        try:
            bitmap = page.render(scale=dpi / 72.0, grayscale=True)
            image: Image.Image = bitmap.to_pil().convert("L")
        finally:
            page.close()
    return image


def embedded_page_image(
    source: PdfSource, index: int, min_dpi: float = 70.0
) -> EmbeddedPageImage | None:
    """The single image that fills page `index` (0-based), in grayscale; None if there is none.

    None also when the image is placed rotated, sheared or mirrored, when the page itself is
    rotated, or when the image is coarser than `min_dpi`: render the page instead then.
    """
    with _opened(source) as document:
        page = document[index]
        try:
            return _page_image(page, min_dpi)
        finally:
            page.close()


def _page_image(page: Any, min_dpi: float) -> EmbeddedPageImage | None:
    if page.get_rotation() % 360:
        return None
    images = list(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3))
    if len(images) != 1:
        return None
    image_object = images[0]
    page_width, page_height = page.get_size()
    left, bottom, right, top = image_object.get_bounds()
    width, height = right - left, top - bottom
    if page_width <= 0 or page_height <= 0 or width <= 0 or height <= 0:
        return None
    if width * height < MIN_PAGE_COVERAGE * page_width * page_height:
        return None
    matrix = image_object.get_matrix()
    if matrix.b != 0 or matrix.c != 0 or matrix.a <= 0 or matrix.d <= 0:
        return None  # rotated or mirrored placement: rendering gets the orientation right
    try:
        bitmap = image_object.get_bitmap(render=False)
        picture: Image.Image = bitmap.to_pil().convert("L")
    except Exception:  # an image filter pdfium cannot decode alone: render the page instead
        return None
    dpi = picture.width / (width / 72.0)
    if dpi < min_dpi:
        return None
    # The page's crop box origin may not be (0, 0): measure from its top-left corner.
    crop_left, _crop_bottom, _crop_right, crop_top = page.get_cropbox()
    return EmbeddedPageImage(picture, dpi, left - crop_left, crop_top - top)
