"""US and Canadian invoices' party blocks: a footer's "Remit payments to:" lockbox line under
the company's name, a letterhead's street and town in two cells, a "Cheque payable to" footer
sentence, a GST registration under the item table, "SHIP TO | BILL TO" blocks side by side
(a PO box with its post office, a town in capitals), and a scan's "NSB3H 2R1"."""

from __future__ import annotations

from typing import Any

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.footercompany import footer_name
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Value, Word
from facturist.engine.phonepiece import phone_piece
from facturist.engine.provincepostcodes import spaced_province_codes
from facturist.engine.receipt_address import seller_address
from facturist.engine.townline import town_in

from .conftest import make_aligned_pdf, spaced_lines

# (x, y from the top, text, font size); a text starting with "=" is centred on x.
Text = tuple[float, float, str, float]
_CENTRE = 297.0


def _fields(texts: list[Text], font: str = "Helvetica") -> dict[str, Any]:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts, font)).texts[0])
    return {key: value.value for key, value in header_fields(lines, find_candidates(lines)).items()}


_ITEMS: list[Text] = [
    (44, 300, "Item", 8),
    (130, 300, "Description", 8),
    (380, 300, "Qty", 8),
    (430, 300, "Unit Price", 8),
    (500, 300, "Amount", 8),
    (44, 318, "WX-100", 8),
    (130, 318, "Wall shelf, stainless, 48 in.", 8),
    (380, 318, "2", 8),
    (430, 318, "210.00", 8),
    (500, 318, "420.00", 8),
    (400, 350, "Subtotal", 8),
    (500, 350, "420.00", 8),
    (400, 364, "Sales Tax 8%", 8),
    (500, 364, "33.60", 8),
    (400, 380, "TOTAL", 9),
    (500, 380, "$453.60", 9),
]


def _remit_footer_page() -> list[Text]:
    return [
        (60, 40, "SILVERLAKE", 16),
        (420, 44, "INVOICE", 14),
        (60, 58, "Kitchen Outfitters, Inc.", 9),
        (430, 64, "No. SK-7731", 8),
        (60, 74, "2250 Orchard Ave.", 8),
        (160, 74, "Fresno, CA 93721", 8),
        (430, 78, "Date: 05/06/2025", 8),
        (60, 84, "(559) 555-0133 • silverlakeko.com", 8),
        (40, 120, "Customer:", 8),
        (40, 132, "Harbor Bistro Partners LLC", 8),
        (40, 144, "71 Pier Road", 8),
        (40, 156, "Monterey, CA 93940", 8),
        *_ITEMS,
        (130, 708, "Silverlake Kitchen Outfitters, Inc.", 7),
        (270, 708, "• CA Seller's Permit SR FH 100-223344 •", 7),
        (440, 708, "FEIN 94-1234567", 7),
        (_CENTRE, 718, "=Remit payments to: P.O. Box 6610, Fresno, CA 93794-6610", 7),
    ]


def test_a_remit_line_under_the_footer_name_is_no_seller_address() -> None:
    fields = _fields(_remit_footer_page())
    assert str(fields["seller_name"]).casefold() == "silverlake kitchen outfitters, inc."
    # The letterhead's street and town, two cells a wide space apart, are the seller's.
    assert fields["seller_address"] == "2250 Orchard Ave., Fresno, CA 93721"
    assert fields["buyer_address"] == "71 Pier Road, Monterey, CA 93940"


def test_the_footer_name_over_a_remit_line_takes_the_letterhead_address() -> None:
    lines = build_lines(read_for_canonical(make_aligned_pdf(_remit_footer_page())).texts[0])
    footer = next(c for ln in lines for c in ln.cells if c.text.startswith("Silverlake"))
    name = Value(footer.text, footer.text, footer.boxes)
    found = party_address(lines, name)
    assert found is not None
    assert found.value == "2250 Orchard Ave., Fresno, CA 93721"


