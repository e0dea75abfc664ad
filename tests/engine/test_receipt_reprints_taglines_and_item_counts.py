"""Till receipts (Malaysia, Singapore): a subtotal's bracketed item count, a tax sentence
saying what the total includes, a reprint's date over the sale's, a workshop's next-service
reminder, a logo and tagline over the registered name in the footer, the ringgit in words,
and the total due on a cash bill whose total only the receipt rules read."""

from __future__ import annotations

import pytest

from facturist.engine.extraction import analyse
from facturist.engine.receipt_footername import ornamented

from .receipts.pages import rows_page


def fields_of(rows: list[str]) -> dict[str, object]:
    invoices = analyse([rows_page(rows, width=300.0)])
    return {name: value.value for name, value in invoices[0].fields.items()}


PHARMACY = [
    "WELLCARE PHARMACY",
    "Wellcare Health Pte. Ltd.",
    "Blk 211 Hougang Street 21 #01-279",
    "Singapore 530211",
    "GST Reg No: 201418823K",
    "Receipt No: HG02-118274",
    "12 MAR 2018 18:42 || Cashier: MEILING",
    "PANADOL ACTIVFAST 20S",
    "1 @ 9.90 || 9.90",
    "STREPSILS HONEY LEMON 16S",
    "2 @ 7.45 || 14.90",
]


@pytest.mark.parametrize("count", ["(2 || items)", "(2 items)", "(2 || pcs)"])
def test_an_item_count_in_brackets_is_no_subtotal(count: str) -> None:
    rows = [*PHARMACY, f"SUBTOTAL || {count} || 24.80", "TOTAL || S$24.80", "NETS || 24.80"]
    rows += ["CHANGE || 0.00", "GST || 7% included in total || 1.62"]
    found = fields_of(rows)
    assert found["total_amount"] == pytest.approx(24.80)
    assert found["tax_amount"] == pytest.approx(1.62)
    assert found.get("net_amount") != pytest.approx(2.0)


def test_a_reprint_date_gives_way_to_the_sale_date() -> None:
    rows = [
        "RESTORAN AYAM MAJU SDN BHD (698231-K)",
        "Lot G-12, Ground Floor, Mydin Mall,",
        "80250 Johor Bahru, Johor",
        "TAX INVOICE",
        "** DUPLICATE - REPRINTED 19/01/2018 09:02 **",
        "INV#: 004118200317251",
        "ORD #42 -REG #03- 18/01/2018 12:31:08",
        "1 || Nasi Lemak Ayam Goreng || 9.50",
        "Total || 9.50",
        "Cash || 10.00",
        "Change || 0.50",
    ]
    assert str(fields_of(rows)["invoice_date"]) == "2018-01-18"


def test_a_next_service_reminder_is_no_due_date() -> None:
    rows = [
        "KIM SENG TYRE SERVICE (M) SDN. BHD.",
        "12, Jalan Perusahaan 3,",
        "14100 Simpang Ampat, Pulau Pinang.",
        "Receipt #: PG-118204",
        "Mar 12, 2018 10:22 AM",
        "WHEEL ALIGNMENT || 40.00",
        "AMOUNT DUE || RM40.00",
        "Next service due: 12/09/2018",
        "DATE/TIME: 12/03/18 10:24",
    ]
    found = fields_of(rows)
    assert "due_date" not in found
    assert str(found["invoice_date"]) == "2018-03-12"


def test_a_tagline_between_ornaments_is_no_name() -> None:
    assert ornamented("~ BAKERY & CAFE ~")
    assert ornamented("* Since 1968 *")
    assert not ornamented("BAKERY & CAFE")
    assert not ornamented("~ 12.50 ~")


def test_a_letter_spaced_logo_takes_the_registered_name_in_the_footer() -> None:
    rows = [
        "R O TI M A N IS",
        "~ BAKERY & CAFE ~",
        "No. 45, Jalan Sultan Idris Shah,",
        "30000 Ipoh, Perak.",
        "Tel/WhatsApp: 016-552 3011",
        "Receipt#: 000712 || Counter 1",
        "12.03.2018 09:15 || Staff: Siti",
        "2x Roti Kaya Butter || 5.60",
        "TOTAL || 5.60",
        "Cash || 10.00",
        "Change || 4.40",
        "Prices are inclusive of all taxes",
        "ROTI MANIS BAKERY (IP0338217-K)",
    ]
    found = fields_of(rows)
    assert found["seller_name"] == "ROTI MANIS BAKERY"
    assert "Ipoh" in str(found["seller_address"])


def test_a_cash_bill_in_ringgit_words_is_due_its_total() -> None:
    rows = [
        "SYARIKAT BINA TEGUH HARDWARE",
        "Lot 1217, Jalan Besar Kg. Baru Balakong,",
        "43300 Seri Kembangan, Selangor.",
        "CASH BILL",
        "No: 0012345 || Date: 2/1/2018",
        "SIMEN TASEK 50KG || 10 || 21.50 || 215.00",
        "BATA MERAH || 1000 || 0.19 || 190.00",
        "|| 405.00",
        "Ringgit Malaysia: Empat Ratus Lima Sahaja",
        "Goods sold are not returnable.",
    ]
    found = fields_of(rows)
    assert found["currency"] == "MYR"
    assert found["total_amount"] == pytest.approx(405.00)
    assert found["amount_due"] == pytest.approx(405.00)
