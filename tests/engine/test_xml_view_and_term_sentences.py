"""An e-invoice printed as its XML tree (xmltags.py), a direct debit's account (partyiban.py),
a date caption closing a sentence (dateread.py), a service period beside the terms
(netdue.py) and the discounted sum in a cash-discount sentence (amountcaptions.py)."""

from __future__ import annotations

import datetime

from .conftest import Page, header_values

_CII_VIEW: Page = [
    (40, 40, "Eingangsrechnung – XML-Ansicht Beleg ER-0001"),
    (40, 60, "rsm:ExchangedDocument"),
    (50, 72, "ram:ID AR-2024-777"),
    (50, 84, "ram:TypeCode 380"),
    (50, 96, "ram:IssueDateTime (102) 20241021"),
    (40, 110, "ram:SellerTradeParty"),
    (50, 122, "ram:Name Nordwind Handel GmbH"),
    (40, 136, "ram:IncludedSupplyChainTradeLineItem [1]"),
    (50, 148, "ram:LineID 1"),
    (50, 160, "ram:LineTotalAmount 7729.10"),
    (40, 174, "ram:ApplicableTradeTax"),
    (50, 186, "ram:CalculatedAmount 1468.53"),
    (50, 198, "ram:BasisAmount 7729.10"),
    (40, 212, "ram:SpecifiedTradePaymentTerms"),
    (50, 224, "ram:DueDateDateTime (102) 20241104"),
    (40, 238, "ram:SpecifiedTradeSettlementHeaderMonetarySummation"),
    (50, 250, "ram:TaxBasisTotalAmount 7729.10"),
    (50, 262, "ram:TaxTotalAmount @currencyID=EUR 1468.53"),
    (50, 274, "ram:RoundingAmount 0.02"),
    (50, 286, "ram:GrandTotalAmount 9197.63"),
    (50, 298, "ram:TotalPrepaidAmount 1500.00"),
    (50, 310, "ram:DuePayableAmount 7697.65"),
]


def test_cii_element_names_caption_their_values() -> None:
    fields = header_values(_CII_VIEW)
    assert fields["invoice_number"] == "AR-2024-777"
    assert fields["invoice_date"] == datetime.date(2024, 10, 21)
    assert fields["due_date"] == datetime.date(2024, 11, 4)
    assert fields["net_amount"] == 7729.10
    assert fields["tax_amount"] == 1468.53
    assert fields["total_amount"] == 9197.63
    assert fields["amount_due"] == 7697.65  # less the prepayment, plus the rounding


def test_ubl_root_id_is_the_number_and_a_line_id_is_not() -> None:
    fields = header_values(
        [
            (40, 40, "XML-Ansicht"),
            (40, 60, "cac:InvoiceLine [1]"),
            (50, 72, "cbc:ID 1"),
            (50, 84, "cbc:LineExtensionAmount 100.00"),
            (40, 100, "Invoice"),
            (50, 112, "cbc:ID INV-2024-55"),
            (50, 124, "cbc:IssueDate 2024-07-09"),
            (50, 136, "cbc:DueDate 2024-08-08"),
            (40, 150, "cac:TaxTotal"),
            (50, 162, "cbc:TaxAmount 19.00"),
            (40, 176, "cac:LegalMonetaryTotal"),
            (50, 188, "cbc:TaxExclusiveAmount 100.00"),
            (50, 200, "cbc:TaxInclusiveAmount 119.00"),
            (50, 212, "cbc:PayableAmount 119.00"),
        ]
    )
    assert fields["invoice_number"] == "INV-2024-55"
    assert fields["invoice_date"] == datetime.date(2024, 7, 9)
    assert fields["due_date"] == datetime.date(2024, 8, 8)
    assert (fields["net_amount"], fields["tax_amount"]) == (100.0, 19.0)
    assert (fields["total_amount"], fields["amount_due"]) == (119.0, 119.0)


_HEAD: Page = [
    (50, 60, "Nordwind Handel GmbH"),
    (350, 120, "Rechnung Nr. 2024-117"),
    (350, 134, "Rechnungsdatum: 02.06.2024"),
]


def test_debited_account_is_no_payee_iban() -> None:
    alone = header_values(
        [
            *_HEAD,
            (50, 400, "Zahlungsart: SEPA-Lastschrift"),
            (50, 424, "Belastetes Konto (IBAN) DE89 3704 0044 0532 0130 00"),
        ]
    )
    assert "iban" not in alone
    both = header_values(
        [
            *_HEAD,
            (50, 400, "Lastschriftkonto: DE89 3704 0044 0532 0130 00"),
            (50, 700, "Sparkasse Nord DE44 5001 0517 5407 3249 31"),
        ]
    )
    assert both["iban"] == "DE44500105175407324931"


def test_date_caption_closing_a_sentence_reads_no_date_below() -> None:
    fields = header_values(
        [
            (50, 60, "Holzwerk Nord"),
            (350, 120, "Kundennr."),
            (420, 120, "Rechnungsnr."),
            (500, 120, "Datum"),
            (350, 132, "10457"),
            (420, 132, "2024-0412"),
            (500, 132, "14.03.2024"),
            (50, 400, "Leistungsdatum entspricht Rechnungsdatum."),
            (50, 412, "Zahlbar innerhalb von 14 Tagen bis zum 28.03.2024 ohne Abzug."),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2024, 3, 14)
    assert fields["due_date"] == datetime.date(2024, 3, 28)


def test_service_period_end_over_the_terms_is_no_due_date() -> None:
    fields = header_values(
        [
            *_HEAD,
            (50, 400, "Leistungszeitraum: 02.09.2024- 15.11.2024"),
            (50, 412, "Zahlbar innerhalb von 21 Tagen ohne Abzug."),
        ]
    )
    assert "due_date" not in fields


def test_discounted_sum_after_the_discount_amount_is_not_due() -> None:
    fields = header_values(
        [
            *_HEAD,
            (350, 300, "Summe netto"),
            (480, 300, "548,00 €"),
            (350, 312, "zzgl. 19 % MwSt."),
            (480, 312, "104,12 €"),
            (350, 324, "Gesamtsumme"),
            (480, 324, "652,12 €"),
            (
                50,
                400,
                "Zahlbar innerhalb von 30 Tagen ohne Abzug. Bei Zahlung bis zum 27.10.2024"
                " gewähren wir 2 % Skonto",
            ),
            (50, 412, "(13,04 €), Zahlbetrag dann 639,08 €."),
        ]
    )
    assert fields["total_amount"] == 652.12
    assert fields["amount_due"] == 652.12
