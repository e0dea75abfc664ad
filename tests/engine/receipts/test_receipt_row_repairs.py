"""Till-roll rows that need a repair before they add up (receipt_rows.py / receipt_items.py):
a price per unit ("3.41/L", "8.90/KG"), a weight without its "@", an amount or a price with
one digit misread (the row's own qty x price decides), a tax code "Z" read as "2" after a
qty-1 row, a trailing period after the amount, a code before the name, a DEPOSIT line."""

from __future__ import annotations

from facturist.engine.model import Value

from .test_receipt_items import HEADER
from .test_receipt_row_shapes import _row, items_of, settle


def test_prices_per_unit_and_a_weight_without_its_at_sign() -> None:
    rows = [
        *HEADER,
        "9556001022346",
        "GARDENIA ORIGINAL CLASSIC",
        "2 X 3.70 || 7.40 Z",
        "2000450008450",
        "AYAM SEGAR (KG)",
        "1.845 KG @ 8.90/KG || 16.42 Z",
        "TOMATO (KG)",
        "0.620 KG | 5.49/KG || 3.40 Z",
        "BERAS SUPER CAP RAMBUTAN 10KG || 32.50 2",
        "TOTAL INCL. GST || 59.72",
    ]
    assert items_of(rows) == [
        ("GARDENIA ORIGINAL CLASSIC", 2.0, 3.7, 7.4),
        ("AYAM SEGAR (KG)", 1.845, 8.9, 16.42),
        ("TOMATO (KG)", 0.62, 5.49, 3.4),
        ("BERAS SUPER CAP RAMBUTAN 10KG", 1.0, 32.5, 32.5),
    ]


def test_one_misread_digit_in_an_amount_or_a_price() -> None:
    rows = [
        *HEADER,
        "100234 PANADOL ACTIFAST 20S",
        "1 @ 12.90 || 12.96 Z",
        "204561 VITAMIN C 1000MG 30S",
        "2 @ 29.90 || 59.86 S",
        "AYAM SEGAR (KG)",
        "1.845 KG @ 6.90/KG || 16.42 Z",
        "CABLE 2.5MM PVC/PVC 100M",
        "2 x 140.00 || 296.00",
        "Total Sales Incl GST || 385.12",
    ]
    assert items_of(rows) == [
        ("PANADOL ACTIFAST 20S", 1.0, 12.9, 12.9),
        ("VITAMIN C 1000MG 30S", 2.0, 29.9, 59.8),
        ("AYAM SEGAR (KG)", 1.845, 8.9, 16.42),
        ("CABLE 2.5MM PVC/PVC 100M", 2.0, 148.0, 296.0),
    ]


def test_a_trailing_period_and_a_deposit_under_the_total() -> None:
    rows = [
        "DOBI EXPRESS",
        "NO 22, JALAN MUTIARA EMAS 5/1",
        "Resit No : L-18-02291",
        "WASH & FOLD",
        "5.2KG x 4.50 || 23.40",
        "IRON ONLY (SHIRT)",
        "6PC x 2.50 || 15.00.",
        "TOTAL RM || 38.40",
        "DEPOSIT || 30.00",
        "BALANCE || 8.40",
    ]
    assert items_of(rows) == [
        ("WASH & FOLD", 5.2, 4.5, 23.4),
        ("IRON ONLY (SHIRT)", 6.0, 2.5, 15.0),
    ]
    assert settle(rows, [_row("DEPOSIT", 30.0)]) == items_of(rows)


def test_fuel_litres_under_the_grade_replace_a_figures_only_table_row() -> None:
    rows = [
        *HEADER,
        "PREMIUM 98",
        "32.15 L @ 3.41/L || 109.63",
        "CAR WASH (EXPRESS) || 8.00",
        "TOTAL || S$117.63",
    ]
    found: list[dict[str, Value]] = [_row("32.15 L @ 3.41/L", 109.63)]
    found.append(_row("CAR WASH (EXPRESS)", 8.0))
    assert settle(rows, found) == [
        ("PREMIUM 98", 32.15, 3.41, 109.63),
        ("CAR WASH (EXPRESS)", 1.0, 8.0, 8.0),
    ]


def test_a_count_after_the_name_under_a_qty_caption_and_a_greeting_card() -> None:
    rows = [
        *HEADER,
        "Item | Qty || Amount (RM)",
        "RED ROSE BOUQUET (12 STALKS)1 || 168.00",
        "AIR FRESHENER (LEMON) | 2 || 13.00",
        "GREETING CARD | 1 || 5.00",
        "Amount before GST || 186.00",
    ]
    assert items_of(rows) == [
        ("RED ROSE BOUQUET (12 STALKS)", 1.0, 168.0, 168.0),
        ("AIR FRESHENER (LEMON)", 2.0, 6.5, 13.0),
        ("GREETING CARD", 1.0, 5.0, 5.0),
    ]


def test_a_serial_number_line_under_the_name_and_pc5_for_pcs() -> None:
    rows = [
        *HEADER,
        'SAMSUNG 55" UHD SMART TV',
        "S/N: 0AXH3CBK400213",
        "1 PCS × 2,699.00 || 2,699.00",
        "HDMI CABLE 2M",
        "2 PCS × 25.00 || 50.00",
        "PHILIPS LED BULB 13W",
        "4 PC5 × 12.90 || 51.60",
        "Total || 2,800.60",
    ]
    assert items_of(rows) == [
        ('SAMSUNG 55" UHD SMART TV', 1.0, 2699.0, 2699.0),
        ("HDMI CABLE 2M", 2.0, 25.0, 50.0),
        ("PHILIPS LED BULB 13W", 4.0, 12.9, 51.6),
    ]


def test_an_amount_read_with_a_colon_and_a_discount_on_two_lines() -> None:
    rows = [
        *HEADER,
        "CUT & BLOW (SENIOR STYLIST) || 65.00",
        "COLOUR - ROOT TOUCH UP || 120.00",
        "HAIR TREATMENT (KERATIN) || 88:00",
        "Member discount 15% (services)",
        "|| -40.95",
        "Sub-Total || 232.05",
    ]
    assert [item[0::3] for item in items_of(rows)] == [
        ("CUT & BLOW (SENIOR STYLIST)", 65.0),
        ("COLOUR - ROOT TOUCH UP", 120.0),
        ("HAIR TREATMENT (KERATIN)", 88.0),
    ]


def test_table_rows_with_the_captions_and_counts_in_the_names_take_the_till_reading() -> None:
    rows = [
        *HEADER,
        "Service | Qty || RM",
        "WAX POLISH | 1 || 35.00",
        "AIR FRESHENER (LEMON) | 2 || 13.00",
        "Subtotal || 48.00",
    ]
    found = [_row("Service Qty RM WAX POLISH 1", 35.0), _row("AIR FRESHENER (LEMON) 2", 13.0)]
    assert settle(rows, found) == [
        ("WAX POLISH", 1.0, 35.0, 35.0),
        ("AIR FRESHENER (LEMON)", 2.0, 6.5, 13.0),
    ]


def test_figures_run_together_by_ocr_are_no_name() -> None:
    rows = [
        *HEADER,
        "BEDSHEET KING",
        "2PC x 12.00 || 24.00",
        "COMFORTER",
        "1PC-x.25.0.0 || 25.00",
        "TOTAL RM || 49.00",
    ]
    assert items_of(rows) == [
        ("BEDSHEET KING", 2.0, 12.0, 24.0),
        ("COMFORTER", 1.0, 25.0, 25.0),
    ]
