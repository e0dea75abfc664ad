"""Image analysis before OCR: skew, text size, blank pages, orientation by profiles."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from facturist.engine.ocr.pipeline import _rotation_by_profiles
from facturist.engine.ocr.preprocess import (
    deskew,
    estimate_skew,
    is_blank,
    median_line_height,
    rescale_factor,
    to_grayscale,
)

from .textpages import RECEIPT_TEXT_SIZE, SAMPLES, photographed_receipt, text_page

LINES = SAMPLES["eng"] + SAMPLES["deu"] + SAMPLES["fra"]


@pytest.mark.parametrize("angle", [-3.0, -1.5, 2.0, 4.0])
def test_skew_estimate_undoes_a_rotation(angle: float) -> None:
    page = text_page(LINES, size=24).rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    assert estimate_skew(page) == pytest.approx(-angle, abs=0.3)


@pytest.mark.parametrize("angle", [1.8, -1.3])
def test_skew_of_a_ruled_page_inside_a_straight_scan_border(angle: float) -> None:
    # A few long rules make the sharpness peak narrow; the scanner's dark border, straight
    # on the image, makes a second peak at 0 that a coarse grid of angles took instead.
    page = text_page(LINES, size=16)
    draw = ImageDraw.Draw(page)
    for y in (40, 440, 840, 1240):
        draw.line([(40, y), (page.width - 40, y)], fill=0, width=2)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    ImageDraw.Draw(page).rectangle([0, 0, page.width - 1, page.height - 1], outline=0, width=10)
    assert estimate_skew(page) == pytest.approx(-angle, abs=0.1)


def test_straight_page_is_left_alone() -> None:
    page = text_page(LINES, size=24)
    assert estimate_skew(page) == 0.0
    assert deskew(page, estimate_skew(page)) is page


@pytest.mark.parametrize("size", [11, 24, 48])
def test_line_height_follows_the_font_size(size: int) -> None:
    height = median_line_height(text_page(LINES, size=size, width=size * 40))
    assert height is not None
    assert 0.8 * size <= height <= 1.4 * size


def test_small_text_is_scaled_up_and_normal_text_left_alone() -> None:
    page = Image.new("L", (400, 600), 255)
    assert rescale_factor(10.0, 30.0, page) == pytest.approx(3.0)
    assert rescale_factor(28.0, 30.0, page) == 1.0
    assert rescale_factor(None, 30.0, page) == 1.0
    # Upscaling stops at ~30 megapixels; an image already that big is not scaled up.
    large = Image.new("L", (3000, 4000), 255)
    assert 1.0 < rescale_factor(5.0, 30.0, large) <= (30e6 / 12e6) ** 0.5
    assert rescale_factor(5.0, 30.0, Image.new("L", (5000, 7000), 255)) == 1.0


def test_blank_pages() -> None:
    assert is_blank(Image.new("L", (500, 700), 255))
    assert is_blank(Image.new("L", (500, 700), 0))
    assert is_blank(Image.new("L", (1, 1), 255))
    assert not is_blank(text_page(LINES))


def test_grayscale_conversion_of_odd_modes() -> None:
    assert to_grayscale(Image.new("RGBA", (10, 10), (255, 0, 0, 0))).getpixel((0, 0)) == 255
    assert to_grayscale(Image.new("P", (10, 10))).mode == "L"
    assert to_grayscale(Image.new("1", (10, 10))).mode == "L"


@pytest.mark.parametrize(("degrees", "expected"), [(0, 0), (90, 90), (180, 0), (270, 90)])
def test_pages_on_their_side_are_detected_by_profiles(degrees: int, expected: int) -> None:
    page = text_page(LINES, size=24).rotate(degrees, expand=True)
    assert _rotation_by_profiles(page) == expected


def test_otsu_threshold_counts_in_slices_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from facturist.engine.ocr import preprocess

    pixels = np.random.default_rng(3).integers(0, 256, (301, 257), dtype=np.uint8)
    pixels[:100] //= 3  # a dark band, so the threshold is not trivial
    whole = preprocess.otsu_threshold(pixels)
    monkeypatch.setattr(preprocess, "HISTOGRAM_SLICE", 1000)
    assert preprocess.otsu_threshold(pixels) == whole


@pytest.mark.parametrize(
    ("background", "darkest_light"), [(150, 1.0), (60, 1.0), (150, 0.55), (40, 0.6)]
)
def test_line_height_of_a_receipt_on_a_table_is_a_text_line(
    background: int, darkest_light: float
) -> None:
    # A global threshold takes the table for ink: every row looked like text, the "line"
    # was the whole photo high, and the page was halved (most words lost).
    receipt = photographed_receipt(background, darkest_light)
    height = median_line_height(receipt)
    assert height is not None
    assert 0.8 * RECEIPT_TEXT_SIZE <= height <= 1.5 * RECEIPT_TEXT_SIZE
    # The OCR backend prefers 10-pixel lines: 14-pixel text is left as it is.
    assert rescale_factor(height, 10.0, receipt) == 1.0


def test_marks_taller_than_any_text_line_give_no_line_height() -> None:
    from PIL import ImageDraw

    page = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(page)
    for x in range(100, 500, 40):  # tall bars: a barcode or a photo, nothing like a text line
        draw.rectangle((x, 100, x + 12, 700), fill=0)
    assert median_line_height(page) is None
    assert rescale_factor(median_line_height(page), 10.0, page) == 1.0


def test_scanner_specks_do_not_make_lines() -> None:
    import numpy as np

    page = np.asarray(text_page(LINES, size=24), dtype=np.uint8).copy()
    specks = np.random.default_rng(5).random(page.shape) < 0.004  # single dark pixels
    page[specks] = 0
    height = median_line_height(Image.fromarray(page, "L"))
    assert height is not None
    assert 0.8 * 24 <= height <= 1.4 * 24


def _stamped_page() -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """Black captions and amounts with a red "PAID" stamp over them; elsewhere a blue heading,
    a white caption on a red bar and a blue-framed box; and the boxes of all four."""
    from .textpages import font

    page = Image.new("RGB", (700, 900), (250, 250, 248))
    draw = ImageDraw.Draw(page)
    draw.text((40, 40), "INVOICE 2024-0815", font=font(40), fill=(30, 60, 200))
    draw.rectangle((40, 120, 660, 150), fill=(200, 30, 30))
    draw.text((50, 124), "Description   Amount", font=font(20), fill=(255, 255, 255))
    # A blue frame around blue captions beside black values: a stamp's size, but no stamp.
    draw.rectangle((40, 200, 330, 300), outline=(30, 60, 200), width=3)
    for index, (caption, value) in enumerate([("Invoice no.", "2024-0815"), ("Date", "14.04.")]):
        draw.text((55, 215 + index * 40), caption, font=font(18), fill=(30, 60, 200))
        draw.text((180, 215 + index * 40), value, font=font(18), fill=(10, 10, 10))
    stamp = Image.new("L", (280, 120), 0)
    stamp_draw = ImageDraw.Draw(stamp)
    stamp_draw.rectangle((4, 4, 275, 115), outline=255, width=6)
    stamp_draw.text((30, 20), "PAID", font=font(70), fill=255)
    stamp = stamp.rotate(12, expand=True)
    page.paste((200, 30, 30), (280, 520), stamp)
    # Black print stays black under the stamp (the darker ink wins).
    for index, line in enumerate(["Net amount  645.60", "VAT 19 %  122.66", "Total  768.26"]):
        draw.text((300, 560 + index * 30), line, font=font(18), fill=(10, 10, 10))
    return page, [(280, 520, 280 + stamp.width, 520 + stamp.height), (40, 40, 660, 100),
                  (40, 120, 660, 150), (40, 200, 330, 300)]  # fmt: skip


def test_a_coloured_stamp_over_the_print_is_faded_and_coloured_print_kept() -> None:
    import numpy as np

    page, (stamp, *coloured_print) = _stamped_page()
    rgb = np.asarray(page, dtype=np.int16)
    gray = np.asarray(to_grayscale(page), dtype=np.int16)
    plain = np.asarray(page.convert("L"), dtype=np.int16)
    red = (rgb[..., 0] > 150) & (rgb[..., 1] < 80)
    black = rgb.max(axis=2) < 60
    x0, y0, x1, y1 = stamp
    # The stamp's ink is as dark as print in plain luminance; faded, it is near the paper.
    assert plain[y0:y1, x0:x1][red[y0:y1, x0:x1]].mean() < 100
    assert gray[y0:y1, x0:x1][red[y0:y1, x0:x1]].mean() > 180
    assert gray[y0:y1, x0:x1][black[y0:y1, x0:x1]].mean() < 60  # the print under it stays
    for x0, y0, x1, y1 in coloured_print:  # the invoice's own coloured print is left alone
        assert (gray[y0:y1, x0:x1] == plain[y0:y1, x0:x1]).all()
