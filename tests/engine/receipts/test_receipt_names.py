"""A shop's name printed over two header rows: which rows make the name (name_rows.py)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.receipts import receipt_fields

WIDTH = 320.0
BODY = [
    "NO. 12, JALAN MERANTI 3,",
    "43000 KAJANG, SELANGOR",
    "TEL: 03-8736 1120",
    "TAX INVOICE",
    "Date: 14/03/2018 10:42",
    "BREAD 2 7.80",
    "TOTAL 7.80",
    "CASH 10.00",
    "CHANGE 2.20",
]


@dataclass
class Row:
    text: str
    size: float = 1.0  # 2.0: double width and taller
    gap: float = 6.0  # blank space above the row; a logo box keeps a wide margin
    wide_only: bool = False  # double width at the normal height


def page_of(rows: list[Row]) -> PageText:
    """Centred rows of 6-point-wide, 12-high characters, each `gap` under the one above."""
    words: list[Word] = []
    y = 20.0
    for row in [*rows, *(Row(text) for text in BODY)]:
        char = 6.0 * row.size
        height = 12.0 if row.wide_only else 12.0 * row.size
        y += row.gap
        x = (WIDTH - len(row.text) * char) / 2
        for token in row.text.split():
            words.append(Word(token, Box(1, x, y, x + len(token) * char, y + height), 0.95))
            x += (len(token) + 1) * char
        y += height
    return PageText(1, WIDTH, y + 40, words, source="ocr")


def name_of(rows: list[Row]) -> str:
    return str(receipt_fields(build_lines(page_of(rows)))["seller_name"].value)


TIGHT = 0.5  # rows of one name touch


def test_two_tight_rows_over_the_registration_number_are_one_name() -> None:
    rows = [Row("PUSAT ALAT TULIS"), Row("CAHAYA ILMU", gap=TIGHT), Row("(002374519-K)")]
    assert name_of(rows) == "PUSAT ALAT TULIS CAHAYA ILMU"
    # In double width too (OCR may split a stretched word).
    rows = [Row("SYARIKAT PERK AKASAN", 2), Row("TECK LEONG", 2, TIGHT), Row("(001045982-D)")]
    assert name_of(rows) == "SYARIKAT PERK AKASAN TECK LEONG"


def test_a_logo_with_the_names_words_gives_way_to_the_registered_name() -> None:
    rows = [Row("HONG SENG", 1.6, 8), Row("KEDAI ROTI HONG SENG", gap=14), Row("(NS0117843-U)")]
    assert name_of(rows) == "KEDAI ROTI HONG SENG"


def test_a_company_line_of_trade_nouns_ends_the_name_above_it() -> None:
    rows = [
        Row("PETRO SURIA", 1.4, 8),  # the brand's box, its margin around it
        Row("SRI MELATI PETROLEUM", gap=14),
        Row("SERVICES SDN BHD (958214-P)", gap=TIGHT),
        Row("STESEN SURIA BATU 7 KAPAR"),  # the station, not the company
    ]
    assert name_of(rows) == "SRI MELATI PETROLEUM SERVICES SDN BHD"
    rows = [Row("IPOH CARE", 1.7), Row("PHARMACY SDN BHD", gap=TIGHT), Row("Company No. 1158736-W")]
    assert name_of(rows) == "IPOH CARE PHARMACY SDN BHD"


def test_a_brand_over_a_company_that_names_itself_stays_out() -> None:
    rows = [Row("CITY MILK", 1.4), Row("R&C VENTURE SDN BHD (1191015-W)", gap=TIGHT)]
    assert name_of(rows) == "R&C VENTURE SDN BHD"


@pytest.mark.parametrize("suffix", ["ENTERPRISE", "TRADING", "PTE LTD"])
def test_a_business_form_alone_on_its_row_ends_the_name_above(suffix: str) -> None:
    rows = [Row("SEGAMAT BOOK CENTRE", 1.2), Row(suffix), Row("(JM0504718-A)")]
    assert name_of(rows) == f"SEGAMAT BOOK CENTRE {suffix}"


def test_a_double_width_row_under_the_first_continues_the_name() -> None:
    rows = [Row("RESTORAN NASI KANDAR"), Row("SRI PINANG", 2, 2, wide_only=True)]
    assert name_of(rows) == "RESTORAN NASI KANDAR SRI PINANG"
    # In the same print, apart, the second row is a line of its own.
    assert name_of([Row("RESTORAN NASI KANDAR"), Row("SRI PINANG")]) == "RESTORAN NASI KANDAR"


def test_a_station_row_stays_off_a_name_that_ends_in_its_business_form() -> None:
    rows = [
        Row("STESEN BAYU TAMAN MELAWATI"),  # the station, in normal print
        Row("KEMBARA JAYA PETROLEUM ENTERPRISE", gap=TIGHT),
        Row("(002318765-X)"),
    ]
    assert name_of(rows) == "KEMBARA JAYA PETROLEUM ENTERPRISE"


def test_letters_left_by_a_logo_box_beside_the_name_are_no_part_of_it() -> None:
    page = page_of([Row("VOLTZ DIGITAL TRADING SDN BHD"), Row("Co. No. 1209874-D")])
    top = min(w.box.y0 for w in page.words)
    # White-on-black logo at the far left, read as tall single letters on the name's row.
    specks = [Word(ch, Box(1, 4 + 12 * i, top - 10, 12 + 12 * i, top + 24), 0.4) for i, ch in
              enumerate("VON")]  # fmt: skip
    page = PageText(1, WIDTH, page.height, [*specks, *page.words], source="ocr")
    name = receipt_fields(build_lines(page))["seller_name"].value
    assert name == "VOLTZ DIGITAL TRADING SDN BHD"


def fields_of(rows: list[Row]) -> dict[str, str]:
    found = receipt_fields(build_lines(page_of(rows)))
    return {key: str(found[key].value) for key in ("seller_name", "seller_address")}


def test_an_at_sign_joining_a_shop_to_its_place_is_part_of_the_name() -> None:
    found = fields_of([Row("WARUNG NASI LEMAK @ TAMAN DESA", 1.2), Row("(001122334-A)")])
    assert found["seller_name"] == "WARUNG NASI LEMAK @ TAMAN DESA"
    assert found["seller_address"] == "NO. 12, JALAN MERANTI 3, 43000 KAJANG, SELANGOR"


def test_a_name_row_ending_in_malay_dan_runs_on_into_the_next() -> None:
    rows = [
        Row("PEMBEKAL BATERI DAN", 1.2),
        Row("ALAT GANTI MAJU SDN BHD", 1.2, TIGHT),
        Row("(Company No. 556677-K)"),
    ]
    assert name_of(rows) == "PEMBEKAL BATERI DAN ALAT GANTI MAJU SDN BHD"


def test_a_branch_caption_over_the_address_is_no_part_of_it() -> None:
    rows = [Row("KEDAI KASUT SERI INDAH SDN BHD"), Row("(441122-T)"), Row("BRANCH : TAMAN SETIA")]
    found = fields_of(rows)
    assert found["seller_name"] == "KEDAI KASUT SERI INDAH SDN BHD"
    assert found["seller_address"] == "NO. 12, JALAN MERANTI 3, 43000 KAJANG, SELANGOR"


@pytest.mark.parametrize(
    ("upper", "lower", "name"),
    [
        (
            "RESTORAN NASI KANDAR",
            "SRI PINANG MAJU SDN BHD",
            "RESTORAN NASI KANDAR SRI PINANG MAJU SDN BHD",
        ),
        (
            "PERNIAGAAN ALAT TULIS KAMAL",
            "WHOLESALE SDN. BHD.",
            "PERNIAGAAN ALAT TULIS KAMAL WHOLESALE SDN BHD.",
        ),
    ],
)
def test_a_malay_trade_row_over_its_company_row_is_one_name(
    upper: str, lower: str, name: str
) -> None:
    rows = [Row(upper, 1.2), Row(lower, 1.2, TIGHT), Row("(998123-D)")]
    assert name_of(rows) == name
