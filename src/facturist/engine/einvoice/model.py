"""The canonical e-invoice record shared by the CII and UBL readers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Literal

from lxml import etree

Syntax = Literal["CII", "ZUGFeRD1", "UBL"]

# UNTDID 1001 document type codes that mean a credit note; everything else is an invoice.
CREDIT_NOTE_TYPE_CODES = frozenset(
    {"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"}
)


@dataclass
class EInvoice:
    """Fields of a structured e-invoice under the catalogue's canonical keys.

    `fields` holds invoice-level values (dates as `date`, amounts as `Decimal`, the rest as
    `str`); `line_items` one dict per line; `tax_breakdown` one dict per VAT rate.
    """

    syntax: Syntax
    fields: dict[str, object] = field(default_factory=dict)
    line_items: list[dict[str, object]] = field(default_factory=list)
    tax_breakdown: list[dict[str, object]] = field(default_factory=list)
    profile: str = ""


def safe_xml_parser() -> etree.XMLParser:
    """An lxml parser that never fetches anything and never expands entities."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes) -> etree._Element | None:
    """Parse XML safely; None when it is not well-formed."""
    try:
        root = etree.fromstring(data, parser=safe_xml_parser())
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root if isinstance(root.tag, str) else None


def local_name(element: etree._Element) -> str:
    """The tag without its namespace."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def children(element: etree._Element | None, *names: str) -> list[etree._Element]:
    """Direct children whose local name is one of `names`."""
    if element is None:
        return []
    return [child for child in element if local_name(child) in names]


def child(element: etree._Element | None, *path: str | tuple[str, ...]) -> etree._Element | None:
    """Follow a path of local names (a tuple is a choice between versions' names)."""
    current = element
    for step in path:
        names = step if isinstance(step, tuple) else (step,)
        found = children(current, *names)
        if not found:
            return None
        current = found[0]
    return current


def text_at(element: etree._Element | None, *path: str | tuple[str, ...]) -> str | None:
    """The stripped text at a path, or None when absent or empty."""
    target = child(element, *path)
    if target is None or target.text is None:
        return None
    # Inner line breaks stay: multi-line names and descriptions are printed that way.
    value = target.text.strip()
    return value or None


def decimal_at(element: etree._Element | None, *path: str | tuple[str, ...]) -> Decimal | None:
    """The number at a path as a Decimal, or None."""
    value = text_at(element, *path)
    if value is None:
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def parse_xml_date(value: str | None, date_format: str | None = "102") -> date | None:
    """A date written as CCYYMMDD (format 102) or ISO CCYY-MM-DD; other formats are None."""
    if not value:
        return None
    digits = value.strip()
    try:
        if date_format in (None, "102") and len(digits) == 8 and digits.isdigit():
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
        if len(digits) >= 10 and digits[4] == "-" and digits[7] == "-":
            return date.fromisoformat(digits[:10])
    except ValueError:
        return None
    return None


def join_address(parts: list[str | None]) -> str | None:
    """Address parts in invoice order, empty ones left out, joined with ", "."""
    kept = [part for part in parts if part]
    return ", ".join(kept) if kept else None


def unit_price(
    price: Decimal | None,
    base_quantity: Decimal | None,
    quantity: Decimal | None,
    amount: Decimal | None,
) -> Decimal | None:
    """The net price of one unit: the price divided by its base quantity (BT-149).

    Some generators repeat the billed quantity as the base quantity while stating the price
    per unit; when the line amount shows that, the division is skipped.
    """
    if price is None or base_quantity is None or base_quantity in (0, 1):
        return price
    per_unit = price / base_quantity
    if quantity is not None and amount is not None:
        tolerance = Decimal("0.01") * max(Decimal(1), abs(quantity))
        if abs(price * quantity - amount) <= tolerance < abs(per_unit * quantity - amount):
            return price
    rounded = per_unit.quantize(Decimal("0.0001"))
    return per_unit if per_unit == rounded else rounded


def is_placeholder_line(line: dict[str, object]) -> bool:
    """Section titles and notes written as lines: no quantity, no price, no amount."""
    numbers = [line.get(key) for key in ("quantity", "unit_price", "amount")]
    return all(value is None or value == 0 for value in numbers)
