"""Short receipt captions: a cash-sale / bill number ("CS No:", "Bill#:", "INVOICE:") with
OCR slips, the "GST ID No:" caption, a Malay "Nama" buyer, and the receipt test's
GST-inclusive total caption (receipt_numbers.py, receipt_parties.py, receipt_scan.py)."""

from __future__ import annotations

import pytest

from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import build_lines
from facturist.engine.model import Value
from facturist.engine.receipt_scan import looks_like_receipt
from facturist.engine.receipts import with_receipt_fields

from .test_receipts import page_of

HEAD = [
    "KEDAI UBAT SINAR JAYA SDN BHD",
    "NO 12, JALAN MERANTI 3,",
    "43000 KAJANG, SELANGOR",
    "TAX INVOICE",
]
BODY = [
    "Date: 25/03/2018 13:05",
    "PANADOL 20S || 12.90",
    "TOTAL || 12.90",
    "CASH || 20.00",
    "CHANGE || 7.10",
]


def fields_of(rows: list[str]) -> dict[str, Value]:
    page = page_of(rows)
    lines = build_lines(page)
    return with_receipt_fields([page], lines, header_fields(lines, find_candidates(lines)))


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("CS No:CS00045812", "CS00045812"),
        ("Bill#: 10088231 Tbl: 7", "10088231"),
        ("Bi11#: 10088231 Tbl: 7", "10088231"),
        ("INVOICE: CI-771245", "CI-771245"),
        ("INV0ICE: CI-771245", "CI-771245"),
        ("Invoice No: || FSS-2017-04417", "FSS-2017-04417"),
        ("Invbice No: || FSS-2017-04417", "FSS-2017-04417"),
    ],
)
def test_short_number_captions(line: str, number: str) -> None:
    assert fields_of([*HEAD, line, *BODY])["invoice_number"].value == number


def test_gst_id_no_caption() -> None:
    found = fields_of([*HEAD[:3], "GST ID No: 000345987612", *HEAD[3:], *BODY])
    assert found["seller_vat_id"].value == "000345987612"


@pytest.mark.parametrize("line", ["Nama : PUAN ROSNAH", "Nama PUAN ROSNAH", "NAMA: PUAN ROSNAH"])
def test_malay_nama_caption_names_the_buyer(line: str) -> None:
    assert fields_of([*HEAD, line, *BODY])["buyer_name"].value == "PUAN ROSNAH"


def test_an_item_column_caption_names_no_buyer() -> None:
    assert "buyer_name" not in fields_of([*HEAD, "Nama Barang || Harga", *BODY])


def test_a_wide_scan_with_gst_inclusive_totals_is_a_receipt() -> None:
    rows = [
        "FARMASI SIHAT SEJAHTERA",
        "(540121456-A)",
        "NO. 3A, JALAN BANDAR 11",
        "TAMAN MELAWATI, 53100 KUALA LUMPUR",
        "Date: 27/11/2017",
        "MASK 3PLY 50S || 4.00",
        "Total Excl. GST || 90.71",
        "GST Payable 6% || 5.44",
        "Total Incl. GST || 96.15",
        "Card || 96.15",
    ]
    page = page_of(rows, width=346.0)
    page = type(page)(1, 346.0, 429.0, page.words, source="ocr")
    assert looks_like_receipt([page], build_lines(page))


def test_a_state_line_whose_space_ocr_lost_ends_the_address() -> None:
    rows = [
        "FARMASI SIHAT SDN BHD",
        "NO. 3A, JALAN BANDAR 11,",
        "MELAWATI, 53100 KUALA LUMPUR,",
        "SELANGOR DARULEHSAN",
        "Tel: 03-4106 2233",
        *BODY,
    ]
    assert str(fields_of(rows)["seller_address"].value).endswith("SELANGOR DARULEHSAN")


