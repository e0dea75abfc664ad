"""The receipt layout: a narrow till-roll page."""

from __future__ import annotations

from typing import ClassVar

from facturist.samples.content import Content, Row
from facturist.samples.layout_base import Column, Layout
from facturist.samples.pen import Pen


class ReceiptLayout(Layout):
    """A narrow till-receipt page: centered header, items as two-line entries."""

    name: ClassVar[str] = "receipt"
    page_size: ClassVar[tuple[float, float]] = (226.77, 640.0)  # 80 mm wide
    margin: ClassVar[float] = 14
    size: ClassVar[float] = 7.5
    bottom: ClassVar[float] = 40

    def columns(self, content: Content) -> list[Column]:
        """One full-width column: the row draws its own amounts."""
        return [Column("description", "description", self.left, self.right - self.left, "left")]

    def first_header(self, pen: Pen, content: Content) -> float:
        """Everything centered, then label/value meta lines."""
        mid = self.width / 2
        y = self.top - 4
        pen.text(mid, y, content.seller_name, size=10, bold=True, align="center")
        for line in [
            *content.seller_lines,
            content.seller_contact,
            *([content.seller_vat] if content.seller_vat else []),
        ]:
            y -= self.leading
            pen.text(mid, y, line, size=self.size, align="center")
        y -= self.leading * 2
        pen.text(mid, y, content.title, size=11, bold=True, align="center")
        y -= self.leading * 1.5
        for label, value in content.meta:
            pen.text(self.left, y, label, size=self.size)
            pen.text(self.right, y, value, size=self.size, align="right")
            y -= self.leading
        pen.text(self.left, y, f"{content.header('bill_to')}: {content.buyer_name}", size=self.size)
        for line in [*content.buyer_lines, *([content.buyer_vat] if content.buyer_vat else [])]:
            y -= self.leading
            pen.text(self.left, y, line, size=self.size)
        return y - 8

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """A dashed-looking rule."""
        pen.text(self.width / 2, y - 4, "-" * 48, size=self.size, align="center")
        return y - 10

    def row_height(self, line_count: int) -> float:
        """Description lines plus the 'qty x price   amount' line."""
        return (line_count + 1) * self.leading + 2

    def row(
        self, pen: Pen, columns: list[Column], row: Row, lines: list[str], y: float, h: float
    ) -> None:
        """Description, then quantity x unit price on the left and the amount on the right."""
        baseline = y - self.size
        for line in lines:
            pen.text(self.left, baseline, line, size=self.size)
            baseline -= self.leading
        pen.text(self.left + 10, baseline, f"{row.quantity} x {row.unit_price}", size=self.size)
        pen.text(self.right, baseline, row.amount, size=self.size, align="right")

    def table_end(self, pen: Pen, columns: list[Column], top: float, y: float) -> None:
        """Another dashed rule."""
        pen.text(self.width / 2, y - 4, "-" * 48, size=self.size, align="center")

    def totals(self, pen: Pen, content: Content, y: float) -> float:
        """Totals as label-left/value-right lines, then the payment lines."""
        y -= 8
        for label, value, bold in content.totals:
            y -= self.leading
            pen.text(self.left, y, label, size=self.size + (1 if bold else 0), bold=bold)
            pen.text(
                self.right, y, value, size=self.size + (1 if bold else 0), bold=bold, align="right"
            )
        y -= self.leading
        for line in content.payment:
            for part in pen.wrap(line, self.right - self.left, self.size - 0.5):
                y -= self.leading
                pen.text(self.left, y, part, size=self.size - 0.5)
        return y

    def totals_height(self, content: Content) -> float:
        """Payment lines may wrap on this narrow page."""
        return (len(content.totals) + 2 * len(content.payment) + 3) * self.leading

    def next_header(self, pen: Pen, content: Content) -> float:
        """Invoice number only."""
        pen.text(
            self.width / 2, self.top - 4, content.invoice_number, size=self.size, align="center"
        )
        return self.top - 16

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """Small centered page count."""
        pen.text(self.width / 2, 16, content.page_label(page, pages), size=6.5, align="center")
