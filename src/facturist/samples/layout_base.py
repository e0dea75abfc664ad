"""The page-flow every layout shares, and the 'classic' layout that the others vary.

A layout draws a first-page header, a table whose rows flow onto further pages (with the
table header repeated and a small continuation header), a totals block and a footer with
"Page n of N" on every page. Subclasses override only the parts they draw differently.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from reportlab.lib.pagesizes import A4

from facturist.samples.content import Content, Row
from facturist.samples.pen import Align, Pen


@dataclass(frozen=True)
class Column:
    """A table column: which Row attribute it shows, its header label key, width, alignment."""

    key: str
    label: str
    x: float
    width: float
    align: Align

    def anchor(self, pad: float = 3) -> float:
        """The x where this column's text is anchored for its alignment."""
        return self.x + self.width - pad if self.align == "right" else self.x + pad


def columns_from_right(
    right: float,
    specs: Sequence[tuple[str, str, float, Align]],
    min_width: Callable[[str], float] = lambda _label: 0.0,
) -> list[Column]:
    """Columns (key, label, width, align) packed leftwards from `right`, in their order;
    each at least `min_width(label)` wide."""
    x = right
    placed: list[Column] = []
    for key, label, width, align in reversed(specs):
        width = max(width, min_width(label))
        x -= width
        placed.insert(0, Column(key, label, x, width, align))
    return placed


