"""What a viewer draws over a page from its annotations: the values typed into a fillable
template's form fields (number, dates, parties, item rows, totals live in text fields whose
appearance streams a viewer draws over the empty template) and notes typed on the page ("PENDIENTE
DE PAGO: 2.588,59 €"). The page's own text layer holds none of them.

Pages with such annotations have them merged into their content (pdfium's flattening, in memory
only: the file is never written) before their text is read, so their text is read like the rest
of the page, where a viewer shows it. The merge lasts as long as the document is open: a page
is read once per opened document (pages.py). Hidden annotations and those a viewer does not
show stay out; links and other annotations drawing no text never cause a merge, so an ordinary
page pays one annotation count. Also read off the annotations before they are merged:

- comb fields (one character a cell, "2 4 0 0 1 2 7 3" spread over eight boxes), whose cells'
  characters are joined back into the field's one value;
- strike-outs, under which the text is struck: what a viewer shows crossed out (a mistyped total
  corrected in a note beside it) is no longer meant.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from facturist.engine.pagerotation import displayed_box

# Annotations whose appearance prints text: form fields (widgets), typed notes, stamps.
_TEXT_KINDS = frozenset(
    {pdfium_c.FPDF_ANNOT_WIDGET, pdfium_c.FPDF_ANNOT_FREETEXT, pdfium_c.FPDF_ANNOT_STAMP}
)
# Flags of annotations a viewer does not draw on screen.
_NOT_SHOWN = (
    pdfium_c.FPDF_ANNOT_FLAG_HIDDEN
    | pdfium_c.FPDF_ANNOT_FLAG_INVISIBLE
    | pdfium_c.FPDF_ANNOT_FLAG_NOVIEW
)
# A text field's comb flag (/Ff bit 25): its value spread one character a cell.
_COMB = 1 << 24

# A rectangle on the displayed page, PDF convention: (left, bottom, right, top).
Area = tuple[float, float, float, float]


@dataclass
class AnnotationLayer:
    """Where the page's annotations drew (areas of the merged ones, comb fields' cells, struck
    text), in the displayed page's space with y growing upward."""

    merged: bool = False
    areas: list[Area] = field(default_factory=list)
    combs: list[Area] = field(default_factory=list)
    struck: list[Area] = field(default_factory=list)


def merge_annotations(page: pdfium.PdfPage) -> AnnotationLayer | None:
    """Merge the page's shown text annotations into its content; None when it has no
    annotation that draws text or strikes it out. When `merged`, the page must be loaded
    again to read the merged content (this handle's content is stale). Boxes are in
    displayed space, for words read off the page."""
    raw = page.raw
    count = pdfium_c.FPDFPage_GetAnnotCount(raw)
    if count <= 0:
        return None
    place = _Placement(page)
    layer = AnnotationLayer()
    wanted = False
    for at in range(count):
        annot = pdfium_c.FPDFPage_GetAnnot(raw, at)
        if not annot:
            continue
        try:
            kind = pdfium_c.FPDFAnnot_GetSubtype(annot)
            if pdfium_c.FPDFAnnot_GetFlags(annot) & _NOT_SHOWN:
                continue
            if kind == pdfium_c.FPDF_ANNOT_STRIKEOUT:
                layer.struck.extend(place.area(quad) for quad in _quads(annot))
            elif kind in _TEXT_KINDS:
                wanted = True
                area = place.area(_rect(annot))
                layer.areas.append(area)
                if kind == pdfium_c.FPDF_ANNOT_WIDGET and _is_comb(annot):
                    layer.combs.append(area)
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    if not wanted and not layer.struck:
        return None
    if wanted:
        done = pdfium_c.FPDFPage_Flatten(raw, pdfium_c.FLAT_NORMALDISPLAY)
        layer.merged = done == pdfium_c.FLATTEN_SUCCESS
    return layer


class _Placement:
    """Moves rectangles from the page's own space onto the page as displayed (its crop box's
    corner as origin, turned by /Rotate), as character boxes are moved."""

    def __init__(self, page: pdfium.PdfPage) -> None:
        self.width, self.height = page.get_size()
        self.left, self.bottom, _right, _top = page.get_cropbox()
        self.turn = page.get_rotation() % 360

    def area(self, rect: Area) -> Area:
        left, bottom, right, top = rect
        left, right = left - self.left, right - self.left
        bottom, top = bottom - self.bottom, top - self.bottom
        if self.turn in (90, 180, 270):
            return displayed_box(self.turn, self.width, self.height, left, bottom, right, top)
        return left, bottom, right, top


def _rect(annot: object) -> Area:
    rect = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
        return 0.0, 0.0, 0.0, 0.0
    return (
        min(rect.left, rect.right),
        min(rect.bottom, rect.top),
        max(rect.left, rect.right),
        max(rect.bottom, rect.top),
    )


def _quads(annot: object) -> list[Area]:
    """The bounding rectangles of a markup annotation's quadrilaterals (its marked text)."""
    quads: list[Area] = []
    for at in range(pdfium_c.FPDFAnnot_CountAttachmentPoints(annot)):
        quad = pdfium_c.FS_QUADPOINTSF()
        if pdfium_c.FPDFAnnot_GetAttachmentPoints(annot, at, ctypes.byref(quad)):
            xs = (quad.x1, quad.x2, quad.x3, quad.x4)
            ys = (quad.y1, quad.y2, quad.y3, quad.y4)
            quads.append((min(xs), min(ys), max(xs), max(ys)))
    if not quads:  # no quadrilaterals: the annotation's rectangle marks the text
        quads.append(_rect(annot))
    return quads


def _is_comb(annot: object) -> bool:
    """Whether a widget is a comb text field (its /Ff on itself or on its parent field)."""
    flags = ctypes.c_float()
    if pdfium_c.FPDFAnnot_GetNumberValue(annot, b"Ff", ctypes.byref(flags)):
        return int(flags.value) & _COMB != 0
    parent = pdfium_c.FPDFAnnot_GetLinkedAnnot(annot, b"Parent")
    if not parent:
        return False
    try:
        if pdfium_c.FPDFAnnot_GetNumberValue(parent, b"Ff", ctypes.byref(flags)):
            return int(flags.value) & _COMB != 0
        return False
    finally:
        pdfium_c.FPDFPage_CloseAnnot(parent)
