"""Maltese town lines: the town, then the locality's three letters and four digits ("Mosta MST
1012", "Birkirkara BKR 9034, Malta"); the code's shape anchors a scan's line whose town OCR
misspells (engine/towns.py)."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical
from facturist.engine.towns import town_in

from .conftest import make_invoice_pdf


@pytest.mark.parametrize(
    "text", ["Mosta MST 1012", "Birkirkara BKR 9034, Malta", "San Gwann SGN 3000", "Msidda MSD1080"]
)
def test_maltese_town_lines(text: str) -> None:
    assert town_in(text) is not None


@pytest.mark.parametrize("text", ["Order REF 1234 for pallets", "Model ABC 1234 spare"])
def test_codes_inside_a_line_are_no_towns(text: str) -> None:
    assert town_in(text) is None


def test_maltese_buyer_address_is_read() -> None:
    page = [
        (50, 60, "Gozo Marine Supplies Ltd"),
        (50, 74, "12, Triq ir-Repubblika"),
        (50, 88, "Victoria VCT 2511"),
        (50, 140, "Bill to:"),
        (350, 140, "Invoice #: GMS-7781"),
        (50, 154, "Seabreeze Diving Centre Ltd"),
        (350, 154, "Invoice date: Apr 2, 2025"),
        (50, 168, "27, Triq it-Torri"),
        (50, 182, "Mosta MST 1012"),
        (330, 480, "Subtotal"),
        (450, 480, "100.00"),
        (330, 494, "VAT 18%"),
        (450, 494, "18.00"),
        (330, 508, "Invoice total"),
        (450, 508, "118.00"),
    ]
    fields = extract_canonical(make_invoice_pdf([page]))["fields"]
    assert fields["buyer_address"] == "27, Triq it-Torri, Mosta MST 1012"
    assert fields["seller_address"] == "12, Triq ir-Repubblika, Victoria VCT 2511"
