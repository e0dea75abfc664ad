"""Inputs that are broken on purpose, each in one known way, for failure-path tests."""

from __future__ import annotations

import io
import re
import struct
import zlib
from typing import Literal

from pypdf import PdfReader, PdfWriter

from facturist.samples.generate import random_invoice
from facturist.samples.render import render_multi_invoice_pdf, render_pdf
from facturist.samples.spec import InvoiceSpec


def zero_byte() -> bytes:
    """An empty file."""
    return b""


def png_with_text() -> bytes:
    """Plain text, meant to be saved under a .png name."""
    return b"This is a text file, not a PNG image.\nInvoice 42: total 100.00 EUR\n" * 4


def _default_spec(spec: InvoiceSpec | None) -> InvoiceSpec:
    return spec if spec is not None else random_invoice(0, layout="classic", lines=6)


def truncated_pdf(spec: InvoiceSpec | None = None) -> bytes:
    """The first half of a real PDF: header and some objects, no catalog, xref or trailer."""
    data = render_pdf(_default_spec(spec))
    # reportlab writes the catalog, page tree and xref last, so half the file has none.
    return data[: min(len(data) // 2, data.find(b"/Type /Catalog"))]


def encrypted_pdf(spec: InvoiceSpec | None = None, password: str = "secret") -> bytes:
    """A real invoice PDF that opens only with the user password `password`."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(render_pdf(_default_spec(spec)))))
    # RC4-128 needs no optional crypto package; it still demands the password to open.
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def bomb_png(width: int = 20000, height: int = 20000) -> bytes:
    """A valid, fully decodable 8-bit gray PNG of width x height in a small file.

    The full image is never built: one block of white rows is deflated once, ended with a
    full flush (which makes it independent of what came before), and repeated.
    """
    row = b"\x00" + b"\xff" * width  # filter byte "none", then white pixels
    rows_per_block = max(1, min(height, 2_000_000 // len(row)))
    blocks, rest = divmod(height, rows_per_block)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate; we add the wrapper
    block = row * rows_per_block
    piece = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.compress(row * rest) + compressor.flush(zlib.Z_FINISH)
    checksum = 1
    for _ in range(blocks):
        checksum = zlib.adler32(block, checksum)
    checksum = zlib.adler32(row * rest, checksum)
    stream = b"\x78\xda" + piece * blocks + tail + struct.pack(">I", checksum)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit gray
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", stream)
        + _png_chunk(b"IEND", b"")
    )


CorruptionKind = Literal["content", "page"]


def corrupt_page_pdf(
    spec: InvoiceSpec | None = None, *, page: int = 2, how: CorruptionKind = "content"
) -> bytes:
    """A multi-page invoice PDF where only page `page` (1-based) is broken.

    how="content": that page's content stream is replaced by same-length garbage, so it
    draws nothing and yields no text in pdfium, and pypdf raises when reading its text.
    how="page": that page's object is no longer a dictionary, so pdfium fails to load it.
    Byte offsets are kept, so the cross-reference table stays valid for every other page.
    """
    spec = spec if spec is not None else random_invoice(1, layout="classic", lines=40)
    data = render_pdf(spec)
    reader = PdfReader(io.BytesIO(data))
    if len(reader.pages) < max(page, 2):
        data = render_multi_invoice_pdf([spec] * max(page, 2))
        reader = PdfReader(io.BytesIO(data))
    page_ref = reader.pages[page - 1].indirect_reference
    assert page_ref is not None
    if how == "page":
        match = re.search(rb"\n%d 0 obj\n(<<.*?>>)\nendobj" % page_ref.idnum, data, re.S)
        if match is None:
            raise RuntimeError("page object not found")
        filler = b"(broken page)".ljust(len(match.group(1)))
        return data[: match.start(1)] + filler + data[match.end(1) :]
    contents = reader.pages[page - 1].raw_get("/Contents")
    pattern = rb"\n%d 0 obj\n<<.*?/Length (\d+).*?>>\nstream\r?\n" % contents.idnum
    match = re.search(pattern, data, re.S)
    if match is None:
        raise RuntimeError("content stream not found")
    length = int(match.group(1))
    garbage = bytes((index * 37 + 11) % 256 for index in range(length))
    return data[: match.end()] + garbage + data[match.end() + length :]


def many_page_pdf(pages: int) -> bytes:
    """A small valid PDF of `pages` pages, each saying 'Page i of n'; fast even for 10,000."""
    offsets: list[int] = []
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def add(body: bytes) -> None:
        offsets.append(len(out))
        out.extend(b"%d 0 obj\n" % (len(offsets)) + body + b"\nendobj\n")

    # Objects: 1 catalog, 2 page tree, 3 font, then (page, content) pairs.
    kids = b" ".join(b"%d 0 R" % (4 + 2 * index) for index in range(pages))
    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids))
    add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for index in range(pages):
        add(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * index)
        )
        text = b"BT /F1 24 Tf 72 760 Td (Page %d of %d) Tj ET" % (index + 1, pages)
        add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text))
    xref_at = len(out)
    out.extend(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    out.extend(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.extend(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(offsets) + 1, xref_at)
    )
    return bytes(out)
