"""Charge tables with no count and no price: a landlord's "Description | Net | VAT | Gross"
with exempt rows, a solicitor's "Net | VAT | Total" with disbursements (no VAT) under their
own heading and a "Totals" row, and a builder's progress table whose "% complete" is no VAT
rate and whose contract sum is no part of the work's name."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_Page = list[tuple[float, float, str]]


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    """Text ending at x1, as right-aligned figures are printed."""
    return (x1 - stringWidth(text, "Helvetica", 10), y, text)


def _extract(page: _Page) -> dict[str, Any]:
    return extract_canonical(make_invoice_pdf([page]), use_einvoice=False)


def _rows(result: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(i["description"], i["amount"]) for i in result["line_items"]]


_HEAD: _Page = [
    (60, 50, "Hallam Property Holdings Limited"),
    (60, 64, "1 Leopold Street"),
    (60, 78, "Sheffield S1 2JG"),
    (60, 130, "Kelsall Print Ltd"),
    (60, 144, "Worksop Road"),
    (60, 158, "Sheffield S9 3TJ"),
    (360, 130, "Invoice no: HPH-118"),
    (360, 144, "Invoice date: 03/03/2025"),
]


def test_description_net_vat_gross_gives_the_nets() -> None:
    """ "Description | Net | VAT | Gross": each charge's net is its amount, an exempt one
    printing "EXEMPT" for its VAT; a name wrapped under its row stays the row's."""
    page = [
        *_HEAD,
        (60, 240, "Description"),
        _right(360, 240, "Net"),
        _right(430, 240, "VAT"),
        _right(510, 240, "Gross"),
        (60, 260, "Rent for the quarter 25/03/2025 to"),
        _right(360, 260, "4,250.00"),
        _right(430, 260, "EXEMPT"),
        _right(510, 260, "4,250.00"),
        (60, 272, "23/06/2025"),
        (60, 290, "Car parking licence"),
        _right(360, 290, "150.00"),
        _right(430, 290, "30.00"),
        _right(510, 290, "180.00"),
        (300, 324, "Total net"),
        _right(510, 324, "4,400.00"),
        (300, 334, "VAT"),
        _right(510, 334, "30.00"),
        (300, 348, "TOTAL PAYABLE"),
        _right(510, 348, "4,430.00"),
    ]
    assert _rows(_extract(page)) == [
        ("Rent for the quarter 25/03/2025 to 23/06/2025", 4250.0),
        ("Car parking licence", 150.0),
    ]


def test_fee_rows_and_disbursements_close_on_the_totals_row() -> None:
    """ "Net | VAT | Total" over fee rows, then "Disbursements (no VAT)" rows printing a dash
    for their VAT: all are items, and the "Totals" row gives the net and the total."""
    page = [
        *_HEAD,
        _right(360, 240, "Net"),
        _right(430, 240, "VAT"),
        _right(510, 240, "Total"),
        (60, 260, "Our fees"),
        _right(360, 260, "1,150.00"),
        _right(430, 260, "230.00"),
        _right(510, 260, "1,380.00"),
        (60, 274, "Telegraphic transfer fee"),
        _right(360, 274, "40.00"),
        _right(430, 274, "8.00"),
        _right(510, 274, "48.00"),
        (60, 296, "Disbursements (no VAT)"),
        (70, 310, "Local authority searches"),
        _right(360, 310, "218.40"),
        _right(430, 310, "-"),
        _right(510, 310, "218.40"),
        (70, 324, "Land Registry fee"),
        _right(360, 324, "150.00"),
        _right(430, 324, "-"),
        _right(510, 324, "150.00"),
        (60, 342, "Totals"),
        _right(360, 342, "1,558.40"),
        _right(430, 342, "238.00"),
        _right(510, 342, "1,796.40"),
        (60, 360, "BALANCE DUE"),
        _right(510, 360, "£1,796.40"),
    ]
    result = _extract(page)
    assert _rows(result) == [
        ("Our fees", 1150.0),
        ("Telegraphic transfer fee", 40.0),
        ("Local authority searches", 218.4),
        ("Land Registry fee", 150.0),
    ]
    fields = result["fields"]
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        1558.4,
        238.0,
        1796.4,
    )


def test_progress_table_bills_the_value_to_date() -> None:
    """ "Description of works | Contract sum £ | % complete | Value to date £": the value to
    date is the amount, the percentage no VAT rate, the contract sum no part of the name."""
    page = [
        *_HEAD,
        (60, 240, "Description of works"),
        (300, 240, "Contract sum £"),
        (390, 240, "% complete"),
        (460, 240, "Value to date £"),
        (60, 260, "Strip existing slate roof and dispose"),
        _right(370, 260, "8,400.00"),
        _right(440, 260, "100%"),
        _right(530, 260, "8,400.00"),
        (60, 276, "Supply and fit membrane and battens"),
        _right(370, 276, "27,600.00"),
        _right(440, 276, "85%"),
        _right(530, 276, "23,460.00"),
        (300, 300, "Net valuation"),
        _right(530, 300, "31,860.00"),
        (300, 314, "VAT @ 20%"),
        _right(530, 314, "6,372.00"),
        (300, 328, "TOTAL DUE"),
        _right(530, 328, "38,232.00"),
    ]
    items = _extract(page)["line_items"]
    assert [(i["description"], i["amount"], i.get("vat_rate")) for i in items] == [
        ("Strip existing slate roof and dispose", 8400.0, None),
        ("Supply and fit membrane and battens", 23460.0, None),
    ]
