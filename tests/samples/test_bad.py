"""Broken inputs are broken in exactly the intended way."""

from __future__ import annotations

import io
import struct
import zlib

import pypdfium2 as pdfium
import pytest
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader

from facturist.samples import (
    bomb_png,
    corrupt_page_pdf,
    encrypted_pdf,
    many_page_pdf,
    png_with_text,
    random_invoice,
    truncated_pdf,
    zero_byte,
)

from .pdftext import page_texts


def test_zero_byte_and_text_posing_as_png() -> None:
    assert zero_byte() == b""
    fake = png_with_text()
    assert fake and not fake.startswith(b"\x89PNG")
    fake.decode("ascii")
    with pytest.raises(UnidentifiedImageError):
        Image.open(io.BytesIO(fake))


def test_truncated_pdf_fails_to_open() -> None:
    data = truncated_pdf(random_invoice(3))
    assert data.startswith(b"%PDF-") and b"%%EOF" not in data
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(data)


def test_encrypted_pdf_needs_the_password() -> None:
    spec = random_invoice(4, lines=2)
    data = encrypted_pdf(spec, password="letmein")
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(data)
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(data, password="wrong")
    assert spec.invoice_number in page_texts(data, password="letmein")[0]
    assert PdfReader(io.BytesIO(data)).is_encrypted


def test_bomb_png_declares_20000_square_in_a_small_file() -> None:
    data = bomb_png(20000, 20000)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (20000, 20000)
    assert len(data) < 1_000_000
    with pytest.raises(Image.DecompressionBombError):
        Image.open(io.BytesIO(data))


def test_bomb_png_is_a_fully_valid_image_when_small_enough() -> None:
    # Same construction, size that spans several repeated deflate blocks.
    data = bomb_png(1500, 3000)
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.size == (1500, 3000) and image.getextrema() == (255, 255)
    idat_length = struct.unpack(">I", data[33:37])[0]
    raw = zlib.decompress(data[41 : 41 + idat_length])
    assert len(raw) == 3000 * 1501


@pytest.mark.parametrize("how", ["content", "page"])
def test_corrupt_page_fails_alone(how: str) -> None:
    spec = random_invoice(1, layout="classic", lines=40)
    data = corrupt_page_pdf(spec, page=2, how=how)  # type: ignore[arg-type]
    document = pdfium.PdfDocument(data)
    assert len(document) >= 2
    assert spec.invoice_number in document[0].get_textpage().get_text_range()
    for index in range(2, len(document)):
        assert document[index].get_textpage().get_text_range().strip()
    if how == "page":
        with pytest.raises(pdfium.PdfiumError):
            document[1]
    else:
        assert document[1].get_textpage().get_text_range().strip() == ""
        with pytest.raises(ValueError):
            PdfReader(io.BytesIO(data)).pages[1].extract_text()
    document.close()


def test_corrupt_page_of_a_one_page_invoice_still_has_good_pages() -> None:
    spec = random_invoice(2, lines=1)
    data = corrupt_page_pdf(spec, page=2, how="page")
    document = pdfium.PdfDocument(data)
    assert len(document) >= 2
    assert spec.invoice_number in document[0].get_textpage().get_text_range()
    with pytest.raises(pdfium.PdfiumError):
        document[1]


@pytest.mark.parametrize("pages", [1, 50, 5001])
def test_many_page_pdf(pages: int) -> None:
    data = many_page_pdf(pages)
    document = pdfium.PdfDocument(data)
    assert len(document) == pages
    last = document[pages - 1].get_textpage().get_text_range()
    assert last == f"Page {pages} of {pages}"
    assert len(data) < 400 * pages + 1000
    document.close()
