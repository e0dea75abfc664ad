"""Malaysian till receipts: a card terminal's slip under the receipt, "NET TOTAL" as the
amount to pay, discounts, "No." and "R#" numbers, a "Name :" customer box."""

from __future__ import annotations

import pytest

from facturist.engine.extraction import analyse
from facturist.engine.model import PageText
from facturist.engine.receipt_misreads import mended_address, mended_number

from .pages import rows_page


def page_of(rows: list[str], *, width: float = 260.0) -> PageText:
    return rows_page(rows, width=width, part_gap=0.0)


def fields_of(rows: list[str], width: float = 260.0) -> dict[str, object]:
    invoices = analyse([page_of(rows, width=width)])
    return {name: value.value for name, value in invoices[0].fields.items()}


HEAD = [
    "KEDAI ROTI SINAR PAGI SDN. BHD.",
    "Co. Reg. No. 771234-K",
    "NO. 8, JALAN MAWAR 2,",
    "81100 JOHOR BAHRU, JOHOR.",
    "GST ID: 001122334455",
    "TAX INVOICE",
]


def test_a_card_slips_invoice_counter_is_not_the_receipts_number() -> None:
    rows = [
        *HEAD,
        "Receipt : RC-0042117",
        "Date : 03.05.18 09:41",
        "ROTI CANAI || 12.00 SR",
        "TOTAL INCL GST || 12.00",
        "VISA || 12.00",
        "THANK YOU",
        "DATE: 03/05/18 TIME: 09:42",
        "MID: 000004411223 TID: 66120045",
        "BATCH: 000123 INVOICE:000789",
        "VISA * *1234",
        "APPR CODE: 730091",
        "TOTAL: RM 12.00",
    ]
    assert fields_of(rows)["invoice_number"] == "RC-0042117"


def test_faint_letters_in_the_address_and_the_cash_sale_number_are_read_back() -> None:
    rows = [
        "SYARIKAT MAJU JAYA HARDWARE",
        "(771234-K)",
        "NO 17O, JALAN KLANG LAMA,",
        "OLD KLANG ROAD, 5810O, KUALA LOMPUR.",
        "TEL : 03-79801234",
        "SIMPLIFIED TAX INVOICE",
        "Doc No. : C500012345 Cashier: USER",
        "Date 05/04/2018 Time: 10:47:21",
        "CABLE TIE || 16.96",
        "Total Sales (Inclusive of GST) || 16.96",
        "CASH || 20.00",
        "CHANGE || 3.04",
    ]
    fields = fields_of(rows)
    assert (
        fields["seller_address"] == "NO 170, JALAN KLANG LAMA, OLD KLANG ROAD, 58100, KUALA LUMPUR."
    )
    assert fields["invoice_number"] == "CS00012345"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("NO 12, JALAN SS2/10, 47300 PETALING JAYA", "NO 12, JALAN SS2/10, 47300 PETALING JAYA"),
        (
            "LOT 5, TAMAN BUKIT INDAH, 81200 JOHOR BAHRU",
            "LOT 5, TAMAN BUKIT INDAH, 81200 JOHOR BAHRU",
        ),
        (
            "NO 1O, JALAN SELANG0R, 46000 Petaling Jayo",
            "NO 10, JALAN SELANGOR, 46000 Petaling Jayo",
        ),
        ("Unit B2, Sabang Road, Kepung", "Unit B2, Subang Road, Kepong"),
    ],
)
def test_only_digit_runs_and_one_letter_place_slips_are_mended(printed: str, expected: str) -> None:
    assert mended_address(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("C500098417", "CS00098417"),
        ("CS0O098417", "CS00098417"),
        ("C5123456", "C5123456"),
        ("A5-000123", "A5-000123"),
        ("INV500012", "INV500012"),
        ("R500012345", "R500012345"),
    ],
)
def test_an_s_read_as_5_only_before_a_zero_padded_counter(printed: str, expected: str) -> None:
    assert mended_number(printed) == expected


CASH_BILL_HEAD = [
    "KEDAI PERKAKASAN SENG HIN TRADING (001234567-D)",
    "NO. 9, JALAN PASAR,",
    "30250 IPOH,",
    "PERAK DARUL RIDZUAN.",
    "TEL: 05-254 1188",
    "CASH BILL",
    "No: 23456 14-05-2018",
]


