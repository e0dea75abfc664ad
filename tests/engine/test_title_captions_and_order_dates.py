"""The document's number and date where the caption is the title word itself ("Rechnung |
RG 7700315"), a Dutch utility's "Notanummer" / "Notadatum", an ordinal in an address beside a
stacked caption ("5th Floor"), a shop's order date as its only date, and the buyer's GSTIN in
a right-aligned billing block."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf

_TOTALS: list[SizedText] = [
    (350, 400, "Nettobetrag", 10),
    (540, 400, ">1.000,00", 10),
    (350, 414, "USt 19 %", 10),
    (540, 414, ">190,00", 10),
    (350, 428, "Gesamtbetrag", 10),
    (540, 428, ">1.190,00", 10),
]


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


@pytest.mark.parametrize(
    ("title", "number"),
    [
        # A wholesaler's meta block: the title word captions the number, a space after
        # the series prefix; the headline repeats it.
        ("Rechnung", "RG 7700315"),
        # A compound title ("Sammelrechnung", "Abschlagsrechnung") likewise.
        ("Sammelrechnung", "SR-25-1107"),
    ],
)
def test_the_title_word_captions_the_number(title: str, number: str) -> None:
    fields = _fields(
        [
            (50, 50, "Werkzeughandel Lindner GmbH", 14),
            (50, 66, "Gutenbergstraße 18 · 04178 Leipzig", 8),
            (50, 120, "Metallbau Reinsch GmbH", 10),
            (50, 134, "Am Flugplatz 7", 10),
            (50, 148, "04435 Schkeuditz", 10),
            (380, 120, title, 10),
            (470, 120, number, 10),
            (380, 134, "Datum", 10),
            (470, 134, "05.11.2025", 10),
            (380, 148, "Kunde", 10),
            (470, 148, "30877", 10),
            (50, 200, f"{title} über folgende Lieferungen", 12),
            *_TOTALS,
        ]
    )
    assert fields["invoice_number"] == number
    assert fields["invoice_date"] == "2025-11-05"


def test_a_title_dated_or_priced_after_it_has_no_number() -> None:
    fields = _fields(
        [
            (50, 50, "Werkzeughandel Lindner GmbH", 14),
            (50, 120, "Sammelrechnung vom 05.11.2025", 12),
            (50, 140, "Rechnung EUR 1.190,00", 10),
            *_TOTALS,
        ]
    )
    assert fields.get("invoice_number") is None


def test_a_dutch_utilitys_nota_number_and_date() -> None:
    fields = _fields(
        [
            (50, 50, "Polderstroom Energie B.V.", 14),
            (50, 120, "Termijnnota december 2024", 12),
            (50, 150, "Notanummer", 10),
            (180, 150, "TN-2024-12-0774193", 10),
            (50, 164, "Notadatum", 10),
            (180, 164, "25 november 2024", 10),
            (50, 178, "Klantnummer", 10),
            (180, 178, "30 447 918", 10),
            (64, 220, "Bedrag excl. btw", 10),
            (400, 220, ">€ 154,55", 10),
            (64, 234, "Btw 21%", 10),
            (400, 234, ">€ 32,45", 10),
            (64, 248, "Totaal incl. btw", 10),
            (400, 248, ">€ 187,00", 10),
        ]
    )
    assert fields["invoice_number"] == "TN-2024-12-0774193"
    assert fields["invoice_date"] == "2024-11-25"


def test_an_ordinal_beside_a_stacked_caption_is_no_number() -> None:
    # Xero's layout: the buyer's address left, captions over their values in the middle,
    # the seller's address right; "5th Floor" ends level with the date over the caption.
    fields = _fields(
        [
            (50, 100, "Quaybridge Joinery Ltd", 9),
            (50, 111, "Unit 3, Mill Yard", 9),
            (50, 122, "Hebden Bridge", 9),
            (300, 100, "Invoice Date", 9),
            (300, 111, "1 Aug 2024", 9),
            (300, 126, "Invoice Number", 9),
            (300, 140, "INV-3091148", 7),
            (410, 100, "Ledgerly Software UK Ltd", 9),
            (410, 111, "5th Floor, 21 Castle Street", 9),
            (502, 122, "Edinburgh", 9),
            (50, 133, "HX7 8AD", 9),
            (508, 133, "EH2 3DN", 9),
            (60, 240, "Subtotal", 9),
            (400, 240, ">85.10", 9),
            (60, 254, "TOTAL VAT 20%", 9),
            (400, 254, ">17.02", 9),
            (60, 268, "TOTAL GBP", 9),
            (400, 268, ">102.12", 9),
        ]
    )
    assert fields["invoice_number"] == "INV-3091148"


def _order_page(*extra: SizedText) -> list[SizedText]:
    return [
        (60, 50, "NameOrchard, Inc.", 14),
        (60, 64, "2209 East Camelback Road, Phoenix, AZ 85016", 8),
        (60, 120, "Order Number:", 10),
        (160, 120, "58172094", 10),
        (60, 134, "Order Date:", 10),
        (160, 134, "11/07/2024 14:32 MST", 10),
        (60, 148, "Payment Method:", 10),
        (160, 148, "Visa ending in 4417", 10),
        (350, 300, "Sub Total", 10),
        (540, 300, ">$50.10", 10),
        (350, 314, "Sales Tax", 10),
        (540, 314, ">$0.00", 10),
        (350, 328, "TOTAL", 10),
        (540, 328, ">$50.10 USD", 10),
        *extra,
    ]


def test_an_order_confirmation_invoice_is_dated_by_its_order() -> None:
    # "Order Confirmation / Invoice": the order's date (and time) is the only date printed.
    assert _fields(_order_page())["invoice_date"] == "2024-11-07"


def test_an_invoice_date_outranks_the_order_date() -> None:
    fields = _fields(_order_page((350, 120, "Invoice Date:", 10), (450, 120, "11/09/2024", 10)))
    assert fields["invoice_date"] == "2024-11-09"


def test_a_gstin_in_a_right_aligned_billing_block_is_the_buyers() -> None:
    # An Indian marketplace's tax invoice: "Sold By" left, "Billing Address" right, the right
    # block set flush right; both print a "GST Registration No", the buyer's higher up.
    fields = _fields(
        [
            (36, 40, "Tax Invoice/Bill of Supply/Cash Memo", 12),
            (36, 84, "Sold By :", 9),
            (559, 84, ">Billing Address :", 9),
            (36, 96, "Vinayaka Digital Retail Private Limited", 9),
            (559, 96, ">Sandeep Raghunathan", 9),
            (36, 107, "Plot No. 42, KIADB Industrial Area, Hoskote", 8),
            (559, 107, ">No. 17, 4th Cross, Malleswaram", 8),
            (36, 118, "Bengaluru Rural, Karnataka, 562114", 8),
            (559, 118, ">Bengaluru, Karnataka, 560003", 8),
            (36, 129, "IN", 8),
            (559, 129, ">IN", 8),
            (559, 140, ">State/UT Code: 29", 8),
            (559, 151, ">GST Registration No: 29BQRPS7710K1ZY", 9),
            (36, 156, "PAN No: AAKCV4821M", 8),
            (36, 168, "GST Registration No: 29AAKCV4821M1ZP", 9),
            (380, 200, "Invoice Number :", 9),
            (470, 200, "BLR7-1928447", 9),
            (360, 440, "Taxable Value", 9),
            (559, 440, ">₹ 74,734.74", 9),
            (360, 453, "CGST @ 9%", 9),
            (559, 453, ">₹ 6,726.13", 9),
            (360, 466, "SGST @ 9%", 9),
            (559, 466, ">₹ 6,726.13", 9),
        ]
    )
    assert fields["seller_vat_id"] == "29AAKCV4821M1ZP"
