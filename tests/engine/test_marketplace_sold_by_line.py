"""A marketplace's invoice names its third-party seller on one line, "Sold by Brightwick Home
Ltd" with no colon, over the seller's address and VAT ID; the platform that issues it on the
seller's behalf is named only by its logo, its "Fulfilled by ..." row and its footer."""

from __future__ import annotations

import pytest

from facturist.engine.extraction import extract_canonical

from .conftest import make_sized_pdf


def _page(caption: str) -> list[tuple[float, float, str, float]]:
    return [
        (41, 40, "quaymart", 16),
        (508, 30, "Invoice", 12),
        (41, 80, "Invoice date: 17 March 2025", 8),
        (330, 80, f"{caption} Pellworth Kitchenware Ltd", 8),
        (41, 90, "Invoice #: QM7JR2K4XA", 8),
        (331, 90, "Unit 9, Tanner Row Trading Estate", 8),
        (41, 100, "Total payable: £64.80", 8),
        (331, 100, "Leeds, LS10 1PQ", 8),
        (331, 110, "United Kingdom", 8),
        (330, 120, "VAT # GB284619331", 8),
        (41, 140, "Billing address", 8),
        (201, 140, "Delivery address", 8),
        (380, 140, "Order information", 8),
        (41, 152, "Tomos Pritchard", 8),
        (201, 152, "Tomos Pritchard", 8),
        (380, 152, "Order date: 15 March 2025", 8),
        (41, 162, "14 Heol Gwyn", 8),
        (201, 162, "14 Heol Gwyn", 8),
        (380, 162, "Fulfilled by Quaymart EU S.à r.l.", 8),
        (41, 172, "Cardiff, CF10 3AB", 8),
        (201, 172, "Cardiff, CF10 3AB", 8),
        (380, 172, "Payment: Visa ending in 4417", 8),
        (45, 220, "Description", 8),
        (300, 220, "Qty", 8),
        (360, 220, "Unit price", 8),
        (500, 220, "Amount", 8),
        (45, 236, "Enamel Stock Pot 6L", 8),
        (302, 236, "1", 8),
        (360, 236, "£54.00", 8),
        (500, 236, "£54.00", 8),
        (380, 260, "VAT 20%", 8),
        (500, 260, "£10.80", 8),
        (380, 272, "Invoice total", 8),
        (500, 272, "£64.80", 8),
        (41, 300, "This invoice is issued by Quaymart EU S.à r.l. on behalf of the seller.", 7),
        (150, 800, "Quaymart EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg", 7),
        (150, 808, "VAT LU26601482", 7),
    ]


@pytest.mark.parametrize("caption", ["Sold by", "Verkauft von", "Vendu par", "Venduto da"])
def test_the_sold_by_line_names_the_seller_not_the_platform(caption: str) -> None:
    fields = extract_canonical(make_sized_pdf(_page(caption)))["fields"]
    assert fields["seller_name"] == "Pellworth Kitchenware Ltd"
    assert fields["seller_vat_id"] == "GB284619331"
    assert fields["buyer_name"] == "Tomos Pritchard"
