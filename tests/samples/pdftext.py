"""Reading PDF text the way the engine does, for assertions."""

from __future__ import annotations

import pypdfium2 as pdfium


def page_texts(pdf: bytes, password: str | None = None) -> list[str]:
    """The text layer of every page, read with pdfium as the engine reads it."""
    document = pdfium.PdfDocument(pdf, password=password)
    try:
        return [document[index].get_textpage().get_text_range() for index in range(len(document))]
    finally:
        document.close()


def squashed(text: str) -> str:
    """`text` with every run of white space as one space (line breaks fall where they fall)."""
    return " ".join(text.split())
