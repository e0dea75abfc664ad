"""Receipt rules on receipt-like pages built word by word (fast, no OCR)."""

from __future__ import annotations

import random

import pytest

from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Value, Word
from facturist.engine.receipt_items import receipt_items
from facturist.engine.receipts import looks_like_receipt, receipt_fields, with_receipt_fields

from .pages import CHAR_WIDTH
from .pages import rows_page as page_of

NAMES = ["KEDAI RUNCIT SINAR JAYA", "TOKO MAJU HARDWARE & TRADING", "GOLDEN LEAF CAFE SDN BHD"]
STREETS = ["NO 12, JALAN MERANTI 3,", "LOT 45, JALAN BUNGA RAYA,", "88A JALAN SS2/10,"]
TOWNS = ["TAMAN SERI INDAH,", "BANDAR BARU BANGI,", "KAWASAN PERINDUSTRIAN SUBANG,"]
CITIES = ["43000 KAJANG, SELANGOR", "81100 JOHOR BAHRU, JOHOR", "50450 KUALA LUMPUR"]


def receipt_rows(rng: random.Random, total_label: str, total_text: str) -> list[str]:
    """A till receipt: header block, items, a total line and the cash lines."""
    return [
        rng.choice(NAMES),
        f"({rng.randint(10000, 999999)}-{rng.choice('AHKMPUVWX')})",
        rng.choice(STREETS),
        rng.choice(TOWNS),
        rng.choice(CITIES),
        f"TEL: 03-{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        f"GST NO: {rng.randint(10**11, 10**12 - 1)}",
        "TAX INVOICE",
        f"Date: {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2018 || 14:03:22",
        "Cashier: ANN",
        "ITEM QTY || AMOUNT",
        "MINERAL WATER 1 || 2.50",
        "BREAD 2 || 7.80",
        "SUB TOTAL || 10.30",
        "GST 6% || 0.62",
        f"{total_label} || {total_text}",
        "CASH || 50.00",
        "CHANGE || 39.05",
        "THANK YOU PLEASE COME AGAIN",
    ]


@pytest.mark.parametrize("seed", range(6))
def test_header_block_gives_name_address_and_date(seed: int) -> None:
    rng = random.Random(seed)
    rows = receipt_rows(rng, "TOTAL", "10.95")
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_name"].value == rows[0]
    assert fields["seller_address"].value == " ".join(rows[2:5])
    day, month = rows[8].split()[1].split("/")[:2]
    assert str(fields["invoice_date"].value) == f"2018-{month}-{day}"


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("TOTAL", "10.95"),
        ("GRAND TOTAL", "RM 10.95"),
        ("ROUNDED TOTAL", "RM10.95"),
        ("NETT TOTAL", "10,95"),
        ("TOTAL (INCL GST)", "10.95"),
        ("TOTAL AMOUNT", "10.95"),
    ],
)
def test_total_label_variants(label: str, text: str) -> None:
    rows = receipt_rows(random.Random(1), label, text)
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["total_amount"].value == pytest.approx(10.95)


def test_total_glued_to_its_label_and_sub_total_ignored() -> None:
    rows = receipt_rows(random.Random(2), "TOTAL10.95", "")
    rows[rows.index("TOTAL10.95 || ")] = "TOTAL10.95"
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["total_amount"].value == pytest.approx(10.95)


def test_rounding_adjustment_and_cash_minus_change() -> None:
    rows = receipt_rows(random.Random(3), "TOTAL", "10.97")
    rows.insert(rows.index("CASH || 50.00"), "ROUNDING ADJ || -0.02")
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["total_amount"].value == pytest.approx(10.95)


