"""Receipt header rules: Malaysian GST/SST numbers, serial and caption numbers, nets that are
no copy of the total, tax captions and non-tax lines, header lines that are no buyer."""

from __future__ import annotations

import pytest

from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import build_lines
from facturist.engine.model import Value
from facturist.engine.receipt_address import seller_address
from facturist.engine.receipt_parties import with_receipt_parties
from facturist.engine.receipt_tax import with_receipt_tax
from facturist.engine.receipts import with_receipt_fields

from .test_receipts import page_of


def fields_of(rows: list[str]) -> dict[str, Value]:
    page = page_of(rows, width=300.0)
    lines = build_lines(page)
    return with_receipt_fields([page], lines, header_fields(lines, find_candidates(lines)))


SHOP = [
    "KEDAI RUNCIT SINAR JAYA SDN BHD",
    "(123456-K)",
    "NO 12, JALAN MERANTI 3,",
    "43000 KAJANG, SELANGOR",
    "TEL: 03-8736 1122",
]
ITEMS = ["1 || BREAD || 4.50", "2 || MILK || 8.00"]
CASH = ["CASH || 20.00", "CHANGE || 7.50"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("GST ID: 000123456789", "000123456789"),
        ("GST REG NO: 000654321098", "000654321098"),
        ("GST Reg. No.: 000345678912", "000345678912"),
        ("Tel: 04-263 5512 | GST No: 001987654320", "001987654320"),
        ("GST REG: 000112233445", "000112233445"),
        ("SST ID: W10-1809-32000123", "W10-1809-32000123"),
    ],
)
def test_malaysian_gst_and_sst_numbers_are_the_sellers_vat_id(line: str, expected: str) -> None:
    found = fields_of([*SHOP, line, "TAX INVOICE", "Date: 02/01/2018", *ITEMS, "TOTAL || 12.50"])
    assert found["seller_vat_id"].value == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bill No: 88231 || Table: 14", "88231"),
        ("Receipt:T05-180427-0193", "T05-180427-0193"),
        ("Rece1pt:T05-180427-0193", "T05-180427-0193"),  # OCR reads i as 1
        ("Bil1 No: 88231 || Table: 14", "88231"),
        ("CASH BILL No. 3 4 0 9 6", "34096"),
        ("CASH SALE Nº 2158", "2158"),
        ("CASH SALE Nº2 15 8", "2158"),
    ],
)
def test_receipt_numbers(line: str, expected: str) -> None:
    found = fields_of([*SHOP, "TAX INVOICE", line, "Date: 02/01/2018", *ITEMS, "TOTAL || 12.50"])
    assert found["invoice_number"].value == expected


def test_invoice_caption_beats_an_order_number() -> None:
    rows = [*SHOP, "Order No: 207", "Inv: BB-IOI-0035871", "16.02.2018 20:41"]
    found = fields_of([*rows, *ITEMS, "TOTAL || 12.50", *CASH])
    assert found["invoice_number"].value == "BB-IOI-0035871"


def test_a_total_without_net_or_tax_gives_no_net() -> None:
    found = fields_of([*SHOP, "Date: 02/01/2018", *ITEMS, "TOTAL RM || 12.50", *CASH])
    assert found["total_amount"].value == pytest.approx(12.5)
    assert "net_amount" not in found


def test_rounding_is_no_tax() -> None:
    rows = [*SHOP, "Date: 02/01/2018", *ITEMS, "Sub Total || 12.48", "Rounding Adj || 0.02"]
    found = fields_of([*rows, "TOTAL RM || 12.50", *CASH])
    assert "tax_amount" not in found


@pytest.mark.parametrize(
    ("caption", "tax"),
    [("GST 9% included", 1.03), ("GST 9 included", 1.03), ("Incl. 7% GST", 0.82)],
)
def test_tax_included_captions_read_the_amount_not_the_rate(caption: str, tax: float) -> None:
    rows = [*SHOP, "Date: 02/01/2018", *ITEMS, "TOTAL || 12.50", *CASH]
    found = fields_of([*rows, f"{caption} || {tax:.2f}"])
    assert found["tax_amount"].value == pytest.approx(tax)


def test_printed_amount_excluding_tax_is_the_net() -> None:
    rows = [*SHOP, "Date: 02/01/2018", *ITEMS, "TOTAL || 12.50", *CASH]
    found = fields_of([*rows, "GST 9% included || 1.03", "Amount excl. GST || 11.47"])
    assert found["net_amount"].value == pytest.approx(11.47)


