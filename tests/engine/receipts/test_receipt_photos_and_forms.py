"""Receipts photographed at an angle, Malaysian cash-bill forms and faded captions: word
boxes levelled along the printed lines, address blocks around contact lines, a form's "No."
serial, "#" read as 8, walk-in CASH customers, a total beside the amount in words."""

from __future__ import annotations

import math

import numpy as np
import pytest

from facturist.engine.layout import build_lines
from facturist.engine.model import Box, Value
from facturist.engine.ocr.lineskew import LEVEL, levelled, line_field, moved, turned
from facturist.engine.receipt_numbers import receipt_number
from facturist.engine.receipt_parties import with_receipt_parties
from facturist.engine.receipt_scan import looks_like_receipt
from facturist.engine.receipts import receipt_fields

from .pages import Cell
from .pages import cells_page as page_of


def fields_of(rows: list[list[Cell]]) -> dict[str, str]:
    found = receipt_fields(build_lines(page_of(rows)))
    return {name: str(value.value) for name, value in found.items()}


def _tilted_quad(x: float, y: float, length: float, height: float, degrees: float) -> np.ndarray:
    """A text line's detected quadrilateral, starting at (x, y) and rising `degrees`."""
    theta = math.radians(degrees)
    along = np.array([math.cos(theta), math.sin(theta)]) * length
    down = np.array([-math.sin(theta), math.cos(theta)]) * height
    start = np.array([x, y])
    return np.array([start, start + along, start + along + down, start + down], np.float32)


def test_lines_of_a_tilted_photo_are_levelled_into_their_own_rows() -> None:
    # Printed lines 30 px apart, photographed at -10 degrees: a word at the right end of one
    # line sits higher than the next line's start, so unlevelled boxes mix the rows.
    quads = [_tilted_quad(100, 300 + 30 * i, 400, 20, -10.0) for i in range(8)]
    field = line_field(quads, 800, 1000)
    assert field.slope == pytest.approx(-10.0, abs=0.3)
    first_right = levelled(quads[0][[1, 2]].tolist(), field, 800, 1000)
    second_left = levelled(quads[1][[0, 3]].tolist(), field, 800, 1000)
    first_left = levelled(quads[0][[0, 3]].tolist(), field, 800, 1000)
    assert abs(first_right[1] - first_left[1]) < 1.0
    assert second_left[1] - first_right[1] == pytest.approx(30.0, abs=1.0)


def test_a_level_page_keeps_its_boxes() -> None:
    quads = [_tilted_quad(100, 300 + 30 * i, 400, 20, 0.3) for i in range(8)]
    assert line_field(quads, 800, 1000) == LEVEL
    points = [[10.0, 20.0], [50.0, 20.0], [50.0, 30.0], [10.0, 30.0]]
    assert levelled(points, 0.0, 800, 1000) == (10.0, 20.0, 50.0, 30.0)


def _bent_line(y: float) -> list[np.ndarray]:
    """One printed line of a curled receipt photographed at an angle, as the detector
    traces it: a label from x = 100 to 400 and its amount from 820 to 900. At x the line
    slopes 8 degrees less 1 degree per 100 px (steep at the left, level at the right)."""

    def height_at(x: float) -> float:
        return y + math.tan(math.radians(8.0)) * (x - 100) - math.radians(0.01) * (x - 100) ** 2 / 2

    quads = []
    for x0, x1 in ((100.0, 400.0), (820.0, 900.0)):
        rise = height_at(x1) - height_at(x0)
        degrees = math.degrees(math.atan2(rise, x1 - x0))
        quads.append(_tilted_quad(x0, height_at(x0), math.hypot(x1 - x0, rise), 20, degrees))
    return quads


