"""Malaysian tax-invoice letterheads: a company number and the GST number under its caption on
one row between the seller's name and the address ("(JM0741188-U) GST ID No: ...")."""

from __future__ import annotations

from .test_receipt_seller_blocks_and_nett import Run, invoice_of, rows, values

STATIONER = [
    "PUSTAKA SERI MAWAR STATIONERY",
    "{registration}",
    "12 & 14, JALAN SULTAN IBRAHIM,",
    "84000 MUAR, JOHOR.",
    "Tel: 06-950 0000",
    "TAX INVOICE",
    "Invoice No. || PM 0042117",
    "Date || 02.02.2018",
    "A4 PAPER 70GSM 10 REAM || 105.00",
    "Total Excl. GST || 105.00",
    "GST @6% || 6.30",
    "Total Incl. GST || 111.30",
]


def test_a_company_number_beside_the_gst_numbers_caption_is_no_address_line() -> None:
    # The caption's "No" reads like a house number's; the row is the seller's registration.
    for registration in (
        "(JM0741188-U) GST ID No: 000642118912",
        "(003019284-T) GST Reg. No.: 002081423360",
    ):
        texts = [text.replace("{registration}", registration) for text in STATIONER]
        found = values(invoice_of(rows(texts)))
        assert found["seller_address"] == "12 & 14, JALAN SULTAN IBRAHIM, 84000 MUAR, JOHOR.", (
            registration
        )


PAINT_SHOP = [
    "SYARIKAT CAT SINAR JAYA",
    "(JM0210076-H) GST No. 000388912640",
    "NO. 8, JALAN TAMPOI, 81200 JOHOR BAHRU, JOHOR.",
    "TEL: 07-236 0000",
    "TAX INVOICE",
    "No. || CS-033917",
    "Date || 27-03-2018",
    "1. PAINT 5L WHITE 2 TIN 138.00 || 276.00",
    "2. ROLLER SET 2 SET 12.50 || 25.00",
    "3. MASKING TAPE 6 ROLL 3.40 || 20.40",
    "Total Excl. GST || {net}",
    "GST @6% || 19.28",
    "Total Incl. GST || 340.68",
    "Rounding Adj. || 0.02",
    "GRAND TOTAL || {payable}",
]


def _paint_shop(net: str, payable: str) -> dict[str, object]:
    texts = [text.replace("{net}", net).replace("{payable}", payable) for text in PAINT_SHOP]
    return values(invoice_of(rows(texts)))


def test_a_zero_read_as_eight_in_the_payable_and_the_net_is_mended_by_the_block_sums() -> None:
    # Total Incl. GST + rounding lands on 5 sen (340.70), the read payable 340.76 does not;
    # Total Incl. GST - GST = 321.40 gives the GST at 6% to the cent, 321.48 does not.
    found = _paint_shop("321.48", "340.76")
    assert found["total_amount"] == 340.70
    assert found["net_amount"] == 321.40


def test_a_payable_on_the_coin_and_a_net_that_adds_up_are_kept() -> None:
    found = _paint_shop("321.40", "340.70")
    assert found["total_amount"] == 340.70
    assert found["net_amount"] == 321.40
    # A payable on the coin is no slip the rounding shows, even where the sum differs,
    # unless it is one coin off it (test_totals_outlays_street_numbers_and_coin_slips.py).
    assert _paint_shop("321.40", "345.70")["total_amount"] == 345.70


def test_a_net_read_off_by_a_lookalike_digit_is_mended_without_a_rounding_line() -> None:
    texts = [
        text.replace("{net}", "321.48").replace("{payable}", "340.68")
        for text in PAINT_SHOP
        if not text.startswith("Rounding")
    ]
    found = values(invoice_of(rows(texts)))
    assert (found["net_amount"], found["total_amount"]) == (321.40, 340.68)


def _cash_bill(beside_messrs: str) -> dict[str, object]:
    """A workshop's cash bill form with `beside_messrs` in the cell right of "M/s"."""
    head = [
        "BENGKEL KERETA MAJU JAYA",
        "(PG0455120-M)",
        "NO. 7, JALAN PERUSAHAAN 2, 13600 PRAI, PULAU PINANG.",
        "Tel: 04-390 0000",
        "CASH BILL || No. 03527",
    ]
    runs: list[Run] = [
        *rows(head),
        (10.0, 120.0, "M/s", 12.0),
        (70.0, 122.0, beside_messrs, 12.0),
        (300.0, 120.0, "Date 17/4/2018", 12.0),
        *rows(["4 Engine Oil 10W40 32.00 || 128.00", "TOTAL RM || 128.00"], top=150.0),
    ]
    return values(invoice_of(runs, width=400.0))


def test_a_name_written_beside_a_cash_bills_messrs_cell_is_the_buyer() -> None:
    assert _cash_bill("Encik Razali").get("buyer_name") == "Encik Razali"
    # The form's next caption beside "M/s" is no name.
    assert "buyer_name" not in _cash_bill("Invoice No.")
