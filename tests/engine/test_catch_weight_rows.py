"""Catch-weight rows of a food wholesaler: "Kolli | Stk | Netto-kg | Preis PE | Betrag". A
weighed item is billed by its net weight at a price per kilogram, the pieces are
information; an item priced per piece keeps its count (weighedcounts.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD = [
    (50, 60, "Frischkontor Nord GmbH, Fleetweg 7, 20457 Hamburg"),
    (400, 110, "Rechnung"),
    (400, 124, "Beleg-Nr. FR-20931"),
    (400, 138, "Datum 14.03.2024"),
]


def test_weighed_rows_bill_the_net_weight() -> None:
    rows = [
        (50, 220, "Art.-Nr."),
        (95, 220, "Artikel"),
        (270, 220, "Kolli"),
        (305, 220, "Stk"),
        (330, 220, "Netto-kg"),
        (385, 220, "Preis € PE"),
        (460, 220, "Betrag €"),
        (50, 238, "71120"),
        (95, 238, "Kalbsrücken ohne Knochen"),
        (290, 238, ">1"),
        (320, 238, ">3"),
        (365, 238, ">5,126"),
        (408, 238, ">19,40"),
        (412, 238, "kg"),
        (490, 238, ">99,44"),
        (50, 252, "84410"),
        (95, 252, "Bergkäse 12 Monate am Stück"),
        (290, 252, ">1"),
        (320, 252, ">1"),
        (365, 252, ">2,480"),
        (408, 252, ">16,90"),
        (412, 252, "kg"),
        (490, 252, ">41,91"),
        (50, 266, "52210"),
        (95, 266, "Joghurt natur 1 kg Eimer"),
        (290, 266, ">2"),
        (320, 266, ">12"),
        (408, 266, ">2,35"),
        (412, 266, "Stk"),
        (490, 266, ">28,20"),
        (380, 300, "Summe netto"),
        (490, 300, ">169,55"),
    ]
    pdf = make_invoice_pdf([_HEAD + rows], marks=True, size=8)
    result = extract_canonical(pdf, use_einvoice=False)
    assert [(i.get("quantity"), i["unit_price"], i["amount"]) for i in result["line_items"]] == [
        (5.126, 19.4, 99.44),
        (2.48, 16.9, 41.91),
        (12.0, 2.35, 28.2),
    ]
