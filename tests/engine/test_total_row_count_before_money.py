"""A total row summing an export invoice's quantity and amount columns ("TOTAL FOB YANTIAN |
10,800 | US$ | 63,708.00"): the whole count before the currency-marked money is the pieces
counted, the money the total (countedtotal.py, labelvalues.py)."""

from __future__ import annotations

from .conftest import header_values

_HEAD = [
    (50, 40, "PEARL RIVER HOMEWARES CO., LIMITED"),
    (50, 56, "Room 1803, 18/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong"),
    (250, 90, "INVOICE"),
    (350, 110, "Invoice No.: PRH-25-0211"),
    (350, 122, "Date: 11/02/2025"),
    (50, 200, "DESCRIPTION"),
    (330, 200, "QUANTITY"),
    (410, 200, "UNIT PRICE"),
    (500, 200, "AMOUNT"),
    (50, 218, "Enamel mug, white"),
    (330, 218, "1,200"),
    (410, 218, "2.40"),
    (500, 218, "2,880.00"),
    (50, 232, "Enamel mug, blue"),
    (330, 232, "800"),
    (410, 232, "2.45"),
    (500, 232, "1,960.00"),
]


def test_count_then_currency_then_money() -> None:
    fields = header_values(
        [
            *_HEAD,
            (120, 260, "TOTAL FOB SHENZHEN"),
            (330, 260, "2,000"),
            (455, 260, "US$"),
            (500, 260, "4,840.00"),
        ]
    )
    assert fields["total_amount"] == 4840.0


def test_count_then_currency_glued_to_money() -> None:
    fields = header_values(
        [*_HEAD, (120, 260, "TOTAL FOB SHENZHEN"), (330, 260, "2,000"), (470, 260, "US$ 4,840.00")]
    )
    assert fields["total_amount"] == 4840.0


def test_lone_whole_total_with_currency_after_is_the_total() -> None:
    fields = header_values([*_HEAD, (120, 260, "TOTAL"), (330, 260, "4,840"), (455, 260, "USD")])
    assert fields["total_amount"] == 4840.0
