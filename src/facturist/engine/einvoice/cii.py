"""UN/CEFACT Cross Industry Invoice: ZUGFeRD 2 / Factur-X / XRechnung CII, and ZUGFeRD 1.0.

Both generations share most element names; where they differ the paths below list both
(ZUGFeRD 1.0's "SupplyChainTrade..." beside CII D16B's "HeaderTrade..." / "LineTrade...").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lxml import etree

from facturist.engine.einvoice.model import (
    CREDIT_NOTE_TYPE_CODES,
    EInvoice,
    Syntax,
    child,
    children,
    decimal_at,
    is_placeholder_line,
    join_address,
    local_name,
    parse_xml_date,
    text_at,
    unit_price,
)

_DOCUMENT = ("ExchangedDocument", "HeaderExchangedDocument")
_AGREEMENT = ("ApplicableHeaderTradeAgreement", "ApplicableSupplyChainTradeAgreement")
_DELIVERY = ("ApplicableHeaderTradeDelivery", "ApplicableSupplyChainTradeDelivery")
_SETTLEMENT = ("ApplicableHeaderTradeSettlement", "ApplicableSupplyChainTradeSettlement")
_SUMMATION = (
    "SpecifiedTradeSettlementHeaderMonetarySummation",
    "SpecifiedTradeSettlementMonetarySummation",
)
_LINE_AGREEMENT = ("SpecifiedLineTradeAgreement", "SpecifiedSupplyChainTradeAgreement")
_LINE_DELIVERY = ("SpecifiedLineTradeDelivery", "SpecifiedSupplyChainTradeDelivery")
_LINE_SETTLEMENT = ("SpecifiedLineTradeSettlement", "SpecifiedSupplyChainTradeSettlement")
_LINE_SUMMATION = (
    "SpecifiedTradeSettlementLineMonetarySummation",
    "SpecifiedTradeSettlementMonetarySummation",
)

CII_ROOTS = frozenset({"CrossIndustryInvoice", "CrossIndustryDocument"})


def read_cii(root: etree._Element) -> EInvoice:
    """Read a CrossIndustryInvoice (or ZUGFeRD 1.0 CrossIndustryDocument) root."""
    syntax: Syntax = "ZUGFeRD1" if local_name(root) == "CrossIndustryDocument" else "CII"
    document = child(root, _DOCUMENT)
    transaction = child(
        root, ("SupplyChainTradeTransaction", "SpecifiedSupplyChainTradeTransaction")
    )
    agreement = child(transaction, _AGREEMENT)
    delivery = child(transaction, _DELIVERY)
    settlement = child(transaction, _SETTLEMENT)
    currency = text_at(settlement, "InvoiceCurrencyCode")
    fields: dict[str, object] = {}
    type_code = text_at(document, "TypeCode")
    if type_code:
        fields["document_type"] = (
            "credit_note" if type_code in CREDIT_NOTE_TYPE_CODES else "invoice"
        )
    _put(fields, "invoice_number", text_at(document, "ID"))
    _put(fields, "invoice_date", _date_at(document, "IssueDateTime"))
    _put(fields, "due_date", _due_date(settlement))
    _put(
        fields,
        "delivery_date",
        _date_at(delivery, "ActualDeliverySupplyChainEvent", "OccurrenceDateTime"),
    )
    _read_party(fields, "seller", child(agreement, "SellerTradeParty"))
    _read_party(fields, "buyer", child(agreement, "BuyerTradeParty"))
    _put(fields, "currency", currency)
    summation = child(settlement, _SUMMATION)
    _put(fields, "net_amount", decimal_at(summation, "TaxBasisTotalAmount"))
    _put(fields, "tax_amount", _tax_total(summation, currency))
    _put(fields, "total_amount", decimal_at(summation, "GrandTotalAmount"))
    _put(fields, "amount_due", decimal_at(summation, "DuePayableAmount"))
    _read_payment(fields, settlement)
    _put(
        fields,
        "order_number",
        text_at(agreement, "BuyerOrderReferencedDocument", ("IssuerAssignedID", "ID")),
    )
    terms = [text_at(term, "Description") for term in _payment_terms(settlement)]
    _put(fields, "payment_terms", " ".join(term for term in terms if term) or None)
    lines = [_read_line(item) for item in children(transaction, "IncludedSupplyChainTradeLineItem")]
    return EInvoice(
        syntax=syntax,
        fields=fields,
        line_items=[line for line in lines if line and not is_placeholder_line(line)],
        tax_breakdown=_tax_breakdown(settlement),
        profile=_profile(root),
    )


def _put(fields: dict[str, object], key: str, value: object) -> None:
    if value is not None and value != "":
        fields[key] = value


def _date_at(element: etree._Element | None, *path: str) -> date | None:
    holder = child(element, *path, "DateTimeString")
    if holder is None or holder.text is None:
        return None
    return parse_xml_date(holder.text, holder.get("format"))


def _payment_terms(settlement: etree._Element | None) -> list[etree._Element]:
    return children(settlement, "SpecifiedTradePaymentTerms")


def _due_date(settlement: etree._Element | None) -> date | None:
    for term in _payment_terms(settlement):
        due = _date_at(term, "DueDateDateTime")
        if due is not None:
            return due
    return None


def _tax_total(summation: etree._Element | None, currency: str | None) -> Decimal | None:
    """BT-110: the tax total in the invoice currency (BT-111 may repeat it in another)."""
    totals = children(summation, "TaxTotalAmount")
    for total in totals:
        if currency is None or total.get("currencyID") in (None, currency):
            return decimal_at(total)
    return decimal_at(totals[0]) if totals else None


def _read_party(fields: dict[str, object], role: str, party: etree._Element | None) -> None:
    if party is None:
        return
    _put(fields, f"{role}_name", text_at(party, "Name"))
    for registration in children(party, "SpecifiedTaxRegistration"):
        identifier = child(registration, "ID")
        if identifier is None or not identifier.text:
            continue
        scheme = identifier.get("schemeID", "")
        key = f"{role}_tax_number" if scheme == "FC" else f"{role}_vat_id"
        fields.setdefault(key, identifier.text.strip())
    address = child(party, "PostalTradeAddress")
    if address is not None:
        postcode_city = " ".join(
            part
            for part in (text_at(address, "PostcodeCode"), text_at(address, "CityName"))
            if part
        )
        _put(
            fields,
            f"{role}_address",
            join_address(
                [
                    text_at(address, "LineOne"),
                    text_at(address, "LineTwo"),
                    text_at(address, "LineThree"),
                    postcode_city,
                    text_at(address, "CountryID"),
                ]
            ),
        )


def _read_payment(fields: dict[str, object], settlement: etree._Element | None) -> None:
    for means in children(settlement, "SpecifiedTradeSettlementPaymentMeans"):
        iban = text_at(means, "PayeePartyCreditorFinancialAccount", "IBANID")
        if iban and "iban" not in fields:
            fields["iban"] = iban.replace(" ", "")
            bic = text_at(means, "PayeeSpecifiedCreditorFinancialInstitution", "BICID")
            _put(fields, "bic", bic)


def _read_line(item: etree._Element) -> dict[str, object]:
    line: dict[str, object] = {}
    product = child(item, "SpecifiedTradeProduct")
    _put(line, "description", text_at(product, "Name"))
    _put(line, "product_code", text_at(product, "SellerAssignedID") or text_at(product, "GlobalID"))
    quantity_element = child(item, _LINE_DELIVERY, "BilledQuantity")
    if quantity_element is not None:
        _put(line, "quantity", decimal_at(quantity_element))
        _put(line, "unit", quantity_element.get("unitCode"))
    settlement = child(item, _LINE_SETTLEMENT)
    amount = decimal_at(settlement, _LINE_SUMMATION, "LineTotalAmount")
    price = child(item, _LINE_AGREEMENT, "NetPriceProductTradePrice")
    _put(
        line,
        "unit_price",
        unit_price(
            decimal_at(price, "ChargeAmount"),
            decimal_at(price, "BasisQuantity"),
            decimal_at(quantity_element),
            amount,
        ),
    )
    _put(line, "amount", amount)
    _put(line, "vat_rate", decimal_at(settlement, "ApplicableTradeTax", "RateApplicablePercent"))
    if "vat_rate" not in line:
        _put(line, "vat_rate", decimal_at(settlement, "ApplicableTradeTax", "ApplicablePercent"))
    return line


def _tax_breakdown(settlement: etree._Element | None) -> list[dict[str, object]]:
    breakdown: list[dict[str, object]] = []
    for tax in children(settlement, "ApplicableTradeTax"):
        entry: dict[str, object] = {}
        _put(entry, "rate", decimal_at(tax, "RateApplicablePercent"))
        if "rate" not in entry:
            _put(entry, "rate", decimal_at(tax, "ApplicablePercent"))
        _put(entry, "base", decimal_at(tax, "BasisAmount"))
        _put(entry, "tax", decimal_at(tax, "CalculatedAmount"))
        _put(entry, "category", text_at(tax, "CategoryCode"))
        breakdown.append(entry)
    return breakdown


def _profile(root: etree._Element) -> str:
    context = child(root, ("ExchangedDocumentContext", "SpecifiedExchangedDocumentContext"))
    return text_at(context, "GuidelineSpecifiedDocumentContextParameter", "ID") or ""