def test_lines_of_a_curled_photo_are_levelled_by_their_slope_across_the_page() -> None:
    # The labels lie at 6.5 degrees, their amounts almost level and 50 px lower: no one
    # slope for the page levels both, and the amount lands beside a label below its own.
    lines = [_bent_line(200 + 30 * i) for i in range(10)]
    field = line_field([quad for line in lines for quad in line], 1000, 1000)
    assert field != LEVEL
    for row, (label_quad, amount_quad) in enumerate(lines):
        label = levelled(label_quad.tolist(), field, 1000, 1000)
        amount = levelled(amount_quad.tolist(), field, 1000, 1000)
        assert abs((label[1] + label[3]) / 2 - (amount[1] + amount[3]) / 2) < 5.0, row


def test_words_read_on_the_turned_page_land_where_levelling_puts_them() -> None:
    # The detector reads a steeply tilted photo on the page turned level (grown to keep its
    # corners): its words, moved back into the photo's frame, lie where levelling the
    # photo's own boxes would put them, so both readings give the same lines.
    photo = np.full((600, 400, 3), 255, np.uint8)
    photo[148:153, 298:303] = 0  # a dot right of and above the centre
    level = turned(photo, 7.0)
    ys, xs = np.nonzero(level[:, :, 0] < 128)
    shift = ((400 - level.shape[1]) / 2, (600 - level.shape[0]) / 2)
    found = moved(Box(1, xs.mean(), ys.mean(), xs.mean(), ys.mean()), shift, (400, 600))
    expected = levelled([[300.0, 150.0]], 7.0, 400, 600)
    assert found.x0 == pytest.approx(expected[0], abs=1.0)
    assert found.y0 == pytest.approx(expected[1], abs=1.0)


def test_a_level_page_has_a_level_field() -> None:
    quads = [_tilted_quad(100 + 300 * (i % 2), 300 + 30 * i, 250, 20, 0.3) for i in range(8)]
    assert line_field(quads, 800, 1000) == LEVEL


def test_company_number_with_a_comma_and_a_phone_line_inside_the_address() -> None:
    rows: list[list[Cell]] = [
        [("TRI-MAJU PRINTING", 100, 18)],
        [("SDN. BHD.", 140, 18)],
        [("(Co, No. 402117-M)", 120, 14)],
        [("No. 19, Jalan SS 2/64,", 110, 14)],
        [("Tel: 03-7875 6611 Fax: 03-7875 6612", 60, 14)],
        [("47300 Petaling Jaya, Selangor.", 80, 14)],
        [("Date : 10/01/2018", 20, 14)],
        [("TOTAL", 20, 14), ("70.00", 400, 14)],
    ]
    found = fields_of(rows)
    assert found["seller_address"] == "No. 19, Jalan SS 2/64, 47300 Petaling Jaya, Selangor."


def test_a_state_sharing_its_line_with_the_phone_stays_in_the_address() -> None:
    rows: list[list[Cell]] = [
        [("MEGAH RIA STATIONERY SDN BHD", 40, 16)],
        [("(745521-A)", 150, 14)],
        [("NO. 88, JALAN TUANKU ANTAH, 70100 SEREMBAN,", 20, 14)],
        [("NEGERI SEMBILAN. TEL: 06-763 0021", 50, 14)],
        [("Date : 08/01/2018", 20, 14)],
        [("TOTAL", 20, 14), ("70.00", 400, 14)],
    ]
    found = fields_of(rows)
    assert found["seller_address"] == (
        "NO. 88, JALAN TUANKU ANTAH, 70100 SEREMBAN, NEGERI SEMBILAN."
    )


def test_owner_name_in_larger_print_flush_left_under_the_trade_line() -> None:
    rows: list[list[Cell]] = [
        [("KEDAI BASIKAL & SERVIS", 40, 14)],
        [("LIM CHUAN", 40, 22)],
        [("No. 3, Jalan Perusahaan 2, 81300 Skudai, Johor.", 40, 11)],
        [("Tarikh: 04/05/2021", 40, 12)],
        [("TOTAL", 20, 14), ("70.00", 400, 14)],
    ]
    assert fields_of(rows)["seller_name"] == "KEDAI BASIKAL & SERVIS LIM CHUAN"


