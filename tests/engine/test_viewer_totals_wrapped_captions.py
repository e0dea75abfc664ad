"""EN 16931 viewers' document totals: the printed "total amount without VAT" (BT-109) is the
net even when its caption wraps in a narrow label column, and not the sum of the line net
amounts (BT-106) above it; the amount due after a prepayment (BT-115); a payment account
captioned as such is the payee's wherever it stands beside the buyer's block."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_invoice_pdf

Text = tuple[float, float, str]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_invoice_pdf([texts], size=8))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


_HEAD: list[Text] = [
    (50, 40, "Invoice"),
    (50, 60, "Invoice number"),
    (160, 60, "INV-2025-4411"),
    (50, 72, "Invoice issue date"),
    (160, 72, "2025-03-21"),
]


def _totals(charge: str, net: str, tax: str, total: str) -> list[Text]:
    """The viewer's "Document totals" box: captions wrap onto a second line."""
    return [
        (306, 100, "Document totals"),
        (306, 116, "Sum of Invoice line net"),
        (306, 126, "amount"),
        (431, 116, "6,597.50 EUR"),
        (306, 139, "Sum of allowances on"),
        (306, 149, "document level"),
        (431, 139, "0.00 EUR"),
        (306, 162, "Sum of charges on document"),
        (306, 172, "level"),
        (431, 162, f"{charge} EUR"),
        (306, 185, "Invoice total amount without"),
        (306, 195, "VAT"),
        (431, 185, f"{net} EUR"),
        (306, 208, "Invoice total VAT amount"),
        (431, 208, f"{tax} EUR"),
        (306, 221, "Invoice total amount with"),
        (306, 231, "VAT"),
        (431, 221, f"{total} EUR"),
        (306, 244, "Amount due for payment"),
        (431, 244, f"{total} EUR"),
    ]


def test_wrapped_without_vat_caption_is_the_net_not_the_line_sum() -> None:
    invoice = _invoice(_HEAD + _totals("185.00", "6,782.50", "0.00", "6,782.50"))
    assert _value(invoice, "net_amount") == 6782.50
    assert _value(invoice, "tax_amount") == 0.0
    assert _value(invoice, "total_amount") == 6782.50


def test_wrapped_without_vat_caption_with_tax() -> None:
    invoice = _invoice(_HEAD + _totals("42.00", "6,639.50", "1,261.51", "7,901.01"))
    assert _value(invoice, "net_amount") == 6639.50
    assert _value(invoice, "tax_amount") == 1261.51


def test_gesamtbetrag_ohne_ust_is_the_net_after_charges() -> None:
    rows = [
        ("Summe Positionen netto", "3.468,00 €"),
        ("Summe Nachlässe", "120,00 €"),
        ("Summe Zuschläge", "346,80 €"),
        ("Gesamtbetrag ohne USt.", "3.694,80 €"),
        ("Summe USt.", "702,01 €"),
        ("Gesamtbetrag mit USt.", "4.396,81 €"),
        ("Gezahlter Betrag", "0,00 €"),
        ("Rundungsbetrag", "0,19 €"),
        ("Fälliger Betrag", "4.397,00 €"),
    ]
    texts: list[Text] = [(50, 40, "Rechnung"), (50, 60, "Rechnungsnummer: MK-2025-0219")]
    for i, (caption, value) in enumerate(rows):
        texts += [(330, 200 + 13 * i, caption), (470, 200 + 13 * i, value)]
    invoice = _invoice(texts)
    assert _value(invoice, "net_amount") == 3694.80
    assert _value(invoice, "tax_amount") == 702.01
    assert _value(invoice, "total_amount") == 4396.81
    assert _value(invoice, "amount_due") == 4397.00


def test_faelliger_zahlungsbetrag_after_prepayment_is_due() -> None:
    rows = [
        ("Gesamtbetrag ohne USt (BT-109)", "37.839,20"),
        ("Summe USt (BT-110)", "7.189,45"),
        ("Gesamtbetrag mit USt (BT-112)", "45.028,65"),
        ("Vorauszahlungsbetrag (BT-113)", "25.000,00"),
        ("Rundungsbetrag (BT-114)", "0,00"),
        ("Fälliger Zahlungsbetrag (BT-115)", "20.028,65"),
    ]
    texts: list[Text] = [(50, 40, "Rechnung"), (50, 60, "Rechnungsnummer (BT-1) TR-2025-03")]
    for i, (caption, value) in enumerate(rows):
        texts += [(60, 200 + 13 * i, caption), (300, 200 + 13 * i, value)]
    invoice = _invoice(texts)
    assert _value(invoice, "total_amount") == 45028.65
    assert _value(invoice, "amount_due") == 20028.65


def test_payment_account_under_the_buyer_column_is_the_sellers() -> None:
    texts = [
        *_HEAD,
        (50, 250, "Seller"),
        (50, 262, "Seller name"),
        (140, 262, "Albrecht Drehteile GmbH"),
        (50, 274, "City"),
        (140, 274, "Tuttlingen"),
        (306, 250, "Buyer"),
        (306, 262, "Buyer name"),
        (390, 262, "Alpenmechanik Huber GmbH"),
        (306, 274, "City"),
        (390, 274, "Innsbruck"),
        (306, 380, "Payment instructions"),
        (306, 396, "Payment account"),
        (306, 406, "identifier (IBAN)"),
        (414, 396, "DE94643500700008812047"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "iban") == "DE94643500700008812047"
