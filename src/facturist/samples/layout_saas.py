"""The US/UK software-company invoice: big INVOICE title, Bill To / Ship To, totals box."""

from __future__ import annotations

import random
from typing import ClassVar

from reportlab.lib.pagesizes import LETTER

from facturist.samples.checksums import group_iban
from facturist.samples.content import Content, Row
from facturist.samples.layout_base import Column, Layout
from facturist.samples.layout_kit import chance, choose, contact, money
from facturist.samples.locales import Locale
from facturist.samples.pen import Align, Pen


def with_sign(loc: Locale, number: str) -> str:
    """A formatted number with the currency sign added the locale's way."""
    minus, digits = ("-", number[1:]) if number.startswith("-") else ("", number)
    if loc.sign_before:
        gap = " " if loc.sign_space or len(loc.currency_sign) > 1 else ""
        return f"{minus}{loc.currency_sign}{gap}{digits}"
    return f"{number} {loc.currency_sign}"


class SaasLayout(Layout):
    """Letter page; seller as a word mark top left, INVOICE top right over a key/value block,
    Bill To and Ship To side by side, dark table band, a totals box ending in Balance Due and
    payment instructions under it."""

    name: ClassVar[str] = "saas"
    page_size: ClassVar[tuple[float, float]] = LETTER
    margin: ClassVar[float] = 42
    bottom: ClassVar[float] = 70

    def draw(self, pen: Pen, content: Content, pages: int) -> None:
        """Remember the invoice for the row painter, then the usual flow."""
        self.content = content
        self.signed_rows = chance(content, "row_sign", 0.4)
        super().draw(pen, content, pages)

    def first_header(self, pen: Pen, content: Content) -> float:
        """Word mark and seller lines left; title, meta and balance bar right; the parties."""
        x = self.left
        if content.logo:
            pen.logo(x, self.top - 30, 30, content.initials, content.logo_style)
            x += 38
        pen.text(x, self.top - 20, content.seller_name, size=15, bold=True, gray=0.2)
        y = self.top - 46
        shown = choose(content, "contact", (1, 2, 3))
        lines = [*content.seller_lines, *contact(content)[:shown]]
        if content.seller_vat:
            lines.append(content.seller_vat)
        for line in lines:
            pen.text(self.left, y, line, size=8.5, gray=0.25)
            y -= 11
        title = content.title.upper()
        pen.text(self.right, self.top - 24, title, size=26, bold=True, gray=0.35, align="right")
        colon = choose(content, "colon", (":", ""))
        meta = list(content.meta)
        days = content.spec.payment_days
        if days and content.spec.language == "en" and chance(content, "net_terms", 0.5):
            meta.append(("Terms", f"Net {days}"))
        meta_y = self.top - 52
        for label, value in meta:
            caption = f"{label}{colon}"
            pen.text(self.right - 118, meta_y, caption, size=8.5, bold=True, align="right")
            pen.text(self.right, meta_y, value, size=8.5, align="right")
            meta_y -= 13
        if chance(content, "due_bar", 0.6):
            meta_y -= 4
            pen.rect(self.right - 240, meta_y - 5, 240, 18, fill=0.9, stroke=False)
            label = f"{content.labels['amount_due']}{colon}"
            pen.text(self.right - 118, meta_y, label, size=9.5, bold=True, align="right")
            value = money(content, content.spec.amount_due)
            pen.text(self.right - 4, meta_y, value, size=9.5, bold=True, align="right")
            meta_y -= 20
        y = min(y, meta_y) - 20
        pen.text(self.left, y, content.header("bill_to"), size=8, bold=True, gray=0.4)
        lowest = self.party(
            pen, self.left, y - 13, content.buyer_name, content.buyer_lines, content.buyer_vat
        )
        ship = content.spec.ship_to
        if ship is not None:
            x2 = self.left + choose(content, "ship_x", (190.0, 250.0, 290.0))
            pen.text(x2, y, content.header("ship_to"), size=8, bold=True, gray=0.4)
            lowest = min(lowest, self.party(pen, x2, y - 13, ship.name, ship.address.lines(), None))
        return lowest - 18

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """A dark (or light) band with the column labels."""
        height = self.size + 10
        shade = choose(content, "band", (0.2, 0.3, 0.85))
        pen.rect(self.left, y - height, self.right - self.left, height, fill=shade, stroke=False)
        for col in columns:
            pen.text(
                col.anchor(),
                y - self.size - 3,
                content.header(col.label),
                size=self.size,
                bold=True,
                align=col.align,
                gray=1.0 if shade < 0.5 else 0.0,
            )
        return y - height - 2

    def row(
        self, pen: Pen, columns: list[Column], row: Row, lines: list[str], y: float, h: float
    ) -> None:
        """Description lines; money cells with the currency sign on some invoices; a hairline."""
        baseline = y - self.size - 1
        for index, line in enumerate(lines):
            pen.text(columns[0].anchor(), baseline - index * self.leading, line, size=self.size)
        for col in columns[1:]:
            value = getattr(row, col.key)
            if self.signed_rows and col.key in ("unit_price", "amount"):
                value = with_sign(self.content.loc, value)
            pen.text(col.anchor(), baseline, value, size=self.size, align=col.align)
        pen.line(self.left, y - h + 1, self.right, y - h + 1, width=0.2)

    def table_end(self, pen: Pen, columns: list[Column], top: float, y: float) -> None:
        """The row hairlines close the table."""

    def _total_rows(self, content: Content) -> list[tuple[str, str, bool]]:
        spec, labels = content.spec, content.labels
        rows = [(labels["net"], money(content, spec.net_amount), False)]
        if chance(content, "zero_discount", 0.3):
            discount = labels["discount"].replace("%", "").strip()
            rows.append((discount, money(content, spec.net_amount * 0), False))
        form = choose(content, "tax_form", ("{vat} ({rate})", "{vat} {rate}", "{vat} @ {rate}"))
        for group in spec.tax_groups:
            label = form.format(vat=labels["vat"], rate=content.loc.percent(group.rate))
            rows.append((label, money(content, group.tax), False))
        rows.append((labels["total"], money(content, spec.total_amount), True))
        if spec.paid_amount or chance(content, "zero_paid", 0.4):
            rows.append((labels["paid"], money(content, -spec.paid_amount), False))
        rows.append((labels["amount_due"], money(content, spec.amount_due), True))
        return rows

    def _payment_lines(self, content: Content) -> list[str]:
        spec, labels = content.spec, content.labels
        rng = random.Random(f"{spec.seed}:account")
        lines: list[str] = []
        if spec.iban:
            lines.append(f"{labels['bank']}: {spec.bank_name}")
            if spec.iban.startswith("GB"):
                sort = f"{spec.iban[8:10]}-{spec.iban[10:12]}-{spec.iban[12:14]}"
                lines.append(f"Sort code: {sort}   Account no.: {spec.iban[14:22]}")
            lines.append(f"{labels['iban']}: {group_iban(spec.iban)}")
            lines.append(f"{labels['bic']}: {spec.bic}")
        elif content.loc.country == "US":
            lines.append(f"ACH routing number: 0{rng.randint(10000000, 99999999)}")
            lines.append(f"Account number: {rng.randint(10**9, 10**10 - 1)}")
            lines.append(f"Make checks payable to {content.seller_name}")
        return lines

    def totals_height(self, content: Content) -> float:
        """Totals box, then the payment instructions."""
        return 17 * len(self._total_rows(content)) + 12 * len(self._payment_lines(content)) + 90

    def totals(self, pen: Pen, content: Content, y: float) -> float:
        """Terms and thanks left, the totals box right, payment instructions under both."""
        y -= 14
        top = y
        box_x = self.right - 240
        right_labels = chance(content, "right_labels", 0.5)
        for label, value, strong in self._total_rows(content):
            last = label == content.labels["amount_due"]
            if last:
                pen.rect(box_x, y - 5, 240, 17, fill=0.88, stroke=False)
            label_x = self.right - 110 if right_labels else box_x + 6
            align: Align = "right" if right_labels else "left"
            pen.text(label_x, y, label, size=9.5 if last else 9, bold=strong, align=align)
            pen.text(self.right - 4, y, value, size=9.5 if last else 9, bold=strong, align="right")
            y -= 17
        note_y = top
        if content.spec.payment_days:
            terms = content.labels["terms"].format(days=content.spec.payment_days)
            pen.text(self.left, note_y, terms, size=8.5)
            note_y -= 12
        pen.text(self.left, note_y, content.labels["thanks"], size=8.5, gray=0.3)
        y = min(y, note_y) - 18
        lines = self._payment_lines(content)
        if lines:
            pen.text(self.left, y, content.labels["pay_instructions"], size=9, bold=True)
            for line in lines:
                y -= 12
                pen.text(self.left, y, line, size=8.5)
        return y - 12

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """Seller and contact centered small; the page count at the right."""
        line = " | ".join([content.seller_name, *contact(content)[1:2]])
        pen.text(self.width / 2, 30, line, size=7, gray=0.4, align="center")
        pen.text(self.right, 30, content.page_label(page, pages), size=7.5, align="right")