class Layout:
    """The classic invoice: seller top left, title and meta top right, ruled table header."""

    name: ClassVar[str] = "classic"
    page_size: ClassVar[tuple[float, float]] = A4
    margin: ClassVar[float] = 50
    size: ClassVar[float] = 9
    row_pad: ClassVar[float] = 5
    bottom: ClassVar[float] = 75  # lowest y a table row or totals block may reach
    always_vat_column: ClassVar[bool] = False

    def __init__(self) -> None:
        self.width, self.height = self.page_size
        self.left = self.margin
        self.right = self.width - self.margin
        self.top = self.height - self.margin
        self.leading = self.size * 1.25

    # --- the flow -------------------------------------------------------------------

    def columns(self, content: Content) -> list[Column]:
        """Table columns: description takes what the number columns leave."""
        numeric = [("quantity", 45.0), ("unit_price", 75.0)]
        if content.mixed_rates or self.always_vat_column:
            numeric.append(("vat_rate", 50.0))
        numeric.append(("amount", 80.0))
        placed = self.number_columns(content, numeric)
        x = placed[0].x
        return [Column("description", "description", self.left, x - self.left, "left"), *placed]

    def number_columns(self, content: Content, numeric: list[tuple[str, float]]) -> list[Column]:
        """Right-aligned number columns packed against the right margin."""
        return columns_from_right(
            self.right,
            [(key, key, width, "right") for key, width in numeric],
            # Long localized headers ("Prezzo unitario") widen their column.
            lambda label: Pen.measure(content.header(label), self.size, bold=True) + 10,
        )

    def draw(self, pen: Pen, content: Content, pages: int) -> None:
        """Draw the whole invoice from the current page on; `pages` is its page count."""
        columns = self.columns(content)
        y = self.table_head(pen, content, columns, self.first_header(pen, content))
        table_top = y
        for row in content.rows:
            lines = pen.wrap(row.description, self.described(columns).width - 6, self.size)
            height = self.row_height(len(lines))
            if y - height < self.bottom:
                self.table_end(pen, columns, table_top, y)
                self.turn_page(pen, content, pages)
                y = self.table_head(pen, content, columns, self.next_header(pen, content))
                table_top = y
            self.row(pen, columns, row, lines, y, height)
            y -= height
        self.table_end(pen, columns, table_top, y)
        if y - self.totals_height(content) < self.bottom:
            self.turn_page(pen, content, pages)
            y = self.next_header(pen, content)
        self.totals(pen, content, y)
        self.footer(pen, content, pen.page, pages)

    @staticmethod
    def described(columns: list[Column]) -> Column:
        """The description column (not always the first: position or code may lead)."""
        return next(col for col in columns if col.key == "description")

    def turn_page(self, pen: Pen, content: Content, pages: int) -> None:
        """Footer, then a fresh page."""
        self.footer(pen, content, pen.page, pages)
        pen.new_page()

    def row_height(self, line_count: int) -> float:
        """Height of a table row with `line_count` description lines."""
        return line_count * self.leading + self.row_pad

    def totals_height(self, content: Content) -> float:
        """Space the totals and payment block need."""
        return (len(content.totals) + len(content.payment) + 3) * self.leading + 20

    # --- the parts --------------------------------------------------------------------

    def first_header(self, pen: Pen, content: Content) -> float:
        """Seller, title, meta and buyer on the first page; returns the y the table starts."""
        x = self.left
        if content.logo:
            pen.logo(self.left, self.top - 40, 40, content.initials, content.logo_style)
            x += 50
        pen.text(x, self.top - 14, content.seller_name, size=14, bold=True)
        y = self.top - 28
        for line in [*content.seller_lines, content.seller_contact]:
            pen.text(x, y, line, size=8)
            y -= 10
        if content.seller_vat:
            pen.text(x, y, content.seller_vat, size=8)
        pen.text(self.right, self.top - 18, content.title, size=20, bold=True, align="right")
        y = self.top - 40
        for label, value in content.meta:
            pen.text(self.right - 220, y, f"{label}:", size=self.size)
            pen.text(self.right, y, value, size=self.size, bold=True, align="right")
            y -= self.leading
        y = min(y, self.top - 110) - 20
        pen.text(self.left, y, content.header("bill_to"), size=7.5, gray=0.4)
        y = self.party(
            pen, self.left, y - 13, content.buyer_name, content.buyer_lines, content.buyer_vat
        )
        return y - 25

    def party(
        self, pen: Pen, x: float, y: float, name: str, lines: list[str], vat: str | None
    ) -> float:
        """Name in bold, then address lines and VAT id; returns the y below them."""
        pen.text(x, y, name, size=self.size + 1, bold=True)
        y -= self.leading + 1
        for line in [*lines, *([vat] if vat else [])]:
            pen.text(x, y, line, size=self.size)
            y -= self.leading
        return y

    def next_header(self, pen: Pen, content: Content) -> float:
        """The small header of a continuation page; returns the y the table starts."""
        pen.text(self.left, self.top - 10, content.seller_name, size=10, bold=True)
        label = f"{content.title} {content.invoice_number} ({content.header('continued')})"
        pen.text(self.right, self.top - 10, label, size=9, align="right")
        return self.top - 40

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """Column labels with a rule under them; returns the y of the first row."""
        for col in columns:
            pen.text(
                col.anchor(),
                y - self.size,
                content.header(col.label),
                size=self.size,
                bold=True,
                align=col.align,
            )
        pen.line(self.left, y - self.size - 5, self.right, y - self.size - 5, width=0.8)
        return y - self.size - 9

    def row(
        self, pen: Pen, columns: list[Column], row: Row, lines: list[str], y: float, h: float
    ) -> None:
        """One table row; wrapped description lines stack in the first column."""
        baseline = y - self.size - 1
        for col in columns:
            if col.key != "description":
                value = getattr(row, col.key)
                pen.text(col.anchor(), baseline, value, size=self.size, align=col.align)
                continue
            for index, line in enumerate(lines):
                pen.text(col.anchor(), baseline - index * self.leading, line, size=self.size)

    def table_end(self, pen: Pen, columns: list[Column], top: float, y: float) -> None:
        """Close the table on this page."""
        pen.line(self.left, y - 2, self.right, y - 2, width=0.5)

    def totals(self, pen: Pen, content: Content, y: float) -> float:
        """Totals right-aligned under the table, then payment terms; returns the y below."""
        y -= 8
        for label, value, bold in content.totals:
            y -= self.leading
            if bold:
                pen.line(self.right - 230, y + self.leading - 3, self.right, y + self.leading - 3)
            pen.text(self.right - 230, y, label, size=self.size, bold=bold)
            pen.text(self.right, y, value, size=self.size, bold=bold, align="right")
        y -= self.leading * 2
        for line in content.payment:
            pen.text(self.left, y, line, size=self.size - 0.5)
            y -= self.leading
        return y

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """A rule, the seller's name and the page count."""
        pen.line(self.left, 50, self.right, 50, width=0.3)
        pen.text(self.left, 38, content.seller_name, size=7, gray=0.3)
        pen.text(self.right, 38, content.page_label(page, pages), size=7.5, align="right")
