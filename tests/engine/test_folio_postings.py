"""A hotel folio lists dated postings ("11.09.23 | City Tax | 4.20"), no quantities: a
posting's date is a column of its own, and a charge named "City Tax" is a posting, no tax
caption closing the list."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def test_dated_postings_of_a_folio_are_its_items() -> None:
    page = [
        (60, 60, "Hotel Example AG"),
        (360, 100, "Invoice No."),
        (440, 100, "118734"),
        (360, 114, "Date"),
        (440, 114, "14.09.23"),
        (60, 200, "Date"),
        (120, 200, "Description"),
        (380, 200, "Charges CHF"),
        (486, 200, "Credits CHF"),
        (60, 220, "11.09.23"),
        (120, 220, "Accommodation"),
        (404, 220, "245.00"),
        (60, 234, "11.09.23"),
        (120, 234, "City Tax"),
        (413, 234, "4.20"),
        (60, 248, "12.09.23"),
        (120, 248, "Minibar"),
        (409, 248, "14.00"),
        (60, 262, "12.09.23"),
        (120, 262, "VISA XXXXXXXXXXXX2208"),
        (507, 262, "263.20"),
        (120, 282, "Total"),
        (401, 282, "263.20"),
        (507, 282, "263.20"),
        (120, 296, "Balance"),
        (519, 296, "0.00"),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Accommodation", 245.0),
        ("City Tax", 4.2),
        ("Minibar", 14.0),
    ]
