"""Small traders caption their item table with their goods and a per-unit phrase ("Menge |
Wein | je Flasche | Betrag") instead of "Bezeichnung" and "Einzelpreis"."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD: list[tuple[float, float, str]] = [
    (62.0, 60.0, "Weinhandlung am Burgweg GmbH"),
    (350.0, 130.0, "Rechnung Nr. 2014-1187"),
    (350.0, 144.0, "Datum: 09.12.2014"),
]


def _items(text_caption: str, price_caption: str) -> list[tuple[object, ...]]:
    rows = [
        (62.0, 220.0, "Menge"),
        (108.0, 220.0, text_caption),
        (411.0, 220.0, price_caption),
        (506.0, 220.0, "Betrag"),
        (70.0, 240.0, "12"),
        (108.0, 240.0, "2012 Spätburgunder Spätlese trocken"),
        (430.0, 240.0, "16,50"),
        (504.0, 240.0, "198,00"),
        (74.0, 254.0, "6"),
        (108.0, 254.0, "2013 Riesling Kabinett feinherb"),
        (435.0, 254.0, "9,80"),
        (509.0, 254.0, "58,80"),
        (402.0, 280.0, "Nettobetrag"),
        (503.0, 280.0, "256,80"),
    ]
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    return [
        (i["description"], i["quantity"], i["unit_price"], i["amount"])
        for i in result["line_items"]
    ]


_EXPECTED = [
    ("2012 Spätburgunder Spätlese trocken", 12.0, 16.5, 198.0),
    ("2013 Riesling Kabinett feinherb", 6.0, 9.8, 58.8),
]


def test_goods_and_price_per_unit_captions() -> None:
    assert _items("Wein", "je Flasche") == _EXPECTED


def test_text_column_captioned_with_the_goods() -> None:
    assert _items("Wein", "Einzelpreis") == _EXPECTED
