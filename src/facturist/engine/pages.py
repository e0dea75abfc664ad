"""Pages in: PDF text layer page by page, OCR for pages without text, images as one page."""

from __future__ import annotations

import io
import warnings
from collections.abc import Generator, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from facturist.engine.model import Box, PageOutcome, PageText, Word
from facturist.engine.pdftext import page_words
from facturist.engine.sniff import DocumentSource, open_pdf

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


def read_pdf_pages(
    pdf: pdfium.PdfDocument,
    max_image_pixels: int,
    numbers: Iterable[int] | None = None,
    known: Mapping[int, PageRead] | None = None,
    source: DocumentSource | None = None,
) -> Generator[PageRead, None, None]:
    """Pages of an open PDF (all, or the 1-based `numbers`), text layer first, OCR when a
    page has no usable text; pages in `known` (read earlier, elsewhere) are not read again.

    `source`, the PDF's bytes or its file, lets the pages after an OCR'd page be read from
    the document opened afresh: pdfium keeps what it loaded of a page's images for as long
    as the document is open (~0.6 MB a scanned page, never given back: a 5,000-page scan
    would take gigabytes). `pdf` stays the caller's to close; the generator closes its own.
    """
    document, stale = pdf, False
    try:
        for number in numbers if numbers is not None else range(1, len(pdf) + 1):
            if known is not None and number in known:
                yield known[number]
                continue
            if stale and source is not None:
                document = _reopened(document, pdf, source)
            read, stale = _read_pdf_page(document, number - 1, max_image_pixels)
            yield read
    finally:
        if document is not pdf:
            document.close()


def _reopened(
    document: pdfium.PdfDocument, pdf: pdfium.PdfDocument, source: DocumentSource
) -> pdfium.PdfDocument:
    """The PDF opened afresh (`document` closed unless it is the caller's `pdf`); `document`
    itself if it will not open again."""
    try:
        fresh = pdfium.PdfDocument(source)
    except Exception:
        return document
    if document is not pdf:
        document.close()
    return fresh


def _read_pdf_page(
    pdf: pdfium.PdfDocument, index: int, max_image_pixels: int
) -> tuple[PageRead, bool]:
    """Page `index` (0-based) read, and whether it went to OCR (its images decoded)."""
    number = index + 1
    try:
        text = page_words(pdf, index)
    except Exception as error:
        message = f"The page could not be read: {error}"
        return PageRead(PageOutcome(number, False, "UNREADABLE_PAGE", message), None), False
    # Text turned sideways is laid out under the page (sidewaystext.py): a scan with a
    # turned margin note still goes to OCR, and so does one with a note or a form field
    # typed over it (their text is not the scan's).
    upright = sum(len(w.text) for w in text.words if w.box.y0 < text.height)
    upright -= text.annotation_chars
    if upright >= MIN_TEXT_CHARS or not _has_images(pdf, index):
        # Little text and no image: there is nothing for OCR to find (a blank page, or a
        # page that says only "Page 3 of 9"), and OCR is a thousand times slower.
        return PageRead(PageOutcome(number, True), text), False
    return _ocr_pdf_page(pdf, index, text, max_image_pixels), True


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
        # Grayscale: OCR reads nothing else, and a 300-dpi A4 page is 8.7 MB so, 35 MB in BGRA.
        bitmap = page.render(scale=scale, grayscale=True)
        image = bitmap.to_pil().convert("L")
        bitmap.close()
        from facturist.engine.ocr.stamp_sources import fade_pdf_page_stamps

        # Coloured stamps over the print, faded by their colour (looked at only where found).
        image = fade_pdf_page_stamps(page, image, scale)
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
            factor = _decode_smaller(image)
            image.load()
        from facturist.engine.ocr.stamp_sources import fade_jpeg_stamps

        page_image = fade_jpeg_stamps(data, image)
    except Exception as error:
        return PageRead(
            PageOutcome(1, False, "UNREADABLE_PAGE", f"The image could not be decoded: {error}"),
            None,
        )
    # Decoded `factor` times smaller: each pixel stands for `factor` points.
    return _ocr(page_image, 1, 72.0 / factor, float(width), float(height))


def _decode_smaller(image: Any) -> int:
    """Let a JPEG decode straight to grayscale, at 1/2, 1/4 or 1/8 size when it is huge.

    OCR reads grayscale and shrinks huge pages by a whole factor anyway (`whole_shrink`);
    the JPEG decoder does both for free (a 4961x7016 colour scan took 104 MB decoded, 9 MB
    like this). Returns the whole factor the image shrank by (1 when it did not).
    """
    if image.format != "JPEG" or image.mode not in ("RGB", "L"):
        return 1
    from facturist.engine.ocr.pipeline import whole_shrink

    width, height = image.size
    shrink = whole_shrink(width, height)
    scale = next((s for s in (8, 4, 2) if s <= shrink), 1)
    image.draft("L", (max(1, width // scale), max(1, height // scale)))
    factor = round(width / image.size[0])
    return factor if factor >= 1 else 1


def page_read_to_json(read: PageRead) -> dict[str, Any]:
    """A page read as JSON, so that pages read by one worker can be analysed by another."""
    outcome = read.outcome
    text = read.text
    return {
        "outcome": [outcome.page, outcome.ok, outcome.failure_code, outcome.message],
        "text": None
        if text is None
        else {
            "page": text.page,
            "width": text.width,
            "height": text.height,
            "source": text.source,
            "words": [
                [w.text, w.box.page, w.box.x0, w.box.y0, w.box.x1, w.box.y1, w.confidence]
                for w in text.words
            ],
        },
    }


def page_read_from_json(data: Mapping[str, Any]) -> PageRead:
    """The inverse of `page_read_to_json`."""
    page, ok, code, message = data["outcome"]
    stored = data["text"]
    text = None
    if stored is not None:
        text = PageText(
            page=stored["page"],
            width=stored["width"],
            height=stored["height"],
            source=stored["source"],
            words=[
                Word(t, Box(bp, x0, y0, x1, y1), conf)
                for t, bp, x0, y0, x1, y1, conf in stored["words"]
            ],
        )
    return PageRead(PageOutcome(page, ok, code, message), text)


def read_page_range(
    source: DocumentSource, first: int, last: int, max_image_pixels: int = 89_478_485
) -> list[PageRead]:
    """Pages first..last (1-based, inclusive) of a PDF: the costly part of a big document,
    which workers can share before one of them analyses the whole document.

    `source` is the PDF's bytes or, better for a big one, its local file: pdfium then reads
    only what these pages need, and the file is never held in memory whole."""
    pdf, problem = open_pdf(source)
    if pdf is None:
        message = f"The PDF could not be opened ({problem})."
        return [
            PageRead(PageOutcome(n, False, "UNREADABLE_PAGE", message), None)
            for n in range(first, last + 1)
        ]
    try:
        last = min(last, len(pdf))
        return list(read_pdf_pages(pdf, max_image_pixels, range(first, last + 1), source=source))
    finally:
        pdf.close()
