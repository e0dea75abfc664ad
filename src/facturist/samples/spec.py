"""The made-up invoice as data: what a sample document shows and what its truth file says."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from facturist.samples.words import Address

DocumentType = Literal["invoice", "credit_note"]

# The header keys of /shared/eval/TRUTH.md, in its order.
TRUTH_FIELD_KEYS: tuple[str, ...] = (
    "document_type",
    "invoice_number",
    "invoice_date",
    "due_date",
    "seller_name",
    "seller_vat_id",
    "seller_address",
    "buyer_name",
    "currency",
    "net_amount",
    "tax_amount",
    "total_amount",
    "amount_due",
    "iban",
)


@dataclass(frozen=True)
class LineItem:
    """One table row. `amount` is quantity x unit_price less `discount` percent, in cents
    (negative on credit notes); `unit` and `code` are printed only by some layouts."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    vat_rate: Decimal
    discount: Decimal = Decimal(0)
    unit: str = ""
    code: str = ""

    def truth(self) -> dict[str, Any]:
        """The row in the truth-file shape (numbers as JSON floats)."""
        return {
            "description": self.description,
            "quantity": float(self.quantity),
            "unit_price": float(self.unit_price),
            "amount": float(self.amount),
            "vat_rate": float(self.vat_rate),
        }


@dataclass(frozen=True)
class Party:
    """Seller or buyer: name, postal address and VAT id as printed (None when not shown)."""

    name: str
    address: Address
    vat_id: str | None = None


@dataclass(frozen=True)
class TaxGroup:
    """Net base and tax for one VAT rate."""

    rate: Decimal
    base: Decimal
    tax: Decimal


@dataclass
class InvoiceSpec:
    """A complete made-up invoice. Amounts are exact Decimals; `fields()` gives the truth."""

    seed: int
    locale: str
    language: str
    layout: str
    document_type: DocumentType
    invoice_number: str
    invoice_date: date
    due_date: date | None
    seller: Party
    buyer: Party
    currency: str
    line_items: list[LineItem]
    tax_groups: list[TaxGroup]
    net_amount: Decimal
    tax_amount: Decimal
    total_amount: Decimal
    paid_amount: Decimal
    amount_due: Decimal
    iban: str | None
    bic: str | None
    bank_name: str | None
    customer_number: str
    order_number: str | None
    original_invoice: str | None  # credit notes: the invoice they correct
    payment_days: int | None
    long_dates: bool
    logo: bool
    phone: str
    alternatives: dict[str, list[str]] = field(default_factory=dict)
    # Printed only by some layouts: a delivery address and a delivery (sale) date.
    ship_to: Party | None = None
    delivery_date: date | None = None

    @property
    def seller_name(self) -> str:
        """Seller's name, as printed."""
        return self.seller.name

    @property
    def seller_vat_id(self) -> str | None:
        """Seller's VAT id, as printed."""
        return self.seller.vat_id

    @property
    def seller_address(self) -> str:
        """Seller's postal address on one line."""
        return self.seller.address.one_line()

    @property
    def buyer_name(self) -> str:
        """Buyer's name, as printed."""
        return self.buyer.name

    def fields(self) -> dict[str, Any]:
        """The header truth: exactly the TRUTH.md keys, JSON-ready (ISO dates, float amounts)."""
        values: dict[str, Any] = {
            "document_type": self.document_type,
            "invoice_number": self.invoice_number,
            "invoice_date": self.invoice_date.isoformat(),
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "seller_name": self.seller.name,
            "seller_vat_id": self.seller.vat_id,
            "seller_address": self.seller_address,
            "buyer_name": self.buyer.name,
            "currency": self.currency,
            "net_amount": float(self.net_amount),
            "tax_amount": float(self.tax_amount),
            "total_amount": float(self.total_amount),
            "amount_due": float(self.amount_due),
            "iban": self.iban,
        }
        return {key: values[key] for key in TRUTH_FIELD_KEYS}

    def truth(self) -> dict[str, Any]:
        """The TRUTH.md document shape, less `id` and `document` (the corpus writer adds them)."""
        return {
            "kind": "receipt" if self.layout == "receipt" else "invoice",
            "family": f"facturist-samples/{self.layout}",
            "language": self.language,
            "locale": self.locale,
            "einvoice": None,
            "fields": self.fields(),
            "line_items": [item.truth() for item in self.line_items],
            "alternatives": dict(self.alternatives),
        }
