"""Pages with known text, drawn with the TrueType font that reportlab ships (Latin-1 glyphs)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import reportlab
from PIL import Image, ImageDraw, ImageFont

SAMPLES = {
    "eng": ["Invoice number 2024-0815", "Total amount due 1,234.56", "Thank you for your order"],
    "deu": [
        "Rechnung für Müller GmbH",
        "Größe der Lieferung: zwölf Stück",
        "Gesamtbetrag 987,65 EUR",
    ],
    "fra": ["Facture réglée à Besançon", "Montant payé par chèque", "Société Dupré et frères"],
}


def font(size: int) -> ImageFont.FreeTypeFont:
    """Bitstream Vera, shipped inside reportlab, so the tests need no system fonts."""
    return ImageFont.truetype(str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"), size)


def text_page(lines: list[str], size: int = 32, width: int = 1000, margin: int = 60) -> Image.Image:
    """A white portrait page with `lines` in black, one per line, `size` pixels high."""
    height = max(width * 4 // 3, margin * 2 + len(lines) * size * 2)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    for index, line in enumerate(lines):
        draw.text((margin, margin + index * size * 2), line, font=font(size), fill=0)
    return page


RECEIPT_TEXT_SIZE = 14


def photographed_receipt(background: int, darkest_light: float) -> Image.Image:
    """A narrow receipt of 14-pixel text lines on a grey or dark table, lit unevenly.

    `darkest_light`: the lighting falls from 1.0 at the top left to this at the bottom right.
    """
    page = Image.new("L", (600, 820), background)
    paper = Image.new("L", (380, 740), 245)
    draw = ImageDraw.Draw(paper)
    for index in range(34):
        line = f"Item {index:02d} Widget grey (pkg)   {index * 3 + 1}.{index % 10}0"
        draw.text((16, 14 + index * 21), line, font=font(RECEIPT_TEXT_SIZE), fill=30)
    page.paste(paper, (110, 40))
    ys, xs = np.mgrid[0 : page.height, 0 : page.width]
    light = 1.0 - (1.0 - darkest_light) * (xs / page.width + ys / page.height) / 2
    return Image.fromarray((np.asarray(page, dtype=np.float64) * light).astype(np.uint8), "L")


def recall(expected: list[str], got: list[str]) -> float:
    """Share of the expected words found in `got` (each found word used once)."""
    pool = list(got)
    found = 0
    for word in expected:
        if word in pool:
            pool.remove(word)
            found += 1
    return found / len(expected)


def words_of(lines: list[str]) -> list[str]:
    return [word for line in lines for word in line.split()]
