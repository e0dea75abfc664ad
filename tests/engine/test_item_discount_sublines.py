"""A discount worked out under an item's name ("Rabatt 8 % von 1.200,00: -96,00"), its
negative sum in the name column: the row's amount already nets it, so the line is no part of
the item's description."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD = [
    (50, 60, "Muster IT-Services OG"),
    (350, 130, "Rechnungsnummer"),
    (450, 130, "R-2025-114"),
    (350, 144, "Rechnungsdatum"),
    (450, 144, "03.03.2025"),
    (50, 220, "Bezeichnung"),
    (290, 220, "Menge"),
    (370, 220, "Einzelpreis"),
    (470, 220, "Gesamt"),
]


def test_discount_subline_stays_out_of_the_description() -> None:
    rows = [
        (50, 240, "Notebook mit Dockingstation"),
        (70, 253, "Rabatt 8 % von 1.200,00: -96,00"),
        (300, 240, "4"),
        (380, 240, "276,00"),
        (470, 240, "1.104,00"),
        (50, 268, "Headset kabellos"),
        (300, 268, "2"),
        (380, 268, "50,00"),
        (470, 268, "100,00"),
        (350, 320, "Summe netto"),
        (470, 320, "1.204,00"),
    ]
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Notebook mit Dockingstation", 1104.0),
        ("Headset kabellos", 100.0),
    ]
