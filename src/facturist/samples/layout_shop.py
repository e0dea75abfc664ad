"""The marketplace / web-shop order invoice: "Sold by", an order number beside the invoice
number, net and gross unit prices per item, shipping as a row of its own, and a VAT breakdown
with "Total excl. VAT / VAT / Total payable" under it."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import ClassVar

from facturist.samples.checksums import group_iban
from facturist.samples.content import Content, Row
from facturist.samples.layout_base import Column, Layout, columns_from_right
from facturist.samples.layout_kit import chance, choose, grid, money
from facturist.samples.pen import Pen


class ShopLayout(Layout):
    """Title and the shop's word mark at the top, a key/value block (invoice and order numbers
    and dates) beside "Sold by", billing and delivery addresses side by side, a grey-banded
    item table with net unit, rate, gross unit and gross subtotal, then the rate breakdown."""

    name: ClassVar[str] = "shop"
    margin: ClassVar[float] = 40
    size: ClassVar[float] = 8
    bottom: ClassVar[float] = 80

    def columns(self, content: Content) -> list[Column]:
        """Qty first after the item, then net unit, rate, gross unit and gross subtotal."""
        keys = [
            ("quantity", "quantity", 34.0),
            ("unit_price", "unit_net", 74.0),
            ("vat_rate", "vat_rate", 40.0),
            ("unit_gross", "unit_gross", 74.0),
            ("gross", "line_gross", 82.0),
        ]
        placed = columns_from_right(
            self.right, [(key, label, width, "right") for key, label, width in keys]
        )
        x = placed[0].x
        return [Column("description", "description", self.left, x - self.left, "left"), *placed]

    def draw(self, pen: Pen, content: Content, pages: int) -> None:
        """Remember the invoice: the gross unit price is worked out per row."""
        self.content = content
        super().draw(pen, content, pages)

    def row(
        self, pen: Pen, columns: list[Column], row: Row, lines: list[str], y: float, h: float
    ) -> None:
        """The usual row plus the unit price with VAT, rounded per unit as shops print it."""
        super().row(pen, [col for col in columns if col.key != "unit_gross"], row, lines, y, h)
        loc, index = self.content.loc, int(row.position) - 1
        item = self.content.spec.line_items[index]
        gross = item.unit_price * (100 + item.vat_rate) / 100
        text = loc.money(gross.quantize(Decimal("0.01"), ROUND_HALF_UP), sign=False)
        col = next(col for col in columns if col.key == "unit_gross")
        pen.text(col.anchor(), y - self.size - 1, text, size=self.size, align="right")

    def first_header(self, pen: Pen, content: Content) -> float:
        """Title left, meta at the right, "Sold by" block, then the two addresses."""
        spec, labels = content.spec, content.labels
        pen.text(self.left, self.top - 18, content.title, size=18, bold=True)
        if content.logo:
            pen.logo(self.right - 32, self.top - 32, 32, content.initials, content.logo_style)
        meta: list[tuple[str, str]] = [content.meta[0]]
        day = content.loc.format_date(spec.invoice_date, long=spec.long_dates)
        meta.append((labels["invoice_date"], day))
        if spec.order_number or chance(content, "order_no", 0.8):
            order = spec.order_number or _order_number(content)
            meta.append((labels["order_number"], order))
            ordered = spec.invoice_date.toordinal() - choose(content, "ordered", (0, 1, 2, 3))
            meta.append((labels["order_date"], content.loc.format_date(
                type(spec.invoice_date).fromordinal(ordered), long=spec.long_dates
            )))  # fmt: skip
        if spec.due_date is not None:
            meta.append(content.meta[2])  # business customers of a shop pay on invoice
        if spec.original_invoice:
            meta.append((labels["original_invoice"], spec.original_invoice))
        y = self.top - 44
        for label, value in meta:
            pen.text(self.left, y, f"{label}:", size=8.5, bold=True)
            pen.text(self.left + 150, y, value, size=8.5)
            y -= 12
        x = self.left + 300
        sold = self.top - 44
        pen.text(x, sold, labels["sold_by"], size=8.5, bold=True)
        sold -= 12
        for line in [content.seller_name, *content.seller_lines]:
            pen.text(x, sold, line, size=8.5)
            sold -= 11
        if content.seller_vat:
            pen.text(x, sold, content.seller_vat, size=8.5)
            sold -= 11
        y = min(y, sold) - 16
        pen.text(self.left, y, labels["bill_to"], size=8.5, bold=True)
        pen.text(x, y, labels["ship_to"], size=8.5, bold=True)
        y -= 12
        low = self.party(pen, self.left, y, content.buyer_name, content.buyer_lines, None)
        ship = spec.ship_to or spec.buyer
        self.party(pen, x, y, ship.name, ship.address.lines(), None)
        return low - 18

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """A grey band with captions in two lines where they are long."""
        pen.rect(self.left, y - 24, self.right - self.left, 24, fill=0.9, width=0)
        for col in columns:
            lines = pen.wrap(content.header(col.label), col.width - 6, 7, bold=True)[:2]
            for index, line in enumerate(lines):
                pen.text(col.anchor(), y - 9 - index * 8, line, size=7, bold=True, align=col.align)
        return y - 28

    def totals_height(self, content: Content) -> float:
        """Breakdown grid, three totals and the payment line."""
        return 15 * (len(content.spec.tax_groups) + 1) + 14 * 5 + 60

    def totals(self, pen: Pen, content: Content, y: float) -> float:
        """Rate breakdown grid at the left, the three totals at the right, then payment."""
        spec, labels, loc = content.spec, content.labels, content.loc
        y -= 12
        rows = [[labels["rate_col"], labels["base_col"], labels["vat_amount"]]]
        for group in spec.tax_groups:
            rows.append(
                [loc.percent(group.rate), money(content, group.base), money(content, group.tax)]
            )
        low = grid(
            pen, self.left, y, [60, 90, 80], rows, size=7.5, aligns=["left", "right", "right"]
        )
        lines = [
            (labels["net"], money(content, spec.net_amount), False),
            (labels["vat"], money(content, spec.tax_amount), False),
            (labels["total"], money(content, spec.total_amount), True),
        ]
        for label, value, strong in lines:
            y -= 14
            pen.text(self.right - 190, y, label, size=9, bold=strong)
            pen.text(self.right, y, value, size=9, bold=strong, align="right")
        y = min(y, low) - 24
        if spec.iban:
            pay = f"{labels['iban']}: {group_iban(spec.iban)}   {labels['bic']}: {spec.bic}"
        else:
            pay = labels["paid_by"]
        pen.text(self.left, y, pay, size=8)
        return y - 12

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """The shop's legal line and the page count."""
        pen.line(self.left, 58, self.right, 58, width=0.3)
        text = f"{content.seller_name} - {', '.join(content.seller_lines)}"
        pen.text(self.left, 48, text, size=6.5, gray=0.35)
        pen.text(self.right, 48, content.page_label(page, pages), size=7, align="right")


def _order_number(content: Content) -> str:
    """A marketplace order id ("302-1234567-7654321"), printed beside the invoice number."""
    seed = content.spec.seed
    return f"{300 + seed % 700:03d}-{seed * 7919 % 10**7:07d}-{seed * 104729 % 10**7:07d}"
