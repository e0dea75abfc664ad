"""The field catalogue: canonical keys (EN 16931-like), their kinds and prompt synonyms."""

from __future__ import annotations

from dataclasses import dataclass

from facturist.engine.model import ColumnKind, ColumnLevel


@dataclass(frozen=True)
class FieldSpec:
    """A catalogue field: key, default column name, kind, level and English prompt synonyms."""

    key: str
    name: str
    kind: ColumnKind
    level: ColumnLevel
    synonyms: tuple[str, ...]


def _spec(key: str, name: str, kind: ColumnKind, synonyms: str) -> FieldSpec:
    level: ColumnLevel = "line" if key.startswith("line.") else "invoice"
    return FieldSpec(key, name, kind, level, tuple(s.strip() for s in synonyms.split("|")))


# Order matters twice: the longest matching synonym wins, and ties go to the earlier entry.
CATALOGUE: tuple[FieldSpec, ...] = (
    _spec("document_type", "Document Type", "text", "document type|type of document|doc type"),
    _spec(
        "invoice_number",
        "Invoice Number",
        "text",
        "invoice number|invoice no|invoice #|invoice id|bill number|receipt number|document number"
        "|number of the invoice|invoice num|inv no|inv number|credit note number|reference number",
    ),
    _spec(
        "invoice_date",
        "Invoice Date",
        "date",
        "invoice date|date of invoice|issue date|date issued|billing date|document date|"
        "receipt date"
        "|date|dated|invoice dates",
    ),
    _spec(
        "due_date", "Due Date", "date", "due date|payment due date|payment date due|date due|due"
    ),
    _spec(
        "delivery_date",
        "Delivery Date",
        "date",
        "delivery date|service date|date of delivery|date of service|supply date|shipping date",
    ),
    _spec(
        "seller_name",
        "Vendor Name",
        "text",
        "vendor name|vendor|supplier name|supplier|seller name|seller|merchant name|merchant"
        "|company name|issuer|from|store name|store|shop|payee|biller|provider",
    ),
    _spec(
        "seller_address",
        "Vendor Address",
        "text",
        "vendor address|supplier address|seller address|merchant address|company address"
        "|store address|address",
    ),
    _spec(
        "seller_vat_id",
        "Vendor VAT ID",
        "text",
        "vendor vat id|vendor vat number|supplier vat|seller vat|vat id|vat number|vat registration"
        "|vat reg no|tax id|ust-idnr|gst number|gst id|gst reg no|vendor tax id|supplier tax id",
    ),
    _spec(
        "seller_tax_number",
        "Vendor Tax Number",
        "text",
        "tax number|steuernummer|company registration number|registration number",
    ),
    _spec(
        "buyer_name",
        "Customer Name",
        "text",
        "customer name|customer|buyer name|buyer|client name|client|bill to|billed to|sold to"
        "|recipient|purchaser",
    ),
    _spec(
        "buyer_address",
        "Customer Address",
        "text",
        "customer address|buyer address|billing address|client address|bill to address"
        "|shipping address|delivery address",
    ),
    _spec(
        "buyer_vat_id",
        "Customer VAT ID",
        "text",
        "customer vat id|buyer vat id|customer vat number|buyer vat number|customer tax id",
    ),
    _spec("iban", "IBAN", "text", "iban|bank account|account number|bank details"),
    _spec("bic", "BIC", "text", "bic|swift|swift code|bic code"),
    _spec(
        "order_number",
        "Order Number",
        "text",
        "order number|po number|purchase order|order no|order reference|po",
    ),
    _spec("currency", "Currency", "text", "currency|currency code"),
    _spec(
        "net_amount",
        "Net Amount",
        "number",
        "net amount|net total|subtotal|sub total|sub-total|amount before tax|total before tax"
        "|total excluding vat|total excl vat|net|taxable amount|amount excluding tax",
    ),
    _spec(
        "tax_amount",
        "Tax Amount",
        "number",
        "tax amount|vat amount|total tax|total vat|sales tax|gst amount|gst|vat|tax|tax total",
    ),
    _spec(
        "total_amount",
        "Total Amount",
        "number",
        "total amount|grand total|invoice total|total|amount|gross amount|total including vat"
        "|total incl vat|total incl tax|gross total|total price|sum|total value|invoice amount",
    ),
    _spec(
        "amount_due",
        "Amount Due",
        "number",
        "amount due|balance due|amount payable|amount to pay|balance|outstanding amount|"
        "due amount|payable",
    ),
    _spec("payment_terms", "Payment Terms", "text", "payment terms|terms of payment|terms"),
    _spec(
        "line.description",
        "Description",
        "text",
        "description|item description|line item description|product description|item|items"
        "|product|products|service|services|article|item name|product name|line items|line item",
    ),
    _spec("line.quantity", "Quantity", "number", "quantity|qty|quantities|units ordered|count"),
    _spec("line.unit", "Unit", "text", "unit of measure|unit|uom"),
    _spec(
        "line.unit_price",
        "Unit Price",
        "number",
        "unit price|price per unit|price each|unit cost|rate|price|item price|unit prices",
    ),
    _spec(
        "line.amount",
        "Line Amount",
        "number",
        "line amount|line total|item total|item amount|line item amount|amount per line|"
        "line net amount",
    ),
    _spec(
        "line.vat_rate",
        "VAT Rate",
        "number",
        "vat rate|tax rate|vat %|tax %|gst rate|vat percentage",
    ),
    _spec(
        "line.product_code",
        "Product Code",
        "text",
        "product code|item code|sku|article number|part number|item number|product id",
    ),
)

BY_KEY: dict[str, FieldSpec] = {spec.key: spec for spec in CATALOGUE}

DEFAULT_INVOICE_KEYS: tuple[str, ...] = (
    "invoice_number",
    "invoice_date",
    "due_date",
    "seller_name",
    "seller_vat_id",
    "buyer_name",
    "currency",
    "net_amount",
    "tax_amount",
    "total_amount",
)
DEFAULT_LINE_KEYS: tuple[str, ...] = (
    "line.description",
    "line.quantity",
    "line.unit_price",
    "line.amount",
)
