"""A PDF's pages read from its file (pdfium reads it lazily) read as from its bytes.

The service hands the page-reading jobs a local file rather than the document's bytes, so
that a 150 MB PDF is not held whole by every job that reads eight of its pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from facturist.engine import inspect_document, pages, read_page_range
from facturist.engine.model import PageText
from facturist.engine.pages import PageRead
from facturist.samples import random_invoice, render_pdf, render_scan, render_scanned_pdf


def _reads(reads: list[PageRead]) -> list[tuple[Any, ...]]:
    """Everything a page read holds: outcome, size, source and each word with its box."""
    return [
        (
            r.outcome,
            None
            if r.text is None
            else (r.text.page, r.text.width, r.text.height, r.text.source, r.text.words),
        )
        for r in reads
    ]


def _file(tmp_path: Path, data: bytes, name: str = "document.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_text_pdf_pages_read_the_same_from_a_path(tmp_path: Path) -> None:
    data = render_pdf(random_invoice(21, layout="classic", lines=60))
    path = _file(tmp_path, data)
    count = len(pdfium.PdfDocument(data))
    assert count >= 2
    for first, last in ((1, count), (2, count + 5)):  # a range past the end stops there
        from_bytes = read_page_range(data, first, last)
        from_path = read_page_range(path, first, last)
        assert _reads(from_path) == _reads(from_bytes)
        assert all(r.outcome.ok and r.text and r.text.words for r in from_path)


@pytest.mark.ocr
@pytest.mark.slow
def test_scanned_pdf_pages_read_the_same_from_a_path(tmp_path: Path) -> None:
    if not pages.ocr_available():
        pytest.skip("OCR is not installed")
    data = render_scanned_pdf(random_invoice(22, layout="classic", lines=40), dpi=120)
    path = _file(tmp_path, data)
    from_bytes = read_page_range(data, 1, 3)
    from_path = read_page_range(path, 1, 3)
    assert len(from_path) >= 2
    assert _reads(from_path) == _reads(from_bytes)
    assert all(r.outcome.ok and r.text and r.text.source == "ocr" for r in from_path)


def test_scanned_pages_reopen_the_file_not_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an OCR'd page the document is opened afresh, from the same file."""
    data = render_scanned_pdf(random_invoice(23, layout="classic", lines=40), dpi=72)
    path = _file(tmp_path, data)
    inputs: list[Any] = []

    class Recorded(pdfium.PdfDocument):  # type: ignore[misc]
        def __init__(self, source: Any, *args: Any, **kwargs: Any) -> None:
            inputs.append(source)
            super().__init__(source, *args, **kwargs)

    def fake_ocr(image: Any, page: int, dpi: float) -> PageText:
        return PageText(page, 100.0, 100.0, [], "ocr")

    monkeypatch.setattr(pdfium, "PdfDocument", Recorded)
    monkeypatch.setattr(pages, "_ocr_function", lambda: fake_ocr)
    reads = read_page_range(path, 1, 3)
    assert len(reads) >= 2 and all(r.outcome.ok for r in reads)
    assert len(inputs) == len(reads)  # one opening, then one after each page but the last
    assert all(source == path for source in inputs)


def test_missing_or_broken_file_gives_unreadable_pages(tmp_path: Path) -> None:
    for path in (tmp_path / "gone.pdf", _file(tmp_path, b"%PDF-1.7 not really")):
        reads = read_page_range(path, 3, 4)
        assert [r.outcome.page for r in reads] == [3, 4]
        assert all(r.outcome.failure_code == "UNREADABLE_PAGE" for r in reads)


@pytest.mark.parametrize(
    "data",
    [
        render_pdf(random_invoice(24, lines=2)),
        render_scan(random_invoice(25, lines=2), dpi=50),
        render_scan(random_invoice(25, lines=2), fmt="png", dpi=50),
        b'<?xml version="1.0"?><Invoice/>',
        b"hello",
        b"",
    ],
    ids=["pdf", "jpeg", "png", "xml", "unknown", "empty"],
)
def test_inspect_document_sniffs_a_file_as_its_bytes(tmp_path: Path, data: bytes) -> None:
    assert inspect_document(_file(tmp_path, data)) == inspect_document(data)


def test_inspect_document_of_a_missing_file_is_unknown(tmp_path: Path) -> None:
    assert inspect_document(tmp_path / "gone.pdf").kind == "unknown"
