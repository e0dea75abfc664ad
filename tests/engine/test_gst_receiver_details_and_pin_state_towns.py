"""India's GST tax invoice: the supplier's block centred on top (name, the address on one line,
a "GSTIN" line), then "Details of Receiver (Billed to)" over the customer's block beside the
invoice's details. The caption heads the buyer's block; the supplier's address line ends with
the town, its six-digit PIN and the state after it ("Bengaluru 560058, Karnataka")."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, font size, text); x None: centred on the page
Text = tuple[float | None, float, float, str]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    """A text without an x is centred on the page."""
    return analysed(
        make_pdf(
            Drawn(x, y, text, size=size)
            if x is not None
            else Drawn(A4[0] / 2, y, text, size=size, align="centre")
            for x, y, size, text in texts
        )
    )


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _tax_invoice(seller: str, street: str, buyer: str) -> list[Text]:
    details = [
        ("Invoice No.", ": KT/2425/0917"),
        ("Invoice Date", ": 14/08/2024"),
        ("Place of Supply", ": Karnataka (29)"),
        ("Reverse Charge", ": No"),
    ]
    return [
        (None, 30, 12, "TAX INVOICE"),
        (None, 56, 13, seller),
        (None, 73, 9, street),
        (None, 84, 8, "GSTIN: 29AABCK5521L1ZQ | PAN: AABCK5521L"),
        (36, 110, 9, "Details of Receiver (Billed to)"),
        (36, 121, 9, buyer),
        (36, 132, 9, "Survey No. 9, Electronic City Phase 1"),
        (36, 143, 9, "Bengaluru 560100"),
        (36, 154, 9, "GSTIN: 29AAFCN4410P1Z5"),
        *((320, 110 + 11 * i, 9, c) for i, (c, _) in enumerate(details)),
        *((420, 110 + 11 * i, 9, v) for i, (_, v) in enumerate(details)),
        (40, 190, 9, "Sr.  Description of Goods           HSN     Qty   Rate      Amount"),
        (40, 205, 9, "1    Copper cable 4 sq mm           8544    20    1,250.00  25,000.00"),
        (370, 240, 9, "Taxable Value      25,000.00"),
        (370, 252, 9, "IGST @ 18%          4,500.00"),
        (370, 264, 9, "Invoice Total      29,500.00"),
    ]


@pytest.mark.parametrize(
    ("seller", "street", "buyer"),
    [
        (
            "Kaveri Electricals",
            "No. 14, 3rd Main, Jayanagar, Bengaluru 560041, Karnataka",
            "Nilgiri Systems Pvt. Ltd.",
        ),
        (
            "Sahyadri Wires Private Limited",
            "Plot 8, MIDC Chakan, Pune - 410501, Maharashtra",
            "Orbit Controls India LLP",
        ),
    ],
)
def test_receivers_details_caption_heads_the_buyers_block(
    seller: str, street: str, buyer: str
) -> None:
    invoice = _invoice(_tax_invoice(seller, street, buyer))
    assert _value(invoice, "seller_name") == seller
    assert _value(invoice, "buyer_name") == buyer


@pytest.mark.parametrize(
    "street",
    [
        "No. 14, 3rd Main, Jayanagar, Bengaluru 560041, Karnataka",
        "Plot 8, MIDC Chakan, Pune - 410501, Maharashtra",
        "12 Anna Salai, Teynampet, Chennai 600 018, Tamil Nadu",
    ],
)
def test_centred_address_ends_with_pin_and_state(street: str) -> None:
    invoice = _invoice(_tax_invoice("Kaveri Electricals", street, "Nilgiri Systems Pvt. Ltd."))
    assert _value(invoice, "seller_address") == street