FORM: list[list[Cell]] = [
    [("KEDAI BASIKAL LIM CHUAN", 40, 14)],
    [("(JM0456789-T)", 40, 11)],
    [("No. 3, Jalan Perusahaan 2, 81300 Skudai, Johor.", 40, 11)],
    [("INVOIS / INVOICE", 300, 16)],
    [("Kepada / To:", 40, 12), ("No: 004417", 500, 12)],
    [("Tarikh: 04/05/2021", 500, 12)],
    [("Butiran / Particulars", 40, 12), ("Jumlah RM", 560, 12)],
    [("TAYAR 105/55R16", 40, 12), ("1,180.00", 560, 12)],
    [("Ringgit Malaysia:", 40, 12), ("PAID", 300, 30)],
    [("ONE THOUSAND ... DOMA", 40, 12), ("RM 1,280.00", 560, 12)],
]


def test_a_malay_invoice_form_is_read_as_a_receipt_with_its_serial() -> None:
    page = page_of(FORM, width=900.0)
    lines = build_lines(page)
    assert looks_like_receipt([page], lines)
    number = receipt_number(lines)
    assert number is not None and number.value == "004417"


def test_the_amount_beside_unreadable_words_is_the_total() -> None:
    found = fields_of(FORM)
    assert found["total_amount"] == "1280.0"
    assert found["invoice_date"] == "2021-05-04"


def test_a_serial_in_cells_apart_beside_the_cash_bill_title() -> None:
    rows: list[list[Cell]] = [
        [("AUTO SERVIS JAYA SDN BHD", 40, 14)],
        [("Customer: TAN AH KOW", 40, 12), ("CASH BILL", 500, 16)],
        [("Vehicle No : WXY 9921", 40, 12), ("No.", 500, 12), ("CB 18734", 560, 12)],
    ]
    number = receipt_number(build_lines(page_of(rows)))
    assert number is not None and number.value == "CB 18734"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [("Bil18: B11-004491", "B11-004491"), ("Chk8 4471 Tb1 21/1", "4471")],
)
def test_a_faded_number_sign_read_as_8(printed: str, expected: str) -> None:
    number = receipt_number(build_lines(page_of([[(printed, 20, 14)]])))
    assert number is not None and number.value == expected


def test_a_letter_prefix_read_with_a_zero_is_mended() -> None:
    number = receipt_number(build_lines(page_of([[("Receipt No: 0R-2023-045123", 20, 14)]])))
    assert number is not None and number.value == "OR-2023-045123"


@pytest.mark.parametrize("caption", ["GBT No. 000677281792", "CST ID : 001987264512"])
def test_a_faded_gst_caption_still_gives_the_tax_id(caption: str) -> None:
    lines = build_lines(page_of([[(caption, 20, 14)]]))
    found = with_receipt_parties(lines, {})
    assert str(found["seller_vat_id"].value) == caption.split()[-1]


@pytest.mark.parametrize("walk_in", ["CASH", "CASH CUSTOMER", "C.O.D."])
def test_a_walk_in_cash_customer_is_no_buyer(walk_in: str) -> None:
    lines = build_lines(
        page_of([[("Date : 08/01/2018", 20, 14)], [(f"Bill To : {walk_in}", 20, 14)]])
    )
    box = lines[1].words[-1].box
    found = with_receipt_parties(lines, {"buyer_name": Value(walk_in, walk_in, (box,))})
    assert "buyer_name" not in found


def test_a_company_number_beside_a_street_row_is_no_part_of_the_address() -> None:
    rows: list[list[Cell]] = [
        [("KEDAI BASIKAL LIM CHUAN", 40, 14)],
        [("(JM0456789-T)", 40, 11), ("Perusahaan 2, Taman Perindustrian Skudai,", 160, 11)],
        [("No. 3, Jalan", 40, 11)],
        [("81300 Skudai, Johor.", 40, 11)],
        [("Tarikh: 04/05/2021", 40, 12)],
    ]
    assert "JM0456789" not in fields_of(rows)["seller_address"]
