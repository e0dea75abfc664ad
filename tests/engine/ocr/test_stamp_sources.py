"""Coloured stamps faded out of PDF pages and JPEGs that are read in grayscale."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from facturist.engine.ocr.stamp_sources import fade_jpeg_stamps, fade_pdf_page_stamps

from .textpages import font

SIZE = (620, 877)  # A4's proportions


def _stamped_scan() -> Image.Image:
    """A scan on greyish paper: a blue heading, black print, a line of grey print, and a red
    "PAID" stamp with a date of its own lying over the grey line."""
    page = Image.new("RGB", SIZE, (236, 236, 232))
    draw = ImageDraw.Draw(page)
    draw.text((40, 40), "INVOICE", font=font(34), fill=(30, 60, 200))
    draw.text((40, 200), "Invoice 2024-0815   Date 05.03.2025", font=font(16), fill=(15, 15, 15))
    draw.text((40, 232), "Customer 2118  Order of 18.02.2025", font=font(14), fill=(120, 120, 120))
    draw.text((40, 400), "Net amount  645.60   Total  768.26", font=font(16), fill=(15, 15, 15))
    stamp = Image.new("L", (230, 110), 0)
    stamp_draw = ImageDraw.Draw(stamp)
    stamp_draw.rectangle((4, 4, 225, 105), outline=255, width=4)
    stamp_draw.text((25, 12), "PAID", font=font(50), fill=255)
    stamp_draw.text((40, 72), "12.03.2025", font=font(20), fill=255)
    page.paste((205, 35, 40), (150, 165), stamp.rotate(10, expand=True))
    return page


def _pdf(page: Image.Image) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595.0, 842.0))
    pdf.drawImage(ImageReader(page), 0, 0, width=595.0, height=842.0)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _masks(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Red stamp ink, blue heading ink and dark print of an RGB image."""
    rgb = rgb.astype(np.int16)
    red = (rgb[..., 0] > 150) & (rgb[..., 1] < 110)
    blue = (rgb[..., 2] > 150) & (rgb[..., 0] < 110)
    dark = rgb.max(axis=2) < 60
    return red, blue, dark


def test_a_stamp_on_a_colour_scan_in_a_pdf_is_faded_at_the_render_resolution() -> None:
    document = pdfium.PdfDocument(_pdf(_stamped_scan()))
    page = document[0]
    scale = 1.2
    gray = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    red, blue, dark = _masks(page.render(scale=scale, rev_byteorder=True).to_numpy()[..., :3])
    faded = np.asarray(fade_pdf_page_stamps(page, gray, scale), dtype=np.int16)
    plain = np.asarray(gray, dtype=np.int16)
    page.close()
    document.close()
    assert faded.shape == plain.shape
    assert plain[red].mean() < 130  # as dark as print before
    assert faded[red].mean() > 200  # near the paper now (not whiter: no white outline)
    assert faded[red].mean() < 250
    assert (faded[blue] == plain[blue]).all()  # the coloured heading is no stamp
    assert faded[dark & ~red].mean() < 80


def test_a_pdf_page_without_colour_is_left_as_it_is() -> None:
    document = pdfium.PdfDocument(_pdf(_stamped_scan().convert("L")))
    page = document[0]
    gray = page.render(scale=1.0, grayscale=True).to_pil().convert("L")
    assert fade_pdf_page_stamps(page, gray, 1.0) is gray
    page.close()
    document.close()


def test_a_stamp_on_a_colour_jpeg_decoded_in_grayscale_is_faded() -> None:
    scan = _stamped_scan()
    buffer = io.BytesIO()
    scan.save(buffer, "JPEG", quality=92)
    data = buffer.getvalue()
    gray = Image.open(io.BytesIO(data))
    gray.draft("L", gray.size)
    gray.load()
    red, blue, _dark = _masks(np.asarray(scan))
    faded = np.asarray(fade_jpeg_stamps(data, gray), dtype=np.int16)
    plain = np.asarray(gray, dtype=np.int16)
    assert plain[red].mean() < 130
    assert faded[red].mean() > 180  # JPEG's halved colour resolution blurs the ink's edges
    assert (faded[blue] == plain[blue]).all()


def test_a_grayscale_jpeg_is_left_as_it_is() -> None:
    buffer = io.BytesIO()
    _stamped_scan().convert("L").save(buffer, "JPEG", quality=92)
    gray = Image.open(io.BytesIO(buffer.getvalue()))
    gray.load()
    assert fade_jpeg_stamps(buffer.getvalue(), gray) is gray
