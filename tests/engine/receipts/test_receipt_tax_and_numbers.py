"""Receipt tax lines and receipt numbers (receipt_tax.py, receipt_numbers.py), and name rows
that continue with "&" or carry an OCR-damaged legal form."""

from __future__ import annotations

import pytest

from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import build_lines
from facturist.engine.model import Value
from facturist.engine.receipts import with_receipt_fields

from .test_receipts import page_of


def fields_of(rows: list[str]) -> dict[str, Value]:
    page = page_of(rows)
    lines = build_lines(page)
    return with_receipt_fields([page], lines, header_fields(lines, find_candidates(lines)))


CAFE = [
    "THE BREW ROOM PTE LTD",
    "Co. Reg. No. 201412345M",
    "33 Robertson Quay #01-05",
    "Singapore 238145",
    "Tel: +65 6738 2210",
    "Receipt No: TBR-20180325-0042",
    "2018-03-25 12:47 || Table 4",
    "2 || Flat White || 11.00",
    "1 || Eggs Benedict || 18.00",
]


@pytest.mark.parametrize(
    ("rows", "tax"),
    [
        (["Subtotal || 29.00", "Service Charge 10% || 2.90", "GST 7% || 2.23"], 2.23),
        (
            [
                "Sub Total || 29.00",
                "Service Charge (10%) || 2.90",
                "GST (6%) || 1.91",
                "Rounding || -0.01",
            ],
            1.91,
        ),
    ],
)
def test_tax_is_the_gst_line_not_total_minus_subtotal(rows: list[str], tax: float) -> None:
    total = 29.00 + 2.90 + tax - (0.01 if "Rounding || -0.01" in rows else 0)
    found = fields_of([*CAFE, *rows, f"TOTAL || S${total:.2f}", f"NETS || {total:.2f}"])
    assert found["tax_amount"].value == pytest.approx(tax)
    assert found["total_amount"].value == pytest.approx(total)


@pytest.mark.parametrize("caption", ["Service Tax (6%)", "6% SST", "7% GST"])
def test_tax_captions_of_other_tills(caption: str) -> None:
    rows = [*CAFE, "Subtotal || 29.00", "Service Charge 10% || 2.90"]
    rows += [f"{caption} || 1.91", "TOTAL || 33.81", "CASH || 50.00", "CHANGE || 16.19"]
    assert fields_of(rows)["tax_amount"].value == pytest.approx(1.91)


@pytest.mark.parametrize("rate", ["@6%", "#6%"])  # OCR reads a thermal "@" as "#"
def test_tax_printed_as_a_sentence_under_the_total(rate: str) -> None:
    rows = [
        "SIN CHEW STATIONERY & BOOK SDN BHD",
        "25 & 27, JALAN BESAR,",
        "34000 TAIPING, PERAK",
        "TAX INVOICE",
        "Date : 13/06/2017 || Time: 16:47",
        "A4 PAPER 70GSM 500S",
        "@11.90 2 || 23.80 S",
        "TOTAL INCL. GST || 23.80",
        "NETT TOTAL || 23.80",
        "CASH || 50.00",
        "CHANGE || 26.20",
        "S = SR 6% Z = ZR 0%",
        f"GST {rate} INCLUDED IN TOTAL (RM) || 1.35",
    ]
    found = fields_of(rows)
    assert found["tax_amount"].value == pytest.approx(1.35)
    assert found["net_amount"].value == pytest.approx(22.45)


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Inv: 0311-018-7761 || 10 Mar 2018 18:22", "0311-018-7761"),
        ("Receipt: 0021-7713-05 || 25 Mar 18 21:14", "0021-7713-05"),
        ("Bill No : 58831 || 25/03/2018 13:05", "58831"),
        ("TRANS:51873 POS:02 SHIFT:2 || 25/03/2018", "51873"),
    ],
)
def test_receipt_number_on_the_date_line(line: str, number: str) -> None:
    rows = [
        "PASARAYA MEGA JIMAT SDN BHD (440123-U)",
        "LOT PT 2231, JALAN BESAR KEPONG,",
        "52100 KUALA LUMPUR",
        "TAX INVOICE",
        line,
        "BERAS SUPER SPECIAL 10KG || 32.90",
        "TOTAL RM || 32.90",
        "CASH || 50.00",
        "CHANGE || 17.10",
    ]
    assert fields_of(rows)["invoice_number"].value == number


