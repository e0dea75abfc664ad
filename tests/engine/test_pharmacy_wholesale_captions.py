"""Pharmacy wholesalers' item tables: "Artikelbezeichnung / Charge" heads the item's name
with its batch on a second line (one text column, not a fee column cutting the names), and
"AEP €" (Apothekeneinkaufspreis) heads the unit price beside a discount column."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

# (name, batch line, quantity, price, discount or "", amount)
_ROWS = [
    ("Ibuprofen AL 400 mg Filmtabletten 50 St", "12", "34,82", "", "417,84"),
    ("Pantoprazol Heumann 20 mg Tabletten 20 St", "1", "11,42", "5,0", "10,85"),
    ("Cetirizin ADGC 10 mg Filmtabletten N3", "1", "36,54", "7,5", "33,80"),
    ("Voltaren Schmerzgel forte 23,2 mg/g 100 g", "10", "3,56", "5,0", "33,82"),
]


_FIGURES = ("quantity", "unit_price", "amount")


def _invoice(description: str, price: str) -> CanonicalInvoice:
    page = [
        Drawn(40, 50, "Apothekengroßhandlung Kessler & Co. GmbH", size=12),
        Drawn(40, 64, "Billwerder Neuer Deich 72, 20539 Hamburg", size=9),
        Drawn(40, 120, "Linden-Apotheke", size=10),
        Drawn(40, 133, "Lindenallee 19, 22869 Schenefeld", size=10),
        Drawn(360, 120, "Rechnung Nr. R 24 0318", size=10),
        Drawn(360, 133, "Datum 18.03.2024", size=10),
        Drawn(40, 200, "PZN", size=9, bold=True),
        Drawn(94, 200, description, size=9, bold=True),
        Drawn(374, 200, "Menge", size=9, bold=True, align="right"),
        Drawn(432, 200, price, size=9, bold=True, align="right"),
        Drawn(467, 200, "Rab. %", size=9, bold=True, align="right"),
        Drawn(528, 200, "Netto €", size=9, bold=True, align="right"),
    ]
    for index, (name, qty, unit, discount, amount) in enumerate(_ROWS):
        y = 222 + 26 * index
        page += [
            Drawn(40, y, f"1066820{index}", size=9),
            Drawn(94, y, name, size=9),
            Drawn(100, y + 10, f"Ch.-B.: V83023{index}  verw. bis 09/2026", size=7),
            Drawn(374, y, qty, size=9, align="right"),
            Drawn(432, y, unit, size=9, align="right"),
            Drawn(528, y, amount, size=9, align="right"),
        ]
        if discount:
            page.append(Drawn(467, y, discount, size=9, align="right"))
    page += [
        Drawn(380, 360, "Nettobetrag", size=9),
        Drawn(528, 360, "495,31", size=9, align="right"),
        Drawn(380, 373, "MwSt 19 %", size=9),
        Drawn(528, 373, "94,11", size=9, align="right"),
        Drawn(380, 386, "Rechnungsbetrag", size=9),
        Drawn(528, 386, "589,42", size=9, align="right"),
    ]
    return analysed(make_pdf(page))


def test_batch_after_slash_is_part_of_the_description_column() -> None:
    items = _invoice("Artikelbezeichnung / Charge", "Einzelpreis").items
    assert [item["description"].value for item in items] == [row[0] for row in _ROWS]


def test_pharmacy_purchase_price_caption_heads_the_unit_price() -> None:
    items = _invoice("Artikelbezeichnung", "AEP €").items
    figures = [tuple(float(str(item[key].value)) for key in _FIGURES) for item in items]
    assert figures == [
        (12.0, 34.82, 417.84),
        (1.0, 11.42, 10.85),
        (1.0, 36.54, 33.80),
        (10.0, 3.56, 33.82),
    ]
