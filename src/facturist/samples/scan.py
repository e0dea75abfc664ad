"""Scanned-looking versions of sample invoices: images, and PDFs with no text layer."""

from __future__ import annotations

import io
import random
from typing import Literal

import pypdfium2 as pdfium
from PIL import Image, ImageChops
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from facturist.samples.render import render_pdf
from facturist.samples.spec import InvoiceSpec

ImageFormat = Literal["png", "jpeg"]


def _page_images(pdf: bytes, dpi: int) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72, grayscale=True)
            images.append(bitmap.to_pil().convert("L"))
        return images
    finally:
        document.close()


def degrade(
    image: Image.Image,
    rng: random.Random,
    *,
    skew: float | None = None,
    orientation: int = 0,
    noise: bool = True,
) -> Image.Image:
    """Make a clean page image look scanned: skew (<= 2 degrees), specks, grain, turned."""
    angle = rng.uniform(-2.0, 2.0) if skew is None else max(-2.0, min(2.0, skew))
    # Bilinear resampling softens edges the way a scanner's optics do, and is fast.
    image = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    if noise:
        width, height = image.size
        grain = Image.frombytes("L", (width, height), rng.randbytes(width * height))
        # About one pixel in 256 gets a dark speck; the rest gets faint paper grain.
        specks = grain.point(lambda v: 140 if v == 255 else v // 24)
        image = ImageChops.subtract(image, specks)
    if orientation % 360:
        image = image.rotate(orientation % 360, expand=True)
    return image


def _encode(image: Image.Image, fmt: ImageFormat, quality: int) -> bytes:
    buffer = io.BytesIO()
    if fmt == "jpeg":
        image.save(buffer, format="JPEG", quality=quality)
    else:
        image.save(buffer, format="PNG", compress_level=6)
    return buffer.getvalue()


def render_scan(
    spec: InvoiceSpec,
    *,
    layout: str | None = None,
    dpi: int = 150,
    fmt: ImageFormat = "jpeg",
    quality: int = 70,
    skew: float | None = None,
    orientation: int = 0,
    noise: bool = True,
    page: int = 1,
    seed: int | None = None,
) -> bytes:
    """One page of `spec` as a grayscale scan image (JPEG or PNG), deterministic per seed.

    `orientation` turns the page by 90, 180 or 270 degrees (counter-clockwise), as a sheet
    fed the wrong way would be; `skew` defaults to a small random tilt.
    """
    images = _page_images(render_pdf(spec, layout), dpi)
    rng = random.Random(spec.seed if seed is None else seed)
    image = degrade(images[page - 1], rng, skew=skew, orientation=orientation, noise=noise)
    return _encode(image, fmt, quality)


def render_scanned_pdf(
    spec: InvoiceSpec,
    *,
    layout: str | None = None,
    dpi: int = 150,
    quality: int = 60,
    seed: int | None = None,
) -> bytes:
    """An image-only PDF of `spec` (every page a JPEG scan, no text layer)."""
    rng = random.Random(spec.seed if seed is None else seed)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for clean in _page_images(render_pdf(spec, layout), dpi):
        # JPEG bytes given as a file pass into the PDF as they are (DCTDecode), no re-encoding.
        scan = ImageReader(io.BytesIO(_encode(degrade(clean, rng), "jpeg", quality)))
        width, height = clean.size[0] * 72 / dpi, clean.size[1] * 72 / dpi
        canvas.setPageSize((width, height))
        canvas.drawImage(scan, 0, 0, width, height)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
