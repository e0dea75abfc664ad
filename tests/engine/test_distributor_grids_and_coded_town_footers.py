"""Tax invoices from India, Singapore and New Zealand: a drug distributor's landscape bill with
its customer's pane captioned "Party:", the centred "GST INVOICE" title and a dense grid
("Pack | HSN | Batch | Exp | MRP | Qty | Free | Rate | Disc% | Taxable | GST%"); an insulin
"PEN" before its pack size, no Peruvian sol; a hardware dealer's "U/Price" beside "Disc"; a
joiner's footer line giving its address between the name and its register numbers."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4, landscape

from facturist.engine.extraction import CanonicalInvoice
from facturist.engine.parse.currency import detect_currency
from facturist.engine.partynames import not_a_name

from .conftest import Drawn, analysed, make_pdf

# (product, pack, HSN, batch, expiry, MRP, qty, free, rate, disc%, taxable, GST%)
_GRID = [
    ("DICLOFENAC 50MG TAB", "10'S", "30049099", "DF1182", "09/26", "21.40", "150", "15",
     "14.20", "", "2,130.00", "12"),
    ("HUMAN INSULIN 40IU/ML PEN", "3ML", "30043110", "HI7731", "02/26", "540.00", "8", "",
     "431.25", "", "3,450.00", "5"),
    ("MOISTURISING LOTION 100ML", "100ML", "33049990", "ML0442", "12/26", "295.00", "10", "",
     "210.00", "4.00", "2,016.00", "18"),
]  # fmt: skip
# The captions' x: a centred product caption over a wide column, figures flush right.
_CAPTIONS = [
    (30, "Sr", "left"), (170, "Product Name", "centre"), (330, "Pack", "centre"),
    (378, "HSN", "centre"), (428, "Batch", "centre"), (472, "Exp", "centre"),
    (525, "MRP", "right"), (565, "Qty", "right"), (600, "Free", "right"),
    (650, "Rate", "right"), (695, "Disc%", "right"), (760, "Taxable", "right"),
    (800, "GST%", "right"),
]  # fmt: skip


def _distributor() -> CanonicalInvoice:
    page = [
        Drawn(421, 40, "GST INVOICE", size=11, bold=True, align="centre"),
        Drawn(790, 40, "Original", size=7),
        Drawn(30, 60, "NAVRANG MEDICAL AGENCIES", size=11, bold=True),
        Drawn(30, 74, "Door No. 8-3-91, Station Road,", size=8),
        Drawn(30, 86, "Secunderabad - 500003, Telangana", size=8),
        Drawn(30, 98, "Ph: 040-2781 4410", size=8),
        Drawn(30, 110, "D.L. No.: TS/SEC/2020-11873", size=8),
        Drawn(300, 60, "Party:", size=8),
        Drawn(336, 60, "KAVERI CHEMISTS & DRUGGISTS", size=9, bold=True),
        Drawn(336, 74, "Plot 12, Market Road, Hanamkonda,", size=8),
        Drawn(336, 86, "Warangal - 506002, Telangana", size=8),
        Drawn(336, 98, "D.L. No.: TS/WGL/2022-40219", size=8),
        Drawn(566, 60, "Invoice No.", size=8),
        Drawn(628, 60, ": NMA/2425/03317", size=8, bold=True),
        Drawn(566, 74, "Date", size=8),
        Drawn(628, 74, ": 11/02/2025", size=8, bold=True),
    ]
    page += [Drawn(x, 150, text, size=8, bold=True, align=align) for x, text, align in _CAPTIONS]
    for index, row in enumerate(_GRID):
        y = 170 + 15 * index
        name, pack, hsn, batch, expiry, mrp, qty, free, rate, disc, taxable, gst = row
        page += [
            Drawn(32, y, str(index + 1), size=8),
            Drawn(46, y, name, size=8),
            Drawn(330, y, pack, size=8, align="centre"),
            Drawn(378, y, hsn, size=8, align="centre"),
            Drawn(428, y, batch, size=8, align="centre"),
            Drawn(472, y, expiry, size=8, align="centre"),
            Drawn(525, y, mrp, size=8, align="right"),
            Drawn(565, y, qty, size=8, align="right"),
            Drawn(650, y, rate, size=8, align="right"),
            Drawn(760, y, taxable, size=8, align="right"),
            Drawn(800, y, gst, size=8, align="right"),
        ]
        page += [Drawn(600, y, free, size=8, align="right")] if free else []
        page += [Drawn(695, y, disc, size=8, align="right")] if disc else []
    page += [
        Drawn(600, 300, "Taxable Amount", size=8),
        Drawn(800, 300, "7,596.00", size=8, align="right"),
        Drawn(600, 312, "CGST", size=8),
        Drawn(800, 312, "395.70", size=8, align="right"),
        Drawn(600, 324, "SGST", size=8),
        Drawn(800, 324, "395.70", size=8, align="right"),
        Drawn(600, 336, "Round Off", size=8),
        Drawn(800, 336, "0.60", size=8, align="right"),
        Drawn(600, 352, "NET AMOUNT", size=10, bold=True),
        Drawn(800, 352, "8,388.00", size=10, bold=True, align="right"),
        Drawn(30, 330, "Rs. Eight Thousand Three Hundred Eighty Eight Only", size=8, bold=True),
    ]
    return analysed(make_pdf(page, pagesize=landscape(A4)))


def test_party_caption_heads_the_customers_pane() -> None:
    fields = _distributor().fields
    assert fields["buyer_name"].value == "KAVERI CHEMISTS & DRUGGISTS"
    assert "buyer_address" in fields and "Warangal" in str(fields["buyer_address"].value)


def test_centred_gst_invoice_title_is_no_sellers_name() -> None:
    assert not_a_name("GST INVOICE")
    assert not_a_name("GST Invoice")
    fields = _distributor().fields
    assert fields["seller_name"].value == "NAVRANG MEDICAL AGENCIES"
    assert "Secunderabad" in str(fields["seller_address"].value)


def test_taxable_column_heads_the_amounts_of_a_dense_grid() -> None:
    items = _distributor().items
    figures = [
        (item["quantity"].value, item["unit_price"].value, item["amount"].value) for item in items
    ]
    assert figures == [(150.0, 14.2, 2130.0), (8.0, 431.25, 3450.0), (10.0, 210.0, 2016.0)]


def test_strength_per_dose_stays_in_the_products_name() -> None:
    names = [item["description"].value for item in _distributor().items]
    assert names[1] == "HUMAN INSULIN 40IU/ML PEN"


def test_pen_before_its_pack_size_is_no_currency() -> None:
    assert _distributor().fields["currency"].value == "INR"


@pytest.mark.parametrize(
    "text",
    [
        "2 HUMAN INSULIN 40IU/ML PEN 3ML 30043110 HI7731 02/26 540.00 8 431.25 3,450.00",
        "HAIR STYLING / GEL 50GM 12 89.00 1,068.00",
    ],
)
def test_wordlike_code_before_a_pack_size_names_no_currency(text: str) -> None:
    assert detect_currency(text) is None


def test_wordlike_code_before_a_plain_figure_still_counts() -> None:
    assert detect_currency("Total PEN 1,250.00") == "PEN"


def test_abridged_unit_price_caption_keeps_the_printed_price_beside_a_discount() -> None:
    page = [
        Drawn(40, 40, "LIAN HUAT ELECTRICAL SUPPLIES PTE LTD", size=12, bold=True),
        Drawn(40, 54, "21 Kaki Bukit Road 3, #02-15, Singapore 417818", size=8),
        Drawn(40, 66, "GST Reg. No.: 201422117K", size=8),
        Drawn(240, 90, "TAX INVOICE", size=12, bold=True),
        Drawn(40, 110, "Bill To:", size=9),
        Drawn(40, 122, "M/S ORCHID BUILDING SERVICES PTE. LTD.", size=9),
        Drawn(40, 134, "5 Tai Seng Drive, #06-02", size=9),
        Drawn(40, 146, "SINGAPORE 535217", size=9),
        Drawn(380, 110, "Invoice No.", size=9),
        Drawn(450, 110, ": LH-2502-0412", size=9),
        Drawn(380, 122, "Date", size=9),
        Drawn(450, 122, ": 14/02/2025", size=9),
        Drawn(40, 190, "S/No", size=8, bold=True),
        Drawn(70, 190, "Description", size=8, bold=True),
        Drawn(300, 190, "Qty", size=8, bold=True, align="right"),
        Drawn(340, 190, "UOM", size=8, bold=True),
        Drawn(420, 190, "U/Price", size=8, bold=True, align="right"),
        Drawn(465, 190, "Disc", size=8, bold=True, align="right"),
        Drawn(550, 190, "Amount (S$)", size=8, bold=True, align="right"),
    ]
    rows = [
        ("Cable tray 100mm x 2.4m", "20", "PCS", "8.40", "", "168.00"),
        ("Junction box IP65 medium", "8", "PCS", "12.50", "10%", "90.00"),
        ("Cable tie 300mm (pkt/100)", "5", "PKT", "4.20", "", "21.00"),
    ]
    for index, (name, qty, unit, price, disc, amount) in enumerate(rows):
        y = 208 + 14 * index
        page += [
            Drawn(44, y, str(index + 1), size=8),
            Drawn(70, y, name, size=8),
            Drawn(300, y, qty, size=8, align="right"),
            Drawn(340, y, unit, size=8),
            Drawn(420, y, price, size=8, align="right"),
            Drawn(550, y, amount, size=8, align="right"),
        ]
        page += [Drawn(465, y, disc, size=8, align="right")] if disc else []
    page += [
        Drawn(400, 280, "Sub-Total", size=9),
        Drawn(550, 280, "279.00", size=9, align="right"),
        Drawn(400, 294, "Add 9% GST", size=9),
        Drawn(550, 294, "25.11", size=9, align="right"),
        Drawn(400, 308, "Grand Total", size=9, bold=True),
        Drawn(550, 308, "304.11", size=9, bold=True, align="right"),
    ]
    items = analysed(make_pdf(page)).items
    figures = [(item["unit_price"].value, item["amount"].value) for item in items]
    assert figures == [(8.4, 168.0), (12.5, 90.0), (4.2, 21.0)]


def test_footer_line_gives_the_address_between_name_and_register() -> None:
    page = [
        Drawn(40, 40, "TOTARA BAY", size=20, bold=True),
        Drawn(40, 56, "G L A Z I N G", size=9),
        Drawn(380, 40, "TAX INVOICE", size=14, bold=True),
        Drawn(380, 70, "Invoice No.", size=9),
        Drawn(460, 70, "TBG-2025-0311", size=9),
        Drawn(380, 84, "Invoice Date", size=9),
        Drawn(460, 84, "03/03/2025", size=9),
        Drawn(40, 120, "INVOICE TO", size=8, bold=True),
        Drawn(40, 134, "Pukeko Property Group Ltd", size=9),
        Drawn(40, 146, "PO Box 7712, Riccarton", size=9),
        Drawn(40, 158, "Christchurch 8440", size=9),
        Drawn(40, 200, "Qty", size=8, bold=True),
        Drawn(80, 200, "Description", size=8, bold=True),
        Drawn(460, 200, "Unit Price", size=8, bold=True, align="right"),
        Drawn(550, 200, "Line Total", size=8, bold=True, align="right"),
        Drawn(40, 216, "3", size=9),
        Drawn(80, 216, "Double glazed unit, 1200 x 900", size=9),
        Drawn(460, 216, "640.00", size=9, align="right"),
        Drawn(550, 216, "1,920.00", size=9, align="right"),
        Drawn(380, 250, "Sub-Total (excl. GST)", size=9),
        Drawn(550, 250, "1,920.00", size=9, align="right"),
        Drawn(380, 264, "GST @ 15%", size=9),
        Drawn(550, 264, "288.00", size=9, align="right"),
        Drawn(380, 278, "TOTAL NZD (incl. GST)", size=9, bold=True),
        Drawn(550, 278, "2,208.00", size=9, bold=True, align="right"),
        Drawn(
            40,
            800,
            "Totara Bay Glazing Limited · 17 Kowhai Street, Hornby, Christchurch 8042"
            " · NZBN 9429041234567 · GST 111-222-333",
            size=7,
        ),
    ]
    fields = analysed(make_pdf(page)).fields
    assert fields["seller_address"].value == "17 Kowhai Street, Hornby, Christchurch 8042"
