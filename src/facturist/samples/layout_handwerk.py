"""The German trades (Handwerker) invoice: sender line over a window address, an info block
with tax number and VAT id, the service period and site, a Pos. / Menge / Einheit /
Bezeichnung / Einzelpreis / Gesamtpreis table of hours and material, labour and material
sums, and a partial payment deducted so that the amount to pay differs from the total."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from typing import ClassVar

from facturist.samples.checksums import group_iban
from facturist.samples.content import Content
from facturist.samples.labels_extra import UNITS
from facturist.samples.layout_base import Column, Layout
from facturist.samples.layout_kit import chance, choose, contact, money
from facturist.samples.pen import Pen


def tax_number(content: Content) -> str:
    """A German-style tax office number ("12/345/67890"), not the VAT id."""
    rng = random.Random(f"{content.spec.seed}:steuernummer")
    return f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}"


class HandwerkLayout(Layout):
    """DIN-letter page: seller's letterhead at the right, the window address at the left,
    the info block beside it, a bold subject line with the number, the period and site,
    then the quantity-first table and the labour / material split over the totals."""

    name: ClassVar[str] = "handwerk"
    margin: ClassVar[float] = 50
    size: ClassVar[float] = 8.5
    bottom: ClassVar[float] = 90

    def columns(self, content: Content) -> list[Column]:
        """Position, quantity and unit before the description; prices at the right."""
        lead = [("position", 28.0, "left"), ("quantity", 42.0, "right"), ("unit", 40.0, "left")]
        tail = [("unit_price", 70.0, "right"), ("amount", 78.0, "right")]
        placed: list[Column] = []
        x = self.left
        for key, width, align in lead:
            placed.append(Column(key, key, x, width, align))  # type: ignore[arg-type]
            x += width
        right = self.right - sum(width for _, width, _ in tail)
        placed.append(Column("description", "description", x + 6, right - x - 6, "left"))
        for key, width, align in tail:
            placed.append(Column(key, key, right, width, align))  # type: ignore[arg-type]
            right += width
        return placed

    def first_header(self, pen: Pen, content: Content) -> float:
        """Letterhead, window address, info block, subject, period and site."""
        spec, labels, loc = content.spec, content.labels, content.loc
        if content.logo:
            pen.logo(self.right - 36, self.top - 36, 36, content.initials, content.logo_style)
        pen.text(self.right - 52, self.top - 16, content.seller_name, size=13, bold=True,
                 align="right")  # fmt: skip
        sender = " · ".join([content.seller_name, *content.seller_lines])
        pen.text(self.left, self.top - 95, sender, size=6.5, gray=0.3)
        pen.line(self.left, self.top - 98, self.left + 240, self.top - 98, width=0.3)
        self.party(pen, self.left, self.top - 112, content.buyer_name, content.buyer_lines,
                   content.buyer_vat)  # fmt: skip
        info: list[tuple[str, str]] = list(content.meta)
        info.append((labels["tax_number"], tax_number(content)))
        if spec.seller.vat_id:
            info.append((labels["vat_id"], spec.seller.vat_id))
        y = self.top - 60
        for label, value in info:
            pen.text(self.left + 300, y, label, size=8)
            pen.text(self.right, y, value, size=8, align="right")
            y -= 11
        y = min(y, self.top - 190) - 14
        heading = (
            f"{content.title} {labels['invoice_number'] if chance(content, 'nr', 0.5) else ''}"
        )
        pen.text(self.left, y, f"{' '.join(heading.split())} {spec.invoice_number}", size=12,
                 bold=True)  # fmt: skip
        y -= 16
        end = spec.delivery_date or spec.invoice_date
        start = end - timedelta(days=choose(content, "period", (0, 3, 7, 14, 30)))
        period = f"{loc.format_date(start, long=False)} - {loc.format_date(end, long=False)}"
        pen.text(self.left, y, f"{labels['period']}: {period}", size=8.5)
        y -= 12
        if chance(content, "site", 0.6):
            pen.text(self.left, y, f"{labels['site']}: {spec.buyer.address.one_line()}", size=8.5)
            y -= 12
        return y - 12

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """Captions between a thick and a thin rule."""
        pen.line(self.left, y, self.right, y, width=1.0)
        for col in columns:
            pen.text(col.anchor(), y - 11, content.header(col.label), size=8, bold=True,
                     align=col.align)  # fmt: skip
        pen.line(self.left, y - 15, self.right, y - 15, width=0.4)
        return y - 18

    def _sums(self, content: Content) -> tuple[Decimal, Decimal]:
        hours = UNITS[content.loc.language][1]
        items = content.spec.line_items
        labour = sum((item.amount for item in items if item.unit == hours), Decimal(0))
        return labour, content.spec.net_amount - labour

    def totals_height(self, content: Content) -> float:
        """Split sums, totals, deduction, notes and bank lines."""
        return 14 * (len(content.spec.tax_groups) + 7) + 11 * 6 + 30

    def totals(self, pen: Pen, content: Content, y: float) -> float:
        """Labour / material, net, VAT, gross, the deducted partial payment, what remains."""
        spec, labels, loc = content.spec, content.labels, content.loc
        labour, material = self._sums(content)
        lines: list[tuple[str, str, bool]] = []
        if labour and material:
            lines.append((labels["labour_sum"], money(content, labour), False))
            lines.append((labels["material_sum"], money(content, material), False))
        lines.append((labels["net"], money(content, spec.net_amount), False))
        for group in spec.tax_groups:
            label = f"{labels['vat']} {loc.percent(group.rate)}"
            lines.append((label, money(content, group.tax), False))
        lines.append((labels["total"], money(content, spec.total_amount), not spec.paid_amount))
        if spec.paid_amount:
            paid_on = spec.invoice_date - timedelta(days=choose(content, "abschlag", (14, 21, 30)))
            label = labels["deduction"].format(date=loc.format_date(paid_on, long=False))
            lines.append((label, money(content, -spec.paid_amount), False))
            lines.append((labels["amount_due"], money(content, spec.amount_due), True))
        y -= 4
        for label, value, strong in lines:
            y -= 14
            if strong:
                pen.line(self.right - 260, y + 11, self.right, y + 11, width=0.6)
            pen.text(self.right - 260, y, label, size=9, bold=strong)
            pen.text(self.right, y, value, size=9, bold=strong, align="right")
        y -= 22
        notes = []
        if labour and chance(content, "35a", 0.7):
            gross = labour * (100 + spec.line_items[0].vat_rate) / 100
            notes.append(
                labels["labour_note"].format(amount=money(content, gross.quantize(Decimal("0.01"))))
            )
        if spec.payment_days:
            notes.append(labels["terms"].format(days=spec.payment_days))
        for line in notes:
            pen.text(self.left, y, line, size=8)
            y -= 11
        return y

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """Three footer columns: address, contact, bank; the page count at the right."""
        spec, labels = content.spec, content.labels
        pen.line(self.left, 70, self.right, 70, width=0.3)
        columns = [
            [content.seller_name, *content.seller_lines],
            contact(content),
        ]
        if spec.iban:
            columns.append([
                str(spec.bank_name), f"{labels['iban']}: {group_iban(spec.iban)}",
                f"{labels['bic']}: {spec.bic}",
            ])  # fmt: skip
        for index, lines in enumerate(columns):
            y = 60.0
            for line in lines:
                pen.text(self.left + index * 170, y, line, size=6.5, gray=0.3)
                y -= 8
        pen.text(self.right, 28, content.page_label(page, pages), size=7, align="right")
