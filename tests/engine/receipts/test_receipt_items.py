"""Receipt item rows (receipt_items.py): synthetic till rolls and generated receipts."""

from __future__ import annotations

import pytest

from facturist.engine.extraction import extract_canonical
from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Value, Word
from facturist.engine.receipt_items import receipt_items, settled_items
from facturist.engine.receipts import with_receipt_fields
from facturist.samples import random_invoice, render_pdf

LINE_HEIGHT = 12.0
CHAR_WIDTH = 6.0


def word(text: str, x: float, y: float) -> Word:
    return Word(text, Box(1, x, y, x + len(text) * CHAR_WIDTH, y + LINE_HEIGHT))


def till_roll(rows: list[str], width: float = 230.0) -> PageText:
    """A scanned narrow page; '||' puts the part after it right-aligned, '|' is a wide gap."""
    words: list[Word] = []
    for number, row in enumerate(rows):
        y = 20.0 + number * LINE_HEIGHT * 1.5
        left, _, right = row.partition("||")
        x = 10.0
        for part in left.split("|"):
            for token in part.split():
                words.append(word(token, x, y))
                x += (len(token) + 1) * CHAR_WIDTH
            x += 4 * CHAR_WIDTH
        x = width - 10.0 - len(right.strip()) * CHAR_WIDTH
        for token in right.split():
            words.append(word(token, x, y))
            x += (len(token) + 1) * CHAR_WIDTH
    height = 40.0 + len(rows) * LINE_HEIGHT * 1.5
    return PageText(1, width, max(height, 2 * width), words, source="ocr")


def items_of(rows: list[str]) -> list[tuple[str, float | None, float | None, float]]:
    page = till_roll(rows)
    lines = build_lines(page)
    fields = with_receipt_fields([page], lines, header_fields(lines, find_candidates(lines)))
    return [
        (
            str(item["description"].value),
            item["quantity"].value if "quantity" in item else None,
            item["unit_price"].value if "unit_price" in item else None,
            float(str(item["amount"].value)),
        )
        for item in receipt_items([page], lines, fields)
    ]


HEADER = [
    "KEDAI RUNCIT SINAR JAYA",
    "NO 12, JALAN MERANTI 3",
    "TEL: 03-8736 1122",
    "CASH RECEIPT",
    "DATE: 12/03/2018 | 10:41",
]


def test_leading_quantity_rows_under_captions() -> None:
    rows = [
        *HEADER,
        "QTY ITEM || TOTAL",
        "2 Chicken Burger || 11.00",
        "1 Iced Lemon Tea || 3.50",
        "3 Curry Puff || 4.50",
        "TOTAL (INCL GST) || 19.00",
        "CASH || 20.00",
        "CHANGE || 1.00",
    ]
    assert items_of(rows) == [
        ("Chicken Burger", 2.0, 5.5, 11.0),
        ("Iced Lemon Tea", 1.0, 3.5, 3.5),
        ("Curry Puff", 3.0, 1.5, 4.5),
    ]


def test_code_rows_take_the_name_above_and_a_discount_counts_in_the_sum() -> None:
    rows = [
        *HEADER,
        "Desc/Item Qty Price || Amt(RM)",
        "TABLE LAMP STITCH",
        "62483 | 2 | 27.95 || 55.90",
        "PHOTO FRAME A4",
        "88812 | 1 | 12.00 || 12.00 S",
        "@DISC 10.00% || -6.79",
        "TOTAL AMT || 61.11",
        "CASH || 70.00",
    ]
    assert items_of(rows) == [
        ("TABLE LAMP STITCH", 2.0, 27.95, 55.9),
        ("PHOTO FRAME A4", 1.0, 12.0, 12.0),
    ]


def test_price_times_count_and_tax_code_letters() -> None:
    rows = [
        *HEADER,
        "TOILET ROLL 3PLY 10R",
        "9555227800168 | 12.50*2 || 25.00 S",
        "HAZELNUT WAFER 36G",
        "9555037203555 | 1 x 13.90 || 13.90 Z",
        "SUB TOTAL || 38.90",
        "ROUNDING || 0.00",
        "TOTAL || 38.90",
    ]
    assert items_of(rows) == [
        ("TOILET ROLL 3PLY 10R", 2.0, 12.5, 25.0),
        ("HAZELNUT WAFER 36G", 1.0, 13.9, 13.9),
    ]


@pytest.mark.parametrize(
    "total",
    ["25.00", "19.90"],  # the rows add up to 19.00: no total of theirs, no items
)
def test_rows_that_do_not_add_up_give_no_items(total: str) -> None:
    rows = [
        *HEADER,
        "QTY ITEM || TOTAL",
        "2 Chicken Burger || 11.00",
        "1 Iced Lemon Tea || 3.50",
        "3 Curry Puff || 4.50",
        f"TOTAL || {total}",
    ]
    assert items_of(rows) == []


