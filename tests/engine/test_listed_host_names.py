"""Hosting invoices name the server in the item ("Cloud VPS - vps118.example.net"): the
".net" of a host name is no "net" caption, so the list of items and amounts is read."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def test_a_host_name_in_an_item_is_no_sum_caption() -> None:
    page = [
        (50, 60, "Example Hosting Ltd"),
        (50, 100, "Invoice #118204"),
        (50, 114, "Invoice Date: 12/05/2023"),
        (50, 220, "Description"),
        (520, 220, "Total"),
        (50, 240, "Cloud VPS 4GB - vps118.example.net (12/05/2023 - 11/06/2023)"),
        (500, 240, "£18.00 GBP"),
        (50, 256, "cPanel Licence - Admin Cloud (12/05/2023 - 11/06/2023)"),
        (505, 256, "£9.50 GBP"),
        (340, 274, "Sub Total"),
        (500, 274, "£27.50 GBP"),
        (320, 290, "20.00% UK VAT"),
        (505, 290, "£5.50 GBP"),
        (360, 306, "Total"),
        (500, 306, "£33.00 GBP"),
        (50, 330, "Thank you for your business."),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Cloud VPS 4GB - vps118.example.net (12/05/2023 - 11/06/2023)", 18.0),
        ("cPanel Licence - Admin Cloud (12/05/2023 - 11/06/2023)", 9.5),
    ]