def test_a_count_at_price_line_under_the_amount_fills_that_item() -> None:
    from facturist.engine.receipt_items import receipt_items

    rows = [
        *HEAD,
        "Date: 15/01/2018 16:22",
        "TEMPERED GLASS IPHONE 7 || 50.00",
        "   QTY 2 @ RM 25.00",
        "TYPE-C CABLE 1M || 19.90",
        "   QTY 1 @ RM 19.90",
        "TOTAL RM || 69.90",
        "VISA || 69.90",
    ]
    page = page_of(rows)
    lines = build_lines(page)
    fields = with_receipt_fields([page], lines, header_fields(lines, find_candidates(lines)))
    items = receipt_items([page], lines, fields)
    got = [(i["description"].value, i["quantity"].value, i["unit_price"].value) for i in items]
    assert got == [("TEMPERED GLASS IPHONE 7", 2.0, 25.0), ("TYPE-C CABLE 1M", 1.0, 19.9)]


def test_figures_under_their_name_with_a_misread_amount_digit() -> None:
    from facturist.engine.receipt_items import receipt_items

    rows = [
        *HEAD,
        "Date: 26/03/2018",
        "Item Qty Price Total",
        "CEMENT TASEK 50KG",
        "     8 19.50 || 156.00",
        "SAND (LORRY 1/2 TON)",
        "     1 85.00 || 85.00",
        "GI WIRE 1KG",
        "     1 8.90 || 8.99",
        "Sub Total || 249.90",
        "GST @6% || 14.99",
        "Grand Total || 264.89",
    ]
    page = page_of(rows)
    lines = build_lines(page)
    fields = with_receipt_fields([page], lines, header_fields(lines, find_candidates(lines)))
    got = [
        (i["description"].value, i["amount"].value) for i in receipt_items([page], lines, fields)
    ]
    assert got == [
        ("CEMENT TASEK 50KG", 156.0),
        ("SAND (LORRY 1/2 TON)", 85.0),
        ("GI WIRE 1KG", 8.9),
    ]


def test_a_total_printed_with_a_leading_zero_is_mended_by_cash_minus_change() -> None:
    rows = [
        *HEAD,
        "Date: 15/12/2017",
        "COLGATE TOTAL 150G || 20.65",
        "TAUHU TELUR || 62.40",
        "Total Sales Incl GST || 03.05",
        "Cash || 100.00",
        "Change || 16.95",
    ]
    found = fields_of(rows)
    assert found["total_amount"].value == 83.05
    # The general reader's net, worked out from its own total (20.65), goes with it.
    assert "net_amount" not in found


@pytest.mark.parametrize("town", ["BATU 4, 42100 KLANG, SELANGOR", "BATU 4, 4Z1UB KLANG, SELANGOR"])
def test_a_garbled_tax_id_line_ends_the_address(town: str) -> None:
    rows = [
        "99 SPEEDY MART SDN BHD",
        "LOT P.T. 33198, JALAN KOTA 2,",
        town,
        "GGT ID: 000181747712",
        "3720-Kota Raja INV: 17200115662",
        *BODY,
    ]
    assert fields_of(rows)["seller_address"].value == f"LOT P.T. 33198, JALAN KOTA 2, {town}"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dang Gui (Slice) 0.15180.00 || 27.00", ("0.15", "180.00", "Dang Gui (Slice)")),
        ("Bird Nest Drink 6s 29.90 || 29,90", ("1", "29.90", "Bird Nest Drink 6s")),
    ],
)
def test_weight_and_price_run_together_or_a_lost_count(
    text: str, want: tuple[str, str, str]
) -> None:
    from decimal import Decimal

    from facturist.engine.receipt_items import _DISCOUNT
    from facturist.engine.receipt_rows import read_row

    row = read_row(build_lines(page_of([text]))[0], 0, _DISCOUNT)
    assert row is not None
    name = " ".join(w.text for w in row.name)
    assert (row.quantity, row.price, name) == (Decimal(want[0]), Decimal(want[1]), want[2])


def test_order_captions_are_whole_words() -> None:
    # "Qty", "TABLESPOON" and "ORDERED" start like the order captions but are no caption of a
    # queue or table number, so the number beside them is not thrown away.
    from facturist.engine.receipt_numbers import ORDER_CAPTION

    for caption in ("Order No: 207", "Q#12", "TABLE 14", "Queue: 5", "MEJA 3"):
        assert ORDER_CAPTION.search(caption), caption
    for text in ("Qty 2", "TABLESPOON", "ORDERED ITEMS"):
        assert not ORDER_CAPTION.search(text), text
