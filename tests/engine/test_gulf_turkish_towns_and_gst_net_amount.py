"""Gulf and Turkish address blocks without a postcode, and an Indian GST invoice's "NET AMOUNT".

Conventions:
- A Gulf state's block may end on its country alone under the town's line ("Dubai" /
  "United Arab Emirates"): that line ends the block, for the seller's address and for an
  uncaptioned buyer's block alike (postcodelesstown.py, partyblocks.py).
- A letterhead's address on one line ends at a Gulf town and country ("..., Manama, Kingdom of
  Bahrain") as at a postcode and town (letterheadaddress.py).
- A Turkish street line (Mah., Cad., Sok., No:) over "District/ Province" is one address.
- "To," over "M/s. ..." captions the buyer's block: the name is the next line's.
- A receipt's street line without a house number ("Al Tahlia St, Al Andalus Dist.") over its
  town and postcode belongs to the address (receipt_address.py).
- "NET AMOUNT" closing an Indian GST invoice after "Taxable Amount / Add: CGST / Add: SGST"
  is the grand total: the taxable amount plus both taxes (totals.py).
"""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical
from facturist.engine.extraction import analyse
from facturist.engine.model import Box, PageText, Word

from .conftest import SizedText, make_sized_pdf

_ITEMS: list[SizedText] = [
    (41, 360, "Description", 9),
    (300, 360, "Quantity", 9),
    (480, 360, "Amount", 9),
    (41, 378, "Network switch 24 port", 9),
    (300, 378, "2.00", 9),
    (480, 378, "2,000.00", 9),
    (340, 420, "Untaxed Amount", 9),
    (480, 420, "2,000.00", 9),
    (340, 436, "VAT 5%", 9),
    (480, 436, "100.00", 9),
    (340, 452, "Total", 9),
    (480, 452, "2,100.00", 9),
]


def _fields(texts: list[SizedText]) -> dict[str, object]:
    result = extract_canonical(make_sized_pdf(texts), use_einvoice=False)
    fields: dict[str, object] = result["fields"]
    return fields


def test_country_alone_under_the_town_ends_both_blocks() -> None:
    fields = _fields(
        [
            (41, 110, "Al Waha Network Systems L.L.C", 9),
            (41, 122, "Office 904, Marina Plaza", 9),
            (41, 134, "Business Bay", 9),
            (41, 146, "P.O. Box 55120", 9),
            (41, 158, "Dubai", 9),
            (41, 170, "United Arab Emirates", 9),
            (330, 170, "Sahara Freight Solutions FZE", 9),
            (41, 182, "TRN: 100384726500003", 9),
            (330, 182, "Warehouse JA12-B07", 9),
            (330, 194, "Jebel Ali Free Zone", 9),
            (330, 206, "Dubai", 9),
            (330, 218, "United Arab Emirates", 9),
            (330, 230, "TRN: 100529183400003", 9),
            (41, 270, "Tax Invoice INV/2025/00088", 14),
            (41, 312, "Invoice Date:", 9),
            (41, 325, "17/02/2025", 9),
            *_ITEMS,
        ]
    )
    assert fields.get("seller_address") == (
        "Office 904, Marina Plaza, Business Bay, P.O. Box 55120, Dubai, United Arab Emirates"
    )
    assert fields.get("buyer_name") == "Sahara Freight Solutions FZE"


def test_letterhead_line_ends_at_a_gulf_town_and_country() -> None:
    fields = _fields(
        [
            (37, 36, "Awal Harbour Services W.L.L.", 18),
            (36, 60, "Shipping · Customs · Storage", 8),
            (36, 92, "Flat 3, Building 210, Road 1705, Block 317, Manama, Kingdom of Bahrain", 8),
            (36, 104, "VAT Account No. 200019574300002", 8),
            (44, 135, "Invoice To", 9),
            (45, 152, "Riffa Fresh Trading Co. W.L.L.", 9),
            (45, 164, "Shop 9, Building 77, Road 12", 9),
            (318, 152, "Invoice No. AHS/0041", 9),
            (318, 164, "Invoice Date 25/03/2025", 9),
            *_ITEMS,
        ]
    )
    assert fields.get("seller_address") == (
        "Flat 3, Building 210, Road 1705, Block 317, Manama, Kingdom of Bahrain"
    )


def test_turkish_district_and_province_end_the_block() -> None:
    # Unaccented: the test's standard PDF font has no Turkish letters.
    fields = _fields(
        [
            (37, 50, "Bogazici Kumas Ticaret Limited Sirketi", 8),
            (36, 60, "Osmanaga Mah. Sogutlu Cesme Cad. No:12/4", 8),
            (37, 70, "Kadikoy/ Istanbul", 8),
            (36, 80, "Tel: 0216 345 12 78", 8),
            (36, 110, "Vergi Dairesi: Kadikoy", 8),
            (37, 180, "SAYIN", 8),
            (37, 190, "Mert Aydin", 8),
            (374, 240, "Fatura No: BKT2025000000042", 8),
            (374, 252, "Fatura Tarihi: 14-03-2025", 8),
            *_ITEMS,
        ]
    )
    assert (
        fields.get("seller_address")
        == "Osmanaga Mah. Sogutlu Cesme Cad. No:12/4, Kadikoy/ Istanbul"
    )


