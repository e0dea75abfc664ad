"""Scans: grayscale images of the right size, deterministic, turned when asked."""

from __future__ import annotations

import io

from PIL import Image, ImageChops

from facturist.samples import random_invoice, render_scan, render_scanned_pdf

from .pdftext import page_texts


def test_jpeg_scan_is_grayscale_at_the_asked_resolution() -> None:
    spec = random_invoice(6, layout="classic", lines=2)
    data = render_scan(spec, dpi=150)
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG" and image.mode == "L"
    assert abs(image.size[0] - round(595.28 * 150 / 72)) <= 2
    assert abs(image.size[1] - round(841.89 * 150 / 72)) <= 2
    darkest = image.getextrema()[0]
    assert isinstance(darkest, int) and darkest < 60  # there is dark ink on the page


def test_scan_is_deterministic_and_the_seed_changes_it() -> None:
    spec = random_invoice(7, lines=2)
    first = render_scan(spec, fmt="png", dpi=72)
    assert first == render_scan(spec, fmt="png", dpi=72)
    assert first != render_scan(spec, fmt="png", dpi=72, seed=99)


def test_noise_and_skew_change_the_clean_page() -> None:
    spec = random_invoice(8, layout="plain", lines=2)
    clean = Image.open(io.BytesIO(render_scan(spec, dpi=72, skew=0.0, noise=False)))
    noisy = Image.open(io.BytesIO(render_scan(spec, dpi=72, skew=1.5, noise=True)))
    assert clean.size == noisy.size
    assert ImageChops.difference(clean, noisy).getbbox() is not None


def test_orientation_turns_the_page() -> None:
    spec = random_invoice(9, layout="classic", lines=2)
    upright = Image.open(io.BytesIO(render_scan(spec, fmt="png", dpi=72)))
    turned = Image.open(io.BytesIO(render_scan(spec, fmt="png", dpi=72, orientation=90)))
    assert turned.size == (upright.size[1], upright.size[0])


def test_scanned_pdf_has_pages_but_no_text_layer() -> None:
    spec = random_invoice(10, layout="classic", lines=50)
    texts = page_texts(render_scanned_pdf(spec, dpi=100))
    assert len(texts) >= 2
    assert all(text.strip() == "" for text in texts)
