"""A German council billed from abroad: its block names the office between the council's
name and the street ("Ordnungsamt", "Amt für Schulen", "Bauhof / Winterdienst"), which is
no part of the postal address, and the supplier names Germany in its own language after
the town ("Německo", "Tyskland", "Duitsland"), which is."""

from __future__ import annotations

import pytest

from .conftest import header_values


def _page(office: str, country: str) -> list[tuple[float, float, str]]:
    return [
        (40, 40, "Invoice no. 2024-315"),
        (40, 54, "Invoice date: 14.05.2024"),
        (40, 100, "Seller:"),
        (40, 114, "Vilde Maskin ApS"),
        (40, 128, "Fabriksvej 9"),
        (40, 142, "7100 Vejle"),
        (300, 100, "Buyer:"),
        (300, 114, "Gemeinde Hasenried"),
        (300, 128, office),
        (300, 142, "Kirchplatz 5"),
        (300, 156, "79999 Hasenried"),
        (300, 170, country),
        (300, 184, "VAT: DE998877665"),
        (300, 260, "Net amount: 1.000,00"),
        (300, 274, "VAT 0%: 0,00"),
        (300, 288, "Total: 1.000,00"),
    ]


@pytest.mark.parametrize(
    ("office", "country"),
    [
        ("Ordnungsamt", "Německo"),
        ("Amt für Schulen und Sport", "Tyskland"),
        ("Bauhof / Winterdienst", "Duitsland"),
        ("Fachbereich Finanzen", "Spolková republika Německo"),
    ],
)
def test_office_left_out_country_kept(office: str, country: str) -> None:
    values = header_values(_page(office, country))
    assert values.get("buyer_name") == "Gemeinde Hasenried"
    assert values.get("buyer_address") == f"Kirchplatz 5, 79999 Hasenried, {country}"
