"""Totals read past what sits beside them: a list of earlier instalment invoices whose gross
is deducted below it, a Swiss rounding to the coin before "Zu bezahlen", an Indian ledger's
untitled taxable sum over its CGST and SGST rows, and a statement's current charges under a
previous balance."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 9))


def _amounts(invoice: CanonicalInvoice) -> dict[str, object]:
    keys = ("net_amount", "tax_amount", "total_amount", "amount_due")
    return {key: invoice.fields[key].value if key in invoice.fields else None for key in keys}


def _instalment(deducted: str) -> list[Text]:
    texts: list[Text] = [
        (50, 40, "Baumeister Lindner GmbH", False),
        (50, 52, "Werkstraße 4, 04109 Leipzig", False),
        (360, 90, "Rechnung Nr.", False),
        (460, 90, "AB-2025-114", False),
        (360, 102, "Datum", False),
        (460, 102, "12.06.2025", False),
        (50, 150, "2. Abschlagsrechnung", False),
        (50, 180, "Pos.", False),
        (90, 180, "Kurztext", False),
        (540, 180, "GP", True),
        (50, 196, "01", False),
        (90, 196, "Mauerwerk Kalksandstein", False),
        (540, 196, "30.400,00", True),
        (50, 210, "02", False),
        (90, 210, "Stahlbetondecke", False),
        (540, 210, "14.600,00", True),
        (340, 232, "Leistungsstand netto", False),
        (540, 232, "45.000,00 €", True),
        (340, 246, "zzgl. 19 % USt", False),
        (540, 246, "8.550,00 €", True),
        (340, 260, "Leistungsstand brutto", False),
        (540, 260, "53.550,00 €", True),
        (50, 286, "Bisherige Abschlagsrechnungen", False),
        (90, 302, "Rechnung", False),
        (200, 302, "vom", False),
        (360, 302, "netto", True),
        (450, 302, "USt", True),
        (540, 302, "brutto", True),
        (60, 318, "1. AR", False),
        (90, 318, "AB-2025-061", False),
        (200, 318, "14.04.2025", False),
        (360, 318, "10.000,00", True),
        (450, 318, "1.900,00", True),
        (540, 318, "11.900,00", True),
        (60, 332, "2. AR", False),
        (90, 332, "AB-2025-088", False),
        (200, 332, "15.05.2025", False),
        (360, 332, "8.000,00", True),
        (450, 332, "1.520,00", True),
        (540, 332, "9.520,00", True),
        (300, 352, "abzgl. bereits gezahlt (brutto)", False),
        (540, 352, deducted, True),
        (300, 368, "Zahlbetrag 3. Abschlag", False),
        (540, 368, "32.130,00 €", True),
    ]
    return texts


def test_earlier_instalments_deducted_below_are_no_totals() -> None:
    invoice = _invoice(_instalment("-21.420,00 €"))
    assert _amounts(invoice) == {
        "net_amount": 45000.0,
        "tax_amount": 8550.0,
        "total_amount": 53550.0,
        "amount_due": 32130.0,
    }


def _swiss(payable: str) -> list[Text]:
    return [
        (50, 40, "Matter Informatik", False),
        (50, 52, "Bahnhofstrasse 12, 3011 Bern", False),
        (50, 120, "Rechnung Nr. 2025-112", False),
        (50, 134, "Bern, 3. Februar 2025", False),
        (50, 170, "Leistung", False),
        (540, 170, "Betrag", True),
        (50, 186, "Wartung Server Januar", False),
        (540, 186, "1'240.00", True),
        (50, 200, "Lizenz Backup-Software", False),
        (540, 200, "189.90", True),
        (340, 224, "Zwischentotal", False),
        (540, 224, "1'429.90", True),
        (340, 238, "MWST 8.1 %", False),
        (540, 238, "115.82", True),
        (340, 252, "Total inkl. MWST", False),
        (540, 252, "1'545.72", True),
        (340, 266, "Rundung", False),
        (540, 266, "-0.02", True),
        (340, 280, "Zu bezahlen CHF", False),
        (540, 280, payable, True),
        (50, 320, "Zahlbar innert 30 Tagen.", False),
    ]


def test_swiss_payable_after_a_rounding_is_the_amount_due() -> None:
    invoice = _invoice(_swiss("1'545.70"))
    assert _amounts(invoice) == {
        "net_amount": 1429.9,
        "tax_amount": 115.82,
        "total_amount": 1545.72,
        "amount_due": 1545.70,
    }


def _ledger(prefix: str) -> list[Text]:
    return [
        (40, 40, "TAX INVOICE", False),
        (40, 60, "KAVERI PUMPS AND MOTORS PVT. LTD.", False),
        (40, 72, "Survey No. 18, Peenya Industrial Area, Bengaluru - 560058", False),
        (330, 100, "Invoice No.", False),
        (430, 100, "KPM/25-26/0412", False),
        (330, 112, "Dated", False),
        (430, 112, "03-Jun-2025", False),
        (40, 180, "Sl", False),
        (60, 180, "Description of Goods", False),
        (330, 180, "Quantity", True),
        (420, 180, "Rate", True),
        (560, 180, "Amount", True),
        (40, 198, "1", False),
        (60, 198, "Submersible Pump 5 HP", False),
        (330, 198, "4 Nos", True),
        (420, 198, "38,500.00", True),
        (560, 198, "1,54,000.00", True),
        (40, 214, "2", False),
        (60, 214, "Control Panel 3 Phase", False),
        (330, 214, "4 Nos", True),
        (420, 214, "9,250.00", True),
        (560, 214, "37,000.00", True),
        (560, 234, "1,91,000.00", True),
        (200, 248, prefix + "CGST @ 9%", False),
        (560, 248, "17,190.00", True),
        (200, 262, prefix + "SGST @ 9%", False),
        (560, 262, "17,190.00", True),
        (250, 300, "Total", False),
        (560, 300, "Rs. 2,25,380.00", True),
    ]


def test_ledger_named_split_taxes_under_an_untitled_subtotal() -> None:
    invoice = _invoice(_ledger("Output "))
    assert _amounts(invoice) == {
        "net_amount": 191000.0,
        "tax_amount": 34380.0,
        "total_amount": 225380.0,
        "amount_due": 225380.0,
    }


def test_plain_split_taxes_under_an_untitled_subtotal() -> None:
    invoice = _invoice(_ledger(""))
    assert _amounts(invoice)["tax_amount"] == 34380.0


def _statement(previous: str, due: str) -> list[Text]:
    return [
        (40, 40, "CASCADE VALLEY FUEL CO.", False),
        (380, 40, "INVOICE / STATEMENT", False),
        (40, 52, "PO Box 210, Redmond, OR 97756", False),
        (300, 70, "Invoice Number", False),
        (420, 70, "CVF-30418", False),
        (300, 82, "Statement Date", False),
        (420, 82, "01/31/2025", False),
        (40, 130, "Pine Bluff Orchards LLC", False),
        (40, 142, "8800 Canal Blvd, Redmond OR 97756", False),
        (40, 190, "ACCOUNT SUMMARY", False),
        (40, 206, "Previous Balance", False),
        (260, 206, previous, True),
        (40, 220, "Payments Received - Thank You", False),
        (260, 220, "0.00", True),
        (40, 234, "Current Charges (this invoice)", False),
        (260, 234, "905.50", True),
        (40, 250, "TOTAL AMOUNT DUE", False),
        (260, 250, due, True),
        (40, 290, "Description", False),
        (300, 290, "Quantity", True),
        (400, 290, "Price", True),
        (540, 290, "Amount", True),
        (40, 306, "Heating oil delivery 01/14/25 (gal)", False),
        (300, 306, "250", True),
        (400, 306, "3.542", True),
        (540, 306, "885.50", True),
        (40, 320, "Tank inspection fee", False),
        (300, 320, "1", True),
        (400, 320, "20.00", True),
        (540, 320, "20.00", True),
        (360, 342, "Current Charges Total", False),
        (540, 342, "905.50", True),
    ]


def test_statement_total_due_holds_the_previous_balance() -> None:
    amounts = _amounts(_invoice(_statement("214.30", "$1,119.80")))
    assert (amounts["total_amount"], amounts["amount_due"]) == (905.5, 1119.8)


def test_statement_without_a_carried_balance_keeps_its_total() -> None:
    amounts = _amounts(_invoice(_statement("0.00", "$905.50")))
    assert (amounts["total_amount"], amounts["amount_due"]) == (905.5, 905.5)
