"""OASIS UBL 2.1 Invoice and CreditNote (XRechnung UBL, Peppol BIS)."""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from facturist.engine.einvoice.model import (
    CREDIT_NOTE_TYPE_CODES,
    EInvoice,
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

UBL_ROOTS = frozenset({"Invoice", "CreditNote"})


def read_ubl(root: etree._Element) -> EInvoice:
    """Read a UBL Invoice or CreditNote root."""
    is_credit_note = local_name(root) == "CreditNote"
    fields: dict[str, object] = {}
    type_code = text_at(root, ("InvoiceTypeCode", "CreditNoteTypeCode"))
    if is_credit_note or (type_code and type_code in CREDIT_NOTE_TYPE_CODES):
        fields["document_type"] = "credit_note"
    else:
        fields["document_type"] = "invoice"
    _put(fields, "invoice_number", text_at(root, "ID"))
    _put(fields, "invoice_date", parse_xml_date(text_at(root, "IssueDate")))
    due = parse_xml_date(text_at(root, "DueDate"))
    if due is None:
        for means in children(root, "PaymentMeans"):
            due = due or parse_xml_date(text_at(means, "PaymentDueDate"))
    _put(fields, "due_date", due)
    _put(fields, "delivery_date", parse_xml_date(text_at(root, "Delivery", "ActualDeliveryDate")))
    _read_party(fields, "seller", child(root, "AccountingSupplierParty", "Party"))
    _read_party(fields, "buyer", child(root, "AccountingCustomerParty", "Party"))
    currency = text_at(root, "DocumentCurrencyCode")
    _put(fields, "currency", currency)
    totals = child(root, "LegalMonetaryTotal")
    _put(fields, "net_amount", decimal_at(totals, "TaxExclusiveAmount"))
    _put(fields, "tax_amount", _tax_total(root, currency))
    _put(fields, "total_amount", decimal_at(totals, "TaxInclusiveAmount"))
    _put(fields, "amount_due", decimal_at(totals, "PayableAmount"))
    for means in children(root, "PaymentMeans"):
        account = child(means, "PayeeFinancialAccount")
        iban = text_at(account, "ID")
        if iban and "iban" not in fields:
            fields["iban"] = iban.replace(" ", "")
            _put(fields, "bic", text_at(account, "FinancialInstitutionBranch", "ID"))
    _put(fields, "order_number", text_at(root, "OrderReference", "ID"))
    notes = [text_at(terms, "Note") for terms in children(root, "PaymentTerms")]
    _put(fields, "payment_terms", " ".join(note for note in notes if note) or None)
    lines = [_read_line(line) for line in children(root, "InvoiceLine", "CreditNoteLine")]
    return EInvoice(
        syntax="UBL",
        fields=fields,
        line_items=[line for line in lines if line and not is_placeholder_line(line)],
        tax_breakdown=_tax_breakdown(root, currency),
        profile=text_at(root, "CustomizationID") or "",
    )


def _put(fields: dict[str, object], key: str, value: object) -> None:
    if value is not None and value != "":
        fields[key] = value


def _tax_totals(root: etree._Element, currency: str | None) -> list[etree._Element]:
    """TaxTotal groups in the document currency (a second one may be in the tax currency)."""
    groups = children(root, "TaxTotal")
    matching = [
        group
        for group in groups
        if currency is None
        or child(group, "TaxAmount") is None
        or child(group, "TaxAmount").get("currencyID") in (None, currency)  # type: ignore[union-attr]
    ]
    return matching or groups


def _tax_total(root: etree._Element, currency: str | None) -> Decimal | None:
    groups = _tax_totals(root, currency)
    return decimal_at(groups[0], "TaxAmount") if groups else None


def _tax_breakdown(root: etree._Element, currency: str | None) -> list[dict[str, object]]:
    breakdown: list[dict[str, object]] = []
    groups = _tax_totals(root, currency)
    for subtotal in children(groups[0] if groups else None, "TaxSubtotal"):
        entry: dict[str, object] = {}
        _put(entry, "rate", decimal_at(subtotal, "TaxCategory", "Percent"))
        _put(entry, "base", decimal_at(subtotal, "TaxableAmount"))
        _put(entry, "tax", decimal_at(subtotal, "TaxAmount"))
        _put(entry, "category", text_at(subtotal, "TaxCategory", "ID"))
        breakdown.append(entry)
    return breakdown


def _read_party(fields: dict[str, object], role: str, party: etree._Element | None) -> None:
    if party is None:
        return
    # BT-27 / BT-44 is the legal name (PartyLegalEntity/RegistrationName); PartyName is the
    # trading name (BT-28), which Peppol senders often shorten ("Nordlicht Büro" for
    # "Nordlicht Bürobedarf GmbH & Co. KG"): it stands in only when no legal name is given.
    name = text_at(party, "PartyLegalEntity", "RegistrationName") or text_at(
        party, "PartyName", "Name"
    )
    _put(fields, f"{role}_name", name)
    for scheme in children(party, "PartyTaxScheme"):
        company_id = text_at(scheme, "CompanyID")
        scheme_id = text_at(scheme, "TaxScheme", "ID")
        if company_id:
            key = f"{role}_vat_id" if scheme_id in (None, "VAT") else f"{role}_tax_number"
            fields.setdefault(key, company_id)
    address = child(party, "PostalAddress")
    if address is not None:
        postcode_city = " ".join(
            part for part in (text_at(address, "PostalZone"), text_at(address, "CityName")) if part
        )
        _put(
            fields,
            f"{role}_address",
            join_address(
                [
                    text_at(address, "StreetName"),
                    text_at(address, "AdditionalStreetName"),
                    text_at(address, "AddressLine", "Line"),
                    postcode_city,
                    text_at(address, "Country", "IdentificationCode"),
                ]
            ),
        )


def _read_line(element: etree._Element) -> dict[str, object]:
    line: dict[str, object] = {}
    item = child(element, "Item")
    _put(line, "description", text_at(item, "Name") or text_at(item, "Description"))
    _put(
        line,
        "product_code",
        text_at(item, "SellersItemIdentification", "ID")
        or text_at(item, "StandardItemIdentification", "ID"),
    )
    quantity = child(element, ("InvoicedQuantity", "CreditedQuantity"))
    if quantity is not None:
        _put(line, "quantity", decimal_at(quantity))
        _put(line, "unit", quantity.get("unitCode"))
    amount = decimal_at(element, "LineExtensionAmount")
    price = unit_price(
        decimal_at(element, "Price", "PriceAmount"),
        decimal_at(element, "Price", "BaseQuantity"),
        decimal_at(quantity),
        amount,
    )
    _put(line, "unit_price", price)
    _put(line, "amount", amount)
    _put(line, "vat_rate", decimal_at(item, "ClassifiedTaxCategory", "Percent"))
    return line
