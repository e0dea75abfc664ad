"""A marketplace's invoice for a third-party seller: "Sold by:" names the seller, the footer's
legal line names the operator with its VAT ID. The operator's ID is not the seller's."""

from __future__ import annotations

from facturist.engine.extraction import extract_canonical

from .conftest import make_sized_pdf

_TOP = [
    (60, 50, "Invoice", 14),
    (60, 80, "Sold by:", 9),
    (140, 80, "Harrowgate Clock Repairs Ltd", 9),
    (60, 94, "Invoice number:", 9),
    (140, 94, "HCR-2291", 9),
    (60, 108, "Invoice date:", 9),
    (140, 108, "11 March 2025", 9),
    (60, 140, "Billing address", 9),
    (60, 154, "Ms Priya Desai", 9),
    (60, 166, "8 Orchard Row", 9),
    (60, 178, "York YO1 7HH", 9),
    (60, 220, "Items ordered", 9),
    (400, 220, "Price", 9),
    (60, 236, "Mantel clock service", 9),
    (400, 236, "£85.00", 9),
    (60, 270, "Order total:", 9),
    (400, 270, "£85.00", 9),
    (60, 330, "Seller information", 9),
    (60, 344, "Harrowgate Clock Repairs Ltd", 9),
    (60, 356, "2 Minster Yard, York YO1 7JJ", 9),
    (60, 400, "This invoice was issued on behalf of the seller via Quaymart.", 7),
]


def _vat_id(footer: list[tuple[float, float, str, float]]) -> object:
    fields = extract_canonical(make_sized_pdf([*_TOP, *footer]))["fields"]
    return fields.get("seller_vat_id")


def test_the_operators_vat_id_in_the_footer_is_not_the_sold_by_sellers() -> None:
    footer = [
        (60, 410, "Quaymart Marketplace Europe Ltd, 9 Dock Street, London E1 8JN. VAT reg.", 7),
        (60, 419, "no. GB 146 2957 89. Page 1 of 1", 7),
    ]
    assert _vat_id(footer) is None


def test_the_sellers_own_vat_id_stays() -> None:
    footer = [(60, 368, "Harrowgate Clock Repairs Ltd · VAT reg. no. GB 146 2957 89", 7)]
    assert _vat_id(footer) == "GB146295789"
