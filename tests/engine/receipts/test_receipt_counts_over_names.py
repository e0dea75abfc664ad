"""German till rolls printing a count or a weight over the item's name line (round 58,
photos208): "2 x 0,89" over "Joghurt natur 500g  1,78 B", "1,235 kg x 1,69 EUR/kg" over
"Bananen  2,09 B", "6 x 0,25" over "Pfand 0,25  1,50 A" (the deposit's own price in its
name)."""

from __future__ import annotations

from .test_receipt_items import items_of

_ROLL = [
    "FRISCHEMARKT LINDNER",
    "Hauptstraße 112",
    "91054 Erlangen",
    "EUR",
    "Vollmilch 3,5% 1L || 1,19 B",
    "2 × 0,89",
    "Joghurt natur 500g || 1,78 B",
    "1,235 kg × 1,69 EUR/kg",
    "Bananen || 2,09 B",
    "Kaffee Crema Bohne 1kg || 14,99 B",
    "6 x 0,25",
    "Pfand 0,25 || 1,50 A",
    "SUMME || 21,55",
    "Geg. girocard || 21,55",
    "MwSt % Netto Steuer Brutto",
    "A 19,0 || 1,26 0,24 1,50",
    "B 7,0 || 18,74 1,31 20,05",
]


def test_counts_and_weights_over_the_name_line_price_the_item_below() -> None:
    assert items_of(_ROLL) == [
        ("Vollmilch 3,5% 1L", 1.0, 1.19, 1.19),
        ("Joghurt natur 500g", 2.0, 0.89, 1.78),
        ("Bananen", 1.235, 1.69, 2.09),
        ("Kaffee Crema Bohne 1kg", 1.0, 14.99, 14.99),
        ("Pfand 0,25", 6.0, 0.25, 1.50),
    ]