def test_a_net_total_after_a_discount_is_the_amount_to_pay_not_a_net() -> None:
    rows = [
        *CASH_BILL_HEAD,
        "PAINT BRUSH 2* 2 4.50 9.00",
        "THINNER 1L 1 9.00 9.00",
        "MASKING TAPE 24MM 3 2.80 8.40",
        "TOTAL || 26.40",
        "DISCOUNT || -1.40",
        "NET TOTAL || 25.00",
        "CASH || 50.00",
        "CHANGE || 25.00",
    ]
    fields = fields_of(rows)
    assert fields["total_amount"] == 25.0
    assert "net_amount" not in fields
    assert "tax_amount" not in fields


def test_a_net_total_beside_an_included_gst_is_no_net() -> None:
    rows = [
        *HEAD,
        "Doc No : 18001-020331",
        "Date : 30/01/2018 02:14:55",
        "100PLUS 500ML 2 2.40 4.80 S",
        "MAGGI CUP KARI 3 2.10 6.30 S",
        "Total Sales (Incl GST) || 11.10",
        "Rounding || 0.00",
        "NET TOTAL || 11.10",
        "Cash || 20.00",
        "Change || 8.90",
        "GST @6% (S) || 0.63",
    ]
    fields = fields_of(rows)
    assert fields["total_amount"] == 11.1
    assert fields.get("net_amount") != 11.1


def test_a_chain_stores_footer_number_after_r_hash() -> None:
    rows = [
        "PASARAYA SINAR (M) SDN BHD",
        "LOT 3-7, JALAN PERDANA 2,",
        "81300 SKUDAI, JOHOR.",
        "TAX INVOICE",
        "GARDENIA BREAD 600G || 3.30 SR",
        "TOTAL INCL GST || 3.30",
        "CASH || 5.00",
        "CHANGE || 1.70",
        "05-01-2018 19:22 S01 C0021 R#:0021-113-58817",
        "THANK YOU FOR SHOPPING WITH US",
    ]
    assert fields_of(rows)["invoice_number"] == "0021-113-58817"


def test_a_cash_sales_forms_name_box_and_its_number_cell() -> None:
    rows = [
        "PERCETAKAN SURIA ENTERPRISE",
        "(JM0765432-K)",
        "NO. 19, JALAN TUN ABDUL RAZAK,",
        "80000 JOHOR BAHRU, JOHOR.",
        "CASH SALES",
        "Name : PERSATUAN BELIA TAMAN INDAH || No. :CS-004871",
        "Tel : 07-351 2299 || Date :02-06-2018",
        "NAME CARD 3 BOX 35.00 105.00",
        "GRAND TOTAL || 105.00",
    ]
    fields = fields_of(rows, width=420.0)
    assert fields["invoice_number"] == "CS-004871"
    assert fields["buyer_name"] == "PERSATUAN BELIA TAMAN INDAH"


SHOP_HEAD = [
    "FARMASI SIHAT JAYA SDN BHD",
    "(123456-K)",
    "No. 8, Jalan Dato Onn, 80000 Johor Bahru, Johor",
    "GST ID No: 001122334455",
    "TAX INVOICE",
    "Receipt: FS1-2017-004512",
    "Date: 03/07/2017 10:15",
]


@pytest.mark.parametrize(
    ("head", "standard", "zero"),
    [
        ("GST Summary Amount(RM) GST(RM)", "S= SR @ 6% 68.68 4.12", "Z= ZR @ 0% 17.30 0.00"),
        ("GST Analysis Goods Tax", "5 0 6% 68.68 4.12", "2 0 0% 17.30 0.00"),
        ("GST Code Rate Net Amt GST", "S 6% 68.68 4.12", "Z 0% 17.30 0.00"),
        # Faint print: the "%" of each rate read as a digit.
        ("GST SUMMARY AMOUNT GST", "S = 68 68.68 4.12", "Z = 08 17.30 0.00"),
    ],
)
def test_a_gst_summary_with_standard_and_zero_rated_rows_gives_their_sum(
    head: str, standard: str, zero: str
) -> None:
    rows = [
        *SHOP_HEAD,
        "PANADOL 12S || 17.30 Z",
        "VITAMIN C 1000MG || 72.80 S",
        "Total Incl. GST || 90.10",
        "CASH || 100.00",
        "CHANGE || 9.90",
        head,
        standard,
        zero,
        "Get well soon!",
    ]
    fields = fields_of(rows)
    assert fields["net_amount"] == 85.98
    assert fields["tax_amount"] == 4.12


