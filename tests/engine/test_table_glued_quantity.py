"""A long name running into the quantity right-aligned beside it: the text layer holds no
space between them ("(nicht ausgeführt)-0,50 Std."), the quantity is still read."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf


def test_fractional_quantity_glued_onto_the_name() -> None:
    name = "Montage Gepäckträger (nicht ausgeführt)"
    # The quantity ends at the column's right edge and starts where the name ends.
    left = 277 - stringWidth("-0,50 Std.", "Helvetica", 8) - stringWidth(name, "Helvetica", 8)
    rows = [
        (57.0, 60.0, "Gutschrift", 12.0),
        (300.0, 80.0, "Gutschrift-Nr.: GS-2024-017", 8.0),
        (300.0, 92.0, "Datum: 12.03.2024", 8.0),
        (57.0, 200.0, "Pos", 8.0),
        (left, 200.0, "Bezeichnung", 8.0),
        (253.0, 200.0, "Menge", 8.0),
        (293.0, 200.0, "Einzelpreis", 8.0),
        (348.0, 200.0, "Gesamt", 8.0),
        (57.0, 214.0, "1", 8.0),
        (left, 214.0, "Fahrradtasche Ortlieb", 8.0),
        (277.0, 214.0, ">-2 Stk", 8.0),
        (334.0, 214.0, ">79,90", 8.0),
        (377.0, 214.0, ">-159,80", 8.0),
        (57.0, 228.0, "2", 8.0),
        (left, 228.0, name, 8.0),
        (277.0, 228.0, ">-0,50 Std.", 8.0),
        (334.0, 228.0, ">64,00", 8.0),
        (377.0, 228.0, ">-32,00", 8.0),
        (281.0, 250.0, "Summe netto", 8.0),
        (377.0, 250.0, ">-191,80 EUR", 8.0),
    ]
    result = extract_canonical(make_aligned_pdf(rows), use_einvoice=False)
    assert [
        (i["description"], i.get("quantity"), i["unit_price"], i["amount"])
        for i in result["line_items"]
    ] == [
        ("Fahrradtasche Ortlieb", -2.0, 79.9, -159.8),
        ("Montage Gepäckträger (nicht ausgeführt)", -0.5, 64.0, -32.0),
    ]
