"""Till-roll item rows in the shapes Malaysian / Singapore receipts print (receipt_items.py):
a tax code after the amount (in either case, or read as a digit), "2 @ 9.50", "1 PC @ 69.90",
a count and a price around the name, a count lost by OCR, "QTY 1 x RM68.00"."""

from __future__ import annotations

from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import build_lines
from facturist.engine.model import Value
from facturist.engine.receipt_items import receipt_items, settled_items
from facturist.engine.receipts import with_receipt_fields

from .test_receipt_items import HEADER, till_roll

Item = tuple[str, float | None, float | None, float]


def items_of(rows: list[str]) -> list[Item]:
    page = till_roll(rows)
    lines = build_lines(page)
    fields = with_receipt_fields([page], lines, header_fields(lines, find_candidates(lines)))
    return [_plain(item) for item in receipt_items([page], lines, fields)]


def _plain(item: dict[str, Value]) -> Item:
    return (
        str(item["description"].value),
        item["quantity"].value if "quantity" in item else None,  # type: ignore[misc]
        item["unit_price"].value if "unit_price" in item else None,  # type: ignore[misc]
        float(str(item["amount"].value)),
    )


def test_count_times_price_rows_with_a_tax_code_in_either_case() -> None:
    rows = [
        *HEADER,
        "PANADOL ACTIFAST 20S",
        "1 X 8.90 || 8.90 z",
        "VITAMIN C 1000MG 30S",
        "2 X 24.90 || 49.80 S",
        "FACE MASK 3PLY",
        "2 | X | 8.90 || 17.80 Z",
        "Total (Incl GST) || 76.50",
        "Rounding Adj || 0.00",
        "Total Payable || 76.50",
    ]
    assert items_of(rows) == [
        ("PANADOL ACTIFAST 20S", 1.0, 8.9, 8.9),
        ("VITAMIN C 1000MG 30S", 2.0, 24.9, 49.8),
        ("FACE MASK 3PLY", 2.0, 8.9, 17.8),
    ]


def test_at_sign_rows_and_a_count_with_its_unit() -> None:
    rows = [
        *HEADER,
        "NASI KANDAR AYAM",
        "2 @ 9.50 || 19.00",
        "BLACKMORES FISH OIL 1000MG",
        "1 PC @ 69.90 || 69.90 SR",
        "STREPSILS HONEY LEMON",
        "2 PC @ 7.80 || 15.60 ZR",
        "TOTAL (RM) || 104.50",
        "CASH || 110.00",
        "CHANGE || 5.50",
    ]
    assert items_of(rows) == [
        ("NASI KANDAR AYAM", 2.0, 9.5, 19.0),
        ("BLACKMORES FISH OIL 1000MG", 1.0, 69.9, 69.9),
        ("STREPSILS HONEY LEMON", 2.0, 7.8, 15.6),
    ]


def test_at_sign_read_as_a_zero() -> None:
    # OCR reads a thermal "@" as "0": "1 0 11.00" and "011.90 2" (price first, then count).
    rows = [
        *HEADER,
        "NASI KANDAR SOTONG",
        "1 0 11.00 || 11.00",
        "A4 PAPER 70GSM 500S",
        "011.90 | 2 || 23.80 S",
        "TOTAL || 34.80",
        "CASH || 50.00",
        "CHANGE || 15.20",
    ]
    assert items_of(rows) == [
        ("NASI KANDAR SOTONG", 1.0, 11.0, 11.0),
        ("A4 PAPER 70GSM 500S", 2.0, 11.9, 23.8),
    ]


def test_count_and_price_around_the_name_without_captions() -> None:
    rows = [
        *HEADER,
        "3 | BUTTER CROISSANT | 3.80 || 11.40",
        "4 | KAYA BUN | 1.90 || 7.60",
        "1 | CHOC BANANA LOAF | 12.50 || 12.50",
        "Sub Total || 31.50",
        "GST 6% || 1.89",
        "Total || 33.40",
    ]
    assert items_of(rows) == [
        ("BUTTER CROISSANT", 3.0, 3.8, 11.4),
        ("KAYA BUN", 4.0, 1.9, 7.6),
        ("CHOC BANANA LOAF", 1.0, 12.5, 12.5),
    ]


def test_a_count_lost_by_ocr_is_the_amount_over_the_price() -> None:
    rows = [
        *HEADER,
        "Item | Qty | Price || Amt",
        "PVC PIPE 1/2 x 6M",
        "6.50 || 26.00 SR",
        "G.I. ELBOW 1/2",
        "10 | 0.85 || 8.50 SR",
        "PENSEL 2B (12)",
        "X | 6.50 || 6.50 S",
        "TOTAL INCL GST || 41.00",
        "TOTAL || 41.00",
    ]
    assert items_of(rows) == [
        ("PVC PIPE 1/2 x 6M", 4.0, 6.5, 26.0),
        ("G.I. ELBOW 1/2", 10.0, 0.85, 8.5),
        ("PENSEL 2B (12)", 1.0, 6.5, 6.5),
    ]


