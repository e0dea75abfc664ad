"""An English block-format letter dates itself at the left, alone on its line under the
addressee's block ("13 February 2026"), with no caption: the letter's date is the invoice
date; a date stacked under a caption ("Due date" over it) is none (dateread.py)."""

from __future__ import annotations

import datetime

from .conftest import header_values

_PAGE = [
    (50, 40, "KINSALE ELECTRICAL SERVICES LTD"),
    (50, 54, "Unit 4, Kinsale Road Business Park"),
    (50, 68, "Cork T12 X8C4, Ireland"),
    (50, 130, "Ms Aoife Brennan"),
    (50, 144, "14 Grand Parade"),
    (50, 158, "Cork T12 HK53"),
    (50, 250, "Our ref.: Invoice INV-3391"),
    (50, 280, "Dear Ms Brennan,"),
    (50, 300, "Repairs carried out at your premises  €1,450.00"),
    (50, 320, "Subtotal  €1,450.00"),
    (50, 334, "VAT @ 13.5%  €195.75"),
    (50, 348, "Total due  €1,645.75"),
]


def test_the_letters_date_under_the_address_block() -> None:
    fields = header_values([*_PAGE, (50, 200, "13 February 2026")])
    assert fields.get("invoice_date") == datetime.date(2026, 2, 13)


def test_a_date_under_a_due_caption_is_no_letter_date() -> None:
    fields = header_values([*_PAGE, (50, 186, "Payment due"), (50, 200, "13 March 2026")])
    assert fields.get("invoice_date") != datetime.date(2026, 3, 13)
