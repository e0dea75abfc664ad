"""A centred letterhead's tagline with a founding year ("BOOKSELLERS · FINE BINDING · EST.
1911") between the name and the address line is no part of the seller's address."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf


def test_founding_year_tagline_is_not_the_address() -> None:
    texts = [
        (297, 60, "=Marlow & Penn", 20),
        (297, 80, "=PRINTERS · FINE BINDING · EST. 1887", 9),
        (297, 94, "=22 Bridge Street, Oxford OX1 2EN · 01865 552 310", 9),
        (60, 150, "Invoice to", 9),
        (60, 163, "Ashdown College Library", 10),
        (60, 176, "5 Parks Road", 10),
        (60, 189, "Oxford OX1 3PW", 10),
        (380, 150, "Invoice No. MP-4471", 10),
        (380, 163, "Date: 04/03/2025", 10),
        (60, 260, "Description", 10),
        (480, 260, "Amount", 10),
        (60, 280, "Rebinding of 12 volumes", 10),
        (480, 280, "540.00", 10),
        (380, 340, "Subtotal 540.00", 10),
        (380, 355, "VAT 20% 108.00", 10),
        (380, 370, "Total 648.00", 10),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Marlow & Penn"
    assert fields["seller_address"] == "22 Bridge Street, Oxford OX1 2EN"
