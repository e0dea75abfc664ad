"""A cash-and-carry till roll printing each article's code and name over its working line
("6 x 6,79   40,74 A", "1,318 kg x 17,90 /kg   23,59 A"): a weighed item's price with its
unit apart (receipt_rows.py) and a name ending on a figure ("PFAND EINWEG 0,25") are read
as the items they are (receipt_namelines.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_ROLL = (227.0, 900.0)


def test_article_lines_over_working_lines() -> None:
    page = [
        (60, 20, "GROSSMARKT C+C"),
        (50, 34, "Grossmarkt Handels GmbH"),
        (60, 46, "Lagerweg 5, 90431 Nürnberg"),
        (70, 58, "USt-IdNr. DE812345670"),
        (90, 76, "RECHNUNG"),
        (9, 92, "Rechnungs-Nr."),
        (150, 92, "07/0411/2291"),
        (9, 104, "Datum"),
        (150, 104, "14.06.2024"),
        (10, 124, "----------------------------------------------"),
        (9, 132, "ART-NR  BEZEICHNUNG"),
        (189, 132, "EUR"),
        (43, 142, "MENGE x E-PREIS NETTO"),
        (10, 152, "----------------------------------------------"),
        (9, 164, "3310021  FETA IN LAKE 2KG"),
        (17, 174, "4  x 9,85"),
        (205, 174, ">39,40"),
        (214, 174, "A"),
        (9, 186, "2215008  PECORINO ROMANO STUECK"),
        (18, 196, "2,046 kg x 14,60 /kg"),
        (205, 196, ">29,87"),
        (214, 196, "A"),
        (9, 208, "9000025  PFAND EINWEG 0,25"),
        (17, 218, "48  x 0,25"),
        (205, 218, ">12,00"),
        (214, 218, "B"),
        (9, 230, "6010330  APFELSCHORLE 12X0,5L"),
        (17, 240, "4  x 8,79"),
        (205, 240, ">35,16"),
        (214, 240, "B"),
        (10, 252, "----------------------------------------------"),
        (9, 262, "SUMME NETTO"),
        (218, 262, ">116,43"),
        (9, 276, "SUMME MWST"),
        (218, 276, ">13,81"),
        (9, 290, "GESAMTBETRAG EUR"),
        (218, 290, ">130,24"),
    ]
    pdf = make_invoice_pdf([page], marks=True, size=7, pagesize=_ROLL)
    result = extract_canonical(pdf, use_einvoice=False)
    assert [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ] == [
        ("FETA IN LAKE 2KG", 4.0, 9.85, 39.4),
        ("PECORINO ROMANO STUECK", 2.046, 14.6, 29.87),
        ("PFAND EINWEG 0,25", 48.0, 0.25, 12.0),
        ("APFELSCHORLE 12X0,5L", 4.0, 8.79, 35.16),
    ]
