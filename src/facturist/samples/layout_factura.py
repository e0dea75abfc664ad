"""The Spanish / Italian / Portuguese invoice: client box, a ruled meta strip, and the VAT
breakdown as a horizontal strip (base, rate, tax, total) under the table."""

from __future__ import annotations

from typing import ClassVar

from facturist.samples.checksums import group_iban
from facturist.samples.content import Content
from facturist.samples.layout_base import Column, Layout
from facturist.samples.layout_kit import chance, choose, contact, grid, money, registration
from facturist.samples.pen import Align, Pen


class FacturaLayout(Layout):
    """Seller top left with its tax id, client in a framed box at the right, invoice number,
    date, payment method and due date as one ruled strip, a two-rule table, and the totals as
    a horizontal base / rate / tax / total strip; register details in the footer."""

    name: ClassVar[str] = "factura"
    margin: ClassVar[float] = 45
    size: ClassVar[float] = 8.5
    bottom: ClassVar[float] = 85

    def columns(self, content: Content) -> list[Column]:
        """Optional code column before the description; a VAT column on some invoices."""
        numeric = [("quantity", 42.0), ("unit_price", 68.0)]
        if content.mixed_rates or chance(content, "vat_col", 0.4):
            numeric.append(("vat_rate", 40.0))
        numeric.append(("amount", 72.0))
        placed = self.number_columns(content, numeric)
        x = placed[0].x
        left = self.left
        lead: list[Column] = []
        if chance(content, "code_col", 0.5):
            lead.append(Column("code", "code", left, 58, "left"))
            left += 58
        return [*lead, Column("description", "description", left, x - left, "left"), *placed]

    def first_header(self, pen: Pen, content: Content) -> float:
        """Seller left, title and client box right, then the meta strip."""
        x = self.left
        if content.logo:
            pen.logo(x, self.top - 34, 34, content.initials, content.logo_style)
            x += 42
        pen.text(x, self.top - 14, content.seller_name, size=12, bold=True)
        y = self.top - 28
        seller = [*content.seller_lines]
        if content.seller_vat:
            seller.append(content.seller_vat)
        seller += contact(content)[: choose(content, "contact", (1, 2))]
        for line in seller:
            pen.text(x, y, line, size=8)
            y -= 10
        pen.text(self.right, self.top - 16, content.title, size=18, bold=True, align="right")
        box_x, box_w = self.left + 280, self.right - self.left - 280
        box_top = self.top - 36
        lines = [*content.buyer_lines, *([content.buyer_vat] if content.buyer_vat else [])]
        height = 24 + self.leading * (len(lines) + 1)
        pen.rect(box_x, box_top - height, box_w, height, width=0.6)
        pen.text(box_x + 6, box_top - 10, content.header("bill_to"), size=7, gray=0.4)
        self.party(pen, box_x + 6, box_top - 23, content.buyer_name, content.buyer_lines, None)
        if content.buyer_vat:
            pen.text(box_x + 6, box_top - height + 7, content.buyer_vat, size=self.size)
        y = min(y, box_top - height) - 18
        return self._meta_strip(pen, content, y) - 16

    def _meta_strip(self, pen: Pen, content: Content, y: float) -> float:
        spec, labels = content.spec, content.labels
        cells = list(content.meta[:2])
        cells.append((labels["customer_number"], spec.customer_number))
        cells.append((labels["payment_method"], labels["transfer"]))
        if spec.due_date is not None:
            cells.append(content.meta[2])
        if spec.order_number:
            cells.append((labels["order_number"], spec.order_number))
        if spec.original_invoice:
            cells.append((labels["original_invoice"], spec.original_invoice))
        needs = [
            max(Pen.measure(label, 7.5, bold=True), Pen.measure(value, 7.5)) + 10
            for label, value in cells
        ]
        scale = (self.right - self.left) / sum(needs)
        widths = [need * scale for need in needs]
        rows = [[label for label, _ in cells], [value for _, value in cells]]
        return grid(pen, self.left, y, widths, rows, size=7.5, aligns=["center"] * len(cells))

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """Labels between two rules."""
        pen.line(self.left, y, self.right, y, width=0.8)
        for col in columns:
            label = content.header(col.label)
            baseline = y - self.size - 3
            pen.text(col.anchor(), baseline, label, size=self.size, bold=True, align=col.align)
        pen.line(self.left, y - self.size - 7, self.right, y - self.size - 7, width=0.8)
        return y - self.size - 10

    def _strip(self, content: Content) -> tuple[list[float], list[list[str]], list[Align]]:
        spec, labels, loc = content.spec, content.labels, content.loc
        header = [labels["base_col"], labels["rate_col"], labels["vat_amount"], labels["total"]]
        rows = [header]
        for index, group in enumerate(spec.tax_groups):
            total = money(content, spec.total_amount) if index == 0 else ""
            rows.append(
                [
                    money(content, group.base, sign=False),
                    loc.percent(group.rate),
                    money(content, group.tax, sign=False),
                    total,
                ]
            )
        return [110.0, 60.0, 100.0, 130.0], rows, ["right", "center", "right", "right"]

    def totals_height(self, content: Content) -> float:
        """The strip, the lines under it and the payment block."""
        return 15 * (len(content.spec.tax_groups) + 1) + 16 * 3 + 12 * 5 + 40

    def totals(self, pen: Pen, content: Content, y: float) -> float:
        """The breakdown strip, or a rate grid beside stacked totals; then how to pay."""
        spec, labels = content.spec, content.labels
        y -= 14
        if chance(content, "strip", 0.55):
            widths, rows, aligns = self._strip(content)
            y = grid(pen, self.right - sum(widths), y, widths, rows, size=8, aligns=aligns)
            stacked: list[tuple[str, str, bool]] = []
        else:
            widths, rows, aligns = self._strip(content)
            rows = [row[:3] for row in rows]
            low = grid(pen, self.left, y, widths[:3], rows, size=8, aligns=aligns)
            stacked = [(labels["net"], money(content, spec.net_amount), False)]
            for group in spec.tax_groups:
                label = f"{labels['vat']} {content.loc.percent(group.rate)}"
                stacked.append((label, money(content, group.tax), False))
            stacked.append((labels["total"], money(content, spec.total_amount), True))
            for label, value, strong in stacked:
                y -= 14
                pen.text(self.right - 200, y, label, size=9, bold=strong)
                pen.text(self.right, y, value, size=9, bold=strong, align="right")
            y = min(y - 6, low)
        if spec.paid_amount:
            for label, value in (
                (labels["paid"], money(content, -spec.paid_amount)),
                (labels["amount_due"], money(content, spec.amount_due)),
            ):
                y -= 15
                pen.text(self.right - 200, y, label, size=9.5, bold=True)
                pen.text(self.right, y, value, size=9.5, bold=True, align="right")
        y -= 26
        lines = [f"{labels['payment_method']}: {labels['transfer']}"]
        if spec.iban:
            lines.append(f"{labels['iban']}: {group_iban(spec.iban)}   {labels['bic']}: {spec.bic}")
            lines.append(f"{labels['bank']}: {spec.bank_name}")
        if spec.payment_days:
            lines.append(labels["terms"].format(days=spec.payment_days))
        for line in lines:
            pen.text(self.left, y, line, size=8)
            y -= 11
        return y

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """Register details centered in small print; the page count at the right."""
        pen.line(self.left, 62, self.right, 62, width=0.3)
        y = 52.0
        legal = registration(content) or [content.seller_name]
        text = " - ".join([content.seller_name, *legal])
        for line in pen.wrap(text, self.right - self.left - 70, 6.5):
            pen.text(self.left, y, line, size=6.5, gray=0.35)
            y -= 8
        pen.text(self.right, 52, content.page_label(page, pages), size=7, align="right")
