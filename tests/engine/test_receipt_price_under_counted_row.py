"""A restaurant bill printing each dish's count before its name and the unit price alone on
the line under it: "2 Roast Hake, Mussels  68.00" over "@ 34.00". The count is the row's
quantity and the "@" line its unit price (they multiply to the amount), so the count leaves
the description; a vintage in a wine's name ("Chablis 1er Cru 2021 btl") is part of the name,
no article code."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    return (x1 - stringWidth(text, "Helvetica", 8), y, text)


def _bill() -> bytes:
    rows = [
        (60, 30, "THE HARBOUR GRILL"),
        (60, 42, "21 Quay Street"),
        (60, 54, "Galway H91 AB12"),
        (60, 66, "VAT No. IE6388047V"),
        (15, 88, "Invoice No: HG-25-00412"),
        (15, 100, "Date: 14/02/2025 20:15"),
        (15, 112, "Table: 7 Covers: 2"),
        (15, 130, "3 Galway Bay Oysters (6)"),
        _right(215, 130, "57.00"),
        (25, 140, "@ 19.00"),
        (15, 152, "2 Roast Hake, Mussels"),
        _right(215, 152, "68.00"),
        (25, 162, "@ 34.00"),
        (15, 174, "1 Chablis 1er Cru 2021 btl"),
        _right(215, 174, "78.00"),
        (15, 186, "2 Espresso"),
        _right(215, 186, "7.60"),
        (25, 196, "@ 3.80"),
        (15, 214, "SUBTOTAL"),
        _right(215, 214, "210.60"),
        (15, 226, "TOTAL EUR"),
        _right(215, 226, "210.60"),
        (15, 238, "VISA **** 7723"),
        _right(215, 238, "210.60"),
        (40, 270, "Thank you - see you again soon!"),
    ]
    return make_invoice_pdf([rows], size=8, pagesize=(230.0, 620.0))


def test_the_unit_price_under_a_counted_row_makes_the_count_its_quantity() -> None:
    items = extract_canonical(_bill(), use_einvoice=False)["line_items"]
    read = [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items]
    assert read[:2] == [
        ("Galway Bay Oysters (6)", 3.0, 19.0, 57.0),
        ("Roast Hake, Mussels", 2.0, 34.0, 68.0),
    ]
    assert read[3] == ("Espresso", 2.0, 3.8, 7.6)


def test_a_vintage_in_the_name_is_no_article_code() -> None:
    items = extract_canonical(_bill(), use_einvoice=False)["line_items"]
    assert items[2]["description"] == "Chablis 1er Cru 2021 btl"
    assert items[2]["amount"] == 78.0
