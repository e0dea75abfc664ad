"""automotive215: a repair shop's order — labour under hours and a technician, parts."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pages


def _items(*pages: list[SizedText]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = extract_canonical(make_aligned_pages(*pages), use_einvoice=False)[
        "line_items"
    ]
    return items


_SHOP: list[SizedText] = [
    (195, 45, "PRAIRIE TRUCK & AUTO", 12),
    (195, 62, "88 Main St · Wichita, KS 67202", 8),
    (36, 105, "John Carter", 9),
    (353, 105, "INVOICE", 9),
    (440, 105, "40771", 9),
    (353, 117, "DATE", 8),
    (439, 117, "03/11/2024", 8),
]

_LABOUR: list[SizedText] = [
    (36, 200, "LABOR", 8),
    (373, 200, "HOURS", 8),
    (418, 200, "TECH", 8),
    (537, 200, "AMOUNT", 8),
    (42, 216, "Replace front brake pads and rotors", 8),
    (403, 216, ">1.5", 8),
    (418, 216, "MK", 8),
    (576, 216, ">180.00", 8),
    (42, 229, "Flush brake fluid", 8),
    (403, 229, ">0.5", 8),
    (418, 229, "MK", 8),
    (576, 229, ">60.00", 8),
    (42, 240, "Labor rate $120.00/hr", 6.5),
]

_PARTS: list[SizedText] = [
    (36, 270, "PARTS", 8),
    (93, 270, "QTY", 8),
    (186, 270, "DESCRIPTION", 8),
    (453, 270, "PRICE", 8),
    (529, 270, "EXTENDED", 8),
    (111, 286, ">2", 8),
    (186, 286, "Brake rotor front", 8),
    (475, 286, ">64.50", 8),
    (576, 286, ">129.00", 8),
    (111, 297, ">1", 8),
    (186, 297, "Brake fluid DOT 4", 8),
    (475, 297, ">11.00", 8),
    (576, 297, ">11.00", 8),
]

_TOTALS: list[SizedText] = [
    (36, 306, "Parts are new unless otherwise specified. Sales tax", 8),
    (36, 318, "applies to parts only. Labor is not taxable in Kansas", 8),
    (36, 329, "for motor vehicle repair.", 8),
    (365, 306, "PARTS", 8),
    (571, 306, ">140.00", 8),
    (365, 318, "LABOR", 8),
    (571, 318, ">240.00", 8),
    (365, 329, "SUBTOTAL", 8),
    (571, 329, ">380.00", 8),
    (365, 341, "SALES TAX 7.5%", 8),
    (571, 341, ">10.50", 8),
    (365, 353, "TOTAL INVOICE", 8),
    (571, 353, ">$390.50", 8),
]


def test_labour_rows_under_hours_and_a_technician_beside_the_parts() -> None:
    items = _items([*_SHOP, *_LABOUR, *_PARTS, *_TOTALS])
    got = [(i["description"], i["quantity"], i["amount"]) for i in items]
    assert got == [
        ("Replace front brake pads and rotors", 1.5, 180.0),
        ("Flush brake fluid", 0.5, 60.0),
        ("Brake rotor front", 2.0, 129.0),
        ("Brake fluid DOT 4", 1.0, 11.0),
    ]
