"""Dark header bars are turned dark-on-light before OCR."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from facturist.engine.ocr.bands import dark_bands, lighten_bands


def _page(bar: tuple[int, int, int, int] | None, fill: int = 60) -> np.ndarray:
    image = Image.new("RGB", (1200, 1700), "white")
    draw = ImageDraw.Draw(image)
    draw.text((100, 100), "Invoice 2025-0042", fill="black", font=ImageFont.load_default(28))
    if bar is not None:
        draw.rectangle(bar, fill=(fill, fill, fill))
        font = ImageFont.load_default(24)
        draw.text((bar[0] + 20, bar[1] + 8), "Items      Quantity   Price   Amount", "white", font)
    return np.asarray(image)


def test_a_header_bar_with_white_captions_is_inverted() -> None:
    page = _page((80, 600, 1120, 645))
    assert dark_bands(np.asarray(Image.fromarray(page).convert("L"))) == [(80, 600, 1121, 646)]
    light = lighten_bands(page)
    assert light[620, 85].mean() > 150  # the bar is light now
    assert light[110, 105:400].min() < 100  # the text outside it keeps its ink
    assert page[620, 85].mean() < 100  # the caller's page is left as it was


def test_a_page_without_bars_comes_back_unchanged() -> None:
    page = _page(None)
    assert lighten_bands(page) is page


def test_a_tall_dark_block_is_no_band() -> None:
    page = _page((80, 600, 1120, 1100))  # a photo or a black border, not a caption bar
    assert dark_bands(np.asarray(Image.fromarray(page).convert("L"))) == []


def test_ocr_runtime_follows_the_cpus_bf16_units() -> None:
    from facturist.engine.ocr.backends import default_runtime

    assert default_runtime("flags : fpu avx2 avx512f avx512_bf16 amx_tile") == "openvino"
    assert default_runtime("flags : fpu sse4_2 avx2 fma") == "onnxruntime"
