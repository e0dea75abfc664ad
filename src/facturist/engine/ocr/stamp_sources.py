"""Coloured stamps faded out of PDF pages and JPEGs that OCR reads in grayscale.

A scanned page is rendered (PDF) or decoded (JPEG) straight to grayscale: a colour copy of
every page cost ~100 MB more per worker. Colour is looked at only where a stamp may be: a
thumbnail of the page (at most `stamps.ANALYSIS_SIDE` pixels long) says whether a stamp in
coloured ink lies over the print, and only then are the stamps' boxes read in colour, at
the grayscale page's resolution, and faded into it (`stamps.fade_stamp`).
"""

from __future__ import annotations

import io
import logging
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PIL import Image

log = logging.getLogger(__name__)

# A JPEG's thumbnail may be this much smaller than the stamp analysis' copy: then a page of up
# to twice ANALYSIS_SIDE decodes at half size (the decoder's cheap steps are 1/2, 1/4, 1/8).
THUMBNAIL_SHARE = 0.8
# An image of fewer bits per pixel than this holds no colour (gray, 1-bit fax).
COLOUR_BITS = 16


def _has_colour_image(page: Any) -> bool:
    """Whether the page draws an image that may be in colour."""
    import pypdfium2.raw as pdfium_c

    try:
        for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
            metadata = image.get_metadata()
            # Indexed images carry their colours in a palette, at 8 bits per pixel or fewer.
            if metadata.bits_per_pixel >= COLOUR_BITS or (
                metadata.colorspace == pdfium_c.FPDF_COLORSPACE_INDEXED
            ):
                return True
    except Exception:
        return True  # metadata unreadable: let the thumbnail decide
    return False


def _rgb(bitmap: Any) -> NDArray[np.uint8]:
    array = np.asarray(bitmap.to_numpy(), dtype=np.uint8)
    return array[:, :, :3] if array.ndim == 3 else np.repeat(array[:, :, None], 3, axis=2)


def _like(faded: Image.Image, gray: Image.Image) -> Image.Image:
    """`faded` with the metadata of `gray` (EXIF orientation, resolution)."""
    faded.info.update(gray.info)
    return faded


def fade_pdf_page_stamps(page: Any, gray: Image.Image, scale: float) -> Image.Image:
    """`gray` (the page rendered in grayscale at `scale` pixels a point) with coloured stamps
    faded out; `gray` itself when the page has none. `page` is an open pypdfium2 page."""
    try:
        import cv2  # noqa: F401 (stamps.py needs OpenCV)
    except ImportError:  # OpenCV comes with rapidocr; other backends may run without it
        return gray
    if gray.mode != "L" or not _has_colour_image(page):
        return gray
    try:
        return _fade_pdf_page_stamps(page, gray, scale)
    except Exception as error:  # a stamp left in costs a field at worst, never the page
        log.debug("stamp fading skipped: %s", error)
        return gray


def _fade_pdf_page_stamps(page: Any, gray: Image.Image, scale: float) -> Image.Image:
    from facturist.engine.ocr.stamps import ANALYSIS_SIDE, fade_stamp, find_stamps, pixel_box

    width_pt, height_pt = page.get_size()
    thumb_scale = min(scale, ANALYSIS_SIDE / max(width_pt, height_pt, 1.0))
    thumbnail = page.render(scale=thumb_scale, rev_byteorder=True)
    try:
        stamps = find_stamps(_rgb(thumbnail))
    finally:
        thumbnail.close()
    if not stamps:
        return gray
    array = np.array(gray, dtype=np.uint8)
    height, width = array.shape
    for box in stamps:
        x0, y0, x1, y1 = pixel_box(box, width, height)
        if x1 - x0 < 2 or y1 - y0 < 2:
            continue
        # The render's crop is counted in whole pixels (ceil of points x scale): 0.01 px
        # under each edge gives exactly the pixels of the box.
        crop = tuple(
            max(0.0, (pixels - 0.01) / scale) for pixels in (x0, height - y1, width - x1, y0)
        )
        bitmap = page.render(scale=scale, crop=crop, rev_byteorder=True)
        try:
            rgb = _rgb(bitmap)
        finally:
            bitmap.close()
        if rgb.shape[:2] != (y1 - y0, x1 - x0):
            log.debug("stamp crop %s came back %s: left as it is", (x0, y0, x1, y1), rgb.shape)
            continue
        fade_stamp(array[y0:y1, x0:x1], rgb)
        del rgb
    return _like(Image.fromarray(array, "L"), gray)


def fade_jpeg_stamps(data: bytes, gray: Image.Image) -> Image.Image:
    """`gray` (the JPEG `data` decoded in grayscale, maybe at a reduced size) with coloured
    stamps faded out; `gray` itself when the image is not in colour or has none."""
    try:
        from facturist.engine.ocr.stamps import ANALYSIS_SIDE, fade_stamp, find_stamps, pixel_box
    except ImportError:
        return gray
    if gray.mode != "L":
        return gray
    try:
        with Image.open(io.BytesIO(data)) as thumbnail:
            if thumbnail.format != "JPEG" or thumbnail.mode != "RGB":
                return gray
            full_size = thumbnail.size
            side = max(full_size)
            if side > THUMBNAIL_SHARE * ANALYSIS_SIDE:
                # The decoder shrinks by 1/2, 1/4 or 1/8 on the way, to no less than asked.
                wanted = THUMBNAIL_SHARE * ANALYSIS_SIDE / side
                thumbnail.draft("RGB", (round(full_size[0] * wanted), round(full_size[1] * wanted)))
            stamps = find_stamps(np.asarray(thumbnail.convert("RGB"), dtype=np.uint8))
        if not stamps:
            return gray
        with Image.open(io.BytesIO(data)) as colour:
            if gray.size != full_size:
                colour.draft("RGB", gray.size)
            if colour.size != gray.size:
                return gray
            colour.load()
            array = np.array(gray, dtype=np.uint8)
            height, width = array.shape
            boxes = [pixel_box(box, width, height) for box in stamps]
            crops = [
                np.asarray(colour.crop((x0, y0, x1, y1)).convert("RGB"), dtype=np.uint8)
                for x0, y0, x1, y1 in boxes
            ]
        # The whole colour image is freed here; only the stamps' boxes are kept.
        for (x0, y0, x1, y1), rgb in zip(boxes, crops, strict=True):
            fade_stamp(array[y0:y1, x0:x1], rgb)
        return _like(Image.fromarray(array, "L"), gray)
    except Exception as error:  # a stamp left in costs a field at worst, never the page
        log.debug("stamp fading skipped: %s", error)
        return gray
