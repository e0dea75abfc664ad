"""E-invoice reader: CII, ZUGFeRD 1.0 and UBL documents built here, and a Factur-X PDF."""

# ruff: noqa: E501  (the XML templates read better on one line per element group)

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from facturist.engine.einvoice import EInvoice, embedded_xml, read_einvoice
from facturist.engine.einvoice.pdf import embedded_xml_in

CII = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
  xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>
  <ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
 </rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>{number}</ram:ID><ram:TypeCode>{type_code}</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20240315</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:IncludedSupplyChainTradeLineItem>
   <ram:SpecifiedTradeProduct><ram:SellerAssignedID>A-1</ram:SellerAssignedID>
    <ram:Name>Widget</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice>
    <ram:ChargeAmount>25.00</ram:ChargeAmount><ram:BasisQuantity unitCode="H87">10</ram:BasisQuantity>
   </ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
   <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="H87">20</ram:BilledQuantity>
   </ram:SpecifiedLineTradeDelivery>
   <ram:SpecifiedLineTradeSettlement>
    <ram:ApplicableTradeTax><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
    <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>50.00</ram:LineTotalAmount>
    </ram:SpecifiedTradeSettlementLineMonetarySummation>
   </ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>
  <ram:IncludedSupplyChainTradeLineItem>
   <ram:SpecifiedTradeProduct><ram:Name>Service &amp; support</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice>
    <ram:ChargeAmount>50.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
   <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="HUR">1.5</ram:BilledQuantity>
   </ram:SpecifiedLineTradeDelivery>
   <ram:SpecifiedLineTradeSettlement>
    <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>75.00</ram:LineTotalAmount>
    </ram:SpecifiedTradeSettlementLineMonetarySummation>
   </ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:BuyerReference>ref</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>{seller}</ram:Name>
    <ram:PostalTradeAddress><ram:PostcodeCode>10115</ram:PostcodeCode>
     <ram:LineOne>Hauptstr. 1</ram:LineOne><ram:CityName>Berlin</ram:CityName>
     <ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">201/113/40209</ram:ID></ram:SpecifiedTaxRegistration>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE136695976</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Kunde AG</ram:Name></ram:BuyerTradeParty>
   <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>PO-77</ram:IssuerAssignedID>
   </ram:BuyerOrderReferencedDocument>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery><ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime>
   <udt:DateTimeString format="102">20240310</udt:DateTimeString></ram:OccurrenceDateTime>
  </ram:ActualDeliverySupplyChainEvent></ram:ApplicableHeaderTradeDelivery>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE89 3704 0044 0532 0130 00</ram:IBANID>
    </ram:PayeePartyCreditorFinancialAccount>
    <ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>COBADEFFXXX</ram:BICID>
    </ram:PayeeSpecifiedCreditorFinancialInstitution>
   </ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:ApplicableTradeTax><ram:CalculatedAmount>23.75</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>
    <ram:BasisAmount>125.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode>
    <ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradePaymentTerms><ram:Description>30 Tage netto</ram:Description>
    <ram:DueDateDateTime><udt:DateTimeString format="102">20240414</udt:DateTimeString></ram:DueDateDateTime>
   </ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>125.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>125.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="USD">26.00</ram:TaxTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">23.75</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>148.75</ram:GrandTotalAmount><ram:TotalPrepaidAmount>48.75</ram:TotalPrepaidAmount>
    <ram:DuePayableAmount>100.00</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""