def test_to_comma_captions_the_buyers_block() -> None:
    fields = _fields(
        [
            (150, 40, "NAKHEEL CATERING & EVENTS LLC", 14),
            (150, 60, "P.O. Box 1245, PC 112, Ruwi, Muscat, Sultanate of Oman", 9),
            (200, 110, "TAX INVOICE", 12),
            (41, 150, "To,", 9),
            (41, 162, "M/s. Qurum Leisure Hotels SAOC", 9),
            (41, 174, "The Boulevard, Qurum", 9),
            (41, 186, "Muscat, Sultanate of Oman", 9),
            (380, 150, "Invoice No. NCE/INV/25/0091", 9),
            (380, 162, "Date 06.05.2025", 9),
            *_ITEMS,
        ]
    )
    assert fields.get("buyer_name") == "Qurum Leisure Hotels SAOC"


def _centred(rows: list[str], width: float = 300.0) -> PageText:
    """A till slip's OCR page (narrow) of centred rows, letters 6 points wide."""
    words: list[Word] = []
    for number, row in enumerate(rows):
        y = 20.0 + number * 20.0
        left, _, right = row.partition("||")
        first = (width - len(left) * 6.0) / 2 if not right else 10.0
        for part, start in ((left, first), (right, width - 10.0 - len(right.strip()) * 6.0)):
            x = start
            for token in part.split():
                words.append(Word(token, Box(1, x, y, x + len(token) * 6.0, y + 12.0), 0.95))
                x += (len(token) + 1) * 6.0
    return PageText(1, width, 2.5 * width, words, source="ocr")


def test_receipt_street_without_house_number_over_its_town() -> None:
    rows = [
        "BAYT AL QAHWA",
        "ROASTERY",
        "Al Rawdah St, Al Zahra Dist.",
        "Jeddah 23435, Saudi Arabia",
        "VAT No: 310458273900003",
        "Simplified Tax Invoice",
        "Invoice No: || 0125-004783",
        "Date: || 22/01/2025 19:46",
        "FLAT WHITE",
        "1 x 18.00 || 18.00",
        "TOTAL (SAR) || 18.00",
        "Incl. VAT 15% || 2.35",
        "MADA || 18.00",
    ]
    fields = analyse([_centred(rows)])[0].fields
    address = str(fields["seller_address"].value).replace(",", "")
    assert address == "Al Rawdah St Al Zahra Dist. Jeddah 23435 Saudi Arabia"


def test_net_amount_closing_a_gst_invoice_is_the_total() -> None:
    # A landscape distributor's layout, its x positions narrowed onto a portrait page.
    page: list[SizedText] = [
        (25, 25, "GANGA MEDISALES LLP", 11),
        (24, 40, "G-9, Shaligram Plaza, C.G. Road", 8),
        (25, 51, "Navrangpura, Ahmedabad - 380009", 8),
        (629, 25, "Invoice No. : GM/GST/24-25/00771", 8),
        (629, 40, "Invoice Date : 27/01/2025", 8),
        (29, 103, "Party:", 8),
        (65, 103, "Shanti Hospital Pharmacy", 8),
        (65, 115, "Ring Road, Gotri, Vadodara - 390021, Gujarat", 8),
        (29, 164, "Product", 7),
        (476, 164, "Qty", 7),
        (598, 164, "Rate", 7),
        (759, 164, "Amount", 7),
        (29, 178, "Paracetamol 650mg Tab", 7),
        (488, 178, "100", 7),
        (617, 178, "30.00", 7),
        (784, 178, "3,000.00", 7),
        (29, 192, "Cetirizine 10mg Tab", 7),
        (488, 192, "100", 7),
        (617, 192, "10.00", 7),
        (784, 192, "1,000.00", 7),
        (40, 344, "GST %", 7),
        (110, 344, "Taxable", 7),
        (200, 344, "CGST", 7),
        (280, 344, "SGST", 7),
        (356, 344, "Total GST", 7),
        (565, 344, "Gross Amount", 7),
        (775, 344, "4,000.00", 7),
        (65, 358, "5%", 7),
        (135, 358, "1,000.00", 7),
        (222, 358, "25.00", 7),
        (302, 358, "25.00", 7),
        (392, 358, "50.00", 7),
        (61, 372, "12%", 7),
        (131, 372, "3,000.00", 7),
        (215, 372, "180.00", 7),
        (295, 372, "180.00", 7),
        (385, 372, "360.00", 7),
        (564, 378, "Taxable Amount", 7),
        (775, 378, "4,000.00", 7),
        (56, 398, "Total", 7),
        (127, 398, "4,000.00", 7),
        (212, 398, "205.00", 7),
        (292, 398, "205.00", 7),
        (377, 398, "410.00", 7),
        (564, 394, "Add: CGST", 7),
        (780, 394, "205.00", 7),
        (564, 410, "Add: SGST", 7),
        (780, 410, "205.00", 7),
        (565, 426, "NET AMOUNT", 7),
        (761, 426, "4,410.00", 7),
    ]
    fields = _fields([(0.7 * x, y, text, size) for x, y, text, size in page])
    assert fields["net_amount"] == pytest.approx(4000.0)
    assert fields["tax_amount"] == pytest.approx(410.0)
    assert fields["total_amount"] == pytest.approx(4410.0)
    assert fields["amount_due"] == pytest.approx(4410.0)
