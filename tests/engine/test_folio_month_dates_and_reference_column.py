"""A hotel folio whose postings print their date with the month's name ("12-Nov-24") under
"Date", and a reference column ("Reference": the check or room number) between the text and
the charges: neither the date nor the reference is part of the item's text."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _page() -> list[tuple[float, float, str]]:
    return [
        (60, 60, "THE QUAYSIDE HOTEL"),
        (60, 74, "Wapping, London"),
        (60, 100, "TAX INVOICE"),
        (350, 114, "Invoice No."),
        (440, 114, "QH-40211"),
        (350, 128, "Invoice Date"),
        (440, 128, "09-Oct-24"),
        (50, 200, "Date"),
        (110, 200, "Description"),
        (330, 200, "Reference"),
        (420, 200, "Charges"),
        (490, 200, "Credits"),
        (50, 218, "07-Oct-24"),
        (110, 218, "Accommodation - Superior Twin"),
        (330, 218, "R314"),
        (430, 218, "210.00"),
        (50, 232, "08-Oct-24"),
        (110, 232, "Laundry & Pressing"),
        (330, 232, "LDY 207"),
        (436, 232, "16.00"),
        (50, 246, "08-Oct-24"),
        (110, 246, "Dinner - Riverside Bar"),
        (330, 246, "CHK 5120"),
        (436, 246, "42.50"),
        (50, 260, "09-Oct-24"),
        (110, 260, "Payment - Visa xxxx 4417"),
        (495, 260, "268.50"),
        (110, 280, "Total"),
        (430, 280, "268.50"),
        (495, 280, "268.50"),
        (110, 294, "Balance Due GBP"),
        (500, 294, "0.00"),
    ]


def test_a_month_named_date_and_a_reference_cell_are_no_part_of_the_text() -> None:
    result = extract_canonical(make_invoice_pdf([_page()]), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Accommodation - Superior Twin", 210.0),
        ("Laundry & Pressing", 16.0),
        ("Dinner - Riverside Bar", 42.5),
    ]


def _scanned_folio() -> list[tuple[float, float, str]]:
    return [
        (60, 60, "Hotel am Kurpark"),
        (60, 74, "Lichtentaler Allee 9, 76530 Baden-Baden"),
        (350, 114, "Rechnung Nr. 88120"),
        (60, 200, "Datum"),
        (120, 200, "Leistung"),
        (310, 200, "MwSt"),
        (380, 200, "Betrag"),
        (60, 218, "29.03.25"),
        (120, 218, "Logis EZ Komfort"),
        (320, 218, "7%"),
        (376, 218, "128,00"),
        (60, 232, "30.03.25"),
        (120, 232, "Fruehstueck"),
        (318, 232, "19%"),
        (381, 232, "22,00"),
        # A speck after the date bridged the gap: the scan read date and name as one cell.
        (60, 246, "31.03.25. Fruehstueck"),
        (318, 246, "19%"),
        (381, 246, "22,00"),
        (120, 266, "Gesamtbetrag"),
        (376, 266, "172,00"),
    ]


def test_a_date_glued_to_the_name_under_a_date_column_is_no_part_of_it() -> None:
    result = extract_canonical(make_invoice_pdf([_scanned_folio()]), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Logis EZ Komfort", 128.0),
        ("Fruehstueck", 22.0),
        ("Fruehstueck", 22.0),
    ]
