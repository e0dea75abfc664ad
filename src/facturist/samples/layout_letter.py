"""The German / French business letter: window-envelope address with a return line, an
information block, a subject line, a fully ruled item grid and the seller in the footer."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import ClassVar

from facturist.samples.checksums import group_iban
from facturist.samples.content import Content, Row
from facturist.samples.layout_base import Column, Layout, columns_from_right
from facturist.samples.layout_kit import chance, contact, money, registration
from facturist.samples.pen import Pen

# "Invoice No. 123" in a subject line, and the carried-forward line of a long table.
_NUMBER_WORD = {
    "en": "No.", "de": "Nr.", "fr": "N°", "es": "nº", "it": "n.", "nl": "nr.", "pt": "n.º",
    "pl": "nr",
}  # fmt: skip
_CARRIED = {
    "en": "Carried forward", "de": "Übertrag", "fr": "Report", "es": "Suma y sigue",
    "it": "Riporto", "nl": "Transport", "pt": "A transportar", "pl": "Do przeniesienia",
}  # fmt: skip


class LetterGridLayout(Layout):
    """DIN-5008-like letter: return line and recipient in the window, info block right,
    subject 'Rechnung Nr. ...', an intro sentence, a ruled grid with position, code, wrapped
    description, quantity, unit, price, discount and total; totals under the grid; the due
    date in a closing sentence; seller, bank and register details in footer columns; long
    tables carry their running sum forward."""

    name: ClassVar[str] = "letter_grid"
    size: ClassVar[float] = 8.5
    bottom: ClassVar[float] = 124

    def __init__(self) -> None:
        super().__init__()
        self.left, self.right = 68.0, self.width - 48.0

    def columns(self, content: Content) -> list[Column]:
        """Pos., code, description, quantity, unit, price, discount, VAT, total."""
        items = content.spec.line_items
        keys: list[tuple[str, float]] = [("quantity", 40.0), ("unit", 32.0), ("unit_price", 58.0)]
        if any(item.discount for item in items):
            keys.append(("discount", 40.0))
        if content.mixed_rates:
            keys.append(("vat_rate", 38.0))
        keys.append(("amount", 64.0))
        placed = columns_from_right(
            self.right,
            [(key, key, width, "center" if key == "unit" else "right") for key, width in keys],
            lambda label: Pen.measure(content.header(label), self.size - 0.5, bold=True) + 8,
        )
        x = placed[0].x
        lead = [Column("position", "position", self.left, 24, "center")]
        if chance(content, "code_col", 0.7):
            lead.append(Column("code", "code", self.left + 24, 52, "left"))
        left = lead[-1].x + lead[-1].width
        return [*lead, Column("description", "description", left, x - left, "left"), *placed]

    def draw(self, pen: Pen, content: Content, pages: int) -> None:
        """The usual flow, with the running sum carried to the next page."""
        columns = self.columns(content)
        carry = chance(content, "carry", 0.7)
        desc = self.described(columns)
        amount = next(col for col in columns if col.key == "amount")
        y = self.table_head(pen, content, columns, self.first_header(pen, content))
        top = y
        running = Decimal(0)
        label = _CARRIED[content.spec.language]
        two_places = chance(content, "qty_places", 0.5)  # ERP style: "2,00" pieces
        for row, item in zip(content.rows, content.spec.line_items, strict=True):
            if two_places:
                row = replace(row, quantity=content.loc.number(item.quantity, 2))
            lines = pen.wrap(row.description, desc.width - 6, self.size)
            height = self.row_height(len(lines))
            if y - height < self.bottom:
                self.table_end(pen, columns, top, y)
                carried = money(content, running, sign=False)
                if carry:
                    pen.text(desc.anchor(), y - 13, f"{label}:", size=self.size, bold=True)
                    pen.text(amount.anchor(), y - 13, carried, size=self.size, bold=True,
                             align="right")  # fmt: skip
                self.turn_page(pen, content, pages)
                y = self.table_head(pen, content, columns, self.next_header(pen, content))
                top = y
                if carry:
                    top_y = y - self.size - 2
                    pen.text(desc.anchor(), top_y, label, size=self.size, bold=True)
                    pen.text(amount.anchor(), top_y, carried, size=self.size, bold=True,
                             align="right")  # fmt: skip
                    y -= self.leading + 4
            self.row(pen, columns, row, lines, y, height)
            running += item.amount
            y -= height
        self.table_end(pen, columns, top, y)
        if y - self.totals_height(content) < self.bottom:
            self.turn_page(pen, content, pages)
            y = self.next_header(pen, content)
        self.totals(pen, content, y)
        self.footer(pen, content, pen.page, pages)

    def first_header(self, pen: Pen, content: Content) -> float:
        """Letterhead, window address, info block, subject and intro."""
        spec, labels = content.spec, content.labels
        if content.logo:
            pen.logo(self.right - 40, self.height - 80, 40, content.initials, content.logo_style)
        name_x = self.right - (48 if content.logo else 0)
        pen.text(name_x, self.height - 58, content.seller_name, size=13, bold=True, align="right")
        window = self.height - 150
        address = content.seller_lines
        back = " · ".join([content.seller_name, *address])
        pen.text(self.left, window, back, size=6.5, gray=0.3)
        pen.line(self.left, window - 2, self.left + Pen.measure(back, 6.5), window - 2, width=0.3)
        y = self.party(
            pen, self.left, window - 16, content.buyer_name, content.buyer_lines, content.buyer_vat
        )
        info: list[tuple[str, str]] = []
        numbered = chance(content, "number_in_info", 0.5)
        for label, value in content.meta:
            if label == content.meta[0][0] and not numbered:
                continue
            info.append((label, value))
        if spec.delivery_date is not None:
            delivered = content.loc.format_date(spec.delivery_date, long=spec.long_dates)
            info.insert(2 if numbered else 1, (labels["delivery_date"], delivered))
        info.append((labels["phone"], spec.phone))
        info_y = window + 6
        info_x = self.left + 290
        for label, value in info:
            pen.text(info_x, info_y, label, size=7.5, gray=0.3)
            pen.text(self.right, info_y, value, size=8, align="right")
            info_y -= 11
        y = min(y, info_y) - 30
        number = f"{_NUMBER_WORD[spec.language]} {spec.invoice_number}"
        pen.text(self.left, y, f"{content.title} {number}", size=12, bold=True)
        y -= 24
        for line in pen.wrap(labels["intro"], self.right - self.left, self.size):
            pen.text(self.left, y, line, size=self.size)
            y -= self.leading
        return y - 8

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """A shaded, ruled header row."""
        height = self.size + 10
        pen.rect(self.left, y - height, self.right - self.left, height, fill=0.85, width=0.5)
        for col in columns:
            x = col.x + col.width / 2 if col.align == "center" else col.anchor()
            label = content.header(col.label)
            pen.text(x, y - self.size - 3, label, size=self.size - 0.5, bold=True, align=col.align)
        return y - height

    def row(
        self, pen: Pen, columns: list[Column], row: Row, lines: list[str], y: float, h: float
    ) -> None:
        """Cells of one grid row, ruled underneath."""
        baseline = y - self.size - 2
        for col in columns:
            if col.key == "description":
                for index, line in enumerate(lines):
                    pen.text(col.anchor(), baseline - index * self.leading, line, size=self.size)
                continue
            value = getattr(row, col.key)
            x = col.x + col.width / 2 if col.align == "center" else col.anchor()
            pen.text(x, baseline, value, size=self.size, align=col.align)
        pen.line(self.left, y - h, self.right, y - h, width=0.4)

    def table_end(self, pen: Pen, columns: list[Column], top: float, y: float) -> None:
        """Vertical rules at every column edge."""
        for col in columns:
            pen.line(col.x, top, col.x, y, width=0.4)
        pen.line(self.right, top, self.right, y, width=0.4)

    def totals_height(self, content: Content) -> float:
        """Totals, closing sentence."""
        return 15 * (len(content.spec.tax_groups) + 4) + 60

    def _vat_label(self, content: Content, rate: str) -> str:
        label = content.labels["vat"]
        if label.startswith(("zzgl. ", "plus ")):
            head, _, rest = label.partition(" ")
            return f"{head} {rate} {rest}"
        return f"{label} {rate}"

    def totals(self, pen: Pen, content: Content, y: float) -> float:
        """Label/value lines under the amount column, the total double-ruled; the closing."""
        spec, labels, loc = content.spec, content.labels, content.loc
        y -= 6
        x = self.right - 250
        net = money(content, spec.net_amount)
        rows: list[tuple[str, str, bool]] = [(labels["net"], net, False)]
        for group in spec.tax_groups:
            label = self._vat_label(content, loc.percent(group.rate))
            if len(spec.tax_groups) > 1:
                label += f" ({money(content, group.base, sign=False)})"
            rows.append((label, money(content, group.tax), False))
        rows.append((labels["total"], money(content, spec.total_amount), True))
        if spec.paid_amount:
            rows.append((labels["paid"], money(content, -spec.paid_amount), False))
            rows.append((labels["amount_due"], money(content, spec.amount_due), True))
        for label, value, strong in rows:
            y -= 14
            pen.text(x, y, label, size=self.size + 0.5, bold=strong)
            pen.text(self.right - 3, y, value, size=self.size + 0.5, bold=strong, align="right")
            if strong:
                pen.line(x, y - 3, self.right, y - 3, width=0.5)
                pen.line(x, y - 5, self.right, y - 5, width=0.5)
        y -= 28
        if spec.due_date is not None:
            due = loc.format_date(spec.due_date, long=spec.long_dates)
            closing = labels["closing"].format(date=due)
        else:
            closing = labels["thanks"]
        for line in pen.wrap(closing, self.right - self.left, self.size):
            pen.text(self.left, y, line, size=self.size)
            y -= self.leading
        return y

    def next_header(self, pen: Pen, content: Content) -> float:
        """Title, number and page at the top of a continuation page."""
        number = f"{_NUMBER_WORD[content.spec.language]} {content.invoice_number}"
        pen.text(self.left, self.top - 10, f"{content.title} {number}", size=9, bold=True)
        return self.top - 30

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """Page count, a rule, then address, bank and register columns."""
        spec, labels = content.spec, content.labels
        pen.text(self.right, 101, content.page_label(page, pages), size=7.5, align="right")
        pen.line(self.left, 96, self.right, 96, width=0.4)
        blocks = [[content.seller_name, *content.seller_lines, *contact(content)[1:]]]
        if spec.iban:
            blocks.append(
                [str(spec.bank_name), f"{labels['iban']}: {group_iban(spec.iban)}",
                 f"{labels['bic']}: {spec.bic}"]
            )  # fmt: skip
        legal = registration(content)
        if content.seller_vat:
            legal.append(content.seller_vat)
        blocks.append(legal)
        width = (self.right - self.left) / len(blocks)
        for index, block in enumerate(blocks):
            y = 86.0
            for line in block:
                for part in pen.wrap(line, width - 6, 6.5):
                    pen.text(self.left + index * width, y, part, size=6.5, gray=0.25)
                    y -= 8
