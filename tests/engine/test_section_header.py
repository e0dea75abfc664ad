"""A law firm's disbursements under its fees: after the fees' total and a title, the section
prints its own "Description | Amount" header, its text at the margin left of the fees'
description column; every row under it is an item."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD = [
    (60, 60, "Whitlam Carter Lawyers"),
    (350, 130, "Invoice No."),
    (450, 130, "24817"),
    (350, 144, "Date"),
    (450, 144, "05/03/2025"),
]


def test_rows_under_a_section_s_own_header() -> None:
    rows = [
        (63, 268, "Date"),
        (125, 268, "By"),
        (151, 268, "Description"),
        (391, 268, "Hours"),
        (452, 268, "Rate"),
        (501, 268, "Amount"),
        (64, 284, "11/02/2025"),
        (125, 284, "JC"),
        (151, 284, "Reviewing contract for sale"),
        (404, 284, "1.8"),
        (444, 284, "550.00"),
        (506, 284, "990.00"),
        (64, 300, "13/02/2025"),
        (125, 300, "AL"),
        (151, 300, "Conducting title searches"),
        (403, 300, "2.4"),
        (444, 300, "320.00"),
        (506, 300, "768.00"),
        (60, 320, "Total professional fees (excluding GST)"),
        (500, 320, "1,758.00"),
        (60, 340, "DISBURSEMENTS"),
        (63, 354, "Description"),
        (501, 354, "Amount"),
        (63, 369, "Title search - Land Registry Services *"),
        (511, 369, "24.80"),
        (63, 384, "Council s10.7 planning certificate *"),
        (507, 384, "133.00"),
        (63, 399, "PEXA workspace and lodgement fee"),
        (507, 399, "123.97"),
        (60, 418, "Total disbursements"),
        (509, 418, "281.77"),
        (330, 450, "Total (excluding GST)"),
        (500, 450, "2,039.77"),
    ]
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    assert [i["amount"] for i in result["line_items"]] == [990.0, 768.0, 24.8, 133.0, 123.97]