@pytest.mark.parametrize(
    ("label", "text"),
    [("Due", "10.95"), ("Totel Amt Peyable :", "10.95"), ("Tot Pable:", "10.95")],
)
def test_due_payable_and_misread_total_labels(label: str, text: str) -> None:
    rows = receipt_rows(random.Random(4), label, text)
    # Without cash lines the label alone must carry the total.
    rows = [row for row in rows if not row.startswith(("CASH", "CHANGE"))]
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["total_amount"].value == pytest.approx(10.95)


def test_tax_lines_that_say_total_or_payable_lose_to_cash_minus_change() -> None:
    rows = receipt_rows(random.Random(5), "Due", "10.95")
    # Tax lines worded like totals, and an item line bigger than the total.
    rows.insert(rows.index("GST 6% || 0.62"), "GST payable (6%): || 0.62")
    rows.insert(rows.index("CASH || 50.00"), "(Total Included GST @ 6% : || 0.62)")
    rows.insert(rows.index("SUB TOTAL || 10.30"), "2 Type: 1 Total || 11.60")
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["total_amount"].value == pytest.approx(10.95)


def test_money_handed_over_under_a_total_label_is_no_total() -> None:
    # A parking machine's ticket: the cash line above the change reads "Accepted total".
    rows = receipt_rows(random.Random(21), "Amount incl. GST", "10.95")
    rows[rows.index("CASH || 50.00")] = "Accepted total || 20.00"
    rows[rows.index("CHANGE || 39.05")] = "Change || 9.05"
    assert receipt_fields(build_lines(page_of(rows)))["total_amount"].value == pytest.approx(10.95)


def test_cash_minus_change_found_on_a_line_with_a_misread_label() -> None:
    rows = receipt_rows(random.Random(6), "0otal (Inclusive of GST) Sales", "10.95")
    rows[rows.index("SUB TOTAL || 10.30")] = "Total Qty || 3.00"
    # A tax summary's TOTAL (the net) is the only readable TOTAL line.
    rows[-1:-1] = ["GST SUMMARY", "Total : || 10.33 0.62"]
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["total_amount"].value == pytest.approx(10.95)


def test_missing_parts_give_no_value_rather_than_a_wrong_one() -> None:
    fields = receipt_fields(build_lines(page_of(["THANK YOU", "PLEASE COME AGAIN"])))
    assert "total_amount" not in fields
    assert "invoice_date" not in fields


def test_receipt_detection() -> None:
    rows = receipt_rows(random.Random(4), "TOTAL", "10.95")
    receipt = page_of(rows)
    assert looks_like_receipt([receipt], build_lines(receipt))
    letter = page_of(["Invoice 2024-17", "Total || 10.95"], width=595.0)
    letter.height = 842.0
    letter.source = "text"
    assert not looks_like_receipt([letter], build_lines(letter))
    kept = {"seller_name": Value("Somebody")}
    assert with_receipt_fields([letter], build_lines(letter), kept) == kept


@pytest.mark.parametrize(
    ("head", "marks"),
    [
        (["SUNRISE BREAD HOUSE", "SUNRISE CONFECTIONERY S/B", "(1234567-A)"], ["GST No.0012"]),
        (["KIM HIN TYRE SERVICE", "(Co. Reg. No. 000123456-M)"], ["GST No.0012", "TAX INVOICE"]),
        (["PETAL LANE TRADING (001234567-V)"], ["SALES RECEIPT", "THANK YOU"]),
    ],
)
def test_a_malaysian_company_number_marks_a_scanned_slip_as_a_receipt(
    head: list[str], marks: list[str]
) -> None:
    rows = [*head, "NO. 35, JALAN SS 21/37,", "47400 PETALING JAYA", *marks]
    rows += ["Date:06/02/2018 || 09:48", "2 CROISSANT || 8.40", "Total || 8.40"]
    page = page_of(rows, width=400.0)  # a wide scan of a short slip: not narrow
    assert looks_like_receipt([page], build_lines(page))
    # The company's lines make the receipt: without them the page is no receipt.
    plain = page_of([row for row in rows if row not in head], width=400.0)
    assert not looks_like_receipt([plain], build_lines(plain))


