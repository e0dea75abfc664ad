"""The layout registry, and the layouts that vary the classic one."""

from __future__ import annotations

from typing import ClassVar

from facturist.samples.content import Content, Row
from facturist.samples.layout_base import Column, Layout
from facturist.samples.layout_factura import FacturaLayout
from facturist.samples.layout_facture import FactureLayout
from facturist.samples.layout_handwerk import HandwerkLayout
from facturist.samples.layout_letter import LetterGridLayout
from facturist.samples.layout_receipt import ReceiptLayout
from facturist.samples.layout_saas import SaasLayout
from facturist.samples.layout_shop import ShopLayout
from facturist.samples.layout_vat import VatColumnsLayout
from facturist.samples.pen import Pen


class TwoColumnLayout(Layout):
    """Centered title; 'Label: value' blocks in two columns; shaded header, zebra rows."""

    name: ClassVar[str] = "two_column"
    always_vat_column: ClassVar[bool] = True

    def first_header(self, pen: Pen, content: Content) -> float:
        """Seller block left, meta block right, each as label/value pairs."""
        mid = self.width / 2
        pen.text(mid, self.top - 16, content.title.upper(), size=18, bold=True, align="center")
        y = self.top - 50
        pen.text(self.left, y, content.header("from"), size=self.size, bold=True)
        left_y = self.party(
            pen, self.left, y - 14, content.seller_name, content.seller_lines, content.seller_vat
        )
        pen.text(self.left, left_y, content.seller_contact, size=self.size)
        right_y = y
        for label, value in content.meta:
            pen.text(mid + 10, right_y, f"{label}:", size=self.size)
            pen.text(mid + 125, right_y, value, size=self.size, bold=True)
            right_y -= self.leading
        y = min(left_y, right_y) - 25
        pen.text(self.left, y, f"{content.header('bill_to')}:", size=self.size, bold=True)
        y = self.party(
            pen, self.left + 110, y, content.buyer_name, content.buyer_lines, content.buyer_vat
        )
        return y - 20

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """A gray band with the column labels."""
        pen.rect(
            self.left,
            y - self.size - 8,
            self.right - self.left,
            self.size + 8,
            fill=0.85,
            stroke=False,
        )
        for col in columns:
            pen.text(
                col.anchor(),
                y - self.size - 2,
                content.header(col.label),
                size=self.size,
                bold=True,
                align=col.align,
            )
        return y - self.size - 10

    def row(
        self, pen: Pen, columns: list[Column], row: Row, lines: list[str], y: float, h: float
    ) -> None:
        """Every other row gets a light band."""
        self.zebra = not getattr(self, "zebra", True)
        if self.zebra:
            pen.rect(self.left, y - h, self.right - self.left, h, fill=0.93, stroke=False)
        super().row(pen, columns, row, lines, y, h)

    def table_end(self, pen: Pen, columns: list[Column], top: float, y: float) -> None:
        """No closing rule."""

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """Page count centered."""
        pen.text(self.width / 2, 36, content.page_label(page, pages), size=8, align="center")


