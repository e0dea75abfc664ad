"""Receipt forms: a cash bill's head and buyer line, handwritten notes above the shop, the
company block in the footer, a total given only in a box and in words."""

from __future__ import annotations

from facturist.engine.layout import build_lines
from facturist.engine.receipt_words import words_amount
from facturist.engine.receipts import receipt_fields

from .pages import Cell
from .pages import cells_page as page_of


def fields_of(rows: list[list[Cell]]) -> dict[str, str]:
    found = receipt_fields(build_lines(page_of(rows)))
    return {name: str(value.value) for name, value in found.items()}


ITEMS: list[list[Cell]] = [
    [("DATE: 03/02/2018", 20, 14), ("TIME: 10:17AM", 400, 14)],
    [("PAIP PVC", 20, 14), ("34.50", 460, 14)],
    [("SIMEN TASEK", 20, 14), ("39.60", 460, 14)],
]


def test_a_cash_bills_head_names_the_seller_not_the_buyer_caption() -> None:
    rows: list[list[Cell]] = [
        # A monogram logo (taller), the company, the form's title at the right.
        [("JTU", 20, 30), ("SYARIKAT JENTERA TANI UTARA SDN BHD", 90, 20), ("CASH BILL", 470, 20)],
        [("(Co. No. 301452-K)", 90, 14)],
        [("NO. 41, JALAN SULTAN BADLISHAH, 05000 ALOR SETAR, KEDAH.", 90, 14)],
        [("No. 018772", 560, 14)],
        [("M/s : LADANG SAYUR PAK MAT, JITRA", 20, 14)],
        *ITEMS,
        [("TOTAL RM", 380, 14), ("74.10", 460, 14)],
    ]
    found = fields_of(rows)
    assert found["seller_name"] == "SYARIKAT JENTERA TANI UTARA SDN BHD"
    assert found["seller_address"] == "NO. 41, JALAN SULTAN BADLISHAH, 05000 ALOR SETAR, KEDAH."


def test_the_forms_number_beside_the_address_is_not_part_of_it() -> None:
    rows: list[list[Cell]] = [
        [("SYARIKAT JENTERA TANI UTARA SDN BHD", 90, 20)],
        [
            ("NO. 41, JALAN SULTAN BADLISHAH, 05000 ALOR SETAR, KEDAH.", 90, 14),
            ("No. 018772", 600, 14),
        ],
        *ITEMS,
        [("TOTAL RM", 380, 14), ("74.10", 460, 14)],
    ]
    assert fields_of(rows)["seller_address"] == (
        "NO. 41, JALAN SULTAN BADLISHAH, 05000 ALOR SETAR, KEDAH."
    )


def test_a_buyer_caption_is_never_the_seller() -> None:
    rows: list[list[Cell]] = [
        [("CASH BILL", 200, 20)],
        [("M/s : LADANG SAYUR PAK MAT, JITRA", 20, 14)],
        *ITEMS,
        [("TOTAL RM", 380, 14), ("74.10", 460, 14)],
    ]
    assert "seller_name" not in fields_of(rows)


def test_a_note_above_the_shop_gives_way_to_the_row_over_its_number_and_address() -> None:
    rows: list[list[Cell]] = [
        [("Proj. Tmn Bkt Mertajam", 120, 30)],  # handwritten, larger
        [("5/2 - claim", 160, 28)],
        [("KEDAI PERKAKASAN HENG LOONG", 100, 16)],
        [("(001122334-V)", 180, 14)],
        [("NO. 8, JALAN BESAR,", 150, 14)],
        [("34200 PARIT BUNTAR, PERAK.", 120, 14)],
        *ITEMS,
        [("TOTAL", 20, 14), ("74.10", 460, 14)],
    ]
    assert fields_of(rows)["seller_name"] == "KEDAI PERKAKASAN HENG LOONG"


def test_the_company_block_in_the_footer_names_the_seller() -> None:
    rows: list[list[Cell]] = [
        [("Roti Emas", 150, 24)],
        [("BAKERY & CAFE", 150, 14)],
        *ITEMS,
        [("TOTAL", 20, 14), ("74.10", 460, 14)],
        [("ROTI EMAS BAKERY (M) SDN BHD", 100, 14)],
        [("(Co. Reg. 1022871-H) GST: 001811045523", 60, 14)],
        [("12, Jalan Tokong,", 160, 14)],
        [("75200 Melaka.", 170, 14)],
        [("Tel: 06-282 4417", 160, 14)],
    ]
    found = fields_of(rows)
    assert found["seller_name"] == "ROTI EMAS BAKERY (M) SDN BHD"
    assert found["seller_address"] == "12, Jalan Tokong, 75200 Melaka."


def test_the_amount_spelled_out_in_words_is_the_total_without_a_caption() -> None:
    rows: list[list[Cell]] = [
        [("KLINIK DR. NORA & RAKAN", 120, 20)],
        [("No. 18, Jalan Dato' Bandar Tunggal, 70000 Seremban.", 120, 14)],
        [("RESIT RASMI / OFFICIAL RECEIPT", 250, 16)],
        [("Tarikh:09/03/2018", 500, 14)],
        [("Ringgit Malaysia :", 20, 14), ("EMPAT PULUH LIMA SAHAJA", 250, 14)],
        [("Bayaran untuk :", 20, 14), ("KONSULTASI 2 x 1.50", 250, 14)],
        [("RM", 40, 16), ("45.00", 120, 16)],
    ]
    assert fields_of(rows)["total_amount"] == "45.0"


def test_malay_and_english_number_words() -> None:
    assert words_amount("SATU RIBU DUA RATUS ENAM PUL.UH EMPAT SAHAJA") == 1264
    assert words_amount("SERIBU DUA BELAS DAN LIMA PULUH SEN SAHAJA") == 1012.5
    assert words_amount("Two Thousand Three Hundred Eighteen And Cents Fifty Only") == 2318.5
    assert words_amount("One Hundred And Twenty Only") == 120
    assert words_amount("Thank you Only") is None
