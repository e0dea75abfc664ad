"""Pages with known text, drawn with the TrueType font that reportlab ships (Latin-1 glyphs)."""

from __future__ import annotations

from pathlib import Path

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
