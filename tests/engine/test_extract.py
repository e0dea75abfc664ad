from __future__ import annotations

import io
import struct
import zlib
from datetime import date

from PIL import Image

from facturist.engine import extract, inspect_document, plan_from_prompt
from facturist.engine.model import PageOutcome

from .conftest import make_invoice_pdf, standard_invoice_page

BASIC = plan_from_prompt("Extract invoice number, date, vendor name, and total amount")


def test_inspect_document_kinds() -> None:
    pdf = make_invoice_pdf([standard_invoice_page(), standard_invoice_page()])
    assert inspect_document(pdf).kind == "pdf"
    assert inspect_document(pdf).page_count == 2
    png = io.BytesIO()
    Image.new("RGB", (20, 10), "white").save(png, format="PNG")
    assert inspect_document(png.getvalue()).kind == "png"
    assert inspect_document(b"<?xml version='1.0'?><Invoice/>").kind == "xml"
    assert inspect_document(b"").kind == "unknown"
    assert inspect_document(b"\x00\x01garbage" * 10).kind == "unknown"
    assert inspect_document(b"%PDF-1.7 truncated").page_count == 0


def test_encrypted_pdf_is_reported() -> None:
    pdf = make_invoice_pdf(encrypt="secret")
    assert inspect_document(pdf).encrypted
    result = extract(pdf, BASIC)
    assert result.failure is not None and result.failure.code == "ENCRYPTED_FILE"


def test_basic_header_fields_from_digital_pdf() -> None:
    result = extract(make_invoice_pdf(), BASIC)
    assert result.failure is None
    assert len(result.invoices) == 1
    fields = result.invoices[0].fields
    assert fields["Invoice Number"].value == "INV-2024-0042"
    assert fields["Invoice Date"].value == date(2024, 3, 5)
    assert fields["Vendor Name"].value == "Acme Widgets GmbH"
    assert fields["Total Amount"].value == 1190.0
    assert fields["Total Amount"].boxes and fields["Total Amount"].boxes[0].page == 1


def test_bad_inputs_fail_cleanly() -> None:
    whole = make_invoice_pdf()
    cases = {
        b"": "NO_PAGES_FOUND",
        b"hello, this is not a document": "UNSUPPORTED_FILE_TYPE",
        whole[: len(whole) // 3]: "UNREADABLE_FILE",
    }
    for data, code in cases.items():
        result = extract(data, BASIC)
        assert result.failure is not None, code
        assert result.failure.code == code


def test_page_limit() -> None:
    pdf = make_invoice_pdf([standard_invoice_page()] * 3)
    result = extract(pdf, BASIC, max_pages=2)
    assert result.failure is not None and result.failure.code == "FILE_PAGE_LIMIT_EXCEEDED"


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG claiming huge dimensions; decoding it would need gigabytes."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    crc = struct.pack(">I", zlib.crc32(chunk))
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk + crc


def test_decompression_bomb_is_refused_from_header() -> None:
    result = extract(_png_header_only(100_000, 100_000), BASIC)
    assert result.failure is not None
    assert "pixels" in result.failure.message


def test_cancellation_stops_after_first_page() -> None:
    pdf = make_invoice_pdf([standard_invoice_page()] * 4)
    seen: list[PageOutcome] = []

    def on_page(outcome: PageOutcome) -> bool:
        seen.append(outcome)
        return False

    result = extract(pdf, BASIC, on_page=on_page)
    assert len(seen) == 1
    assert [p.page for p in result.pages] == [1]


def test_several_invoices_in_one_pdf_are_split() -> None:
    pdf = make_invoice_pdf(
        [
            standard_invoice_page(number="A-1001", total="1.190,00"),
            standard_invoice_page(number="A-1002", total="1.190,00"),
        ]
    )
    result = extract(pdf, BASIC)
    numbers = [r.fields["Invoice Number"].value for r in result.invoices]
    assert numbers == ["A-1001", "A-1002"]
    assert [r.pages for r in result.invoices] == [[1], [2]]


def test_date_format_rule_is_applied() -> None:
    plan = plan_from_prompt("invoice number and invoice date as DD/MM/YYYY")
    result = extract(make_invoice_pdf(), plan)
    assert result.invoices[0].fields["Invoice Date"].value == "05/03/2024"


def test_custom_column_is_found_by_its_label() -> None:
    page = [*standard_invoice_page(), (50, 420, "Kostenstelle:"), (150, 420, "KST-77")]
    plan = plan_from_prompt({"fields": [{"name": "Kostenstelle"}]})
    result = extract(make_invoice_pdf([page]), plan)
    assert result.invoices[0].fields["Kostenstelle"].value == "KST-77"


def test_blank_page_without_ocr_is_a_page_failure_not_a_crash() -> None:
    pdf = make_invoice_pdf([standard_invoice_page(), []])
    result = extract(pdf, BASIC)
    assert result.failure is None
    assert result.pages[0].ok
    assert len(result.invoices) == 1