def test_ringgit_receipts_say_myr() -> None:
    rows = receipt_rows(random.Random(5), "TOTAL", "RM 10.95")
    assert receipt_fields(build_lines(page_of(rows)))["currency"].value == "MYR"
    plain = receipt_rows(random.Random(5), "TOTAL", "10.95")
    plain[0] = "CORNER SHOP"
    assert "currency" not in receipt_fields(build_lines(page_of(plain)))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("SUNRISE PAPER", "CO. (M) SDN BHD"),
        ("HOCK LEE HARDWARE", "& TRADING SDN BHD"),
        ("NORTHWIND BOOKS", "COMPANY LIMITED"),
        # A boxed name wrapped over two rows, its suffix on the shorter second one.
        ("RESTORAN HOCK SENG KEE", "SEAFOOD SDN BHD"),
    ],
)
def test_name_continued_on_a_second_line_is_read_whole(first: str, second: str) -> None:
    rows = receipt_rows(random.Random(7), "TOTAL", "10.95")
    rows[0:1] = [first, second]
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_name"].value == f"{first} {second}"
    assert fields["seller_address"].value == " ".join(rows[3:6]).rstrip(",")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Date || :19-03-201818:08:38", "2018-03-19"),
        ("#001-001-0934-0001 05/01/201813:30-R", "2018-01-05"),
        ("CB#:389720 || 17/01/20184 2153", "2018-01-17"),  # the time's colon misread
    ],
)
def test_date_with_its_time_run_together(printed: str, expected: str) -> None:
    rows = receipt_rows(random.Random(8), "TOTAL", "10.95")
    rows[8] = printed
    fields = receipt_fields(build_lines(page_of(rows)))
    assert str(fields["invoice_date"].value) == expected


def test_street_over_a_postcode_and_town_is_the_address() -> None:
    # No five-digit postcode, no street word: a house number over "7022PA Amsterdam".
    rows = ["Bakker & van Dijk V.O.F.", "Stationsweg 157", "7022PA Amsterdam"]
    rows += ["Tel.+34 94 2654502", "Factuur", "Factuurnummer || 2019-10-48628"]
    rows += ["Factuurdatum || 3 oktober 2019", "Totaal || 10.95"]
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_address"].value == "Stationsweg 157 7022PA Amsterdam"


@pytest.mark.parametrize("registration", ["(No.193573-M)", "Co-REi:360671-D"])
def test_a_registration_line_with_its_caption_is_no_part_of_the_address(
    registration: str,
) -> None:
    rows = receipt_rows(random.Random(9), "TOTAL", "10.95")
    rows[1] = registration
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_address"].value == " ".join(rows[2:5])


@pytest.mark.parametrize(
    "noise",
    [
        ["GOODS SOLD ARE NOT RETURNABLE, THANK YOU"],  # the roll's previous receipt
        ["T || wu ont", "pu tamned"],  # handwriting read as words
        ['"Your One-Stop School & Office Supplies"'],  # a slogan in quotes
        ["CAWANGAN KEPONG"],  # Malay: Kepong branch
        ["CUSTOMER || OPY"],  # an inverted copy banner, its C lost
        ["RESIT PELANGGAN"],  # Malay: customer's receipt
    ],
)
def test_farewells_and_scribbles_above_the_name_are_no_name(noise: list[str]) -> None:
    rows = receipt_rows(random.Random(10), "TOTAL", "10.95")
    rows[0] = "KEDAI RUNCIT SINAR JAYA"  # no company suffix to win over the noise by
    fields = receipt_fields(build_lines(page_of([*noise, *rows])))
    assert fields["seller_name"].value == rows[0]