def test_a_service_charge_belongs_to_the_taxed_net() -> None:
    rows = [
        "RESTORAN SERI MAJU SEAFOOD SDN BHD",
        "LOT 12, JALAN PANTAI, 42200 KAPAR, SELANGOR",
        "GST ID : 001987264512",
        "TAX INVOICE",
        "Chk# 4471 Tbl 21/1",
        "02/06/2018 20:15",
        "Subtotal || 104.20",
        "Svc Chg 10% || 10.42",
        "GST 6% || 6.88",
        "TOTAL RM || 121.50",
        "Cash || 150.00",
        "Change || 28.50",
    ]
    fields = fields_of(rows)
    assert fields["net_amount"] == 114.62
    assert fields["tax_amount"] == 6.88


def test_a_faded_summary_head_still_opens_the_gst_rows() -> None:
    rows = [
        *SHOP_HEAD,
        "VITAMIN C 1000MG || 42.20 SR",
        "TOTAL INCL. GST || 42.20",
        "CASH || 50.00",
        "CHANGE || 7.80",
        "GST SUNNARY AMOUNT TAK",
        "SR 6% 39.81 2.39",
        "BARANG SUDAH JUAL TIDAK BOLEH DITUKAR",
    ]
    fields = fields_of(rows)
    assert fields["net_amount"] == 39.81
    assert fields["tax_amount"] == 2.39


def test_the_tax_a_tax_inclusive_total_holds_after_its_rate() -> None:
    rows = [
        "Wellcare Health Pte Ltd",
        "68 Orchard Road #B1-30",
        "Singapore 238839",
        "Receipt: 118-3-20220816-4471",
        "Date: 16/08/2022 14:02",
        "VITAMIN C || 60.85",
        "SUBTOTAL || 60.85",
        "TOTAL S$ || 60.85",
        "Total incl. GST 7% || 3.98",
        "NETS || 60.85",
    ]
    fields = fields_of(rows)
    assert fields["tax_amount"] == 3.98
    assert fields.get("net_amount") != 60.85


def items_of(rows: list[str]) -> list[dict[str, object]]:
    invoices = analyse([page_of(rows)])
    return [{k: v.value for k, v in item.items()} for item in invoices[0].items]


def test_a_count_and_multiplier_before_the_name() -> None:
    rows = [
        "PELITA MAJU ENTERPRISE",
        "NO. 2, JALAN SULTAN AZLAN SHAH,",
        "11900 BAYAN LEPAS, P. PINANG",
        "Bil No : 1024553 Meja: 7",
        "Tarikh: 03-04-2018 20:41",
        "--------------------------------",
        "2 x NASI KANDAR AYAM || 17.00",
        "1 X NASI KANDAR SOTONG || 11.00",
        "2 x ROTI CANAI || 2.60",
        "JUMLAH (RM) || 30.60",
        "TUNAI || 50.00",
        "BAKI || 19.40",
    ]
    items = items_of(rows)
    assert [(i["description"], i["quantity"]) for i in items] == [
        ("NASI KANDAR AYAM", 2.0),
        ("NASI KANDAR SOTONG", 1.0),
        ("ROTI CANAI", 2.0),
    ]


def test_a_count_at_price_line_under_the_items_amount() -> None:
    rows = [
        "PASARAYA SINAR (M) SDN BHD",
        "LOT 3-7, JALAN PERDANA 2,",
        "81300 SKUDAI, JOHOR.",
        "TAX INVOICE",
        "9556101014020",
        "GARDENIA CLASSIC BREAD 600G || 3.30 SR",
        "9556102024721",
        "DUTCH LADY UHT MILK 1L || 12.98 SR",
        "   2 X 6.49",
        "9556103014422",
        "AYAM TELUR GRED A 30S || 12.90 SR",
        "TOTAL INCL GST || 29.18",
        "CASH || 50.00",
        "CHANGE || 20.82",
    ]
    items = items_of(rows)
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ("GARDENIA CLASSIC BREAD 600G", 1.0, 3.3),
        ("DUTCH LADY UHT MILK 1L", 2.0, 12.98),
        ("AYAM TELUR GRED A 30S", 1.0, 12.9),
    ]
