"""Receipt seller names: conventions of a shop's letterhead.

- A Malaysian business prints its registration number ("(SA0284410-D)", "(123456-X)") right
  under or after its registered name (Companies Act / Registration of Businesses Act): the row
  over the number is the seller, not a brand set apart above it in a logo box (a fuel brand
  over the dealer's station).
- A pre-printed form sets its title ("RESIT RASMI", "OFFICIAL RECEIPT", "CASH BILL") in a cell
  of its own at the right of the name's row: the title is no part of the name.
"""

from __future__ import annotations

from facturist.engine.layout import build_lines
from facturist.engine.receipts import receipt_fields

from .receipts.pages import Cell, cells_page
from .receipts.test_receipt_seller_blocks_and_nett import Run, scanned


def _seller(runs: list[Run]) -> str:
    found = receipt_fields(build_lines(scanned(runs)))
    return str(found["seller_name"].value)


_STATION_TAIL: list[Run] = [
    (40.0, 82.0, "KM 12, JALAN KUALA SELANGOR", 12.0),
    (40.0, 96.0, "47000 SUNGAI BULOH, SELANGOR", 12.0),
    (50.0, 110.0, "GST NO: 002106794496", 12.0),
    (70.0, 130.0, "TAX INVOICE", 12.0),
    (20.0, 146.0, "15 MAR 18 08:12", 12.0),
    (20.0, 170.0, "PUMP 05 RON95", 12.0),
    (20.0, 186.0, "AMOUNT DUE", 12.0),
    (240.0, 186.0, "68.65", 12.0),
]


def test_a_brand_in_a_logo_box_over_the_registered_dealer_is_not_the_seller() -> None:
    runs: list[Run] = [
        # The fuel brand, white on black in a box, kept apart from the dealer's rows.
        (70.0, 20.0, "PETROVAL", 18.0),
        (40.0, 50.0, "ANEKA JAYA SERVICE STATION", 12.0),
        (70.0, 64.0, "(SA0284410-D)", 12.0),
        *_STATION_TAIL,
    ]
    assert _seller(runs) == "ANEKA JAYA SERVICE STATION"


def test_a_name_set_tight_over_its_second_row_and_number_stays_whole() -> None:
    # No margin between the rows: one name wrapped over two rows, then its number.
    runs: list[Run] = [
        (40.0, 36.0, "STESEN MINYAK", 12.0),
        (40.0, 50.0, "ANEKA JAYA", 12.0),
        (40.0, 64.0, "(SA0284410-D)", 12.0),
        *_STATION_TAIL,
    ]
    assert _seller(runs) == "STESEN MINYAK ANEKA JAYA"


def test_an_official_receipts_title_beside_the_name_is_no_part_of_it() -> None:
    for title in ("RESIT RASMI", "OFFICIAL RECEIPT", "CASH BILL", "TAX INVOICE"):
        rows: list[list[Cell]] = [
            [("PUSAT TUISYEN MINDA CERDAS", 20, 18), (title, 520, 18)],
            [("(KPM: B1023/2012) (002301455-V)", 20, 14)],
            [("NO. 12A, JALAN KENARI 5, BANDAR PUCHONG JAYA", 20, 14), ("No. A 4512", 520, 14)],
            [("47100 PUCHONG, SELANGOR", 20, 14)],
            [("Tarikh / Date :", 20, 14), ("05/03/2018", 200, 14)],
            [("RM 250.00", 20, 14)],
        ]
        found = receipt_fields(build_lines(cells_page(rows)))
        assert found["seller_name"].value == "PUSAT TUISYEN MINDA CERDAS", title
