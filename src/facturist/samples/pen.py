"""A thin drawing surface over a reportlab canvas that can also run without one.

Layouts draw through a `Pen`. Run once with no canvas, it only measures, which tells how
many pages an invoice needs before the real pass prints "Page 1 of N" on each of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import reportlab
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

REGULAR = "FacturistVera"
BOLD = "FacturistVera-Bold"
Align = Literal["left", "right", "center"]

_fonts_ready = False


def register_fonts() -> None:
    """Register the Vera fonts that ship with reportlab (same glyphs on every machine)."""
    global _fonts_ready
    if _fonts_ready:
        return
    font_dir = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_dir / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_dir / "VeraBd.ttf")))
    _fonts_ready = True


class Pen:
    """Draws text, lines and boxes; with `canvas=None` it only counts pages."""

    def __init__(self, canvas: Canvas | None, page_size: tuple[float, float]) -> None:
        register_fonts()
        self.canvas = canvas
        self.width, self.height = page_size
        self.page = 1  # 1-based page number within the current document
        if canvas is not None:
            canvas.setPageSize(page_size)

    @staticmethod
    def measure(text: str, size: float, bold: bool = False) -> float:
        """Width of `text` in points."""
        return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))

    @staticmethod
    def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
        """Break `text` into lines no wider than `width`."""
        lines: list[str] = simpleSplit(text, BOLD if bold else REGULAR, size, width)
        return lines or [""]

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float = 9,
        bold: bool = False,
        align: Align = "left",
        gray: float = 0.0,
    ) -> None:
        """Draw one line of text with its baseline at `y`."""
        if self.canvas is None or not text:
            return
        c = self.canvas
        c.setFillGray(gray)
        c.setFont(BOLD if bold else REGULAR, size)
        if align == "right":
            c.drawRightString(x, y, text)
        elif align == "center":
            c.drawCentredString(x, y, text)
        else:
            c.drawString(x, y, text)

    def line(self, x0: float, y0: float, x1: float, y1: float, *, width: float = 0.5) -> None:
        """Draw a straight rule."""
        if self.canvas is None:
            return
        self.canvas.setStrokeGray(0)
        self.canvas.setLineWidth(width)
        self.canvas.line(x0, y0, x1, y1)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: float | None = None,
        stroke: bool = True,
        width: float = 0.5,
    ) -> None:
        """Draw a rectangle from its lower-left corner, filled with a gray level if given."""
        if self.canvas is None:
            return
        c = self.canvas
        c.setLineWidth(width)
        c.setStrokeGray(0)
        if fill is not None:
            c.setFillGray(fill)
        c.rect(x, y, w, h, stroke=int(stroke), fill=int(fill is not None))

    def logo(self, x: float, y: float, size: float, initials: str, style: int) -> None:
        """Draw a logo-like mark: a shape with the company's initials in it."""
        if self.canvas is None:
            return
        c = self.canvas
        c.setFillGray(0.25)
        if style % 3 == 0:
            c.circle(x + size / 2, y + size / 2, size / 2, stroke=0, fill=1)
        elif style % 3 == 1:
            c.roundRect(x, y, size, size, size / 5, stroke=0, fill=1)
        else:
            path = c.beginPath()
            path.moveTo(x, y)
            path.lineTo(x + size, y)
            path.lineTo(x + size / 2, y + size)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
        self.text(
            x + size / 2, y + size / 3, initials, size=size / 3, bold=True, align="center", gray=1.0
        )

    def new_page(self) -> None:
        """Finish the page and start the next one."""
        if self.canvas is not None:
            self.canvas.showPage()
            self.canvas.setPageSize((self.width, self.height))
        self.page += 1
