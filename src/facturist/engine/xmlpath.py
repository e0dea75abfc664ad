"""E-invoice XML (CII/UBL, Factur-X/ZUGFeRD): exact values via `facturist.engine.einvoice`."""

from __future__ import annotations

from datetime import date
from typing import Any

from facturist.engine.model import ReviewItem, Value


def read_einvoice_safely(data: bytes) -> Any:
    """The parsed e-invoice when the module exists and finds one, else None."""
    try:
        from facturist.engine.einvoice import read_einvoice
    except ImportError:
        return None
    try:
        return read_einvoice(data)
    except Exception:
        return None


def read_attached_einvoice_safely(pdf: Any) -> Any:
    """The e-invoice embedded in a PDF that pdfium has open (Factur-X, ZUGFeRD, XRechnung),
    read from the open document, else None."""
    try:
        from facturist.engine.einvoice import read_einvoice
        from facturist.engine.einvoice.pdf import embedded_xml_in
    except ImportError:
        return None
    try:
        xml = embedded_xml_in(pdf)
        return None if xml is None else read_einvoice(xml)
    except Exception:
        return None


def _get(obj: Any, name: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


_HEADER_KEYS = (
    "document_type",
    "invoice_number",
    "invoice_date",
    "due_date",
    "delivery_date",
    "seller_name",
    "seller_address",
    "seller_vat_id",
    "seller_tax_number",
    "buyer_name",
    "buyer_address",
    "buyer_vat_id",
    "iban",
    "bic",
    "order_number",
    "currency",
    "net_amount",
    "tax_amount",
    "total_amount",
    "amount_due",
    "payment_terms",
)
_LINE_KEYS = ("description", "quantity", "unit", "unit_price", "amount", "vat_rate", "product_code")


def _value(raw: Any) -> Value | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool | str | date):
        return Value(raw, str(raw))
    if isinstance(raw, int | float):
        return Value(raw, str(raw))
    try:
        return Value(float(raw), str(raw))
    except (TypeError, ValueError):
        return Value(str(raw), str(raw))


def canonical_from_einvoice(
    einvoice: Any, pages: list[int]
) -> tuple[dict[str, Value], list[dict[str, Value]]]:
    """Canonical header fields and line items from a parsed e-invoice."""
    fields_source = _get(einvoice, "fields")
    source = fields_source if fields_source is not None else einvoice
    fields: dict[str, Value] = {}
    for key in _HEADER_KEYS:
        value = _value(_get(source, key))
        if value is not None:
            fields[key] = value
    items = []
    for line in _get(einvoice, "lines") or _get(einvoice, "line_items") or []:
        item = {}
        for key in _LINE_KEYS:
            value = _value(_get(line, key))
            if value is not None:
                item[key] = value
        items.append(item)
    return fields, items


def compare_with_visual(exact: dict[str, Value], visual: dict[str, Value]) -> list[ReviewItem]:
    """A review item for each field where the visible page disagrees with the embedded XML."""
    review = []
    for key, value in exact.items():
        seen = visual.get(key)
        if seen is None or key == "document_type":
            continue
        a, b = value.value, seen.value
        if isinstance(a, int | float) and isinstance(b, int | float):
            same = abs(abs(float(a)) - abs(float(b))) <= 0.011
        else:
            same = "".join(ch for ch in str(a).lower() if ch.isalnum()) == "".join(
                ch for ch in str(b).lower() if ch.isalnum()
            )
        if not same:
            review.append(
                ReviewItem(
                    f"The page shows {seen.text or b!r} for {key} but the embedded XML says {a!r}.",
                    (key,),
                )
            )
    return review
