"""Pages in: PDF text layer page by page, OCR for pages without text, images as one page."""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from facturist.engine.model import PageOutcome, PageText
from facturist.engine.pdftext import page_words

# A page with fewer readable characters than this is treated as a scan.
MIN_TEXT_CHARS = 20
OCR_DPI = 300


@dataclass
class PageRead:
    """One page's outcome and, when it could be read, its words."""

    outcome: PageOutcome
    text: PageText | None


def _ocr_function() -> Any:
    try:
        from facturist.engine.ocr import ocr_image
    except ImportError:
        return None
    return ocr_image


def ocr_available() -> bool:
    """Whether the OCR module is installed and importable."""
    return _ocr_function() is not None


def _ocr(image: Any, page_number: int, dpi: float, width: float, height: float) -> PageRead:
    ocr_image = _ocr_function()
    unavailable = PageRead(
        PageOutcome(
            page_number,
            False,
            "OCR_UNAVAILABLE",
            "This page has no text layer and OCR is not available.",
        ),
        None,
    )
    if ocr_image is None:
        return unavailable
    try:
        text: PageText = ocr_image(image, page=page_number, dpi=dpi)
    except Exception as error:
        if type(error).__name__ == "OcrUnavailableError":
            return unavailable
        return PageRead(
            PageOutcome(page_number, False, "OCR_FAILED", f"OCR failed on this page: {error}"), None
        )
    text.words = [w for w in text.words if w.text.strip()]
    return PageRead(PageOutcome(page_number, True), text)


def read_pdf_pages(pdf: pdfium.PdfDocument, max_image_pixels: int) -> Iterator[PageRead]:
    """Each page of an open PDF, text layer first, OCR when the page has no usable text."""
    for index in range(len(pdf)):
        number = index + 1
        try:
            text = page_words(pdf, index)
        except Exception as error:
            yield PageRead(
                PageOutcome(
                    number, False, "UNREADABLE_PAGE", f"The page could not be read: {error}"
                ),
                None,
            )
            continue
        if sum(len(w.text) for w in text.words) >= MIN_TEXT_CHARS or not _has_images(pdf, index):
            # Little text and no image: there is nothing for OCR to find (a blank page, or a
            # page that says only "Page 3 of 9"), and OCR is a thousand times slower.
            yield PageRead(PageOutcome(number, True), text)
            continue
        yield _ocr_pdf_page(pdf, index, text, max_image_pixels)


def _has_images(pdf: pdfium.PdfDocument, index: int) -> bool:
    """Whether the page draws any image (a scan, a photo), looking into form objects too."""
    try:
        page = pdf[index]
    except Exception:
        return True  # let the OCR path report what is wrong with the page
    try:
        return any(
            True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3)
        )
    except Exception:
        return True
    finally:
        page.close()


def _ocr_pdf_page(
    pdf: pdfium.PdfDocument, index: int, text: PageText, max_image_pixels: int
) -> PageRead:
    number = index + 1
    if not ocr_available():
        return _ocr(None, number, 72.0, text.width, text.height)
    scale = OCR_DPI / 72
    pixels = text.width * scale * text.height * scale
    if pixels > max_image_pixels:
        scale *= (max_image_pixels / pixels) ** 0.5
    page = pdf[index]
    try:
        bitmap = page.render(scale=scale)
        image = bitmap.to_pil()
        bitmap.close()
    except Exception as error:
        return PageRead(
            PageOutcome(
                number, False, "UNREADABLE_PAGE", f"The page could not be rendered: {error}"
            ),
            None,
        )
    finally:
        page.close()
    return _ocr(image, number, 72 * scale, text.width, text.height)


def read_image_page(data: bytes, width: int, height: int) -> PageRead:
    """A JPEG or PNG as one OCR page; pixel coordinates stand for points."""
    if not ocr_available():
        return _ocr(None, 1, 72.0, width, height)
    from PIL import Image

    try:
        # Our own header check already bounded the size; PIL's global limit must not interfere.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image.load()
    except Exception as error:
        return PageRead(
            PageOutcome(1, False, "UNREADABLE_PAGE", f"The image could not be decoded: {error}"),
            None,
        )
    return _ocr(image, 1, 72.0, float(width), float(height))