class BoxedLayout(Layout):
    """Meta fields in boxes, a fully ruled grid table, bank details in a three-part footer."""

    name: ClassVar[str] = "boxed"
    bottom: ClassVar[float] = 100
    always_vat_column: ClassVar[bool] = True

    def first_header(self, pen: Pen, content: Content) -> float:
        """Logo and title left, seller right, meta in a row of boxes, buyer in a box."""
        if content.logo:
            pen.logo(self.left, self.top - 36, 36, content.initials, content.logo_style)
        pen.text(self.left, self.top - 62, content.title, size=22, bold=True)
        y = self.top - 8
        for index, line in enumerate([content.seller_name, *content.seller_lines]):
            pen.text(
                self.right,
                y,
                line,
                size=self.size + (2 if index == 0 else 0),
                bold=index == 0,
                align="right",
            )
            y -= self.leading + (2 if index == 0 else 0)
        box_y = self.top - 120
        box_w = (self.right - self.left) / max(3, len(content.meta))
        for index, (label, value) in enumerate(content.meta):
            x = self.left + index * box_w
            pen.rect(x, box_y, box_w, 32)
            pen.text(x + 4, box_y + 22, label, size=7, gray=0.35)
            # A long value ("28 de abril de 2025") shrinks to stay inside its box, as a
            # designed form would print it, instead of running over the box's border.
            size = float(self.size)
            while size > 6 and pen.measure(value, size, bold=True) > box_w - 8:
                size -= 0.5
            pen.text(x + 4, box_y + 8, value, size=size, bold=True)
        buyer_top = box_y - 16
        lines = 2 + len(content.buyer_lines) + (1 if content.buyer_vat else 0)
        height = lines * self.leading + 10
        pen.rect(self.left, buyer_top - height, 250, height)
        pen.text(self.left + 6, buyer_top - 11, content.header("bill_to"), size=7, gray=0.35)
        self.party(
            pen,
            self.left + 6,
            buyer_top - 11 - self.leading,
            content.buyer_name,
            content.buyer_lines,
            content.buyer_vat,
        )
        return buyer_top - height - 20

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """Header cells in a shaded, ruled row."""
        height = self.size + 10
        pen.rect(self.left, y - height, self.right - self.left, height, fill=0.9)
        for col in columns:
            pen.text(
                col.anchor(),
                y - self.size - 3,
                content.header(col.label),
                size=self.size,
                bold=True,
                align=col.align,
            )
        return y - height

    def row(
        self, pen: Pen, columns: list[Column], row: Row, lines: list[str], y: float, h: float
    ) -> None:
        """A row with a rule under it."""
        super().row(pen, columns, row, lines, y, h)
        pen.line(self.left, y - h, self.right, y - h, width=0.4)

    def table_end(self, pen: Pen, columns: list[Column], top: float, y: float) -> None:
        """Vertical rules between all columns and round the table."""
        for col in columns:
            pen.line(col.x, top, col.x, y, width=0.4)
        pen.line(self.right, top, self.right, y, width=0.4)

    def totals(self, pen: Pen, content: Content, y: float) -> float:
        """Totals in a ruled two-column box at the right."""
        y -= 12
        x = self.right - 240
        for label, value, bold in content.totals:
            pen.rect(x, y - self.leading - 4, 240, self.leading + 4, fill=0.9 if bold else None)
            pen.text(x + 5, y - self.leading + 1, label, size=self.size, bold=bold)
            pen.text(
                self.right - 5,
                y - self.leading + 1,
                value,
                size=self.size,
                bold=bold,
                align="right",
            )
            y -= self.leading + 4
        if content.payment[:1] and not content.payment[0].startswith(content.header("bank")):
            pen.text(self.left, y - 20, content.payment[0], size=self.size)
        return y - 30

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """Seller, tax and bank details in three columns; page count above."""
        pen.text(self.width / 2, 84, content.page_label(page, pages), size=7.5, align="center")
        pen.line(self.left, 76, self.right, 76, width=0.4)
        third = (self.right - self.left) / 3
        blocks = [
            [content.seller_name, *content.seller_lines],
            [content.seller_contact, *([content.seller_vat] if content.seller_vat else [])],
            [line for line in content.payment if not line.startswith(content.labels["terms"][:6])],
        ]
        for index, block in enumerate(blocks):
            y = 64.0
            for line in block:
                pen.text(self.left + index * third, y, line, size=6.5)
                y -= 8.5


class PlainLayout(Layout):
    """No rules or shading at all; values sit at tab stops; the table is aligned text."""

    name: ClassVar[str] = "plain"
    size: ClassVar[float] = 10
    margin: ClassVar[float] = 60

    def first_header(self, pen: Pen, content: Content) -> float:
        """Seller lines, title, meta at a tab stop, buyer."""
        y = self.top - 10
        pen.text(self.left, y, content.seller_name, size=12, bold=True)
        for line in [*content.seller_lines, content.seller_contact]:
            y -= self.leading
            pen.text(self.left, y, line, size=self.size)
        if content.seller_vat:
            y -= self.leading
            pen.text(self.left, y, content.seller_vat, size=self.size)
        y -= 40
        pen.text(self.left, y, content.title, size=16, bold=True)
        y -= 24
        for label, value in content.meta:
            pen.text(self.left, y, label, size=self.size)
            pen.text(self.left + 150, y, value, size=self.size)
            y -= self.leading
        y -= 14
        pen.text(self.left, y, content.header("bill_to"), size=self.size)
        y = self.party(
            pen, self.left + 150, y, content.buyer_name, content.buyer_lines, content.buyer_vat
        )
        return y - 24

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """Plain column labels."""
        for col in columns:
            pen.text(
                col.anchor(),
                y - self.size,
                content.header(col.label),
                size=self.size,
                align=col.align,
            )
        return y - self.size - 10

    def table_end(self, pen: Pen, columns: list[Column], top: float, y: float) -> None:
        """No rule."""

    def totals(self, pen: Pen, content: Content, y: float) -> float:
        """Totals as plain lines, no rule over the total."""
        y -= 10
        for label, value, bold in content.totals:
            y -= self.leading
            pen.text(self.right - 260, y, label, size=self.size, bold=bold)
            pen.text(self.right, y, value, size=self.size, bold=bold, align="right")
        y -= self.leading * 2
        for line in content.payment:
            pen.text(self.left, y, line, size=self.size)
            y -= self.leading
        return y

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """Page count at the bottom left, nothing else."""
        pen.text(self.left, 36, content.page_label(page, pages), size=8)


