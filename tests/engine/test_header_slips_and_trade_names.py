"""Header rules: "N/A" values, wrapped caption words, house numbers before the town, trading
names, caption | value slips, fee notes, untaxed outlays, footer-named letterheads and the
size of a return address's small print."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.attention import name_over_attention
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.partyblocks import window_address
from facturist.engine.untaxedcharges import outside_tax

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_a_tax_stated_not_applicable_borrows_no_figure_from_the_next_row() -> None:
    page: Page = [
        (50, 60, "Maya Okafor"),
        (380, 60, "INVOICE"),
        (380, 90, "Invoice #: 2024-017"),
        (380, 104, "Date: April 8, 2024"),
        (50, 200, "Label illustration"),
        (380, 200, "1"),
        (470, 200, "$1,900.00"),
        (400, 260, "Subtotal"),
        (470, 260, "$1,900.00"),
        (400, 274, "Sales Tax"),
        (490, 274, "N/A"),
        (400, 288, "TOTAL DUE"),
        (470, 288, "$1,900.00"),
    ]
    fields = _fields(page)
    assert fields.get("tax_amount") is None
    assert fields["total_amount"] == 1900.0


def test_a_wrapped_caption_word_in_a_description_heads_no_party() -> None:
    page: Page = [
        (50, 60, "Maya Okafor"),
        (380, 60, "INVOICE"),
        (380, 90, "Invoice #: 2024-017"),
        (50, 120, "BILL TO:"),
        (50, 134, "Hollow Pine Brewing Co."),
        (50, 200, "Print-ready files / color separations for can"),
        (380, 200, "3"),
        (470, 200, "$255.00"),
        (50, 212, "supplier"),
        (400, 260, "TOTAL DUE"),
        (470, 260, "$255.00"),
    ]
    assert _fields(page)["seller_name"] == "Maya Okafor"


def test_a_house_number_opening_the_line_is_no_postcode() -> None:
    page: Page = [
        (50, 60, "Fraser Valley Office Interiors Ltd."),
        (50, 74, "20690 Langley Bypass #110, Langley, BC  V3A 5E8"),
        (400, 110, "INVOICE"),
        (400, 130, "Invoice # FV-25-0061"),
        (50, 200, "Chair"),
        (470, 200, "389.00"),
        (400, 260, "Total"),
        (470, 260, "389.00"),
    ]
    address = _fields(page)["seller_address"]
    assert address == "20690 Langley Bypass #110, Langley, BC V3A 5E8"


def test_a_sole_traders_trading_name_is_the_seller() -> None:
    page: Page = [
        (480, 50, "9 Mill Road"),
        (50, 60, "PRYCE WORKS"),
        (480, 62, "Caerphilly"),
        (50, 76, "Gareth Pryce t/a Pryce Carpentry · Joinery · Kitchens"),
        (480, 76, "CF83 3FE"),
        (50, 120, "INVOICE"),
        (380, 120, "Invoice no: GPC-0219"),
        (50, 200, "Second fix carpentry"),
        (470, 200, "980.00"),
        (400, 260, "Total"),
        (470, 260, "980.00"),
    ]
    assert _fields(page)["seller_name"] == "Pryce Carpentry"


def test_a_slips_customer_row_over_more_caption_rows_names_the_buyer() -> None:
    page: Page = [
        (40, 60, "TAX INVOICE"),
        (440, 60, "Fernleaf Digital Ltd"),
        (440, 74, "Unit 4 Paintworks"),
        (440, 88, "Bristol BS4 3EH"),
        (330, 110, "Invoice Number"),
        (330, 124, "INV-0193"),
        (40, 200, "UX research sprint"),
        (500, 200, "3,250.00"),
        (400, 260, "TOTAL GBP"),
        (500, 260, "3,250.00"),
        (40, 620, "PAYMENT ADVICE"),
        (330, 640, "Customer"),
        (420, 640, "Harbour & Hythe Ltd"),
        (330, 654, "Invoice Number"),
        (420, 654, "INV-0193"),
        (330, 668, "Amount Due"),
        (420, 668, "3,250.00"),
    ]
    assert _fields(page)["buyer_name"] == "Harbour & Hythe Ltd"


def test_a_fee_note_number_and_the_balance_now_due() -> None:
    page: Page = [
        (170, 50, "BRENNAN WHELAN LLP"),
        (120, 80, "28 Fitzwilliam Square, Dublin 2, D02 TX88"),
        (150, 120, "FEE NOTE"),
        (390, 120, "Fee Note No."),
        (460, 120, "25/0147"),
        (150, 300, "Professional fees"),
        (500, 300, "6,000.00"),
        (150, 320, "VAT @ 23%"),
        (500, 320, "1,380.00"),
        (150, 340, "Outlays (not liable to VAT)"),
        (500, 340, "605.00"),
        (150, 370, "TOTAL FEE NOTE"),
        (490, 370, "€7,985.00"),
        (150, 386, "Less: monies received on account"),
        (490, 386, "(1,500.00)"),
        (150, 402, "BALANCE NOW DUE"),
        (490, 402, "€6,485.00"),
    ]
    fields = _fields(page)
    assert fields["invoice_number"] == "25/0147"
    assert fields["amount_due"] == 6485.0


def test_a_tax_at_a_whole_rate_of_the_net_stands_beside_untaxed_outlays() -> None:
    assert outside_tax(Decimal("6000.00"), Decimal("1380.00"), Decimal("7985.00"))
    assert not outside_tax(Decimal("6000.00"), Decimal("1381.17"), Decimal("7985.00"))
    assert not outside_tax(Decimal("6000.00"), Decimal("1380.00"), Decimal("7380.00"))


def test_a_letterhead_the_footer_prints_in_full_is_the_seller() -> None:
    page: Page = [
        (57, 50, "GARAGE DUFOUR & FILS"),
        (470, 50, "Rue de Herve 212"),
        (455, 62, "4030 Grivegnée (Liège)"),
        (58, 114, "FACTURE"),
        (330, 124, "Transports Lemaire SRL"),
        (330, 146, "Chaussée de Tongres 87"),
        (330, 158, "4000 Liège"),
        (57, 140, "Numéro : F24/00318"),
        (50, 300, "Filtre à huile"),
        (500, 300, "14,90"),
        (350, 400, "Total TVAC"),
        (500, 400, "14,90"),
        (80, 790, "Garage Dufour & Fils SRL · Rue de Herve 212, 4030 Grivegnée · RPM Liège"),
    ]
    fields = _fields(page)
    assert fields["seller_name"] == "Garage Dufour & Fils SRL"
    assert fields["buyer_name"] == "Transports Lemaire SRL"


def _line(x: float, y: float, text: str, size: float) -> list[Word]:
    words, left = [], x
    for part in text.split():
        width = 0.5 * size * len(part)
        words.append(Word(part, Box(1, left, y, left + width, y + size)))
        left += width + 0.3 * size
    return words


def test_a_return_address_a_little_smaller_than_the_recipient_heads_the_window() -> None:
    words = [
        *_line(57, 50, "LENA MARQUARDT", 15),
        *_line(57, 123, "L. Marquardt · Stresemannstraße 374 · 22761 Hamburg", 6.3),
        *_line(58, 138, "Nordlicht Kommunikation GmbH", 6.9),
        *_line(57, 171, "Große Elbstraße 145", 6.9),
        *_line(57, 182, "22767 Hamburg", 6.9),
        *_line(57, 700, "Seite 1", 6.9),
    ]
    lines: list[Line] = build_lines(PageText(1, 595, 842, words))
    buyer, sender = window_address(lines)
    assert buyer is not None and buyer.value == "Nordlicht Kommunikation GmbH"
    assert sender is not None


def test_the_name_over_a_for_the_attention_of_line_is_the_buyer() -> None:
    words = [
        *_line(40, 120, "Partners", 8),
        *_line(150, 120, "FEE NOTE", 10),
        *_line(40, 133, "Patricia Whelan", 8),
        *_line(150, 150, "Ardmore Hospitality Holdings DAC", 9),
        *_line(150, 162, "For the attention of Mr John Mulcahy", 9),
        *_line(150, 174, "Old Kilmeadan Road", 9),
        *_line(150, 186, "Waterford X91 YT22", 9),
        *_line(150, 700, "TOTAL 6,000.00", 9),
    ]
    buyer = name_over_attention(build_lines(PageText(1, 595, 842, words)), None)
    assert buyer is not None and buyer.value == "Ardmore Hospitality Holdings DAC"