ZUGFERD1 = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
 <rsm:HeaderExchangedDocument><ram:ID>Z-1</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20130305</udt:DateTimeString></ram:IssueDateTime>
 </rsm:HeaderExchangedDocument>
 <rsm:SpecifiedSupplyChainTradeTransaction>
  <ram:ApplicableSupplyChainTradeAgreement>
   <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE123456789</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Kunden AG</ram:Name></ram:BuyerTradeParty>
  </ram:ApplicableSupplyChainTradeAgreement>
  <ram:ApplicableSupplyChainTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:ApplicableTradeTax><ram:CalculatedAmount currencyID="EUR">1.40</ram:CalculatedAmount>
    <ram:BasisAmount currencyID="EUR">20.00</ram:BasisAmount>
    <ram:ApplicablePercent>7.00</ram:ApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradeSettlementMonetarySummation>
    <ram:LineTotalAmount currencyID="EUR">20.00</ram:LineTotalAmount>
    <ram:TaxBasisTotalAmount currencyID="EUR">20.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">1.40</ram:TaxTotalAmount>
    <ram:GrandTotalAmount currencyID="EUR">21.40</ram:GrandTotalAmount>
   </ram:SpecifiedTradeSettlementMonetarySummation>
  </ram:ApplicableSupplyChainTradeSettlement>
  <ram:IncludedSupplyChainTradeLineItem>
   <ram:SpecifiedSupplyChainTradeAgreement><ram:NetPriceProductTradePrice>
    <ram:ChargeAmount currencyID="EUR">10.0000</ram:ChargeAmount></ram:NetPriceProductTradePrice>
   </ram:SpecifiedSupplyChainTradeAgreement>
   <ram:SpecifiedSupplyChainTradeDelivery><ram:BilledQuantity unitCode="C62">2.0000</ram:BilledQuantity>
   </ram:SpecifiedSupplyChainTradeDelivery>
   <ram:SpecifiedSupplyChainTradeSettlement>
    <ram:ApplicableTradeTax><ram:ApplicablePercent>7.00</ram:ApplicablePercent></ram:ApplicableTradeTax>
    <ram:SpecifiedTradeSettlementMonetarySummation>
     <ram:LineTotalAmount currencyID="EUR">20.00</ram:LineTotalAmount>
    </ram:SpecifiedTradeSettlementMonetarySummation>
   </ram:SpecifiedSupplyChainTradeSettlement>
   <ram:SpecifiedTradeProduct><ram:Name>Trennblätter A4</ram:Name></ram:SpecifiedTradeProduct>
  </ram:IncludedSupplyChainTradeLineItem>
 </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>