def test_no_gst_charged_is_no_tax() -> None:
    rows = [*SHOP, "Date: 02/01/2018", *ITEMS, "No GST charged. || TOTAL S$ || 12.50"]
    found = fields_of(rows)
    assert found["total_amount"].value == pytest.approx(12.5)
    assert "tax_amount" not in found


def test_the_total_after_a_discount_beats_the_sum_above_it() -> None:
    rows = [*SHOP, "Date: 02/01/2018", *ITEMS, "Jumlah || 12.75", "Diskaun || -0.25"]
    found = fields_of([*rows, "TOTAL RM || 12.50", "Tunai || 20.00"])
    assert found["total_amount"].value == pytest.approx(12.5)


def test_a_tax_summarys_total_row_is_the_net() -> None:
    rows = [*SHOP, "Date: 02/01/2018", *ITEMS, "Total Sales Incl GST || 12.50", *CASH]
    rows += ["GST Summary Amt Tax", "S 6% || 7.54 0.46", "Z 0% || 4.50 0.00"]
    lines = build_lines(page_of([*rows, "Total || 12.04 0.46"], width=300.0))
    given = {"total_amount": Value(12.5, "12.50"), "tax_amount": Value(0.46, "0.46")}
    given["net_amount"] = Value(12.04 - 0.5, "", (), 0.5)  # derived from a wrong total
    found = with_receipt_tax(lines, given)
    assert found["net_amount"].value == pytest.approx(12.04)


def test_patient_is_the_buyer() -> None:
    rows = [*SHOP, "Date: 02/01/2018", "Patient: MR. KUMAR A/L RAJAN", *ITEMS]
    found = fields_of([*rows, "TOTAL || 12.50", *CASH])
    assert found["buyer_name"].value == "MR. KUMAR A/L RAJAN"


def test_header_lines_are_no_buyer() -> None:
    rows = ["Crumb & Co.", "CRUMB & CO. PTE. LTD.", "GST Reg. No.: M2-0123456-7"]
    rows += ["ION Orchard Outlet", "2 Orchard Turn, #B4-12,", "Singapore 238801"]
    found = fields_of([*rows, "Sat 19 Feb 2022 16:08", *ITEMS, "Total || 12.50", *CASH])
    assert "buyer_name" not in found
    assert "buyer_address" not in found
    assert found["seller_address"].value == "2 Orchard Turn, #B4-12, Singapore 238801"


def test_a_town_and_postcode_line_closes_the_address_under_a_block_number() -> None:
    rows = ["CHUAN FA AIRCON & ELECTRICAL SUPPLIES", "(UEN 53123456W)"]
    rows += ["Blk 1002 Toa Payoh Industrial Park Lorong 8, #01-1433,", "Singapore 319074"]
    rows += ["Tel: 6253 7780", "Date: 9-11-2021", *ITEMS, "TOTAL || 12.50", *CASH]
    found = fields_of([*rows, "THANK YOU"])
    assert found["seller_address"].value == (
        "Blk 1002 Toa Payoh Industrial Park Lorong 8, #01-1433, Singapore 319074"
    )


def test_ringgit_before_a_colon_is_the_currency() -> None:
    rows = ["WONG BROTHERS FOOD SUPPLY", "NO 9, JALAN PASAR BORONG 1,", "68100 BATU CAVES"]
    rows += ["CASH BILL", "Date: 26/06/2018", *ITEMS, "TOTAL RM : || 12.50", *CASH]
    assert fields_of(rows)["currency"].value == "MYR"


def test_an_address_unit_is_no_receipt_number() -> None:
    rows = [*SHOP, "TAX INVOICE No 07741", "Date: 21-08-2019", "Sold To: KIN HIN CATERING"]
    rows += ["21 UBI ROAD 1 #02-05", "SINGAPORE 408724", *ITEMS, "TOTAL || 12.50", *CASH]
    lines = build_lines(page_of(rows, width=300.0))
    unit = next(w for line in lines for w in line.words if w.text == "#02-05")
    taken = {"invoice_number": Value("02-05", "02-05", (unit.box,))}
    assert with_receipt_parties(lines, taken)["invoice_number"].value == "07741"


def test_a_name_followed_only_by_registration_lines_has_no_address() -> None:
    # A torn-off head: the name and its numbers, nothing after them; nothing to read, no crash.
    lines = build_lines(page_of(["KEDAI RUNCIT SINAR JAYA SDN BHD", "(123456-K)"], width=300.0))
    assert seller_address(lines, 0) is None
