"""PDF rendering of made-up invoices: one invoice, or several in one file."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from facturist.samples.content import build_content
from facturist.samples.layout_base import Layout
from facturist.samples.layouts import LAYOUT_CLASSES
from facturist.samples.locales import get_locale, printable
from facturist.samples.pen import Pen
from facturist.samples.spec import InvoiceSpec


def get_layout(name: str) -> Layout:
    """The layout registered under `name`."""
    try:
        return LAYOUT_CLASSES[name]()
    except KeyError:
        known = ", ".join(LAYOUT_CLASSES)
        raise ValueError(f"unknown layout {name!r}; choose from {known}") from None


def _new_canvas(buffer: io.BytesIO, title: str) -> Canvas:
    # invariant=1 drops the creation date and random file id: same input, same bytes.
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("facturist samples")
    return canvas


def count_pages(spec: InvoiceSpec, layout: str | None = None) -> int:
    """How many pages `spec` takes in `layout` (default: the spec's own)."""
    chosen = get_layout(layout or spec.layout)
    pen = Pen(None, chosen.page_size)
    chosen.draw(pen, build_content(spec), pages=0)
    return pen.page


def _draw(canvas: Canvas, spec: InvoiceSpec, layout: str | None) -> int:
    chosen = get_layout(layout or spec.layout)
    content = build_content(spec)
    pages = count_pages(spec, layout)
    chosen.draw(Pen(canvas, chosen.page_size), content, pages)
    canvas.showPage()
    return pages


def render_pdf(spec: InvoiceSpec, layout: str | None = None) -> bytes:
    """A text-layer PDF of `spec` in `layout` (default: the spec's own layout)."""
    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, f"{spec.invoice_number}")
    _draw(canvas, spec, layout)
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class MultiInvoicePdf:
    """Several invoices in one PDF, with the 1-based page range of each (and of T&C pages)."""

    data: bytes
    page_ranges: list[tuple[int, int]]
    terms_pages: list[int]
    page_count: int


_TERMS = (
    "1. All deliveries and services are subject to these terms unless agreed otherwise in "
    "writing. 2. Prices are quoted net of value added tax. 3. Goods remain our property until "
    "paid in full. 4. Complaints must be made in writing within eight days of delivery. "
    "5. Place of performance and jurisdiction is the seat of the supplier. "
)


def _draw_terms_page(canvas: Canvas, spec: InvoiceSpec) -> None:
    # A page that belongs to the file but is not an invoice: splitters must skip it.
    pen = Pen(canvas, A4)
    labels = get_locale(spec.locale).labels
    pen.text(50, 780, printable(labels["terms_title"]), size=14, bold=True)
    y = 750.0
    for line in pen.wrap(_TERMS * 6, 495, 9):
        pen.text(50, y, line, size=9)
        y -= 12
    canvas.showPage()


def render_multi_invoice(
    specs: Sequence[InvoiceSpec], *, terms_after: int | None = None
) -> MultiInvoicePdf:
    """Several invoices in one PDF; a terms page follows invoice index `terms_after` if given."""
    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, "invoices")
    ranges: list[tuple[int, int]] = []
    terms_pages: list[int] = []
    next_page = 1
    for index, spec in enumerate(specs):
        pages = _draw(canvas, spec, None)
        ranges.append((next_page, next_page + pages - 1))
        next_page += pages
        if index == terms_after:
            _draw_terms_page(canvas, spec)
            terms_pages.append(next_page)
            next_page += 1
    canvas.save()
    return MultiInvoicePdf(buffer.getvalue(), ranges, terms_pages, next_page - 1)


def render_multi_invoice_pdf(
    specs: Sequence[InvoiceSpec], *, terms_after: int | None = None
) -> bytes:
    """Several invoices in one PDF (see `render_multi_invoice` for the page ranges)."""
    return render_multi_invoice(specs, terms_after=terms_after).data
