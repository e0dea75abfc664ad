"""Which date of a receipt is the sale's: the captioned one, in any month notation."""

from __future__ import annotations

from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.receipts import receipt_fields

HEAD = ["KEDAI RUNCIT SINAR JAYA", "NO 12, JALAN MERANTI 3,", "43000 KAJANG, SELANGOR"]
TAIL = ["BREAD 1 7.80", "TOTAL 7.80", "CASH 10.00", "CHANGE 2.20"]


def date_of(rows: list[str]) -> str:
    words: list[Word] = []
    for number, row in enumerate([*HEAD, *rows, *TAIL]):
        y, x = 20.0 + number * 19.0, 10.0
        for token in row.split():
            words.append(Word(token, Box(1, x, y, x + 6 * len(token), y + 12), 0.95))
            x += 6 * len(token) + 6
    lines = build_lines(PageText(1, 300.0, 400.0, words, source="ocr"))
    return str(receipt_fields(lines)["invoice_date"].value)


def test_a_captioned_month_first_date_beats_a_warranty_date_in_the_footer() -> None:
    rows = ["Invoice: VZM-011847 Date: Apr 28, 2018", "Warranty till 27/04/2019."]
    assert date_of(rows[:1]) == "2018-04-28"
    assert date_of(rows) == "2018-04-28"
    assert date_of(["Salesman: KEVIN", "Warranty until 27/04/2019.", "28/04/2018 16:40"]) == (
        "2018-04-28"
    )


def test_a_zero_read_for_the_letter_o_in_a_month_name() -> None:
    assert date_of(["21 0CT 2017 18:22 TILL 07 SLIP 0703318"]) == "2017-10-21"
    assert date_of(["02 N0V 2017 09:15"]) == "2017-11-02"
