"""Everything a layout prints, as ready-made strings in the invoice's own language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from facturist.samples.checksums import group_iban
from facturist.samples.labels_extra import labels_for
from facturist.samples.locales import Locale, get_locale, printable
from facturist.samples.spec import InvoiceSpec


@dataclass(frozen=True)
class Row:
    """One table row, formatted."""

    description: str
    quantity: str
    unit_price: str
    vat_rate: str
    amount: str
    # Columns only some layouts print.
    position: str = ""
    code: str = ""
    unit: str = ""
    discount: str = ""
    vat_amount: str = ""
    gross: str = ""


@dataclass(frozen=True)
class Content:
    """The strings of one invoice, grouped the way layouts place them."""

    labels: dict[str, str]
    title: str
    invoice_number: str
    seller_name: str
    seller_lines: list[str]
    seller_vat: str | None
    seller_contact: str
    buyer_name: str
    buyer_lines: list[str]
    buyer_vat: str | None
    meta: list[tuple[str, str]]
    rows: list[Row]
    totals: list[tuple[str, str, bool]]
    payment: list[str]
    initials: str
    logo: bool
    logo_style: int
    mixed_rates: bool
    spec: InvoiceSpec  # for layouts that arrange the figures their own way
    loc: Locale

    def page_label(self, page: int, pages: int) -> str:
        """'Page 1 of 2' in the invoice's language."""
        return self.labels["page"].format(n=page, total=pages)

    def header(self, key: str) -> str:
        """A column or block label."""
        return self.labels[key]


def _date(loc: Locale, day: date, long: bool) -> str:
    return loc.format_date(day, long=long)


def build_content(spec: InvoiceSpec) -> Content:
    """Format every printed string of `spec` with its locale's conventions."""
    loc = get_locale(spec.locale)
    worded = {**loc.labels, **labels_for(spec.layout, loc.language, spec.seed)}
    if loc.country == "US":
        # The US charges sales tax, not VAT: the language's shared captions say "VAT".
        worded = {key: re.sub(r"\bVAT\b", "Tax", text) for key, text in worded.items()}
    labels = {key: printable(value) for key, value in worded.items()}
    credit = spec.document_type == "credit_note"
    meta = [
        (labels["credit_note_number" if credit else "invoice_number"], spec.invoice_number),
        (labels["invoice_date"], _date(loc, spec.invoice_date, spec.long_dates)),
    ]
    if spec.due_date is not None:
        meta.append((labels["due_date"], _date(loc, spec.due_date, spec.long_dates)))
    meta.append((labels["customer_number"], spec.customer_number))
    if spec.order_number:
        meta.append((labels["order_number"], spec.order_number))
    if spec.original_invoice:
        meta.append((labels["original_invoice"], spec.original_invoice))

    rows = []
    for index, item in enumerate(spec.line_items, start=1):
        # VAT per line, rounded per line, as line-VAT layouts print it.
        line_vat = (item.amount * item.vat_rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        rows.append(
            Row(
                item.description,
                loc.quantity(item.quantity),
                loc.money(item.unit_price, sign=False),
                loc.percent(item.vat_rate),
                loc.money(item.amount, sign=False),
                position=str(index),
                code=item.code,
                unit=item.unit,
                discount=loc.percent(item.discount) if item.discount else "",
                vat_amount=loc.money(line_vat, sign=False),
                gross=loc.money(item.amount + line_vat, sign=False),
            )
        )
    totals: list[tuple[str, str, bool]] = [(labels["net"], loc.money(spec.net_amount), False)]
    for group in spec.tax_groups:
        label = f"{labels['vat']} {loc.percent(group.rate)}"
        if len(spec.tax_groups) > 1:
            label += f" ({loc.money(group.base, sign=False)})"
        totals.append((label, loc.money(group.tax), False))
    totals.append((labels["total"], loc.money(spec.total_amount), not spec.paid_amount))
    if spec.paid_amount:
        totals.append((labels["paid"], loc.money(-spec.paid_amount), False))
        totals.append((labels["amount_due"], loc.money(spec.amount_due), True))

    payment: list[str] = []
    if spec.payment_days:
        payment.append(labels["terms"].format(days=spec.payment_days))
    if spec.iban:
        payment.append(f"{labels['bank']}: {spec.bank_name}")
        payment.append(f"{labels['iban']}: {group_iban(spec.iban)}")
        payment.append(f"{labels['bic']}: {spec.bic}")
    seller_vat = f"{labels['vat_id']}: {spec.seller.vat_id}" if spec.seller.vat_id else None
    buyer_vat = f"{labels['vat_id']}: {spec.buyer.vat_id}" if spec.buyer.vat_id else None
    return Content(
        labels=labels,
        title=labels["credit_note" if credit else "invoice"],
        invoice_number=spec.invoice_number,
        seller_name=spec.seller.name,
        seller_lines=spec.seller.address.lines(),
        seller_vat=seller_vat,
        seller_contact=f"{labels['phone']} {spec.phone}",
        buyer_name=spec.buyer.name,
        buyer_lines=spec.buyer.address.lines(),
        buyer_vat=buyer_vat,
        meta=meta,
        rows=rows,
        totals=totals,
        payment=payment,
        initials="".join(word[0] for word in spec.seller.name.split() if word[0].isalpha())[
            :2
        ].upper(),
        logo=spec.logo,
        logo_style=spec.seed % 3,
        mixed_rates=len(spec.tax_groups) > 1,
        spec=spec,
        loc=loc,
    )