"""

UBL = """<?xml version="1.0" encoding="UTF-8"?>
<{root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:{root}-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
 <cbc:ID>U-2024-9</cbc:ID><cbc:IssueDate>2024-02-01</cbc:IssueDate>
 <cbc:DueDate>2024-03-02</cbc:DueDate><cbc:{root}TypeCode>{type_code}</cbc:{root}TypeCode>
 <cbc:DocumentCurrencyCode>GBP</cbc:DocumentCurrencyCode>
 <cac:OrderReference><cbc:ID>ORD-5</cbc:ID></cac:OrderReference>
 <cac:AccountingSupplierParty><cac:Party>
  <cac:PostalAddress><cbc:StreetName>1 High Street</cbc:StreetName><cbc:CityName>London</cbc:CityName>
   <cbc:PostalZone>SW1A 1AA</cbc:PostalZone><cac:Country><cbc:IdentificationCode>GB</cbc:IdentificationCode></cac:Country>
  </cac:PostalAddress>
  <cac:PartyTaxScheme><cbc:CompanyID>GB980780684</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  <cac:PartyLegalEntity><cbc:RegistrationName>Seller Ltd</cbc:RegistrationName></cac:PartyLegalEntity>
 </cac:Party></cac:AccountingSupplierParty>
 <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Buyer plc</cbc:Name></cac:PartyName>
 </cac:Party></cac:AccountingCustomerParty>
 <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
  <cac:PayeeFinancialAccount><cbc:ID>GB82WEST12345698765432</cbc:ID>
   <cac:FinancialInstitutionBranch><cbc:ID>WESTGB2L</cbc:ID></cac:FinancialInstitutionBranch>
  </cac:PayeeFinancialAccount></cac:PaymentMeans>
 <cac:PaymentTerms><cbc:Note>Net 30</cbc:Note></cac:PaymentTerms>
 <cac:TaxTotal><cbc:TaxAmount currencyID="GBP">20.00</cbc:TaxAmount>
  <cac:TaxSubtotal><cbc:TaxableAmount currencyID="GBP">100.00</cbc:TaxableAmount>
   <cbc:TaxAmount currencyID="GBP">20.00</cbc:TaxAmount>
   <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent></cac:TaxCategory></cac:TaxSubtotal>
 </cac:TaxTotal>
 <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="GBP">100.00</cbc:LineExtensionAmount>
  <cbc:TaxExclusiveAmount currencyID="GBP">100.00</cbc:TaxExclusiveAmount>
  <cbc:TaxInclusiveAmount currencyID="GBP">120.00</cbc:TaxInclusiveAmount>
  <cbc:PayableAmount currencyID="GBP">120.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
 <cac:{root}Line><cbc:ID>1</cbc:ID><cbc:{quantity_tag} unitCode="C62">4</cbc:{quantity_tag}>
  <cbc:LineExtensionAmount currencyID="GBP">100.00</cbc:LineExtensionAmount>
  <cac:Item><cbc:Name>Consulting day</cbc:Name>
   <cac:SellersItemIdentification><cbc:ID>CD-1</cbc:ID></cac:SellersItemIdentification>
   <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent></cac:ClassifiedTaxCategory>
  </cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="GBP">25.00</cbc:PriceAmount></cac:Price>
 </cac:{root}Line>
 <cac:{root}Line><cbc:ID>2</cbc:ID><cbc:{quantity_tag}>0</cbc:{quantity_tag}>
  <cbc:LineExtensionAmount currencyID="GBP">0.00</cbc:LineExtensionAmount>
  <cac:Item><cbc:Name>--- Section title ---</cbc:Name></cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="GBP">0.00</cbc:PriceAmount></cac:Price>
 </cac:{root}Line>
</{root}>
"""


def cii(number: str = "R-1001", type_code: str = "380", seller: str = "Muster GmbH") -> bytes:
    return CII.format(number=number, type_code=type_code, seller=seller).encode()


def ubl(root: str = "Invoice", type_code: str = "380") -> bytes:
    quantity_tag = "CreditedQuantity" if root == "CreditNote" else "InvoicedQuantity"
    return UBL.format(root=root, type_code=type_code, quantity_tag=quantity_tag).encode()


def facturx_pdf(xml: bytes | None, name: str = "factur-x.xml") -> bytes:
    page = io.BytesIO()
    drawing = canvas.Canvas(page)
    drawing.drawString(72, 720, "Rechnung R-1001")
    drawing.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(page.getvalue())))
    if xml is not None:
        writer.add_attachment(name, xml)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


CII_EXPECTED: dict[str, object] = {
    "document_type": "invoice",
    "invoice_number": "R-1001",
    "invoice_date": date(2024, 3, 15),
    "due_date": date(2024, 4, 14),
    "delivery_date": date(2024, 3, 10),
    "seller_name": "Muster GmbH",
    "seller_vat_id": "DE136695976",
    "seller_tax_number": "201/113/40209",
    "seller_address": "Hauptstr. 1, 10115 Berlin, DE",
    "buyer_name": "Kunde AG",
    "currency": "EUR",
    "net_amount": Decimal("125.00"),
    "tax_amount": Decimal("23.75"),
    "total_amount": Decimal("148.75"),
    "amount_due": Decimal("100.00"),
    "iban": "DE89370400440532013000",
    "bic": "COBADEFFXXX",
    "order_number": "PO-77",
    "payment_terms": "30 Tage netto",
}


@pytest.mark.parametrize(("key", "expected"), sorted(CII_EXPECTED.items()))
def test_cii_fields(key: str, expected: object) -> None:
    invoice = read_einvoice(cii())
    assert invoice is not None and invoice.syntax == "CII"
    assert invoice.fields.get(key) == expected


def test_cii_has_only_known_keys() -> None:
    invoice = read_einvoice(cii())
    assert invoice is not None
    assert set(invoice.fields) == set(CII_EXPECTED)
    assert invoice.profile == "urn:cen.eu:en16931:2017"


def test_cii_lines_and_tax_breakdown() -> None:
    invoice = read_einvoice(cii())
    assert invoice is not None
    assert invoice.line_items == [
        {
            "description": "Widget",
            "product_code": "A-1",
            "quantity": Decimal("20"),
            "unit": "H87",
            "unit_price": Decimal("2.5"),  # 25.00 per base quantity of 10
            "amount": Decimal("50.00"),
            "vat_rate": Decimal("19"),
        },
        {
            "description": "Service & support",
            "quantity": Decimal("1.5"),
            "unit": "HUR",
            "unit_price": Decimal("50.00"),
            "amount": Decimal("75.00"),
        },
    ]
    assert invoice.tax_breakdown == [
        {"rate": Decimal("19"), "base": Decimal("125.00"), "tax": Decimal("23.75"), "category": "S"}
    ]


@pytest.mark.parametrize(
    ("type_code", "document_type"),
    [("380", "invoice"), ("384", "invoice"), ("389", "invoice"), ("326", "invoice"),
     ("751", "invoice"), ("381", "credit_note"), ("261", "credit_note")],
)  # fmt: skip
def test_cii_document_type(type_code: str, document_type: str) -> None:
    invoice = read_einvoice(cii(type_code=type_code))
    assert invoice is not None
    assert invoice.fields["document_type"] == document_type


def test_zugferd1() -> None:
    invoice = read_einvoice(ZUGFERD1.encode())
    assert invoice is not None and invoice.syntax == "ZUGFeRD1"
    assert invoice.fields == {
        "document_type": "invoice",
        "invoice_number": "Z-1",
        "invoice_date": date(2013, 3, 5),
        "seller_name": "Lieferant GmbH",
        "seller_vat_id": "DE123456789",
        "buyer_name": "Kunden AG",
        "currency": "EUR",
        "net_amount": Decimal("20.00"),
        "tax_amount": Decimal("1.40"),
        "total_amount": Decimal("21.40"),
    }
    assert invoice.line_items == [
        {
            "description": "Trennblätter A4",
            "quantity": Decimal("2.0000"),
            "unit": "C62",
            "unit_price": Decimal("10.0000"),
            "amount": Decimal("20.00"),
            "vat_rate": Decimal("7.00"),
        }
    ]
    assert invoice.tax_breakdown == [
        {"rate": Decimal("7.00"), "base": Decimal("20.00"), "tax": Decimal("1.40")}
    ]


@pytest.mark.parametrize(
    ("root", "type_code", "document_type"),
    [("Invoice", "380", "invoice"), ("Invoice", "381", "credit_note"),
     ("CreditNote", "381", "credit_note")],
)  # fmt: skip
def test_ubl(root: str, type_code: str, document_type: str) -> None:
    invoice = read_einvoice(ubl(root, type_code))
    assert invoice is not None and invoice.syntax == "UBL"
    assert invoice.fields == {
        "document_type": document_type,
        "invoice_number": "U-2024-9",
        "invoice_date": date(2024, 2, 1),
        "due_date": date(2024, 3, 2),
        "seller_name": "Seller Ltd",
        "seller_vat_id": "GB980780684",
        "seller_address": "1 High Street, SW1A 1AA London, GB",
        "buyer_name": "Buyer plc",
        "currency": "GBP",
        "net_amount": Decimal("100.00"),
        "tax_amount": Decimal("20.00"),
        "total_amount": Decimal("120.00"),
        "amount_due": Decimal("120.00"),
        "iban": "GB82WEST12345698765432",
        "bic": "WESTGB2L",
        "order_number": "ORD-5",
        "payment_terms": "Net 30",
    }
    assert invoice.line_items == [  # the section-title line is left out
        {
            "description": "Consulting day",
            "product_code": "CD-1",
            "quantity": Decimal("4"),
            "unit": "C62",
            "unit_price": Decimal("25.00"),
            "amount": Decimal("100.00"),
            "vat_rate": Decimal("20"),
        }
    ]
    assert invoice.tax_breakdown == [
        {"rate": Decimal("20"), "base": Decimal("100.00"), "tax": Decimal("20.00"), "category": "S"}
    ]


@pytest.mark.parametrize(
    "name",
    ["factur-x.xml", "zugferd-invoice.xml", "ZUGFeRD-invoice.xml", "xrechnung.xml", "other.xml"],
)
def test_facturx_pdf(name: str) -> None:
    xml = cii(number="PDF-42")
    pdf = facturx_pdf(xml, name)
    assert embedded_xml(pdf) == xml
    invoice = read_einvoice(pdf)
    assert isinstance(invoice, EInvoice)
    assert invoice.fields["invoice_number"] == "PDF-42"


def test_pdf_with_unrelated_xml_attachment() -> None:
    pdf = facturx_pdf(b"<config><x/></config>", "config.xml")
    assert embedded_xml(pdf) is None
    assert read_einvoice(pdf) is None


def test_plain_pdf_has_no_einvoice() -> None:
    assert read_einvoice(facturx_pdf(None)) is None


@pytest.mark.parametrize(
    ("xml", "name"),
    [
        (cii(number="PDF-43"), "factur-x.xml"),
        (cii(number="PDF-44"), "ZUGFeRD-invoice.xml"),
        (ubl(), "invoice.xml"),
        (cii(), "invoice.txt"),
        (b"<config><x/></config>", "config.xml"),
        (None, ""),
    ],
)
def test_xml_from_the_open_pdf_is_the_one_read_from_its_bytes(xml: bytes | None, name: str) -> None:
    """pdfium reading the attachments of an open PDF (the engine's way, which never holds the
    PDF whole) picks what pypdf picks from the PDF's bytes."""
    data = facturx_pdf(xml, name)
    pdf = pdfium.PdfDocument(data)
    try:
        assert embedded_xml_in(pdf) == embedded_xml(data)
    finally:
        pdf.close()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"%PDF-1.7\n garbage \x00\xff" * 20,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Names 5 0 R >> endobj\ntrailer << /Root 1 0 R >>",
        b"not a pdf at all",
        b"<Invoice><unclosed>",
        b"<html><body>no invoice</body></html>",
    ],
)
def test_garbage_returns_none(data: bytes) -> None:
    assert embedded_xml(data) is None
    assert read_einvoice(data) is None


