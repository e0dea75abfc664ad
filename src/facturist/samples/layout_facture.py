"""The French / Belgian services invoice: "FACTURE N°" top right, the client's block under it,
a Désignation / Qté / P.U. HT / Montant HT table, Total HT / TVA / Total TTC / Net à payer,
payment conditions and the late-payment notice, and the seller's register and VAT number
(SIRET, RCS, APE, TVA intracommunautaire) only in the footer."""

from __future__ import annotations

from typing import ClassVar

from facturist.samples.checksums import group_iban
from facturist.samples.content import Content
from facturist.samples.layout_base import Column, Layout
from facturist.samples.layout_kit import chance, choose, contact, money, registration
from facturist.samples.pen import Pen


class FactureLayout(Layout):
    """Seller with logo top left (no VAT number there), the title and number top right over
    the dates, the client block at the right, a shaded table head, stacked totals ending in
    the amount to pay, then conditions; register and VAT number in the footer."""

    name: ClassVar[str] = "facture"
    margin: ClassVar[float] = 48
    size: ClassVar[float] = 8.5
    bottom: ClassVar[float] = 95

    def first_header(self, pen: Pen, content: Content) -> float:
        """Seller left; title + number and dates right; client block below them."""
        spec, labels, loc = content.spec, content.labels, content.loc
        x = self.left
        if content.logo:
            pen.logo(x, self.top - 36, 36, content.initials, content.logo_style)
            y = self.top - 52
        else:
            y = self.top - 16
        pen.text(self.left, y, content.seller_name, size=12, bold=True)
        y -= 13
        for line in [
            *content.seller_lines,
            *contact(content)[: choose(content, "contact", (1, 3))],
        ]:
            pen.text(self.left, y, line, size=8)
            y -= 10
        title = content.title.upper() if chance(content, "upper", 0.7) else content.title
        if chance(content, "title_number", 0.6):
            # "FACTURE N° F2024-0012" as one heading.
            word = _NUMBER_WORD.get(loc.language, "No.")
            heading = f"{title} {word} {spec.invoice_number}"
            pen.text(self.right, self.top - 18, heading, size=15, bold=True, align="right")
            meta = list(content.meta[1:])
        else:
            pen.text(self.right, self.top - 18, title, size=18, bold=True, align="right")
            meta = list(content.meta)
        right = self.top - 36
        for label, value in meta:
            colon = " :" if loc.language == "fr" else ":"
            pen.text(self.right - 200, right, f"{label}{colon}", size=8.5)
            pen.text(self.right, right, value, size=8.5, bold=True, align="right")
            right -= 11
        box_x = self.left + 290
        box_top = min(right, y) - 14
        lines = [content.buyer_name, *content.buyer_lines]
        if content.buyer_vat:
            lines.append(content.buyer_vat)
        height = 18 + 11 * len(lines)
        pen.rect(box_x - 8, box_top - height, self.right - box_x + 8, height, fill=0.95, width=0)
        pen.text(box_x, box_top - 10, labels["bill_to"], size=7, gray=0.45)
        low = self.party(pen, box_x, box_top - 22, content.buyer_name, content.buyer_lines,
                         content.buyer_vat)  # fmt: skip
        return low - 20

    def table_head(self, pen: Pen, content: Content, columns: list[Column], y: float) -> float:
        """A shaded band of captions."""
        pen.rect(self.left, y - 16, self.right - self.left, 16, fill=0.85, width=0)
        for col in columns:
            pen.text(col.anchor(), y - 11, content.header(col.label), size=8, bold=True,
                     align=col.align)  # fmt: skip
        return y - 20

    def totals_height(self, content: Content) -> float:
        """Totals, conditions, bank lines and the notice."""
        return 14 * (len(content.totals) + 2) + 11 * 8 + 30

    def totals(self, pen: Pen, content: Content, y: float) -> float:
        """Stacked totals; a bold line for what is to pay; then conditions and the notice."""
        spec, labels = content.spec, content.labels
        lines = [(labels["net"], money(content, spec.net_amount), False)]
        for group in spec.tax_groups:
            lines.append((f"{labels['vat']} {content.loc.percent(group.rate)}",
                          money(content, group.tax), False))  # fmt: skip
        lines.append((labels["total"], money(content, spec.total_amount), True))
        if spec.paid_amount:
            lines.append((labels["paid"], money(content, -spec.paid_amount), False))
        if spec.paid_amount or chance(content, "net_a_payer", 0.6):
            lines.append((labels["amount_due"], money(content, spec.amount_due), True))
        y -= 6
        for label, value, strong in lines:
            y -= 14
            if strong:
                pen.rect(self.right - 200, y - 4, 200, 14, fill=0.9, width=0)
            pen.text(self.right - 196, y, label, size=9, bold=strong)
            pen.text(self.right - 3, y, value, size=9, bold=strong, align="right")
        y -= 24
        notes = []
        if spec.payment_days:
            notes.append(
                f"{labels['conditions']} : {labels['terms'].format(days=spec.payment_days)}"
            )
        if spec.iban:
            notes.append(
                f"{labels['iban']} : {group_iban(spec.iban)}   {labels['bic']} : {spec.bic}"
            )
        for line in notes:
            pen.text(self.left, y, line, size=8)
            y -= 11
        for line in pen.wrap(labels["penalty"], self.right - self.left, 6.5):
            pen.text(self.left, y, line, size=6.5, gray=0.4)
            y -= 8
        return y

    def footer(self, pen: Pen, content: Content, page: int, pages: int) -> None:
        """Legal form, register numbers and the VAT number, centred in small print."""
        vat = content.spec.seller.vat_id
        text = " - ".join([content.seller_name, *registration(content)])
        lines = pen.wrap(text, self.right - self.left, 6.5)
        if vat:
            lines.append(f"{content.labels['vat_footer']} : {vat}")  # a line of its own
        y = 62.0
        for line in lines:
            pen.text(self.width / 2, y, line, size=6.5, gray=0.3, align="center")
            y -= 8
        pen.text(self.right, 30, content.page_label(page, pages), size=7, align="right")


# The word between the title and the number in a "FACTURE N° 123" heading.
_NUMBER_WORD = {
    "fr": "N°", "es": "Nº", "it": "N.", "pt": "N.º", "en": "No.", "de": "Nr.", "nl": "nr.",
    "pl": "nr",
}  # fmt: skip
