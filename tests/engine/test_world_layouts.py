"""Invoices from outside the EU's usual shapes: currency prefixes, lakh grouping, regional
taxes, payment lines beside the totals, payment terms that look like a net amount."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.parse.currency import detect_currency, without_currency

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]


def _extract(rows: list[Row]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    return result


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("CA$1,200.00", "1,200.00"),
        ("Rs.1,15,500.00", "1,15,500.00"),
        ("12,00zł", "12,00"),
        ("-€12", "-12"),
        ("(€12.00)", "(12.00)"),
        ("EUR12", "12"),
        ("FORM12", "FORM12"),
        ("€", "€"),
    ],
)
def test_currency_glued_to_a_figure_comes_off(text: str, core: str) -> None:
    assert without_currency(text) == core


def test_code_prefixing_a_document_number_is_no_currency() -> None:
    assert detect_currency("Invoice NPR-2025-017 Amount (CAD) 1,200.00") == "CAD"


def test_prefixed_symbols_and_lakh_grouping_read_as_amounts() -> None:
    fields = _extract(
        [
            (50, 60, "Maple Leaf Renovations Inc."),
            (350, 500, "Subtotal"),
            (480, 500, "CA$2,800.00"),
            (350, 514, "HST 13%"),
            (480, 514, "CA$364.00"),
            (350, 528, "Total"),
            (480, 528, "CA$3,164.00"),
        ]
    )["fields"]
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        2800.0,
        364.0,
        3164.0,
    )
    indian = _extract(
        [
            (50, 60, "Shree Ganesh Textiles"),
            (350, 500, "Sub Total"),
            (480, 500, "Rs.1,15,500.00"),
            (350, 514, "CGST9%"),
            (480, 514, "Rs.10,395.00"),
            (350, 528, "SGST9%"),
            (480, 528, "Rs.10,395.00"),
            (350, 542, "Total"),
            (480, 542, "Rs.1,36,290.00"),
        ]
    )["fields"]
    assert indian["net_amount"] == 115500.0
    assert indian["tax_amount"] == 20790.0
    assert indian["total_amount"] == 136290.0


def test_payment_lines_are_not_the_total() -> None:
    fields = _extract(
        [
            (50, 60, "Cedar & Sage Candle Co."),
            (300, 400, "Subtotal"),
            (500, 400, "$100.00"),
            (300, 414, "Tax"),
            (500, 414, "$6.00"),
            (300, 428, "Total"),
            (500, 428, "$106.00"),
            (300, 442, "Total paid"),
            (500, 442, "$106.00"),
            (300, 456, "Outstanding amount"),
            (500, 456, "$0.00"),
        ]
    )["fields"]
    assert fields["total_amount"] == 106.0
    assert fields["tax_amount"] == 6.0
    assert fields["amount_due"] == 0.0


def test_payment_terms_net_15_are_no_net_amount() -> None:
    fields = _extract(
        [
            (50, 60, "Northwind Traders LLC"),
            (350, 120, "Terms: Net 15"),
            (350, 500, "Subtotal 3,764.25"),
            (350, 514, "Sales Tax 8.25% 310.55"),
            (350, 528, "Total 4,074.80"),
        ]
    )["fields"]
    assert fields["net_amount"] == 3764.25
    assert fields["tax_amount"] == 310.55


def test_swiss_net_after_netto_still_reads() -> None:
    fields = _extract(
        [
            (50, 60, "Alpen Software AG"),
            (350, 500, "Total netto 1'060.72"),
            (350, 514, "MWST 8.1% 85.92"),
            (350, 528, "Total CHF 1'146.64"),
        ]
    )["fields"]
    assert fields["net_amount"] == 1060.72


def test_bare_number_sign_under_the_title_is_the_number() -> None:
    fields = _extract(
        [
            (50, 60, "Zylker Design Studio Pvt. Ltd."),
            (400, 60, "TAX INVOICE"),
            (400, 76, "# INV-000482"),
            (350, 528, "Total Rs. 1,36,290.00"),
        ]
    )["fields"]
    assert fields["invoice_number"] == "INV-000482"


def test_quantity_and_split_rate_cells_are_skipped_for_the_money() -> None:
    fields = _extract(
        [
            (35, 60, "Shree Ganesh Textiles"),
            (219, 300, "IGST @ 5%"),
            (421, 300, "5"),
            (459, 300, "%"),
            (526, 300, "15,596.25"),
            (242, 520, "Total"),
            (354, 520, "2,650 mtr"),
            (498, 520, "Rs. 3,27,521.25"),
        ]
    )["fields"]
    assert fields["total_amount"] == 327521.25
    assert fields["tax_amount"] == 15596.25
    assert fields["net_amount"] == 311925.0


def test_bracketed_caption_tail_heads_the_party_below() -> None:
    fields = _extract(
        [
            (35, 60, "Shree Ganesh Textiles"),
            (35, 127, "Buyer (Bill to)"),
            (35, 140, "Mehta Garments Pvt Ltd"),
            (35, 152, "B-204, Kamala Mills Compound"),
        ]
    )["fields"]
    assert fields["buyer_name"] == "Mehta Garments Pvt Ltd"
    # OCR drops the brackets: two captions in a row still head the block below.
    scanned = _extract(
        [
            (35, 60, "Shree Ganesh Textiles"),
            (35, 127, "Buyer Bill to"),
            (35, 140, "Mehta Garments Pvt Ltd"),
            (35, 152, "B-204, Kamala Mills Compound"),
        ]
    )["fields"]
    assert scanned["buyer_name"] == "Mehta Garments Pvt Ltd"


def test_discounts_and_charges_between_subtotal_and_total_join_the_tax_base() -> None:
    fields = _extract(
        [
            (50, 60, "Cedar & Sage Candle Co."),
            (300, 412, "Subtotal"),
            (526, 412, "$112.00"),
            (301, 428, "Discount (SPRING10)"),
            (528, 428, "-$11.20"),
            (300, 444, "Shipping (USPS Priority Mail)"),
            (536, 444, "$8.95"),
            (300, 460, "Tax (Vermont State Tax 6%)"),
            (536, 460, "$6.59"),
            (300, 476, "Total"),
            (504, 476, "$116.34 USD"),
        ]
    )["fields"]
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        109.75,
        6.59,
        116.34,
    )


def test_info_row_customer_number_is_no_party_caption() -> None:
    fields = _extract(
        [
            (50, 60, "Van Dijk Installatietechniek B.V."),
            (50, 120, "De Graaf Horeca Groothandel B.V."),
            (50, 133, "Industrieweg 14"),
            (50, 146, "3542 AD Utrecht"),
            (350, 120, "Customer"),
            (450, 120, "10452"),
            (350, 133, "Your reference"),
            (450, 133, "PO-7781"),
            (50, 800, "Van Dijk Installatietechniek B.V. - KvK 12345678"),
        ]
    )["fields"]
    assert fields["buyer_name"] == "De Graaf Horeca Groothandel B.V."


def test_side_by_side_address_blocks_do_not_make_captions_read_upwards() -> None:
    fields = _extract(
        [
            (50, 60, "Brightwater Cafe Ltd"),
            (250, 60, "14 Mar 2025"),
            (400, 60, "Unit 5,"),
            (50, 72, "Attention: Accounts Payable"),
            (400, 72, "Mill Lane"),
            (250, 100, "VAT Number"),
            (250, 112, "GB 284 5193 36"),
            (50, 800, "Registered in England and Wales"),
        ]
    )["fields"]
    assert fields["seller_vat_id"] == "GB284519336"
