"""Dinars and rials counted in thousandths print three decimals.

Conventions:
- Where the document's currency has three minor digits (BHD, KWD, OMR, JOD, TND, LYD), a lone
  mark before three digits is its decimal mark: "430.090" is 430.09 dinars, "13.875" is 13.875.
- Every other currency keeps the three-digit-group rule ("1.250" is 1250 on a euro invoice),
  and "SDN BHD" (a Malaysian company's form) names no dinars.
"""

from __future__ import annotations

from decimal import Decimal

from facturist.engine.parse.amounts import document_decimal_mark, parse_amount

from .conftest import analysed, make_invoice_pdf


def _page(
    code: str, seller: str = "Dilmun Marine Logistics W.L.L."
) -> list[tuple[float, float, str]]:
    unit = f" ({code})" if code else ""
    return [
        (40, 40, seller),
        (400, 40, "TAX INVOICE"),
        (40, 120, "Invoice To"),
        (320, 120, "Invoice No. : DML/INV/2025/0318"),
        (40, 134, "Sitra Fresh Foods Trading Co. W.L.L."),
        (320, 134, "Invoice Date : 25/03/2025"),
        (40, 220, "#"),
        (60, 220, "Description"),
        (300, 220, "Qty"),
        (340, 220, f"Rate{unit}"),
        (440, 220, f"Amount{unit}"),
        (40, 240, "1"),
        (60, 240, "Customs clearance charges"),
        (300, 240, "1"),
        (340, 240, "45.000"),
        (440, 240, "45.000"),
        (40, 258, "2"),
        (60, 258, "Terminal handling charges"),
        (300, 258, "1"),
        (340, 258, "393.090"),
        (440, 258, "393.090"),
        (320, 300, "Total excluding VAT"),
        (500, 300, "438.090"),
        (320, 316, "VAT @ 10%"),
        (500, 316, "43.809"),
        (320, 332, f"Total including VAT{unit}"),
        (500, 332, "481.899"),
    ]


def test_a_dinar_invoice_reads_three_decimals() -> None:
    fields = analysed(make_invoice_pdf([_page("BHD")])).fields
    assert fields["currency"].value == "BHD"
    assert fields["net_amount"].value == 438.09
    assert fields["tax_amount"].value == 43.809
    assert fields["total_amount"].value == 481.899


def test_an_omani_rial_invoice_reads_three_decimals() -> None:
    fields = analysed(make_invoice_pdf([_page("OMR")])).fields
    assert fields["total_amount"].value == 481.899


def test_a_malaysian_company_form_names_no_dinars() -> None:
    page = _page("", seller="Syarikat Maju Jaya Sdn Bhd")
    fields = analysed(make_invoice_pdf([page])).fields
    assert fields["total_amount"].value == 481899


def test_the_document_mark_reads_a_lone_mark_before_three_digits() -> None:
    assert parse_amount("430.090") == Decimal("430090")
    with document_decimal_mark("."):
        assert parse_amount("430.090") == Decimal("430.090")
        assert parse_amount("1,826") == Decimal("1826")
        assert parse_amount("1,826.000") == Decimal("1826.000")
    with document_decimal_mark(","):
        assert parse_amount("430,090") == Decimal("430.090")
    assert parse_amount("430.090") == Decimal("430090")
