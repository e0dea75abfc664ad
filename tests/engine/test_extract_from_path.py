"""`extract` from a local file reads as from the document's bytes.

The service hands the engine the stored file's local path rather than its bytes, so that
the job analysing a 150 MB PDF does not hold it whole: pdfium reads the PDF lazily (its
e-invoice XML from the open document), images and XML files are read once sniffed.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter

from facturist.engine import extract, extract_canonical, pages, plan_from_prompt, read_page_range
from facturist.engine.einvoice import pdf as einvoice_pdf
from facturist.engine.einvoice import reader as einvoice_reader
from facturist.samples import random_invoice, render_pdf, render_scan, render_scanned_pdf

PLAN = plan_from_prompt("Extract invoice number, date, vendor name, and total amount")
ITEMS = plan_from_prompt(
    "Extract invoice number, date, and line items with description, quantity, unit price "
    "and amount",
    "per_line_item",
)

CII = b"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
  xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocument><ram:ID>XML-777</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20240315</udt:DateTimeString>
  </ram:IssueDateTime></rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:IncludedSupplyChainTradeLineItem>
   <ram:SpecifiedTradeProduct><ram:Name>Widget</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="H87">2</ram:BilledQuantity>
   </ram:SpecifiedLineTradeDelivery>
   <ram:SpecifiedLineTradeSettlement><ram:SpecifiedTradeSettlementLineMonetarySummation>
    <ram:LineTotalAmount>100.00</ram:LineTotalAmount>
   </ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty><ram:Name>Muster GmbH</ram:Name></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Kunde AG</ram:Name></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>100.00</ram:LineTotalAmount>
    <ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">19.00</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>119.00</ram:GrandTotalAmount>
    <ram:DuePayableAmount>119.00</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""


def _file(tmp_path: Path, data: bytes, name: str = "document") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _with_attachment(pdf: bytes, name: str, content: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(name, content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _from_xml(result: Any) -> bool:
    """Whether the one invoice found carries the embedded XML's invoice number."""
    return len(result.invoices) == 1 and any(
        str(value.value) == "XML-777" for value in result.invoices[0].fields.values()
    )


def _same_both_ways(tmp_path: Path, data: bytes, plan: Any = PLAN) -> Any:
    """The result from the bytes, asserted equal to the result from the file."""
    from_bytes = extract(data, plan, file_name="a")
    from_path = extract(_file(tmp_path, data), plan, file_name="a")
    assert from_path == from_bytes
    assert extract_canonical(_file(tmp_path, data)) == extract_canonical(data)
    return from_bytes


@pytest.mark.parametrize("plan", [PLAN, ITEMS], ids=["per-invoice", "per-line-item"])
def test_text_pdf_extracts_the_same_from_a_path(tmp_path: Path, plan: Any) -> None:
    data = render_pdf(random_invoice(31, layout="classic", lines=45))
    result = _same_both_ways(tmp_path, data, plan)
    assert result.failure is None and result.page_count >= 2 and result.invoices


@pytest.mark.ocr
@pytest.mark.slow
def test_scanned_pdf_extracts_the_same_from_a_path(tmp_path: Path) -> None:
    if not pages.ocr_available():
        pytest.skip("OCR is not installed")
    data = render_scanned_pdf(random_invoice(32, layout="classic", lines=6), dpi=120)
    result = _same_both_ways(tmp_path, data)
    assert result.failure is None and result.invoices
    assert result.pages and all(page.ok for page in result.pages)


def test_pre_read_pages_with_a_path_give_the_same_result(tmp_path: Path) -> None:
    """The final job of a long document: pages read by page jobs, the rest from the file."""
    data = render_pdf(random_invoice(33, layout="classic", lines=45))
    path = _file(tmp_path, data)
    known = {read.outcome.page: read for read in read_page_range(path, 1, 1)}
    assert extract(path, PLAN, pre_read=known) == extract(data, PLAN)


def test_facturx_pdf_reads_its_xml_from_the_open_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _with_attachment(render_pdf(random_invoice(34, lines=3)), "factur-x.xml", CII)

    def whole_file_reader(pdf: bytes) -> Any:
        raise AssertionError("the PDF was parsed again from its bytes")

    # The bytes entry point (and the reader that calls it) must not be reached.
    monkeypatch.setattr(einvoice_pdf, "embedded_xml", whole_file_reader)
    monkeypatch.setattr(einvoice_reader, "embedded_xml", whole_file_reader)
    result = _same_both_ways(tmp_path, data)
    assert _from_xml(result)
    canonical = extract_canonical(_file(tmp_path, data))
    assert canonical["fields"]["invoice_number"] == "XML-777"
    assert extract_canonical(data, use_einvoice=False)["fields"]["invoice_number"] != "XML-777"


def test_pdf_with_an_unrelated_attachment_extracts_the_same(tmp_path: Path) -> None:
    data = _with_attachment(render_pdf(random_invoice(35, lines=3)), "notes.xml", b"<a><b/></a>")
    result = _same_both_ways(tmp_path, data)
    assert result.invoices and not _from_xml(result)


@pytest.mark.parametrize("fmt", ["jpeg", "png"])
def test_image_extracts_the_same_from_a_path(tmp_path: Path, fmt: str) -> None:
    data = render_scan(random_invoice(36, lines=2), fmt=fmt, dpi=60)
    result = _same_both_ways(tmp_path, data)
    assert result.page_count == 1


def test_standalone_xml_extracts_the_same_from_a_path(tmp_path: Path) -> None:
    result = _same_both_ways(tmp_path, CII)
    assert _from_xml(result)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "NO_PAGES_FOUND"),
        (b"hello, not a document", "UNSUPPORTED_FILE_TYPE"),
        (b"%PDF-1.7 truncated", "UNREADABLE_FILE"),
        (b"<config><x/></config>", "UNSUPPORTED_FILE_TYPE"),
    ],
    ids=["empty", "unknown", "broken-pdf", "other-xml"],
)
def test_bad_files_fail_the_same_from_a_path(tmp_path: Path, data: bytes, code: str) -> None:
    result = _same_both_ways(tmp_path, data)
    assert result.failure is not None and result.failure.code == code


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    result = extract(tmp_path / "gone.pdf", PLAN)
    assert result.failure is not None and result.failure.code == "UNREADABLE_FILE"