def test_a_branch_code_after_the_registration_number_is_no_part_of_the_name() -> None:
    rows = receipt_rows(random.Random(11), "TOTAL", "10.95")
    rows[0:2] = ["KING'S CONFECTIONERY S/B 273500-U (GKJ)"]
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_name"].value == "KING'S CONFECTIONERY S/B"


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        (
            ["KIKU JAPANESE RESTAURANT", "TK DIVISION KITCHEN SDN BHD"],
            "TK DIVISION KITCHEN SDN BHD",
        ),
        (["#000002 BAIFU (M) Sdn Bhd", "DAISO JAPAN"], "BAIFU (M) SDN BHD"),
    ],
)
def test_the_company_with_a_legal_form_outranks_the_shop_name(
    top: list[str], expected: str
) -> None:
    rows = receipt_rows(random.Random(12), "TOTAL", "10.95")
    rows[0:1] = top
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_name"].value == expected


def test_dates_inside_article_codes_are_no_receipt_date() -> None:
    rows = receipt_rows(random.Random(13), "TOTAL", "10.95")
    printed = rows[8].split()[1]
    day, month = printed.split("/")[:2]
    # No "Date:" caption, and codes that look like dates above the date.
    rows[8] = f"{printed} || 14:03:22"
    rows.insert(8, "HD03-04-06 - 5/40/160")
    rows.insert(9, "MI11/3-21-12/480")
    fields = receipt_fields(build_lines(page_of(rows)))
    assert str(fields["invoice_date"].value) == f"2018-{month}-{day}"


def test_a_company_line_with_its_number_is_the_name_not_the_address() -> None:
    rows = receipt_rows(random.Random(14), "TOTAL", "10.95")
    rows[0:2] = ["BECON STATIONER", "Becon Enterprise Sdn Bhd (82256-V)", "Damansara Utama Outlet"]
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_name"].value == "Becon Enterprise SDN BHD"
    assert fields["seller_address"].value == " ".join(rows[3:6]).rstrip(",")


def test_a_street_without_street_word_after_a_bracketed_registration() -> None:
    rows = receipt_rows(random.Random(15), "TOTAL", "10.95")
    rows[0:5] = ["SUNFISH", "<484297-M>", "22 LRG PERUSAHAAN 4", "KIMPAL INDS.PARK B.CAVES"]
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_address"].value == "22 LRG PERUSAHAAN 4 KIMPAL INDS.PARK B.CAVES"


@pytest.mark.parametrize(
    "registration",
    ["Co. No. 567890-W || GST No. 000567123498", "(Co. No. 301177-T) || GST No. 000445566123"],
)
def test_a_registration_line_between_name_and_street_is_no_address(registration: str) -> None:
    rows = receipt_rows(random.Random(8), "TOTAL", "10.95")
    rows[1] = registration
    rows[2] = "NO. 8 & 10, JALAN SS 15/4D"
    fields = receipt_fields(build_lines(page_of(rows)))
    assert str(fields["seller_address"].value).startswith("NO. 8 & 10, JALAN SS 15/4D")


def test_a_shopping_centre_line_is_part_of_the_address() -> None:
    rows = [
        "VOLTLINE ELECTRONICS PTE LTD",
        "3 Coleman Street, #02-17",
        "Peninsula Shopping Centre",
        "Singapore 179804",
        "Tel 6338 1020",
        "SALES RECEIPT",
        "Date || 28/01/2019",
        "Cable || 9.90",
        "TOTAL || 9.90",
        "CASH || 10.00",
        "CHANGE || 0.10",
    ]
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_address"].value == (
        "3 Coleman Street, #02-17 Peninsula Shopping Centre Singapore 179804"
    )