def test_a_tax_code_read_as_a_digit_and_litres_of_fuel() -> None:
    rows = [
        *HEADER,
        "PUMP 04 RON95",
        "18.182L x 2.20 || 40.00 2",
        "MINERAL WATER 1.5L",
        "2 x 1.90 || 3.80 S",
        "TOTAL || RM43.80",
        "CASH || RM50.00",
        "CHANGE || RM6.20",
    ]
    assert items_of(rows) == [
        ("PUMP 04 RON95", 18.182, 2.2, 40.0),
        ("MINERAL WATER 1.5L", 2.0, 1.9, 3.8),
    ]


def test_numbered_names_over_qty_caption_rows() -> None:
    rows = [
        *HEADER,
        "1. ENGINE OIL 10W40 4L",
        "QTY 1 | x RM68.00 || 68.00",
        "2. SPARK PLUG NGK",
        "QTY 4 | X RM9.50 || 38.00",
        "SUB-TOTAL (EXCL GST) || 106.00",
        "TOTAL || 106.00",
    ]
    assert items_of(rows) == [
        ("ENGINE OIL 10W40 4L", 1.0, 68.0, 68.0),
        ("SPARK PLUG NGK", 4.0, 9.5, 38.0),
    ]


def test_a_qty_caption_line_under_the_items_is_no_column_header() -> None:
    rows = [
        *HEADER,
        "PVC PIPE 1/2 X 4M",
        "2 x 8.50 || 17.00 SR",
        "ELBOW 1/2 PVC",
        "6 X 0.80 || 4.80 SR",
        "TOTAL QTY : 8",
        "TOTAL SALES (EXCL GST) || 20.57",
        "GST @ 6% || 1.23",
        "TOTAL (INCL GST) || 21.80",
    ]
    assert items_of(rows) == [
        ("PVC PIPE 1/2 X 4M", 2.0, 8.5, 17.0),
        ("ELBOW 1/2 PVC", 6.0, 0.8, 4.8),
    ]


def settle(rows: list[str], found: list[dict[str, Value]]) -> list[Item]:
    page = till_roll(rows)
    lines = build_lines(page)
    fields = with_receipt_fields([page], lines, header_fields(lines, find_candidates(lines)))
    return [_plain(item) for item in settled_items([page], lines, fields, found)]


def _row(description: str, amount: float) -> dict[str, Value]:
    return {
        "description": Value(description),
        "quantity": Value(1.0),
        "unit_price": Value(amount),
        "amount": Value(amount),
    }


def test_table_rows_with_the_count_inside_the_name_take_the_till_reading() -> None:
    rows = [
        *HEADER,
        "MEIJI FRESH MILK 2L | 1x6.95 || 6.95",
        "FUJI APPLE 4S | 2x3.50 || 7.00",
        "TOTAL || $13.95",
        "VISA PAYWAVE || $13.95",
    ]
    found = [_row("MEIJI FRESH MILK 2L 1x6.95", 6.95), _row("FUJI APPLE 4S 2x3.50", 7.00)]
    assert settle(rows, found) == [
        ("MEIJI FRESH MILK 2L", 1.0, 6.95, 6.95),
        ("FUJI APPLE 4S", 2.0, 3.5, 7.0),
    ]


def test_table_rows_with_a_leading_count_take_the_till_reading() -> None:
    rows = [
        *HEADER,
        "2 | Flat White || 11.00",
        "1 | Iced Long Black || 5.00",
        "1 | Eggs Benedict || 18.00",
        "Subtotal || 34.00",
        "TOTAL || S$34.00",
    ]
    found = [_row("2 Flat White", 11.0), _row("1 Iced Long Black", 5.0)]
    found.append(_row("1 Eggs Benedict", 18.0))
    assert settle(rows, found) == [
        ("Flat White", 2.0, 5.5, 11.0),
        ("Iced Long Black", 1.0, 5.0, 5.0),
        ("Eggs Benedict", 1.0, 18.0, 18.0),
    ]


def test_a_count_with_a_multiplier_beside_the_name_and_no_price() -> None:
    rows = [
        *HEADER,
        "Latte x2 || 11.00",
        "2x Cappuccino || 12.00",
        "Croissant || 4.50",
        "TOTAL || 27.50",
        "CASH || 30.00",
        "CHANGE || 2.50",
    ]
    assert items_of(rows) == [
        ("Latte", 2.0, 5.5, 11.0),
        ("Cappuccino", 2.0, 6.0, 12.0),
        ("Croissant", 1.0, 4.5, 4.5),
    ]


def test_a_first_name_wrapped_over_two_lines_keeps_both() -> None:
    rows = [
        *HEADER,
        "BLACKMORES FISH OIL 1000MG",
        "200 CAPSULES VALUE PACK",
        "1 X 69.90 || 69.90 SR",
        "COTTON BUDS 200S",
        "1 X 3.90 || 3.90 SR",
        "TOTAL || 73.80",
        "CASH || 100.00",
        "CHANGE || 26.20",
    ]
    assert items_of(rows)[0] == (
        "BLACKMORES FISH OIL 1000MG 200 CAPSULES VALUE PACK",
        1.0,
        69.9,
        69.9,
    )
