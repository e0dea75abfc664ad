"""Cheap document sniffing: the kind from magic bytes, page count, encryption, image size."""

from __future__ import annotations

import struct
from pathlib import Path

import pypdfium2 as pdfium

from facturist.engine.model import DocumentInfo, DocumentKind

_PDF_MAGIC = b"%PDF-"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
# Enough of a document's start to tell its kind (`sniff_kind` looks no further).
HEAD_BYTES = 1024

# A document in memory, or in a local file that pdfium reads lazily (a PDF opened from a
# path is never held whole: what a page needs is read from the file when it is needed).
DocumentSource = bytes | Path


def read_head(source: DocumentSource) -> bytes:
    """The first bytes of a document, enough for `sniff_kind`; a file is read no further."""
    if isinstance(source, Path):
        with source.open("rb") as file:
            return file.read(HEAD_BYTES)
    return source[:HEAD_BYTES]


def sniff_kind(data: bytes) -> DocumentKind:
    """The document kind from its first bytes, never from a file name."""
    head = data[:HEAD_BYTES]
    if _PDF_MAGIC in head:
        return "pdf"
    if data.startswith(_PNG_MAGIC):
        return "png"
    if data.startswith(_JPEG_MAGIC):
        return "jpeg"
    text_head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text_head.startswith(b"<?xml") or (
        text_head.startswith(b"<") and text_head[1:2].isalpha() and b">" in text_head
    ):
        return "xml"
    return "unknown"


def open_pdf(source: DocumentSource) -> tuple[pdfium.PdfDocument | None, str | None]:
    """Open a PDF from its bytes or its file (read lazily); on failure return (None, reason)
    with reason "encrypted" or "unreadable"."""
    try:
        return pdfium.PdfDocument(source), None
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower() or "security" in str(error).lower():
            return None, "encrypted"
        return None, "unreadable"
    except Exception:
        return None, "unreadable"


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height read from a PNG or JPEG header, without decoding any pixels."""
    if data.startswith(_PNG_MAGIC):
        if len(data) < 24 or data[12:16] != b"IHDR":
            return None
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data.startswith(_JPEG_MAGIC):
        return _jpeg_size(data)
    return None


# Start-of-frame markers carry the dimensions; DHT (C4), JPG (C8) and DAC (CC) do not.
_SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    index = 2
    while index + 4 <= len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        if marker in _SOF_MARKERS:
            if index + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return int(width), int(height)
        if length < 2:
            return None
        index += 2 + length
    return None


def inspect_document(source: DocumentSource) -> DocumentInfo:
    """Sniff the kind by content and count pages cheaply (a file: its first bytes, and a
    PDF's page tree read lazily); never raises."""
    try:
        kind = sniff_kind(read_head(source))
    except Exception:
        return DocumentInfo(kind="unknown")
    if kind in ("jpeg", "png"):
        return DocumentInfo(kind=kind, page_count=1)
    if kind == "xml":
        return DocumentInfo(kind="xml", page_count=1)
    if kind != "pdf":
        return DocumentInfo(kind="unknown")
    pdf, problem = open_pdf(source)
    if pdf is None:
        return DocumentInfo(kind="pdf", page_count=0, encrypted=problem == "encrypted")
    try:
        return DocumentInfo(kind="pdf", page_count=len(pdf))
    finally:
        pdf.close()
