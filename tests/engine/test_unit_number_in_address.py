"""A Singapore unit number ("#03-21": floor and unit) is part of an address: printed alone
between the street and the "SINGAPORE 123456" line, or inside a one-line address, it is no
document's number even where it stands beside an "Invoice Number" caption of the next
column or after its "#" sign."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_unit_number_of_the_address_column_beside_the_caption() -> None:
    texts: list[SizedText] = [
        (50, 63, "TAX INVOICE", 16),
        (300, 66, "Invoice Date", 8),
        (410, 66, "Harbourline Tools Pte. Ltd.", 8),
        (300, 76, "02 May 2024", 8),
        (410, 77, "9 Pandan Loop", 8),
        (410, 88, "#03-21", 8),
        (300, 92, "Invoice Number", 8),
        (410, 99, "SINGAPORE 128229", 8),
        (58, 104, "Keppel Marine Works Pte Ltd", 8),
        (300, 102, "HT-20931", 8),
        (410, 110, "Tel +65 6777 1234", 8),
        (58, 126, "30 Gul Road", 8),
        (58, 137, "#07-11", 8),
        (58, 148, "SINGAPORE 629349", 8),
        (50, 224, "Description", 8),
        (488, 224, "Amount SGD", 8),
        (50, 244, "Cordless drill set", 8),
        (518, 244, "500.00", 8),
        (432, 328, "Subtotal", 8),
        (510, 328, "500.00", 8),
        (405, 344, "TOTAL GST 9%", 8),
        (518, 344, "45.00", 8),
        (408, 360, "TOTAL SGD", 8),
        (518, 360, "545.00", 8),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "HT-20931"


def test_unit_number_inside_a_one_line_address() -> None:
    texts: list[SizedText] = [
        (50, 50, "Harbourline Tools Pte. Ltd.", 14),
        (50, 70, "9 Pandan Loop #03-21 Singapore 128229", 8),
        (50, 120, "Bill To: Keppel Marine Works Pte Ltd", 9),
        (50, 132, "30 Gul Road, Singapore 629349", 9),
        (50, 224, "Description", 8),
        (488, 224, "Amount SGD", 8),
        (50, 244, "Cordless drill set", 8),
        (518, 244, "500.00", 8),
        (408, 360, "TOTAL SGD", 8),
        (518, 360, "500.00", 8),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert "invoice_number" not in fields