def test_a_restaurant_check_is_a_receipt_and_dated_without_a_caption() -> None:
    rows = [
        "The Verandah Cafe",
        "Harbourview Hotel Pte Ltd",
        "28 Keppel Road, #01-02",
        "Singapore 089056",
        "Check #: 40215 || Table: 7",
        "14/02/2019 13:05 || Covers: 2",
        "Server: Priya",
        "Laksa Lemak || 19.50",
        "Subtotal || 19.50",
        "GST 7% || 1.37",
        "Total Due || 20.87",
        "Thank you for dining with us",
    ]
    page = page_of(rows, width=400.0)
    page.height = 842.0  # not narrow: a photo of the check on a table
    lines = build_lines(page)
    assert looks_like_receipt([page], lines)
    assert receipt_fields(lines)["invoice_date"].text == "2019-02-14"


def test_a_building_and_a_street_without_numbers_lead_the_address() -> None:
    rows = receipt_rows(random.Random(9), "TOTAL", "10.95")
    rows[2:5] = ["WISMA CENTRAL CAR PARK", "JALAN AMPANG,", "50450 KUALA LUMPUR"]
    fields = receipt_fields(build_lines(page_of(rows)))
    assert (
        fields["seller_address"].value == "WISMA CENTRAL CAR PARK JALAN AMPANG, 50450 KUALA LUMPUR"
    )


def test_the_business_with_its_registration_outranks_the_venue_line() -> None:
    rows = receipt_rows(random.Random(10), "TOTAL", "10.95")
    rows[0:2] = ["MEDAN SELERA SS15 - STALL 08", "KEDAI MAKANAN & MINUMAN AH FOOK (JM0678123-P)"]
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_name"].value == "KEDAI MAKANAN & MINUMAN AH FOOK"


def test_a_delivery_date_is_not_the_sale_date() -> None:
    rows = receipt_rows(random.Random(11), "TOTAL", "10.95")
    date_row = next(i for i, row in enumerate(rows) if row.startswith("Date:"))
    rows[date_row] = "No: LL-0213 12 FEB 2018 15:40"
    rows.insert(date_row + 1, "Delivery date: 14 FEB 2018 (AM)")
    assert receipt_fields(build_lines(page_of(rows)))["invoice_date"].text == "2018-02-12"


def test_a_scanned_malaysian_tax_invoice_on_a5_is_read_as_a_receipt() -> None:
    rows = [
        "TECHZONE COMPUTER SDN BHD (1198765-W)",
        "NO. 7, JALAN BINTANG,",
        "55100 KUALA LUMPUR.",
        "GST ID: 000998877665",
        "TAX INVOICE",
        "INV#: TZ-180312-0087 || 12.03.2018 17:33",
        "SSD 500GB || 299.00",
        "TOTAL || 299.00",
    ]
    page = page_of(rows, width=600.0)
    page.height = 800.0
    assert looks_like_receipt([page], build_lines(page))


def test_a_second_receipt_beside_the_main_one_on_the_scan_is_left_out() -> None:
    rows = receipt_rows(random.Random(16), "TOTAL", "10.95")
    main = page_of(rows)
    # Another shop's receipt, cut by the bed's edge, lies to the right half a row lower.
    beside = page_of(receipt_rows(random.Random(17), "TOTAL", "23.85")[:-2])
    shifted = [
        Word(w.text, Box(1, w.box.x0 + 300, w.box.y0 + 40, w.box.x1 + 300, w.box.y1 + 40))
        for w in beside.words
    ]
    page = PageText(1, 530.0, main.height, [*main.words, *shifted], source="ocr")
    fields = with_receipt_fields([page], build_lines(page), {})
    assert fields["seller_name"].value == rows[0]
    assert fields["seller_address"].value == " ".join(rows[2:5])
    day, month = rows[8].split()[1].split("/")[:2]
    assert str(fields["invoice_date"].value) == f"2018-{month}-{day}"
    assert fields["total_amount"].value == pytest.approx(10.95)
    items = receipt_items([page], build_lines(page), fields)
    assert [item["amount"].value for item in items] == [2.5, 7.8]


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A line ending in "&" goes on, though the line under it carries the number.
        (
            ["SRI MUTIARA STATIONERY &", "BOOK SUPPLY (0123456-K)"],
            "SRI MUTIARA STATIONERY & BOOK SUPPLY",
        ),
        (["BL00MING PETALS FL0RIST (SA0412345-T)"], "BLOOMING PETALS FLORIST"),  # OCR's 0 for O
        (["HANAMI FSB SDN BHD (1098765-A)"], "HANAMI F&B SDN BHD"),  # OCR's S for "&"
    ],
)
def test_a_name_over_two_lines_or_with_ocr_zeros_is_read_whole(
    top: list[str], expected: str
) -> None:
    rows = receipt_rows(random.Random(18), "TOTAL", "10.95")
    rows[0:2] = top
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_name"].value == expected


