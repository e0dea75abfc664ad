"""Receipt sellers named by a number, and item rows that are no seller.

- Malaysian addresses open with a house number ("NO. 21, JALAN ..."), yet shops are named by a
  number too ("NO.3 KEDAI KOPI ..."): a row with no street word after its number, over the
  company's registration number and the street line, is the shop's name.
- With no name in the header, an item row ("2 KOPI O 3.20") or a totals row ("SUB TOTAL
  12.40") is no seller's name: nothing is better.
"""

from __future__ import annotations

from facturist.engine.layout import build_lines
from facturist.engine.receipts import receipt_fields

from .receipts.test_receipt_seller_blocks_and_nett import Run, scanned

_TAIL: list[Run] = [
    (40.0, 96.0, "GST ID: 000123456789", 12.0),
    (50.0, 116.0, "SIMPLIFIED TAX INVOICE", 12.0),
    (20.0, 132.0, "14-MAR-2018 12:01:44", 12.0),
    (20.0, 152.0, "2 KOPI O PANAS", 12.0),
    (240.0, 152.0, "3.20", 12.0),
    (20.0, 168.0, "1 ROTI BAKAR KAYA", 12.0),
    (240.0, 168.0, "9.20", 12.0),
    (20.0, 188.0, "SUB TOTAL", 12.0),
    (240.0, 188.0, "12.40", 12.0),
    (20.0, 204.0, "TOTAL AMOUNT", 12.0),
    (240.0, 204.0, "RM12.40", 12.0),
    (20.0, 220.0, "CASH", 12.0),
    (240.0, 220.0, "20.00", 12.0),
    (20.0, 236.0, "CHANGE", 12.0),
    (240.0, 236.0, "7.60", 12.0),
]


def test_a_shop_named_by_its_number_over_its_registration_and_street_is_the_seller() -> None:
    runs: list[Run] = [
        (50.0, 20.0, "NO.3 KEDAI KOPI BERKAT", 14.0),
        (70.0, 40.0, "(001234567-W)", 12.0),
        (50.0, 56.0, "LOT 12, JALAN DAMAI,", 12.0),
        (50.0, 72.0, "43000 KAJANG, SELANGOR", 12.0),
        *_TAIL,
    ]
    found = receipt_fields(build_lines(scanned(runs)))
    assert found["seller_name"].value == "NO.3 KEDAI KOPI BERKAT"
    assert found["seller_address"].value == "LOT 12, JALAN DAMAI, 43000 KAJANG, SELANGOR"


def test_a_house_number_with_its_street_stays_the_address() -> None:
    runs: list[Run] = [
        (50.0, 20.0, "KEDAI KOPI BERKAT", 14.0),
        (70.0, 40.0, "(001234567-W)", 12.0),
        (50.0, 56.0, "NO. 12, JALAN DAMAI,", 12.0),
        (50.0, 72.0, "43000 KAJANG, SELANGOR", 12.0),
        *_TAIL,
    ]
    found = receipt_fields(build_lines(scanned(runs)))
    assert found["seller_name"].value == "KEDAI KOPI BERKAT"
    assert found["seller_address"].value == "NO. 12, JALAN DAMAI, 43000 KAJANG, SELANGOR"


def test_an_item_row_is_no_seller_when_the_header_names_none() -> None:
    runs: list[Run] = [
        # The name's row lost (torn roll): only numbers and the street remain on top.
        (70.0, 40.0, "(001234567-W)", 12.0),
        (50.0, 56.0, "LOT 12, JALAN DAMAI,", 12.0),
        (50.0, 72.0, "43000 KAJANG, SELANGOR", 12.0),
        *_TAIL,
    ]
    found = receipt_fields(build_lines(scanned(runs)))
    assert "seller_name" not in found
    assert "seller_address" not in found