def test_receipt_number_in_the_footer_beats_the_transaction_number() -> None:
    rows = [
        "STESEN MINYAK JAYA MAJU SDN BHD",
        "KM 8, JALAN KUANTAN-GAMBANG,",
        "25150 KUANTAN, PAHANG",
        "TAX INVOICE",
        "TRANS:51873 POS:02 SHIFT:2",
        "DATE:25/03/18 TIME:07:58",
        "CAR SHAMPOO 1L || 12.90",
        "TOTAL || RM12.90",
        "CASH || RM20.00",
        "CHANGE || RM7.10",
        "THANK YOU. DRIVE SAFELY",
        "RECEIPT #0218-51873",
    ]
    assert fields_of(rows)["invoice_number"].value == "0218-51873"


def test_name_continued_by_an_ampersand_line() -> None:
    rows = [
        "MASTER PRINT",
        "& COPY CENTRE",
        "(SA0123456-P)",
        "12-1, JALAN KAMPUS 2,",
        "86400 PARIT RAJA, JOHOR",
        "RECEIPT",
        "Date || 03/04/2018 10:21",
        "COMB BINDING || 7.00",
        "TOTAL || RM 7.00",
        "CASH || RM 10.00",
        "CHANGE || RM 3.00",
    ]
    assert fields_of(rows)["seller_name"].value == "MASTER PRINT & COPY CENTRE"


def test_legal_name_under_a_logo_with_a_misread_suffix() -> None:
    rows = [
        "PETROJAYA",
        "STESEN MINYAK JAYA MAJU SDN MD",
        "(873456-D)",
        "KM 8, JALAN KUANTAN-GAMBANG,",
        "25150 KUANTAN, PAHANG",
        "TAX INVOICE",
        "DATE:25/03/18 TIME:07:58",
        "CAR SHAMPOO 1L || 12.90",
        "TOTAL || RM12.90",
        "CASH || RM20.00",
        "CHANGE || RM7.10",
    ]
    assert fields_of(rows)["seller_name"].value == "STESEN MINYAK JAYA MAJU SDN BHD"


def test_an_inclusive_till_s_excluding_gst_line_under_the_total_is_the_net() -> None:
    # Prices include GST: the subtotal is the total, and the till prints the amount before
    # GST only after the total and its included tax.
    rows = [*CAFE, "SUB-TOTAL || 126.10", "TOTAL SALES (INCLUSIVE OF GST) || 126.10"]
    rows += ["ROUNDING || 0.00", "TOTAL PAYABLE || 126.10", "GST @6% INCLUDED IN TOTAL || 6.83"]
    rows += ["TOTAL SALES (EXCLUDING GST) || 119.27", "CASH || 150.00", "CHANGE || 23.90"]
    found = fields_of(rows)
    assert found["total_amount"].value == pytest.approx(126.10)
    assert found["tax_amount"].value == pytest.approx(6.83)
    assert found["net_amount"].value == pytest.approx(119.27)


def test_a_malay_amount_before_gst_is_the_net() -> None:
    # "Jumlah Sebelum GST" (amount before GST) with a rounding line: total minus tax is not
    # the net, the printed line is.
    rows = [*CAFE, "Jumlah Sebelum GST || 43.90", "GST 6% || 2.63", "Pelarasan || 0.02"]
    found = fields_of([*rows, "JUMLAH / TOTAL || 46.55", "TUNAI || 50.00"])
    assert found["total_amount"].value == pytest.approx(46.55)
    assert found["net_amount"].value == pytest.approx(43.90)