def _word_cell(text: str) -> Any:
    words = []
    x = 40.0
    for token in text.split():
        words.append(Word(token, Box(1, x, 700, x + 5 * len(token), 708)))
        x += 5 * len(token) + 2.5
    (line,) = build_lines(PageText(1, 595, 842, words))
    return line.cells[0]


def test_a_singular_cheque_payable_to_opens_no_name() -> None:
    found = footer_name(_word_cell("Cheque payable to Rideau Joinery & Millwork Ltd."))
    assert found is not None
    assert found.value == "Rideau Joinery & Millwork Ltd."
    found = footer_name(_word_cell("Check payable to Maple Row Cabinets Inc."))
    assert found is not None
    assert found.value == "Maple Row Cabinets Inc."


def test_a_cheque_line_in_the_footer_gives_the_letterhead_name_and_address() -> None:
    fields = _fields(
        [
            (_CENTRE, 90, "=RIDEAU JOINERY & MILLWORK LTD.", 14),
            (_CENTRE, 108, "=415 Bath Road, Kingston, ON K7M 4X6 · 613-555-0149 · rideaujm.ca", 8),
            (40, 140, "INVOICE", 14),
            (360, 140, "Invoice #", 8),
            (450, 140, "2025-0311", 8),
            (360, 154, "Date", 8),
            (450, 154, "March 3, 2025", 8),
            (44, 230, "BILL TO", 8),
            (44, 244, "Frontenac Builders Inc.", 8),
            (44, 256, "88 Princess Street", 8),
            (44, 268, "Kingston, ON K7L 1A9", 8),
            *_ITEMS,
            (40, 640, "Payment options", 8),
            (40, 652, "Cheque payable to Rideau Joinery & Millwork Ltd.", 8),
            (40, 664, "E-transfer: billing@rideaujm.ca", 8),
        ]
    )
    assert str(fields["seller_name"]).casefold() == "rideau joinery & millwork ltd."
    assert fields["seller_address"] == "415 Bath Road, Kingston, ON K7M 4X6"


def test_a_gst_registration_under_the_item_table_is_the_sellers() -> None:
    fields = _fields(
        [
            (110, 36, "Prairie Ridge Vacuum Services Ltd.", 12),
            (480, 36, "INVOICE", 14),
            (110, 58, "4410 Industrial Way, Lethbridge, AB T1H 5K2", 8),
            (366, 80, "INVOICE #", 7),
            (366, 90, "25-00912", 8),
            (40, 96, "BILL TO", 8),
            (366, 100, "INVOICE DATE", 7),
            (366, 110, "05-MAR-25", 8),
            (40, 108, "Coulee Energy Corp.", 8),
            (40, 120, "Suite 900, 215 2 St SW", 8),
            (40, 132, "Calgary, AB T2P 1M4", 8),
            (40, 156, "Well / Location: 11-08-044-22W4M", 8),
            (330, 156, "Work date: 03-MAR-25", 8),
            (44, 180, "DESCRIPTION", 8),
            (300, 180, "QTY", 8),
            (360, 180, "UNIT", 8),
            (410, 180, "RATE", 8),
            (480, 180, "AMOUNT", 8),
            (44, 196, "Vacuum truck with operator", 8),
            (300, 196, "6.00", 8),
            (360, 196, "hr", 8),
            (410, 196, "230.00", 8),
            (480, 196, "1,380.00", 8),
            (44, 212, "Disposal at approved facility", 8),
            (300, 212, "10.00", 8),
            (360, 212, "m3", 8),
            (410, 212, "40.00", 8),
            (480, 212, "400.00", 8),
            (40, 230, "GST Registration # 812345676 RT0001", 8),
            (380, 230, "SUBTOTAL", 8),
            (480, 230, "1,780.00", 8),
            (380, 242, "GST 5%", 8),
            (480, 242, "89.00", 8),
            (380, 258, "TOTAL CAD", 9),
            (480, 258, "$1,869.00", 9),
        ]
    )
    assert fields.get("seller_vat_id") == "812345676RT0001"
    assert fields.get("buyer_vat_id") is None