def test_a_lot_number_is_no_postcode_ending_the_address() -> None:
    rows = receipt_rows(random.Random(19), "TOTAL", "10.95")
    rows[2:5] = ["LOT PT 12345, JALAN BUKIT 1,", "BANDAR BUKIT INDAH,", "41200 KLANG, SELANGOR"]
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_address"].value == " ".join(rows[2:5])


def test_a_postcode_ending_its_line_has_its_town_on_the_next() -> None:
    rows = receipt_rows(random.Random(24), "TOTAL", "10.95")
    rows[2:5] = ["NO: G3, BLK G, JLN PJU 1A/3,", "ARA DAMANSARA, 47301", "PETALING JAYA, SELANGOR."]
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_address"].value == " ".join(rows[2:5])


def test_a_postcode_alone_on_its_line_has_its_town_under_it() -> None:
    rows = receipt_rows(random.Random(24), "TOTAL", "10.95")
    rows[2:5] = ["LOT 16, JALAN INDUSTRI 4,", "KAWASAN PERINDUSTRIAN BUKIT MINYAK", "14100"]
    rows.insert(5, "SIMPANG AMPAT, PULAU PINANG")
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["seller_address"].value == " ".join(rows[2:6])


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # The net amount alone on the next line, in larger print, paid by card.
        (["NET AMOUNT", "|| 1,137.00", "DEBIT CARD || 1,137.00"], 1137.0),
        # A deposit paid and the balance due on collection: the bill is the net amount.
        (
            ["NET AMOUNT || 735.00", "Deposit Paid (CASH) || 300.00", "Balance Due || 435.00"],
            735.0,
        ),
    ],
)
def test_the_net_amount_is_the_total(tail: list[str], expected: float) -> None:
    rows = receipt_rows(random.Random(25), "TOTAL", "10.95")
    rows[-5:] = tail
    fields = receipt_fields(build_lines(page_of(rows)))
    assert fields["total_amount"].value == pytest.approx(expected)


def test_a_slip_scanned_on_a_wider_bed_is_a_receipt() -> None:
    rows = ["DOBI KILAT", "12, JALAN MAWAR 3", "81750 MASAI", "DATE:14/11/17"]
    rows += [f"ITEM {n} || {n}.00" for n in range(1, 9)]
    rows += ["TOTAL RM: || 36.00", "PAID || 20.00"]
    # One receipt word ("RM"): the printed column's shape decides, not the image's.
    slip = page_of(rows, width=130.0)
    slip.width = 1.2 * slip.height
    assert looks_like_receipt([slip], build_lines(slip))
    sheet = page_of(rows, width=1.2 * slip.height)
    assert not looks_like_receipt([sheet], build_lines(sheet))
    # A shop's footer counts among the receipt words.
    footer = page_of([*rows, "GST 6% INCLUDED", "FLOWERS ARE NON-REFUNDABLE"], width=slip.width)
    assert looks_like_receipt([footer], build_lines(footer))


