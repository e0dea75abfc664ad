"""US B2B item tables: a staffing invoice's overtime rows under the worker's first row, their
name and position cells blank; an AIA G703 continuation sheet billing "This period" between
the previous applications and the work to date, its "%" the share done; a freight bill's
charges under its net linehaul (the freight less its discount, no caption of a total); and a
description caption centred over a wide column whose names start with a size."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

# (x, y from the top, text); a text starting with ">" is set right-aligned, ending at x.
Text = tuple[float, float, str]


def _items(page: list[Text], size: float = 8) -> list[dict[str, Any]]:
    pdf = make_invoice_pdf([page], size=size, marks=True)
    found: list[dict[str, Any]] = extract_canonical(pdf, use_einvoice=False)["line_items"]
    return found


def _head(number: str) -> list[Text]:
    return [
        (40, 40, "HARBORVIEW LABOR PARTNERS, INC."),
        (40, 52, "400 Pier Avenue, Tacoma, WA 98402"),
        (380, 40, f"Invoice No. {number}"),
        (380, 52, "Invoice Date 03/14/2025"),
        (40, 90, "BILL TO:"),
        (40, 102, "Cascade Packaging Co."),
        (40, 114, "88 Mill Road, Olympia, WA 98501"),
    ]


_WORKERS = [
    ("Lind, Oskar", "Picker", "51120", "Regular", "40.00", "$20.00", "$800.00"),
    ("", "", "", "Overtime 1.5x", "5.00", "$30.00", "$150.00"),
    ("Moreau, Celia", "Packer", "51157", "Regular", "36.00", "$19.50", "$702.00"),
    ("", "", "", "Overtime 1.5x", "2.50", "$29.25", "$73.13"),
    ("Tanaka, Ren", "Loader", "51194", "Regular", "40.00", "$22.00", "$880.00"),
]


def test_overtime_rows_under_a_workers_first_row_go_on() -> None:
    page = [
        *_head("HL-5521"),
        (40, 170, "Employee"),
        (150, 170, "Position"),
        (250, 170, "Emp ID"),
        (300, 170, "Pay Code"),
        (370, 170, "Hours"),
        (440, 170, "Bill Rate"),
        (530, 170, "Amount"),
    ]
    for n, (name, position, emp, code, hours, rate, amount) in enumerate(_WORKERS):
        y = 186 + 13 * n
        page += [(40, y, name), (150, y, position), (250, y, emp), (300, y, code)]
        page += [(400, y, ">" + hours), (480, y, ">" + rate), (570, y, ">" + amount)]
    page += [(400, 270, "Subtotal"), (570, 270, ">$2,605.13")]
    page += [(400, 284, "INVOICE TOTAL"), (570, 284, ">$2,605.13")]
    items = _items(page)
    assert [item["amount"] for item in items] == [800.0, 150.0, 702.0, 73.13, 880.0]
    assert [item["quantity"] for item in items] == [40.0, 5.0, 36.0, 2.5, 40.0]
    assert "Overtime" in str(items[1]["description"])


_WORKS = [
    ("1", "Site Preparation", "50,000.00", "30,000.00", "10,000.00", "40,000.00", "80.0%"),
    ("2", "Steel Framing", "120,000.00", "60,000.00", "24,000.00", "84,000.00", "70.0%"),
    ("3", "Roofing", "40,000.00", "0.00", "0.00", "0.00", "0.0%"),
]


def test_continuation_sheet_bills_the_period_and_its_percent_is_no_vat_rate() -> None:
    page = [
        *_head("AP-12"),
        (30, 160, "ITEM"),
        (60, 160, "DESCRIPTION OF WORK"),
        (180, 160, "SCHEDULED"),
        (232, 160, "FROM PREVIOUS"),
        (312, 160, "THIS PERIOD"),
        (375, 160, "TOTAL COMPL."),
        (440, 160, "%"),
        (480, 160, "BALANCE TO"),
        (30, 170, "NO."),
        (180, 170, "VALUE"),
        (240, 170, "APPL."),
        (375, 170, "& STORED"),
        (480, 170, "FINISH"),
    ]
    for n, (no, name, value, before, period, done, share) in enumerate(_WORKS):
        y = 186 + 13 * n
        page += [(30, y, no), (60, y, name), (225, y, ">" + value), (290, y, ">" + before)]
        page += [(350, y, ">" + period), (420, y, ">" + done), (462, y, ">" + share)]
    page += [(60, 240, "GRAND TOTALS"), (350, 240, ">$34,000.00"), (420, 240, ">$124,000.00")]
    items = _items(page)
    assert [item["amount"] for item in items] == [10000.0, 24000.0, 0.0]
    assert all(item.get("vat_rate") is None for item in items)


def test_charges_under_an_uncaptioned_net_linehaul_are_items() -> None:
    page = [
        *_head("PRO 77-1020"),
        (40, 160, "PCS"),
        (80, 160, "DESCRIPTION OF ARTICLES"),
        (330, 160, "WEIGHT"),
        (440, 160, "RATE"),
        (530, 160, "CHARGES"),
        (50, 176, ">4"),
        (80, 176, "MACHINE PARTS, NMFC 12345"),
        (370, 176, ">1,000"),
        (470, 176, ">50.00"),
        (570, 176, ">500.00"),
        (80, 189, "LESS DISCOUNT 60.0%"),
        (570, 189, ">-300.00"),
        (80, 202, "NET LINEHAUL"),
        (570, 202, ">200.00"),
        (80, 215, "FUEL SURCHARGE 30.0%"),
        (570, 215, ">60.00"),
        (80, 228, "RESIDENTIAL DELIVERY"),
        (470, 228, ">1 @ 40.00"),
        (570, 228, ">40.00"),
        (380, 250, "TOTAL CHARGES USD"),
        (570, 250, ">$300.00"),
    ]
    items = _items(page)
    assert [item["amount"] for item in items] == [500.0, -300.0, 60.0, 40.0]


_GOODS = [
    ("10", "CU-12", '1/2" copper elbow, 90 degree', "2.40", "24.00"),
    ("3", "TK-40", "40 gal. electric water heater, 4500 W", "455.00", "1,365.00"),
    ("8", "VL-34", '3/4" brass gate valve', "14.10", "112.80"),
]


def test_names_starting_with_a_size_left_of_a_centred_caption_are_read_whole() -> None:
    page = [
        *_head("WS-9932"),
        (50, 164, "PO-7731"),
        (120, 164, "Net 30"),
        (240, 164, "ABK"),
        (280, 164, "03/12/2025"),
        (50, 180, "Quantity"),
        (110, 180, "Item Code"),
        (276, 180, "Description"),
        (440, 180, "Price Each"),
        (521, 180, "Amount"),
    ]
    for n, (qty, code, name, price, amount) in enumerate(_GOODS):
        y = 198 + 14 * n
        page += [(80, y, ">" + qty), (96, y, code), (175, y, name)]
        page += [(480, y, ">" + price), (557, y, ">" + amount)]
    page += [(334, 250, "Subtotal"), (557, 250, ">$1,501.80")]
    page += [(334, 264, "Total"), (557, 264, ">$1,501.80")]
    items = _items(page)
    assert len(items) == len(_GOODS)
    for item, row in zip(items, _GOODS, strict=True):
        assert str(item["description"]).endswith(row[2])
    assert [item["amount"] for item in items] == [24.0, 1365.0, 112.8]
