"""The Polish / Dutch invoice: net, VAT rate, VAT amount and gross on every line, and a VAT
summary per rate under the table."""

from __future__ import annotations

from typing import ClassVar

from facturist.samples.checksums import group_iban
from facturist.samples.content import Content, Row
from facturist.samples.layout_base import Column, Layout, columns_from_right
from facturist.samples.layout_kit import chance, grid, money, polish_words, registration
from facturist.samples.pen import Align, Pen


class VatColumnsLayout(Layout):
    """Seller and buyer side by side under a centered 'Faktura VAT nr ...' title (or a Dutch
    header with KvK and BTW numbers), a table with per-line VAT and gross columns whose
    headers wrap, a per-rate VAT summary, the amount due (in words in Polish), signatures."""

    name: ClassVar[str] = "vat_columns"
    margin: ClassVar[float] = 36
    size: ClassVar[float] = 7.5
    bottom: ClassVar[float] = 80

    def columns(self, content: Content) -> list[Column]:
        """Lp., description, quantity, unit, net price, net value, rate, VAT, gross."""
        widths: list[tuple[str, float, Align]] = [
            ("quantity", 34.0, "right"),
            ("unit", 28.0, "center"),
            ("unit_price", 54.0, "right"),
            ("amount", 58.0, "right"),
            ("vat_rate", 34.0, "right"),
            ("vat_amount", 52.0, "right"),
            ("gross", 60.0, "right"),
        ]
        placed = columns_from_right(
            self.right, [(key, key, width, align) for key, width, align in widths]
        )
        x = placed[0].x
        lead = Column("position", "position", self.left, 20, "center")
        desc = Column("description", "description", self.left + 20, x - self.left - 20, "left")
        return [lead, desc, *placed]

    def _header_label(self, content: Content, col: Column) -> str:
        keys = {"amount": "net_value", "vat_rate": "rate_col"}
        return content.header(keys.get(col.key, col.key))

    def _polish(self, content: Content) -> bool:
        return content.spec.language == "pl"

    def first_header(self, pen: Pen, content: Content) -> float:
        """Place and dates at the top right, the title, then the two parties side by side."""
        spec, labels = content.spec, content.labels
        dates = [(labels["invoice_date"], content.meta[1][1])]
        if spec.delivery_date is not None:
            delivered = content.loc.format_date(spec.delivery_date, long=spec.long_dates)
            dates.append((labels["delivery_date"], delivered))
        y = self.top - 6
        if self._polish(content):
            dates.insert(0, (labels["place"], spec.seller.address.city))
        for label, value in dates:
            pen.text(self.right - 95, y, f"{label}:", size=8, align="right")
            pen.text(self.right, y, value, size=8, bold=True, align="right")
            y -= 11
        if content.logo:
            pen.logo(self.left, self.top - 36, 36, content.initials, content.logo_style)
        y -= 16
        if self._polish(content):
            title = f"{content.title} {labels['invoice_number']} {spec.invoice_number}"
            pen.text(self.width / 2, y, title, size=15, bold=True, align="center")
            if chance(content, "original", 0.5):
                pen.text(self.width / 2, y - 12, "ORYGINAŁ", size=7.5, align="center")
            y -= 30
        else:
            pen.text(self.left, y, content.title, size=18, bold=True)
            y -= 16
            for label, value in [content.meta[0], *content.meta[2:]]:
                pen.text(self.left, y, f"{label}:", size=8)
                pen.text(self.left + 110, y, value, size=8, bold=True)
                y -= 11
            y -= 10
        half = (self.right - self.left) / 2
        parties = [
            (labels["from"], content.seller_name, content.seller_lines, content.seller_vat),
            (labels["bill_to"], content.buyer_name, content.buyer_lines, content.buyer_vat),
        ]
        lowest = y
        for index, (caption, name, lines, vat) in enumerate(parties):
            x = self.left + index * half
            pen.text(x, y, f"{caption}:", size=8, bold=True, gray=0.35)
            pen.line(x, y - 3, x + half - 12, y - 3, width=0.4)
            extra = registration(content)[:1] if index == 0 and not self._polish(content) else []
            low = self.party(pen, x, y - 15, name, lines, vat)
            for line in extra:
                pen.text(x, low, line, size=self.size)
                low -= self.leading
            lowest = min(lowest, low)
        y = lowest - 6
        if self._polish(content) and spec.due_date is not None:
            due = content.meta[2]
            pen.text(self.left, y, f"{due[0]}: {due[1]}", size=8)
            y -= 11
        return y - 10

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """Shaded header cells whose labels wrap onto two or three lines."""
        wrapped = [
            pen.wrap(self._header_label(content, col), col.width - 4, self.size, bold=True)
            for col in columns
        ]
        height = max(len(lines) for lines in wrapped) * (self.size + 1) + 6
        pen.rect(self.left, y - height, self.right - self.left, height, fill=0.87, width=0.4)
        for col, lines in zip(columns, wrapped, strict=True):
            pen.line(col.x, y, col.x, y - height, width=0.4)
            anchor = col.x + col.width / 2
            for index, line in enumerate(lines):
                line_y = y - self.size - 2 - index * (self.size + 1)
                # A word wider than its cell is set smaller rather than run into the next one.
                fit = (col.width - 4) / max(Pen.measure(line, self.size, bold=True), 1.0)
                size = min(self.size, self.size * fit)
                pen.text(anchor, line_y, line, size=size, bold=True, align="center")
        return y - height

    def row(
        self, pen: Pen, columns: list[Column], row: Row, lines: list[str], y: float, h: float
    ) -> None:
        """A row with a rule under it; centered position and unit."""
        baseline = y - self.size - 2
        for col in columns:
            if col.key == "description":
                for index, line in enumerate(lines):
                    pen.text(col.anchor(), baseline - index * self.leading, line, size=self.size)
                continue
            x = col.x + col.width / 2 if col.align == "center" else col.anchor()
            pen.text(x, baseline, getattr(row, col.key), size=self.size, align=col.align)
        pen.line(self.left, y - h, self.right, y - h, width=0.3)

    def table_end(self, pen: Pen, columns: list[Column], top: float, y: float) -> None:
        """Vertical rules between the columns (Polish grids) or none (Dutch)."""
        for col in columns:
            pen.line(col.x, top, col.x, y, width=0.3)
        pen.line(self.right, top, self.right, y, width=0.3)

    def totals_height(self, content: Content) -> float:
        """Summary grid, amount due, words, payment lines and signatures."""
        return 15 * (len(content.spec.tax_groups) + 2) + 16 * 4 + 12 * 5 + 90

    def totals(self, pen: Pen, content: Content, y: float) -> float:
        """The per-rate summary under the money columns, then what to pay and how."""
        spec, labels, loc = content.spec, content.labels, content.loc
        columns = self.columns(content)
        start = next(col.x for col in columns if col.key == "amount")
        # The summary's money columns sit under the table's net, rate, VAT and gross columns.
        widths = [70.0, *(col.width for col in columns if col.x >= start)]
        rows = [["", labels["base_col"], labels["rate_col"], labels["vat_amount"], labels["gross"]]]
        for group in spec.tax_groups:
            rows.append(
                [
                    "",
                    money(content, group.base, sign=False),
                    loc.percent(group.rate),
                    money(content, group.tax, sign=False),
                    money(content, group.base + group.tax, sign=False),
                ]
            )
        rows.append(
            [
                f"{labels['summary_total']}:",
                money(content, spec.net_amount, sign=False),
                "",
                money(content, spec.tax_amount, sign=False),
                money(content, spec.total_amount, sign=False),
            ]
        )
        y -= 10
        pen.text(start - 72, y - 10, labels["vat_summary"], size=7, gray=0.35, align="right")
        y = grid(
            pen, start - 70, y, widths, rows, size=7.5,
            aligns=["left", "right", "right", "right", "right"],
        )  # fmt: skip
        y -= 20
        lines = [(labels["total"], money(content, spec.total_amount))]
        if spec.paid_amount:
            lines.append((labels["paid"], money(content, spec.paid_amount)))
            lines.append((labels["balance_due"], money(content, spec.amount_due)))
        elif self._polish(content):
            lines = [(labels["amount_due"], money(content, spec.amount_due))]
        for label, value in lines:
            pen.text(self.left, y, f"{label}:", size=11, bold=True)
            pen.text(self.left + 170, y, value, size=11, bold=True)
            y -= 15
        if self._polish(content):
            words = polish_words(spec.amount_due, content.loc.currency_sign)
            pen.text(self.left, y, f"Słownie: {words}", size=8)
            y -= 12
        y -= 6
        pay = [f"{labels['payment_method']}: {labels['transfer']}"]
        if self._polish(content) is False and spec.due_date is not None:
            pay.append(f"{content.meta[2][0]}: {content.meta[2][1]}")
        if spec.iban:
            pay.append(f"{labels['bank']}: {spec.bank_name}, {group_iban(spec.iban)}")
            pay.append(f"{labels['bic']}: {spec.bic}")
        for line in pay:
            pen.text(self.left, y, line, size=8)
            y -= 11
        if self._polish(content) and chance(content, "signatures", 0.7):
            y -= 34
            half = (self.right - self.left) / 2
            for index, caption in enumerate(
                ("Osoba upoważniona do odbioru", "Osoba upoważniona do wystawienia")
            ):
                x = self.left + index * half + 20
                pen.text(x + 100, y, "." * 60, size=6, align="center")
                pen.text(x + 100, y - 9, caption, size=6.5, gray=0.35, align="center")
            y -= 20
        return y

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """A centered page count, with the register numbers for Polish sellers."""
        legal = registration(content) if self._polish(content) else []
        if legal and chance(content, "legal_footer", 0.5):
            pen.text(self.left, 44, " | ".join(legal), size=6.5, gray=0.4)
        pen.text(self.width / 2, 30, content.page_label(page, pages), size=7, align="center")