def test_row_whose_figures_do_not_multiply_is_not_trusted() -> None:
    rows = [
        *HEADER,
        "NYLON YARN",
        "6.00 | PKTS | 13.00 || 104.00",
        "SUB TOTAL || 104.00",
        "TOTAL || 104.00",
    ]
    assert items_of(rows) == []


@pytest.mark.parametrize("seed,language", [(11, "en"), (12, "de"), (13, "fr"), (17, "pl")])
def test_generated_till_receipt_items(seed: int, language: str) -> None:
    spec = random_invoice(seed, language=language, layout="receipt")
    found = extract_canonical(render_pdf(spec))["line_items"]
    truth = spec.truth()["line_items"]
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in found] == [
        (i["quantity"], i["unit_price"], i["amount"]) for i in truth
    ]
    for got, want in zip(found, truth, strict=True):
        assert set(want["description"].split()) <= set(got["description"].split())


# Table / list rows on receipts (settled_items): rows missing the totals give way to till rows.
ROLL = [
    *HEADER,
    "ITEM | QTY || AMOUNT",
    "Chicken McMuffin | 2 x 5.50 || 11.00",
    "Porridge | 1 x 6.30 || 6.30",
    "Hot Cakes | 1 x 9.30 || 9.30",
    "TakeOut Total (incl GST) || 26.60",
    "CASH || 30.00",
    "CHANGE || 3.40",
]


def row(description: str, amount: float) -> dict[str, Value]:
    return {"description": Value(description), "amount": Value(amount)}


def settle(page: PageText, found: list[dict[str, Value]]) -> list[tuple[str, float]]:
    lines = build_lines(page)
    fields = with_receipt_fields([page], lines, header_fields(lines, find_candidates(lines)))
    return [
        (str(item["description"].value), float(str(item["amount"].value)))
        for item in settled_items([page], lines, fields, found)
    ]


def test_totals_caption_rows_are_dropped_from_table_rows() -> None:
    found = [
        row("Chicken McMuffin", 11.00),
        row("Porridge", 6.30),
        row("Hot Cakes", 9.30),
        row("TakeOut Total (incl GST)", 26.60),
        row("[otal (Excluding GST)", 25.09),
    ]
    assert settle(till_roll(ROLL), found) == [
        ("Chicken McMuffin", 11.00),
        ("Porridge", 6.30),
        ("Hot Cakes", 9.30),
    ]


def test_rows_missing_the_total_give_way_to_till_rows_that_add_up() -> None:
    found = [row("Chicken McMuffin 2 x", 5.50), row("Hot Cakes", 9.30)]
    assert settle(till_roll(ROLL), found) == [
        ("Chicken McMuffin", 11.00),
        ("Porridge", 6.30),
        ("Hot Cakes", 9.30),
    ]


def test_full_digital_pages_keep_the_table_rows() -> None:
    roll = till_roll(ROLL)
    a4 = PageText(1, 595.0, 842.0, roll.words, source="text")
    found = [row("Chicken McMuffin 2 x", 5.50), row("Grand Total", 26.60)]
    assert settle(a4, found) == [("Chicken McMuffin 2 x", 5.50), ("Grand Total", 26.60)]


@pytest.mark.parametrize(
    "buyer",
    [
        ["Rechnungsempfänger: Marie Weber", "Hauptplatz 162", "8614 Graz"],
        ["154 High Street", "London WX9 7HL", "VAT No.: GB 276 1662 42"],
    ],
)
def test_first_item_name_stops_at_the_buyer_block_above(buyer: list[str]) -> None:
    # A scan loses the dashed rule between the buyer's block and the items.
    rows = [*HEADER, *buyer, "Kabelsatz", "10 x 2.69 || 26.90", "Softwarelizenz"]
    rows += ["6 x 7.80 || 46.80", "TOTAL || 73.70", "CASH || 80.00", "CHANGE || 6.30"]
    assert items_of(rows) == [
        ("Kabelsatz", 10.0, 2.69, 26.9),
        ("Softwarelizenz", 6.0, 7.8, 46.8),
    ]


@pytest.mark.parametrize("seed,language", [(100006, "pt"), (100007, "pl"), (100009, "de")])
def test_generated_till_rolls_keep_wrapped_first_names_and_credit_workings(
    seed: int, language: str
) -> None:
    # A first item named over three lines above its "50 x 8,04 | 402,00" (the list reader
    # took only the last line once), and credit receipts' "-1 x 43.51 | -43.51" workings,
    # which are no item of their own with an empty name.
    spec = random_invoice(seed, language=language, layout="receipt")
    found = extract_canonical(render_pdf(spec))["line_items"]
    truth = spec.truth()["line_items"]
    assert [i["description"].split() for i in found] == [i["description"].split() for i in truth]
