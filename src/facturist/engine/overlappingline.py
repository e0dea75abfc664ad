"""The line under a block's town line, where a scan's OCR bands overlap.

OCR boxes a word by its text line's band, about twice the glyphs' height, so the band of
the line under a town line may start above the town's band ends ("68159 Mannheim" over
"ALLEMAGNE", 8 px into it): the line whose top is under the town's bottom is then the one
after it. The country line is looked for first where a text layer puts it, then in the line
whose middle, not its top, is under the town.
"""

from __future__ import annotations

from facturist.engine.layout import Line


def lines_under(lines: list[Line], town: Line) -> list[Line]:
    """The first line starting under the town line, then the first one overlapping its
    bottom with its middle under it (none on a text layer's page, most often)."""
    same = [ln for ln in lines if ln.page == town.page and ln is not town]
    after = next((ln for ln in same if ln.y0 > town.y1), None)
    overlapping = next((ln for ln in same if ln.y0 <= town.y1 < (ln.y0 + ln.y1) / 2), None)
    return [ln for ln in (after, overlapping) if ln is not None]
