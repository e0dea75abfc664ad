"""Dot-matrix and logo OCR slips on Malaysian receipts: a letter-spaced logo over a trade
name with a town word and a figure, a company number whose bracket reads as "|", "INvDICE
mO:", "Ju1" for Jul, a "TFI:" phone tail, and a deposit between the total and the balance
(receipts.py, receipt_scan.py, receipt_numbers.py, receipt_dates.py, receipt_address.py,
receipt_balance.py)."""

from __future__ import annotations

from datetime import date

from facturist.engine.extraction import analyse
from facturist.engine.layout import build_lines
from facturist.engine.receipt_dates import find_date
from facturist.engine.receipt_scan import looks_like_receipt

from .pages import rows_page

BODY = [
    "Date: 14/03/2018 10:42",
    "BREAD || 7.80",
    "TOTAL || 7.80",
    "CASH || 10.00",
    "CHANGE || 2.20",
]


def fields_of(rows: list[str], width: float = 260.0) -> dict[str, object]:
    invoices = analyse([rows_page(rows, width=width, part_gap=0.0)])
    return {name: value.value for name, value in invoices[0].fields.items()}


def test_trade_name_with_a_town_word_and_figure_is_no_address_under_a_logo() -> None:
    rows = [
        "P E T R O X",
        "STESEN MINYAK 5 BINTANG JAYA ENTERPRISE",
        "(002345678-K)",
        "LOT 1234, JALAN PAHANG,",
        "53000 KUALA LUMPUR.",
        "TEL:03-1234 5678",
        "TAX INVOICE",
        *BODY,
    ]
    found = fields_of(rows)
    assert found["seller_name"] == "STESEN MINYAK 5 BINTANG JAYA ENTERPRISE"
    assert found["seller_address"] == "LOT 1234, JALAN PAHANG, 53000 KUALA LUMPUR."


def test_a_company_number_closed_by_a_bar_marks_a_wide_cash_bill() -> None:
    rows = [
        "KEDAI BESI MAJU JAYA",
        "(JM0123456-X|",
        "NO. 3, JALAN PASAR, 43000 KAJANG",
        "CASE BILL || No. 004417",
        "M/s : CASH || Date: 05 MAR 2017",
        "2 PAIP PVC 9.00 || 18.00",
        "TOTAL RM || 18.00",
    ]
    page = rows_page(rows, width=700.0)
    assert looks_like_receipt([page], build_lines(page))


def test_damaged_invoice_no_caption() -> None:
    rows = [
        "KEDAI BUKU CAHAYA ENTERPRISE",
        "NO. 12, JALAN BESI, 81300 SKUDAI, JOHOR.",
        "INVOICE",
        "CUSTOMER: CASH || INvDICE mO: 18/0412",
        *BODY,
    ]
    assert fields_of(rows)["invoice_number"] == "18/0412"


def test_month_words_with_a_one_or_zero_for_a_letter() -> None:
    assert find_date("DATE: 14 Ju1 2018 (5at)") == date(2018, 7, 14)
    assert find_date("3 0ct 2017") == date(2017, 10, 3)
    assert find_date("Item 101 x 2017") is None


def test_a_phone_under_a_garbled_caption_ends_the_address_line() -> None:
    rows = [
        "KEDAI BUKU CAHAYA ENTERPRISE",
        "NO. 12, JALAN BESI, 81300 SKUDAI, JOHOR. TFI: 07-123 4567",
        "TAX INVOICE",
        *BODY,
    ]
    assert fields_of(rows)["seller_address"] == "NO. 12, JALAN BESI, 81300 SKUDAI, JOHOR."


def test_a_deposit_paid_keeps_the_grand_total() -> None:
    rows = [
        "BENGKEL TAYAR MAJU SDN BHD",
        "(001234567-K)",
        "NO. 7, JALAN KENARI 2, 47100 PUCHONG",
        "INVOICE || Invoice No : W-0117",
        "Date: 14 FEB 2018",
        "1 TYRE 4 250.00 || 1,000.00",
        "TOTAL || 1,000.00",
        "Less: Deposit paid || 400.00",
        "BALANCE DUE || 600.00",
        "Payment: CASH",
    ]
    found = fields_of(rows)
    assert found["total_amount"] == 1000.0
    assert found["amount_due"] == 600.0


def test_a_balance_one_digit_off_the_total_less_the_deposit_is_mended() -> None:
    rows = [
        "KEDAI BESI MAJU JAYA SDN BHD",
        "NO. 3, JALAN PASAR, 43000 KAJANG",
        "CASH BILL || No. 004417",
        "Date: 05 MAR 2017",
        "10 SIMEN 18.50 || 185.00",
        "5 PAIP 23.00 || 115.00",
        "TOTAL RM || 300.00",
        "DEPOSIT || 50.00",
        "BALANCE || 200.00",
    ]
    found = fields_of(rows)
    assert found["total_amount"] == 300.0
    assert found["amount_due"] == 250.0