class StackedLayout(Layout):
    """'Label below value': each value printed large with a small caption under it."""

    name: ClassVar[str] = "stacked"
    bottom: ClassVar[float] = 100

    def caption(self, pen: Pen, x: float, y: float, value: str, label: str) -> None:
        """A value with its label underneath."""
        pen.text(x, y, value, size=11, bold=True)
        pen.text(x, y - 10, label, size=6.5, gray=0.4)

    def first_header(self, pen: Pen, content: Content) -> float:
        """Title band, a row of captioned meta values, then captioned parties."""
        pen.text(self.left, self.top - 20, content.title, size=24, bold=True)
        if content.logo:
            pen.logo(self.right - 44, self.top - 44, 44, content.initials, content.logo_style)
        y = self.top - 70
        step = (self.right - self.left) / 3
        for index, (label, value) in enumerate(content.meta):
            row, col = divmod(index, 3)
            self.caption(pen, self.left + col * step, y - row * 30, value, label)
        y -= 30 * ((len(content.meta) + 2) // 3) + 20
        half = (self.right - self.left) / 2
        parties = [
            (content.seller_name, content.seller_lines, content.seller_vat, content.header("from")),
            (content.buyer_name, content.buyer_lines, content.buyer_vat, content.header("bill_to")),
        ]
        lowest = y
        for index, (name, lines, vat, label) in enumerate(parties):
            x = self.left + index * half
            block_y = self.party(pen, x, y, name, lines, vat)
            pen.text(x, block_y + 2, label, size=6.5, gray=0.4)
            lowest = min(lowest, block_y - 8)
        return lowest - 18

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """Thick rule, then the labels."""
        pen.line(self.left, y, self.right, y, width=1.5)
        for col in columns:
            pen.text(
                col.anchor(),
                y - self.size - 4,
                content.header(col.label),
                size=7.5,
                gray=0.3,
                align=col.align,
            )
        return y - self.size - 10

    def totals(self, pen: Pen, content: Content, y: float) -> float:
        """Each total as a value with its label below, right-aligned."""
        y -= 22
        for label, value, bold in content.totals:
            pen.text(self.right, y, value, size=12 if bold else 10, bold=bold, align="right")
            pen.text(self.right, y - 10, label, size=6.5, gray=0.4, align="right")
            y -= 26
        return y

    def totals_height(self, content: Content) -> float:
        """Captioned totals are tall."""
        return 26 * len(content.totals) + 30

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """Payment and tax details in the footer on every page, page count at the right."""
        pen.line(self.left, 80, self.right, 80, width=0.3)
        y = 70.0
        details = [*content.payment, content.seller_contact]
        if content.seller_vat:
            details.append(content.seller_vat)
        for line in details:
            pen.text(self.left, y, line, size=6.5)
            y -= 8.5
        pen.text(self.right, 70, content.page_label(page, pages), size=7, align="right")


LAYOUT_CLASSES: dict[str, type[Layout]] = {
    "classic": Layout,
    "two_column": TwoColumnLayout,
    "boxed": BoxedLayout,
    "plain": PlainLayout,
    "receipt": ReceiptLayout,
    "stacked": StackedLayout,
    # Real-world designs the engine was not developed against (see benchmarks/generated_eval).
    "saas": SaasLayout,
    "factura": FacturaLayout,
    "vat_columns": VatColumnsLayout,
    "letter_grid": LetterGridLayout,
    # The second round: web-shop order, French services invoice, German trades invoice.
    "shop": ShopLayout,
    "facture": FactureLayout,
    "handwerk": HandwerkLayout,
}
