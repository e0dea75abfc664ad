"""Seller and buyer addresses: the block under a party's name, down to its town line."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


_INVOICE: Page = [
    (350, 130, "Invoice number:"),
    (450, 130, "INV-7"),
    (350, 144, "Invoice date:"),
    (450, 144, "05.03.2024"),
    (50, 300, "Total: 119,00 EUR"),
]


def test_address_lines_under_the_seller_and_the_buyer_down_to_the_town() -> None:
    fields = _fields(
        [
            (50, 50, "Acme Widgets GmbH"),
            (50, 63, "Hauptstrasse 1"),
            (50, 76, "10115 Berlin"),
            (50, 89, "Tel. +49 30 123456"),
            (50, 130, "Bill to:"),
            (50, 143, "Beta Kunden AG"),
            (50, 156, "Kundenweg 88"),
            (50, 169, "40235 Duesseldorf"),
            (50, 182, "Deutschland"),
            *_INVOICE,
        ]
    )
    assert fields["seller_address"] == "Hauptstrasse 1, 10115 Berlin"
    assert fields["buyer_address"] == "Kundenweg 88, 40235 Duesseldorf, Deutschland"


def test_a_return_address_line_gives_the_street_and_town_after_the_name() -> None:
    fields = _fields(
        [
            (380, 40, "Polder Delta AG"),
            (50, 110, "Polder Delta AG - Mariahilfer Strasse 1 - 4240 Linz"),
            (50, 124, "Marie Weber GmbH"),
            (50, 137, "Hauptplatz 162"),
            (50, 150, "8614 Graz"),
            *_INVOICE,
        ]
    )
    assert fields["seller_name"] == "Polder Delta AG"
    assert fields["seller_address"] == "Mariahilfer Strasse 1, 4240 Linz"


def test_no_address_without_a_town_line_nor_from_the_recipient_below_a_letterhead() -> None:
    fields = _fields(
        [
            (50, 40, "MVM Versicherungsverein a.G."),
            (50, 53, "Herrn"),
            (50, 66, "Max Mustermann"),
            (50, 79, "Musterstr. 11"),
            (50, 92, "12346 Bad Musterhausen"),
            (300, 40, "Versicherungsbuero Muster"),
            (300, 53, "Tel.: 0123/45678"),
            *_INVOICE,
        ]
    )
    assert "seller_address" not in fields


def test_a_house_number_is_no_postcode_so_the_block_goes_on_to_the_town() -> None:
    fields = _fields(
        [
            (50, 50, "Odoo Inc."),
            (50, 63, "4557 De Silva St"),
            (50, 76, "Fremont, CA 94538"),
            (50, 89, "United States"),
            *_INVOICE,
        ]
    )
    assert fields["seller_address"] == "4557 De Silva St, Fremont, CA 94538, United States"