def test_a_po_box_with_its_post_office_reads_on_to_the_town_line() -> None:
    assert town_in("PO Box 4410 Stn Main", []) is None
    assert town_in("Abbotsford, BC V2S 7Z1", []) is not None
    fields = _fields(
        [
            (83, 42, "Okanagan Orchard Supply Ltd.", 12),
            (480, 42, "INVOICE", 14),
            (83, 60, "Unit 2 – 1880 Spall Road", 8),
            (410, 60, "Invoice: IN-40017", 8),
            (83, 70, "Kelowna, BC V1Y 4R2", 8),
            (410, 74, "Date: 06-Mar-2025", 8),
            (40, 126, "SHIP TO", 8),
            (300, 126, "BILL TO", 8),
            (40, 138, "Cedar Bench Farms Ltd.", 8),
            (300, 138, "Cedar Bench Farms Ltd.", 8),
            (40, 150, "Packing Shed – Door 4", 8),
            (300, 150, "Accounts Payable", 8),
            (40, 162, "3120 Lakeshore Road", 8),
            (300, 162, "PO Box 4410 Stn Main", 8),
            (40, 174, "Vernon, BC V1H 1A9", 8),
            (300, 174, "Vernon, BC V1T 6M5", 8),
            *_ITEMS,
        ]
    )
    assert fields["buyer_name"] == "Cedar Bench Farms Ltd."
    assert fields["buyer_address"] == "PO Box 4410 Stn Main, Vernon, BC V1T 6M5"


def test_a_us_town_in_capitals_closes_a_courier_block() -> None:
    assert town_in("BALTIMORE MD 21224", []) is not None
    assert town_in("NEW YORK, NY 10013-2201", []) is not None
    fields = _fields(
        [
            (48, 40, "Chesapeake Restaurant Supply Corp.", 11),
            (420, 40, "INVOICE", 12),
            (48, 58, "900 Key Highway", 8),
            (48, 68, "Baltimore, MD 21230", 8),
            (420, 64, "INVOICE NO 0071233", 8),
            (420, 76, "INV DATE 03/05/25", 8),
            (48, 116, "BILL TO:", 8),
            (300, 116, "SHIP TO:", 8),
            (60, 128, "CANTON OYSTER HOUSE LLC", 8),
            (300, 128, "CANTON OYSTER HOUSE - DOCK", 8),
            (60, 139, "2901 BOSTON ST", 8),
            (300, 139, "1700 THAMES ST", 8),
            (60, 150, "BALTIMORE MD 21224", 8),
            (300, 150, "BALTIMORE MD 21231", 8),
            *_ITEMS,
        ],
        font="Courier",
    )
    assert fields["buyer_name"] == "CANTON OYSTER HOUSE LLC"
    assert fields["buyer_address"] == "2901 BOSTON ST, BALTIMORE MD 21224"


def test_a_province_code_glued_to_its_postal_code_is_parted() -> None:
    lines = spaced_province_codes(spaced_lines([(100, 100, "Antigonish, NSB2G 2L4")]))
    assert lines[0].text == "Antigonish, NS B2G 2L4"
    untouched = spaced_lines([(100, 100, "Order NSB2G 77")])
    assert spaced_province_codes(untouched) is untouched


def test_a_phone_piece_ends_an_address_line() -> None:
    assert phone_piece("• 902-555-0188")
    assert phone_piece("· (416) 555-0101 · example.ca")
    assert not phone_piece("• Suite 210")
    lines = spaced_lines(
        [
            (300, 90, "BLUENOSE MARINE SUPPLY LIMITED"),
            (300, 110, "212 Water Street, Lunenburg, NSB0J 2C0 • 902-555-0188"),
            (300, 130, "HST Reg. 812345676 RT0001"),
        ]
    )
    found = seller_address(lines, 0)
    assert found is not None
    assert found.value == "212 Water Street, Lunenburg, NS B0J 2C0"