@pytest.mark.parametrize(
    "stay",
    [["Arrival : 14/11/17", "Departure : 16/11/17"], ["Arrival 14/11/17 || Departure 16/11/17"]],
)
def test_a_hotel_folio_is_dated_on_departure(stay: list[str]) -> None:
    rows = receipt_rows(random.Random(20), "TOTAL", "10.95")
    date_row = next(i for i, row in enumerate(rows) if row.startswith("Date:"))
    rows[date_row : date_row + 1] = stay
    rows.insert(rows.index("ITEM QTY || AMOUNT") + 1, "14/11/17 ROOM CHARGE || 220.00")
    assert (
        receipt_fields(build_lines(page_of(rows, width=400.0)))["invoice_date"].text == "2017-11-16"
    )


@pytest.mark.parametrize(
    ("items", "farewell"),
    [
        (["2 Char kuey teow || 16.00", "Fried oyster || 12.00"], "Terima kasih."),
        # The items' points are lost too, on all but some of them.
        (["2 Char kuey teow || 1600", "Fried oyster || 9,50", "Teh ais || 250"], "Goods sold"),
    ],
)
def test_a_handwritten_cash_bill_is_a_receipt_and_its_total_keeps_its_cents(
    items: list[str], farewell: str
) -> None:
    rows = [
        "WONG KEE CHAR KUEY TEOW",
        "(002345678-M)",
        "NO. 5, MEDAN SELERA JALAN SS2/30",
        "47300 PETALING JAYA",
        "CASH BILL",
        "QTY PARTICULARS || RM",
        *items,
        "TOTAL || 2800 RM",  # OCR lost the handwritten point
        f"{farewell} are not returnable.",
    ]
    page = page_of(rows, width=600.0)
    page.height = 800.0
    lines = build_lines(page)
    assert looks_like_receipt([page], lines)
    fields = with_receipt_fields([page], lines, {"total_amount": Value(2800.0)})
    assert fields["total_amount"].value == pytest.approx(28.0)
    assert fields["seller_address"].value == " ".join(rows[2:4])


def test_a_singapore_salon_receipt_is_a_receipt_named_by_its_pte_ltd_line() -> None:
    rows = [
        "Maison Claire",
        "HAIR . NAILS. SPA",  # a tagline under the brand
        "Maison Claire Beauty Pte. Ltd.",
        "12 Orchard Road",
        "Singapore 238880",
        "GST Reg No: 201512345K",
        "Receipt No: MC-0088",
        "Date : 21 Sep 2017",
        "Hair Cut || 68.00",
        "AMOUNT DUE || S$68.00",
    ]
    page = page_of(rows, width=600.0)
    page.height = 600.0
    fields = with_receipt_fields([page], build_lines(page), {})
    assert fields["seller_name"].value == rows[2]
    assert fields["seller_address"].value == " ".join(rows[3:5])


@pytest.mark.parametrize("cash", [["Cash In || 20.00", "Change || 8.00"], ["VISA || 12.00"]])
def test_the_amount_paid_at_a_pay_station_is_the_total_not_the_cash(cash: list[str]) -> None:
    rows = receipt_rows(random.Random(22), "Parking Fee", "12.00")
    rows = [row for row in rows if "TOTAL" not in row and not row.startswith("GST 6%")]
    rows[rows.index("CASH || 50.00") : rows.index("CHANGE || 39.05") + 1] = [
        "Amount Paid || RM12.00",
        *cash,
    ]
    assert receipt_fields(build_lines(page_of(rows)))["total_amount"].value == pytest.approx(12.0)


