"""Band captions centred over the page's width ("PRESTADOR DE SERVIÇOS", "TOMADOR DE
SERVIÇOS", "INTERMEDIÁRIO DE SERVIÇOS" on Brazil's NFS-e): each heads a band whose rows start
at the page's left margin, far left of the caption.

The words on the page need not span it evenly (a right column ending short), so the page's
middle is told by the captions themselves: two or more one-cell lines of different widths
sharing one centre are centred on the page.
"""

from __future__ import annotations

from facturist.engine.layout import Cell, Line

# How far apart two centres may lie and still be one, in points.
_SAME_CENTRE = 2.0
# How much two captions' left edges must differ for their shared centre to tell centring.
_OTHER_EDGE = 4.0


def band_caption(lines: list[Line], line: Line, header: Cell) -> bool:
    """Whether a caption alone on its line shares its centre with another line's lone cell
    of another width on the page: the page's centre, a band's caption."""
    if len(line.cells) != 1:
        return False
    centre = (header.x0 + header.x1) / 2
    for other in lines:
        if other is line or other.page != line.page or len(other.cells) != 1:
            continue
        cell = other.cells[0]
        same_centre = abs((cell.x0 + cell.x1) / 2 - centre) < _SAME_CENTRE
        if same_centre and abs(cell.x0 - header.x0) > _OTHER_EDGE:
            return True
    return False
