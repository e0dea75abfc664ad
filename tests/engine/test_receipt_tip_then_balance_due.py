"""A restaurant's bill tipped at the terminal that prints what is left after the payment:
"TOTAL EUR 392.20 / Tip 40.00 / VISA **** 7723 432.20 / Balance due 0.00". The printed
balance due is the amount due (nothing is left to pay); without it, the sum charged with the
tip is (test_receipt_tips_charged_and_card_slips.py)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    return (x1 - stringWidth(text, "Helvetica", 8), y, text)


def _bill(balance: bool) -> bytes:
    rows = [
        (60, 30, "THE LANTERN HOUSE"),
        (60, 42, "9 Merchants Quay"),
        (60, 54, "Cork T12 XY34"),
        (60, 66, "Lantern House Dining Ltd"),
        (60, 78, "VAT No. IE6388047V"),
        (15, 100, "Check: #482"),
        (15, 112, "Date: 07/03/2025 21:47"),
        (15, 121, "Table: 12 Covers: 2   Server: Aoife"),
        (15, 130, "2 Roast Hake"),
        _right(215, 130, "68.00"),
        (15, 142, "2 Sparkling Water"),
        _right(215, 142, "12.00"),
        (15, 166, "TOTAL EUR"),
        _right(215, 166, "80.00"),
        (15, 178, "Tip"),
        _right(215, 178, "8.00"),
        (15, 190, "VISA **** 7723"),
        _right(215, 190, "88.00"),
    ]
    if balance:
        rows += [(15, 202, "Balance due"), _right(215, 202, "0.00")]
    rows += [(40, 240, "Thank you - see you again soon!")]
    return make_invoice_pdf([rows], size=8, pagesize=(230.0, 620.0))


def test_a_balance_due_printed_after_the_tipped_payment_is_the_amount_due() -> None:
    fields = extract_canonical(_bill(True), use_einvoice=False)["fields"]
    assert fields["total_amount"] == 80.0
    assert fields["amount_due"] == 0.0


def test_without_a_balance_the_sum_charged_with_the_tip_is_due() -> None:
    fields = extract_canonical(_bill(False), use_einvoice=False)["fields"]
    assert fields["total_amount"] == 80.0
    assert fields["amount_due"] == 88.0
