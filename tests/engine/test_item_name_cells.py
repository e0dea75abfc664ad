"""An item's text where the header's captions do not say where it stands: a grey description
line under a bold product name (QuickBooks-style "ACTIVITY" cells), a name cell holding model
numbers right of the row's part number in a cell of its own, and the first row's short name
at a boxed table's left edge, left of the centred "Description" caption."""

from __future__ import annotations

from dataclasses import dataclass

from .conftest import Align, Drawn, analysed, make_pdf

_BLACK = (0.0, 0.0, 0.0)
_GREY = (0.42, 0.42, 0.45)


@dataclass(frozen=True)
class _Text:
    x: float
    y: float  # from the top
    text: str
    size: float = 9.0
    bold: bool = False
    colour: tuple[float, float, float] = _BLACK
    align: str = "left"  # "left", "right" (x is the right edge) or "centre"


def _descriptions(texts: list[_Text]) -> list[object]:
    aligns: dict[str, Align] = {"right": "right", "centre": "centre"}
    drawn = [
        Drawn(t.x, t.y, t.text, "Helvetica", t.size, aligns.get(t.align, "left"), t.colour, t.bold)
        for t in texts
    ]
    invoice = analysed(make_pdf(drawn))
    return [item["description"].value for item in invoice.items if "description" in item]


def _head() -> list[_Text]:
    return [
        _Text(40, 50, "Bayview Garden Services LLC", 14, bold=True),
        _Text(40, 66, "18 Harbor Road, Sarasota, FL 34236"),
        _Text(40, 120, "BILL TO"),
        _Text(40, 132, "Seaside Dental Group"),
        _Text(40, 144, "400 Gulf Drive, Sarasota, FL 34242"),
        _Text(400, 120, "INVOICE # 2210"),
        _Text(400, 132, "DATE 03/11/2024"),
    ]


def _totals(y: float, total: str) -> list[_Text]:
    return [
        _Text(400, y, "SUBTOTAL"),
        _Text(560, y, total, align="right"),
        _Text(400, y + 14, "TOTAL", bold=True),
        _Text(560, y + 14, total, bold=True, align="right"),
    ]


def test_grey_description_under_a_bold_name_goes_on_with_it() -> None:
    rows = [
        ("Hedge Trimming", "Front and side hedges, clippings hauled", "3", "60.00", "180.00"),
        ("Sod Installation", "Replace sod by the north walkway", "2", "95.00", "190.00"),
    ]
    texts = [
        *_head(),
        _Text(46, 220, "DATE", 8, bold=True),
        _Text(110, 220, "ACTIVITY", 8, bold=True),
        _Text(430, 220, "QTY", 8, bold=True, align="right"),
        _Text(495, 220, "RATE", 8, bold=True, align="right"),
        _Text(560, 220, "AMOUNT", 8, bold=True, align="right"),
    ]
    for index, (name, detail, qty, rate, amount) in enumerate(rows):
        y = 242 + 30 * index
        texts += [
            _Text(46, y, f"03/0{index + 4}/2024"),
            _Text(110, y, name, bold=True),
            _Text(430, y, qty, align="right"),
            _Text(495, y, rate, align="right"),
            _Text(560, y, amount, align="right"),
            # The product's description under its name, in grey, about its size.
            _Text(110, y + 11, detail, 8.5, colour=_GREY),
        ]
    texts += _totals(320, "370.00")
    assert _descriptions(texts) == [f"{name} {detail}" for name, detail, *_ in rows]


def test_model_numbers_in_a_name_cell_right_of_the_part_number_stay_in_the_name() -> None:
    rows = [
        ("LOW-000-15510", "Lowrance HDS-9 Live sounder", "1", "1,899.00"),
        ("VIC-SCC-1003", "Victron MPPT 100/30 charge controller", "2", "210.00"),
        ("LAB-INST", "Installation labour (hrs)", "3", "115.00"),
    ]
    texts = [
        *_head(),
        _Text(85, 220, "Part No.", bold=True, align="centre"),
        _Text(255, 220, "Description", bold=True, align="centre"),
        _Text(405, 220, "Qty", bold=True, align="right"),
        _Text(480, 220, "Unit Price", bold=True, align="right"),
        _Text(560, 220, "Amount", bold=True, align="right"),
    ]
    amounts = ["1,899.00", "420.00", "345.00"]
    for index, (code, name, qty, price) in enumerate(rows):
        y = 240 + 18 * index
        texts += [
            _Text(44, y, code),
            _Text(134, y, name),
            _Text(405, y, qty, align="right"),
            _Text(480, y, price, align="right"),
            _Text(560, y, amounts[index], align="right"),
        ]
    texts += _totals(320, "2,664.00")
    assert _descriptions(texts) == [name for _code, name, *_ in rows]


def test_a_short_first_name_at_the_tables_left_edge_is_an_item() -> None:
    rows = [
        ("Site visit fee", "1", "$85.00", "$85.00"),
        ("Labour - replace corroded valve under the kitchen sink (hrs)", "2", "$95.00", "$190.00"),
        ("Materials - ball valve, compression fittings, tape", "1", "$42.50", "$42.50"),
        ("Drain camera inspection of the main sewer line", "1", "$180.00", "$180.00"),
    ]
    texts = [
        *_head(),
        # A boxed table: "Description" centred over the wide first column.
        _Text(205, 220, "Description", bold=True, align="centre"),
        _Text(400, 220, "Qty", bold=True, align="right"),
        _Text(470, 220, "Rate", bold=True, align="right"),
        _Text(545, 220, "Amount", bold=True, align="right"),
    ]
    for index, (name, qty, rate, amount) in enumerate(rows):
        y = 240 + 18 * index
        texts += [
            _Text(44, y, name),
            _Text(400, y, qty, align="right"),
            _Text(470, y, rate, align="right"),
            _Text(545, y, amount, align="right"),
        ]
    texts += _totals(330, "$497.50")
    assert _descriptions(texts) == [name for name, *_ in rows]