@pytest.mark.parametrize(
    ("payable", "expected"),
    [
        # The grand total, its rounding, the amount to pay and the cash; Malay captions only.
        (["JUMLAH BESAR || 10.97", "PENGGENAPAN || -0.02", "JUMLAH PERLU BAYAR || RM10.95",
          "TUNAI || 20.00", "BAKI || 9.05"], 10.95),
        (["JUMLAH BESAR || 10.97", "PENGGENAPAN || -0.02"], 10.95),
        (["JUMLAH || 10.97", "Diskaun ahli || -0.52", "JUMLAH PERLU BAYAR || 10.45"], 10.45),
    ],
)  # fmt: skip
def test_a_malay_receipt_on_a_wide_scan_is_read_with_its_payable_total(
    payable: list[str], expected: float
) -> None:
    rows = [
        "KEDAI SERBANEKA MURNI BHD",
        "(Co. No. 281412-D)",
        "LOT 1, JALAN KOTA BHARU",
        "47600 SUBANG JAYA, SELANGOR",
        "INVOIS CUKAI RINGKAS",
        "GULA HALUS 1KG || 5.70",
        "SARDIN 425G || 5.27",
        *payable,
        "Tarikh: 15-08-2018 || Masa: 10:22:17",
        "Resit: 301-0218-88412",
        "TERIMA KASIH",
    ]
    page = page_of(rows, width=540.0)
    page.height = 746.0  # the scanner bed around the strip
    lines = build_lines(page)
    assert looks_like_receipt([page], lines)
    fields = receipt_fields(lines)
    assert fields["total_amount"].value == pytest.approx(expected)
    assert fields["invoice_date"].text == "2018-08-15"
    assert fields["seller_address"].value == " ".join(rows[2:4])


def test_a_pharmacy_rcpt_on_a_wide_scan_is_a_receipt() -> None:
    rows = ["FARMASI SENTOSA SDN BHD", "NO. 88, JALAN BESAR", "34000 TAIPING"]
    rows += ["GST ID: 001334556677", "Rcpt: FS2-18080315 || 03/08/2018", "TOTAL || 91.10"]
    page = page_of(rows, width=586.0)
    page.height = 829.0
    assert looks_like_receipt([page], build_lines(page))


@pytest.mark.parametrize(
    ("text", "key", "caption"),
    [
        ("JUMLAH BESAR 98.51", "total_amount", "JUMLAH BESAR"),
        ("JUMLAH PERLU BAYAR RM98.50", "amount_due", "JUMLAH PERLU BAYAR"),
        ("Jumlah yang perlu dibayar", "amount_due", "Jumlah yang perlu dibayar"),
    ],
)
def test_malay_total_captions_on_tax_invoices(text: str, key: str, caption: str) -> None:
    found = LABELS_BY_RANK[key].search(text)
    assert found is not None and found.group() == caption


def test_a_trade_line_with_an_ampersand_over_the_larger_shop_name_is_one_name() -> None:
    rows = receipt_rows(random.Random(23), "TOTAL", "10.95")
    rows[0:2] = ["PUSAT FOTOSTAT & PERCETAKAN", "MAJU JAYA", "(SA0412233-X)"]
    page = page_of(rows)
    # The shop's own name in print half as large again, centred under the trade line.
    upper = [w for w in page.words if w.box.y0 == 20.0]
    middle = (upper[0].box.x0 + upper[-1].box.x1) / 2
    lower = [w for w in page.words if w.text in ("MAJU", "JAYA") and w.box.y0 < 60.0]
    x = middle - 1.5 * (lower[-1].box.x1 - lower[0].box.x0) / 2
    larger: list[Word] = []
    for word in lower:
        x1 = x + 1.5 * (word.box.x1 - word.box.x0)
        larger.append(Word(word.text, Box(1, x, word.box.y0 - 2, x1, word.box.y1 + 4), 0.95))
        x = x1 + 1.5 * CHAR_WIDTH
    page.words = [w for w in page.words if w not in lower] + larger
    fields = receipt_fields(build_lines(page))
    assert fields["seller_name"].value == "PUSAT FOTOSTAT & PERCETAKAN MAJU JAYA"
    assert fields["seller_address"].value == " ".join(rows[3:6]).rstrip(",")
    # In the same print it stays a line of its own.
    same = receipt_fields(build_lines(page_of(rows)))
    assert same["seller_name"].value == "PUSAT FOTOSTAT & PERCETAKAN"
