"""A hotel's folio billed in the domestic currency and paid by card in a foreign one: the
payment's currency is no currency of the invoice, the bilingual "Balance / Zostatok" is
what is left to pay, and a bilingual title over the tax document's names its number."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _folio(title: str = "INVOICE / FAKTURA") -> dict[str, object]:
    page = [
        (200, 60, "HOTEL DUNAJ RIVERSIDE"),
        (140, 76, "Rázusovo nábrezie 6, 811 02 Bratislava, Slovakia"),
        (52, 120, title),
        (400, 120, "No. 0325-001772"),
        (52, 146, "Bill to:"),
        (300, 146, "Folio"),
        (420, 146, "30917"),
        (52, 158, "Lindqvist Engineering AB"),
        (300, 158, "Invoice date"),
        (420, 158, "14.03.2025"),
        (52, 170, "Kungsgatan 12, 111 43 Stockholm"),
        (54, 240, "Date"),
        (110, 240, "Description"),
        (380, 240, "VAT"),
        (480, 240, "Charges EUR"),
        (54, 256, "12.03.25"),
        (110, 256, "Accommodation – Deluxe Double"),
        (380, 256, "5%"),
        (540, 256, ">140.00"),
        (54, 270, "13.03.25"),
        (110, 270, "Accommodation – Deluxe Double"),
        (380, 270, "5%"),
        (540, 270, ">140.00"),
        (54, 284, "13.03.25"),
        (110, 284, "Restaurant – dinner"),
        (380, 284, "19%"),
        (540, 284, ">59.50"),
        (330, 300, "Total charges"),
        (540, 300, ">EUR 339.50"),
        (54, 314, "14.03.25"),
        (110, 314, "Payment VISA ****2290 – SEK 3,872.14 @ 11.4054 SEK/EUR"),
        (540, 314, ">-339.50"),
        (330, 328, "Balance / Zostatok"),
        (540, 328, ">EUR 0.00"),
        (52, 360, "Paid in foreign currency: SEK 3,872.14. Shown for information."),
    ]
    return extract_canonical(make_invoice_pdf([page], marks=True), use_einvoice=False)["fields"]


def test_the_currency_a_payment_was_made_in_is_not_the_invoices() -> None:
    assert _folio()["currency"] == "EUR"


def test_a_bilingual_balance_caption_gives_the_amount_due() -> None:
    fields = _folio()
    assert (fields["total_amount"], fields["amount_due"]) == (339.5, 0.0)


def test_the_number_beside_a_bilingual_tax_document_title() -> None:
    assert _folio("INVOICE / FAKTÚRA – DANOVÝ DOKLAD")["invoice_number"] == "0325-001772"