def test_truncated_facturx_pdf_does_not_raise() -> None:
    pdf = facturx_pdf(cii())
    for cut in (len(pdf) // 3, len(pdf) // 2, len(pdf) - 40):
        result = read_einvoice(pdf[:cut])
        assert result is None or result.fields["invoice_number"] == "R-1001"


def test_external_entity_is_not_expanded(tmp_path: Path) -> None:
    secret = "TOP-SECRET-VALUE"
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(secret)
    doctype = (
        f'<!DOCTYPE rsm:CrossIndustryInvoice [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">'
        '<!ENTITY inner "expanded">]>'
    )
    xml = cii(number="&xxe;", seller="&inner;").decode()
    xml = xml.replace("<rsm:CrossIndustryInvoice", doctype + "\n<rsm:CrossIndustryInvoice", 1)
    invoice = read_einvoice(xml.encode())
    assert invoice is not None  # the rest of the document is still read
    assert invoice.fields["total_amount"] == Decimal("148.75")
    values = [str(value) for value in invoice.fields.values()]
    assert not any(secret in value or "expanded" in value for value in values)


def test_billion_laughs_is_not_expanded() -> None:
    entities = '<!ENTITY a "hahahahahahahahahaha">' + "".join(
        f'<!ENTITY {chr(98 + level)} "{("&" + chr(97 + level) + ";") * 10}">' for level in range(8)
    )
    xml = cii(seller="&i;").decode()
    xml = xml.replace(
        "<rsm:CrossIndustryInvoice",
        f"<!DOCTYPE rsm:CrossIndustryInvoice [{entities}]>\n<rsm:CrossIndustryInvoice",
        1,
    )
    invoice = read_einvoice(xml.encode())  # libxml2 may refuse the document outright
    assert invoice is None or len(str(invoice.fields.get("seller_name", ""))) < 100


def test_ubl_legal_name_wins_over_the_trading_name() -> None:
    # BT-27 is PartyLegalEntity/RegistrationName; PartyName/Name is the trading name (BT-28).
    both = ubl().replace(
        b"<cac:PostalAddress><cbc:StreetName>1 High",
        b"<cac:PartyName><cbc:Name>Seller</cbc:Name></cac:PartyName>"
        b"<cac:PostalAddress><cbc:StreetName>1 High",
        1,
    )
    invoice = read_einvoice(both)
    assert invoice is not None
    assert invoice.fields["seller_name"] == "Seller Ltd"
    assert invoice.fields["buyer_name"] == "Buyer plc"  # a trading name alone still counts


@pytest.mark.parametrize("xml", [cii(), ubl()], ids=["cii", "ubl"])
def test_standalone_xml_is_read_on_the_visual_path_too(xml: bytes) -> None:
    # "Visual path" strips a hybrid PDF's XML to test the page; a standalone XML file has no
    # page, so its XML is what the visual path reads (it used to return nothing).
    from facturist.engine.extraction import extract_canonical

    visual = extract_canonical(xml, use_einvoice=False)
    assert visual["fields"]
    assert visual == extract_canonical(xml, use_einvoice=True)
