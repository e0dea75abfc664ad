"""Totals blocks of EN 16931 / Peppol BIS 3.0 invoice prints.

Conventions: a Peppol viewer's totals block names the document-level sums by their BIS
captions: "Sum of line net amounts" (BT-106), "Allowances" (BT-107), "Charges" (BT-108),
"Invoice total without VAT" / "Tax exclusive (amount)" (BT-109), "Invoice total VAT amount" /
"VAT total" (BT-110), "Invoice total with VAT" / "Tax inclusive (amount)" (BT-112), "Prepaid
amount" (BT-113) and "Amount due for payment" / "Payable amount" (BT-115). Compact viewers
drop the word "amount". The captioned block wins over a VAT breakdown's per-category
"Taxable / Tax" rows printed beside it and over item blocks' "Line amount" rows. An item's
"Net price" (BT-146, one unit's price) is never the document's net.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.fields import find_candidates

from .conftest import make_invoice_pdf, spaced_lines

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def _item_block(y: float, number: int, name: str, qty: str, price: str, amount: str) -> Page:
    return [
        (40, y, f"Line {number}"),
        (40, y + 12, "Item"),
        (110, y + 12, name),
        (40, y + 24, "Quantity"),
        (110, y + 24, f"{qty} C62"),
        (40, y + 36, "Net price"),
        (110, y + 36, price),
        (40, y + 48, "VAT"),
        (110, y + 48, "20 %"),
        (40, y + 60, "Line amount"),
        (110, y + 60, amount),
    ]


_HEAD: Page = [
    (40, 40, "Invoice DW-2024-3307"),
    (300, 40, "Peppol BIS Billing 3.0"),
    (40, 66, "Seller"),
    (300, 66, "Buyer"),
    (40, 80, "Name"),
    (110, 80, "Donauwerk Elektronik GmbH"),
    (300, 80, "Name"),
    (370, 80, "Salzach Medientechnik GmbH"),
    (40, 92, "Street"),
    (110, 92, "Industriezeile 47"),
    (40, 104, "City"),
    (110, 104, "4020 Linz"),
    (40, 130, "Number"),
    (110, 130, "DW-2024-3307"),
    (40, 142, "Issue date"),
    (110, 142, "2024-12-05"),
    (40, 154, "Currency"),
    (110, 154, "EUR"),
]


def test_compact_viewer_totals_beside_vat_categories() -> None:
    page = _HEAD + _item_block(190, 1, "Control board", "40", "87.35", "3494.00")
    page += _item_block(270, 2, "Shielded cable", "120", "6.48", "777.60")
    page += _item_block(350, 3, "Technical manual", "5", "24.00", "120.00")
    page += _item_block(430, 4, "Antistatic packaging", "1", "45.00", "45.00")
    page += [
        (40, 520, "VAT"),
        (300, 520, "Totals (EUR)"),
        (40, 532, "Cat. S 20 %"),
        (300, 532, "Line total"),
        (450, 532, "4436.60"),
        (50, 544, "Taxable"),
        (120, 544, "4316.60"),
        (300, 544, "Tax exclusive"),
        (450, 544, "4436.60"),
        (50, 556, "Tax"),
        (120, 556, "863.32"),
        (300, 556, "VAT total"),
        (450, 556, "875.32"),
        (40, 568, "Cat. S 10 %"),
        (300, 568, "Tax inclusive"),
        (450, 568, "5311.92"),
        (50, 580, "Taxable"),
        (120, 580, "120.00"),
        (300, 580, "Prepaid"),
        (450, 580, "1500.00"),
        (50, 592, "Tax"),
        (120, 592, "12.00"),
        (300, 592, "Payable amount"),
        (450, 592, "3811.92"),
    ]
    fields = _fields(page)
    assert fields["net_amount"] == 4436.60
    assert fields["tax_amount"] == 875.32
    assert fields["total_amount"] == 5311.92
    assert fields["amount_due"] == 3811.92


def test_bis_captions_with_document_allowance() -> None:
    # "Sum of line net amounts" is before the document allowance: the net is BT-109.
    page = _HEAD + _item_block(190, 1, "Control board", "40", "87.35", "3494.00")
    page += _item_block(270, 2, "Shielded cable", "120", "6.48", "777.60")
    page += [
        (40, 360, "VAT breakdown"),
        (300, 360, "Document totals"),
        (40, 372, "S 20 %"),
        (300, 372, "Sum of line net amounts"),
        (470, 372, "4271.60"),
        (50, 384, "Taxable amount"),
        (130, 384, "4171.60"),
        (300, 384, "Allowances"),
        (470, 384, "100.00"),
        (50, 396, "VAT amount"),
        (130, 396, "834.32"),
        (300, 396, "Charges"),
        (470, 396, "0.00"),
        (300, 408, "Invoice total without VAT"),
        (470, 408, "4171.60"),
        (300, 420, "Invoice total VAT amount"),
        (470, 420, "834.32"),
        (300, 432, "Invoice total with VAT"),
        (470, 432, "5005.92"),
        (300, 444, "Prepaid amount"),
        (470, 444, "5.92"),
        (300, 456, "Amount due for payment"),
        (470, 456, "5000.00"),
    ]
    fields = _fields(page)
    assert fields["net_amount"] == 4171.60
    assert fields["tax_amount"] == 834.32
    assert fields["total_amount"] == 5005.92
    assert fields["amount_due"] == 5000.00


def test_item_net_price_is_no_document_net() -> None:
    page: Page = [
        (40, 40, "Invoice 2024-118"),
        (40, 60, "Nordlicht Tools GmbH"),
        (40, 72, "Hafenweg 3, 20457 Hamburg"),
        (40, 120, "Item"),
        (110, 120, "Cordless drill"),
        (40, 132, "Quantity"),
        (110, 132, "2"),
        (40, 144, "Net price"),
        (110, 144, "50.00"),
        (40, 156, "Line amount"),
        (110, 156, "100.00"),
        (300, 220, "VAT 19 %"),
        (450, 220, "19.00"),
        (300, 232, "Total"),
        (450, 232, "119.00"),
    ]
    fields = _fields(page)
    assert fields["net_amount"] == 100.00
    assert fields["tax_amount"] == 19.00
    assert fields["total_amount"] == 119.00


def test_line_total_is_no_invoice_total() -> None:
    # "Line total" (BT-106 in a viewer's totals block, BT-131 over an item's figure) sums
    # the lines' nets, before the VAT: never a gross.
    lines = spaced_lines(
        [
            (40, 144, "Line amount"),
            (110, 144, "100.00"),
            (300, 220, "Line total"),
            (450, 220, "100.00"),
            (300, 232, "Sum of line net amounts"),
            (450, 232, "100.00"),
            (300, 244, "VAT total"),
            (450, 244, "19.00"),
            (300, 256, "Tax inclusive"),
            (450, 256, "119.00"),
        ]
    )
    totals = [c.value.value for c in find_candidates(lines) if c.key == "total_amount"]
    assert 100.0 not in totals
    assert 119.0 in totals


def test_a_sum_said_to_include_tax_is_no_gross_caption() -> None:
    # "Subtotal (tax inclusive)", "All prices tax inclusive": words about a price or a sum,
    # not the gross's caption, which stands alone before its figure.
    lines = spaced_lines(
        [
            (300, 220, "Subtotal (tax inclusive)"),
            (450, 220, "59.90"),
            (40, 260, "All prices tax inclusive 20 % VAT"),
            (300, 300, "Tax inclusive"),
            (450, 300, "64.90"),
        ]
    )
    totals = [c.value.value for c in find_candidates(lines) if c.key == "total_amount"]
    assert totals == [64.90]
