"""Insurers' and associations' bills caption their item table by the premium: "Kürzel |
Sparte / Leistung | Anzahl | Zeitraum | Beitrag | Jahresbeitrag"."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD = [
    (60, 60, "Nordrhein Gewerbeversicherung AG"),
    (340, 130, "Rechnungs-Nr."),
    (430, 130, "BR-2024-88120"),
    (340, 144, "Datum"),
    (430, 144, "02.01.2024"),
]


def _items(page: list[tuple[float, float, str]]) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def test_premium_columns_head_an_item_table() -> None:
    """ "Beitrag" is the premium of a line's period, "Jahresbeitrag" the line's amount."""
    items = _items(
        [
            *_HEAD,
            (66, 300, "Kürzel"),
            (110, 300, "Sparte / Leistung"),
            (330, 300, "Anzahl"),
            (375, 300, "Zeitraum"),
            (440, 300, "Beitrag"),
            (495, 300, "Jahresbeitrag"),
            (66, 320, "BHV"),
            (110, 320, "Betriebshaftpflicht"),
            (340, 320, "1"),
            (375, 320, "Jahr"),
            (440, 320, "1.184,00"),
            (500, 320, "1.184,00"),
            (66, 336, "INH"),
            (110, 336, "Inhaltsversicherung"),
            (340, 336, "1"),
            (375, 336, "Jahr"),
            (440, 336, "956,40"),
            (500, 336, "956,40"),
            (330, 370, "Nettobeitrag"),
            (500, 370, "2.140,40"),
            (330, 384, "Versicherungsteuer 19 %"),
            (500, 384, "406,68"),
            (330, 398, "Gesamtbeitrag"),
            (500, 398, "2.547,08"),
        ]
    )
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Betriebshaftpflicht", 1.0, 1184.0, 1184.0),
        ("Inhaltsversicherung", 1.0, 956.4, 956.4),
    ]
