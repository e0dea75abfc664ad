"""A long scanned PDF is read with its pdfium document opened afresh after each OCR'd page.

pdfium keeps what it loaded of a page's images for as long as the document is open: a
60-page scanned PDF read in one opening grew a worker by ~0.6 MB a page (never given back),
flat when opened afresh after every scanned page. The pages read the same either way.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A5
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from facturist.engine import pages
from facturist.engine.extraction import extract
from facturist.engine.model import Box, ExtractionPlan, PageText, Word


def _pdf(kinds: list[str]) -> bytes:
    """An A5 PDF: "scan" pages are one image each (no text layer), "text" pages text."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A5)
    for number, kind in enumerate(kinds, start=1):
        if kind == "scan":
            scan = Image.new("L", (200, 280), 255)
            scan.paste(0, (20 + 10 * number, 40, 120 + 10 * number, 60))
            pdf.drawImage(ImageReader(scan), 0, 0, width=A5[0], height=A5[1])
        else:
            pdf.drawString(72, 500, f"Invoice 2024-{number:04d} of page number {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _fake_ocr(image: Image.Image, page: int, dpi: float) -> PageText:
    """One "word" that tells the rendered image apart: its size and its ink's position."""
    ink = np.nonzero(np.asarray(image) < 128)
    where = f"{image.size}:{ink[1].min()}-{ink[1].max()}:{int(np.asarray(image).sum())}"
    return PageText(page, 100.0, 100.0, [Word(where, Box(page, 1, 1, 9, 9), 1.0)], "ocr")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Documents opened (by anyone) during the test, OCR replaced by `_fake_ocr`."""
    documents: list[Any] = []

    class Counted(pdfium.PdfDocument):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.closed = False
            documents.append(self)

        def close(self) -> None:
            self.closed = True
            super().close()

    monkeypatch.setattr(pdfium, "PdfDocument", Counted)
    monkeypatch.setattr(pages, "_ocr_function", lambda: _fake_ocr)
    return documents


def _words(reads: list[pages.PageRead]) -> list[list[str]]:
    return [[w.text for w in r.text.words] if r.text else [] for r in reads]


def test_document_is_opened_afresh_after_each_scanned_page(opened: list[Any]) -> None:
    data = _pdf(["scan", "text", "scan", "scan", "text"])
    pdf = pdfium.PdfDocument(data)
    reads = list(pages.read_pdf_pages(pdf, 10_000_000, source=data))
    # After pages 1, 3 and 4 (scans); never after the last page or a text page.
    assert len(opened) == 1 + 3
    assert all(document.closed for document in opened[1:])
    assert not pdf.closed  # the caller's, closed by the caller
    alone = list(pages.read_pdf_pages(pdf, 10_000_000))
    assert len(opened) == 1 + 3
    pdf.close()
    assert [r.outcome for r in reads] == [r.outcome for r in alone]
    assert _words(reads) == _words(alone)
    assert all(r.outcome.ok for r in reads)
    assert len({tuple(w) for w in _words(reads)}) == 5  # every page read its own image


def test_documents_are_closed_when_reading_stops_early(opened: list[Any]) -> None:
    data = _pdf(["scan", "scan", "scan", "scan"])
    seen: list[int] = []

    def on_page(outcome: Any) -> bool:
        seen.append(outcome.page)
        return outcome.page < 2

    result = extract(data, ExtractionPlan(columns=()), on_page=on_page)
    assert seen == [1, 2]
    assert len(result.pages) == 2
    assert len(opened) == 2  # the caller's and one for page 2
    assert all(document.closed for document in opened)
