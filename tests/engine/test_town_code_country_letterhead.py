"""A letterhead's town line in New Zealand's order, the town before its four-digit postcode,
followed by the country ("Wellington 6011, New Zealand") under a street that shares its row
with the invoice's "Date" caption cells: the town line ends the seller's address, country
kept. Australia's "Suburb STATE 4000, Australia" reads the same way."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.layout import Cell
from facturist.engine.model import Box, Word
from facturist.engine.townline import town_in

from .conftest import SizedText, make_sized_pdf


def _page(street: str, town: str, tax_caption: str, tax_id: str) -> list[SizedText]:
    return [
        (40, 50, "Tui Cabinetmakers", 16),
        (400, 50, "TAX INVOICE", 14),
        (40, 75, "Tui Cabinetmakers Limited", 9),
        (370, 75, "Invoice #", 9),
        (510, 75, "TC-2207", 9),
        (40, 86, street, 9),
        (370, 86, "Date", 9),
        (485, 86, "9 May 2024", 9),
        (40, 97, town, 9),
        (370, 103, tax_caption, 8),
        (490, 103, tax_id, 8),
        (40, 108, "04 555 0199 · office@tuicabinet.example", 8),
        (40, 140, "Invoice To", 9),
        (40, 153, "Rata Bakery Limited", 9),
        (40, 164, "12 Cuba Street", 9),
        (40, 175, "Te Aro", 9),
        (40, 186, "Wellington 6011", 9),
        (40, 230, "Description", 9),
        (300, 230, "Qty", 9),
        (380, 230, "Unit Price", 9),
        (490, 230, "Amount", 9),
        (40, 245, "Pantry shelving unit", 9),
        (300, 245, "1", 9),
        (380, 245, "900.00", 9),
        (490, 245, "900.00", 9),
        (380, 290, "Subtotal", 9),
        (490, 290, "900.00", 9),
        (380, 302, "GST 15%", 9),
        (490, 302, "135.00", 9),
        (380, 314, "Total", 9),
        (490, 314, "1,035.00", 9),
    ]


def test_new_zealand_town_before_postcode_then_country_ends_letterhead_address() -> None:
    texts = _page(
        "8 Willis Street, Te Aro", "Wellington 6011, New Zealand", "GST No.", "98-765-432"
    )
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "8 Willis Street, Te Aro, Wellington 6011, New Zealand"


def test_australian_suburb_state_postcode_then_country_ends_letterhead_address() -> None:
    texts = _page("Level 2, 50 Pitt Street", "Sydney NSW 2000, Australia", "ABN", "51 824 753 556")
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "Level 2, 50 Pitt Street, Sydney NSW 2000, Australia"


def test_macron_town_before_postcode_then_country_is_a_town_line() -> None:
    street = [Cell([Word("14 Bank Street", Box(1, 40, 86, 120, 95))])]
    assert town_in("Whangārei 0110, New Zealand", street) is not None
    assert town_in("Taupō 3330", street) is not None
