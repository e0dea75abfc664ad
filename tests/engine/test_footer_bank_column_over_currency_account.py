"""A footer's bank column: the bank's name, the account's currency under it, then the IBAN.
The bank is no seller; the registered company beside it is."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def test_the_bank_over_a_currency_account_line_is_no_seller() -> None:
    page = [
        (58, 52, "Marlow & Finch"),
        (420, 45, "22 Castle Street"),
        (420, 57, "Bristol BS1 3AA"),
        (420, 86, "VAT Reg. No. GB 318 4402 17"),
        (57, 140, "Invoice"),
        (57, 164, "Invoice to"),
        (340, 164, "Invoice number"),
        (450, 164, "MF-24-0388"),
        (57, 180, "Orwell Aviation Services Ltd"),
        (340, 176, "Invoice date"),
        (450, 176, "12 September 2024"),
        (57, 192, "Hangar 4, Airport Road"),
        (57, 204, "Norwich NR6 6JA"),
        (60, 280, "Description"),
        (480, 280, "Amount $"),
        (60, 296, "Design review – fuselage frame 14"),
        (540, 296, ">6,200.00"),
        (363, 330, "Net"),
        (540, 330, ">US$ 6,200.00"),
        (363, 342, "VAT @ 20%"),
        (540, 342, ">US$ 1,240.00"),
        (363, 354, "Total (USD)"),
        (540, 354, ">US$ 7,440.00"),
        (57, 769, "HSBC UK Bank plc, Bristol City Branch"),
        (300, 769, "Marlow & Finch Ltd · Registered in England & Wales"),
        (57, 778, "USD currency account · SWIFT HBUKGB4B"),
        (300, 778, "Company No. 08812345"),
        (57, 787, "IBAN GB29 HBUK 4012 7612 3456 78"),
        (300, 787, "Registered office: 22 Castle Street, Bristol BS1 3AA"),
    ]
    pdf = make_invoice_pdf([page], marks=True, size=7)
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Marlow & Finch Ltd"
