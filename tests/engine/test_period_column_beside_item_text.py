"""Utility statements' charge tables with a column of their own for the billed period.

Conventions:
- An energy bill's calculation prints "Position | Zeitraum | Menge | Einheit | Preis |
  Betrag", the period ("01.01.2023 – 30.06.2023") in its own column under a caption saying
  so (Zeitraum, Period, Période, Periodo, Periode). Neither caption is in the reader's
  vocabulary, but the period names no item: the charge is "Arbeitspreis", the period a detail
  of it, as a separate date column is.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf

_HEAD = [
    (52, 60, "Stadtwerke Beispielstadt GmbH", 10.0),
    (360, 100, "Rechnungsnummer 3024 118 907", 9.0),
    (360, 114, "Rechnungsdatum 19.01.2024", 9.0),
]
_Text = tuple[float, float, str, float]


def _items(texts: list[_Text]) -> list[dict[str, object]]:
    result = extract_canonical(make_aligned_pdf(_HEAD + texts), use_einvoice=False)
    return [
        {k: item.get(k) for k in ("description", "quantity", "unit_price", "amount")}
        for item in result["line_items"]
    ]


def test_period_column_right_of_an_unnamed_position_caption_is_no_part_of_the_name() -> None:
    texts: list[_Text] = [
        (55, 205, "Position", 8.5),
        (179, 205, "Zeitraum", 8.5),
        (312, 205, "Menge", 8.5),
        (344, 205, "Einheit", 8.5),
        (421, 205, "Preis (netto)", 8.5),
        (489, 205, "Betrag (netto)", 8.5),
    ]
    rows = [
        ("Arbeitspreis", "01.01.2023 – 30.06.2023", "1.726", "kWh", "0,3312 €/kWh", "571,65 €"),
        ("Arbeitspreis", "01.07.2023 – 31.12.2023", "1.755", "kWh", "0,2946 €/kWh", "517,02 €"),
        ("Grundpreis", "01.01.2023 – 31.12.2023", "365", "Tage", "0,3945 €/Tag", "143,99 €"),
    ]
    y = 221.0
    for name, period, count, unit, price, amount in rows:
        texts += [
            (55, y, name, 8.5),
            (179, y, period, 8.5),
            (336, y, f">{count}", 8.5),
            (344, y, unit, 8.5),
            (467, y, f">{price}", 8.5),
            (541, y, f">{amount}", 8.5),
        ]
        y += 15
    texts += [(380, y + 12, "Summe netto", 9.0), (541, y + 12, ">1.232,66 €", 9.0)]
    assert _items(texts) == [
        {"description": "Arbeitspreis", "quantity": 1726.0, "unit_price": 0.3312, "amount": 571.65},
        {"description": "Arbeitspreis", "quantity": 1755.0, "unit_price": 0.2946, "amount": 517.02},
        {"description": "Grundpreis", "quantity": 365.0, "unit_price": 0.3945, "amount": 143.99},
    ]
