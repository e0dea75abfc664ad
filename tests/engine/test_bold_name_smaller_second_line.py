"""An invoicing app's item cell: the name in bold, its second line a point smaller in regular
print under it. The second line is part of the description (a regular line of the name's size
under a bold name stays a detail: test_table_captions)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_sized_pdf

_HEAD = [
    (50, 60, "Acme Mechanics Pty Ltd", 10.0),
    (350, 130, "Invoice number:", 10.0),
    (450, 130, "INV-0042", 10.0),
    (350, 144, "Invoice date:", 10.0),
    (450, 144, "05.03.2025", 10.0),
]


def test_smaller_regular_line_under_bold_name_is_its_second_line() -> None:
    lines = [
        (50, 220, "DESCRIPTION", 8.0),
        (370, 220, "RATE", 8.0),
        (440, 220, "QTY", 8.0),
        (520, 220, "AMOUNT", 8.0),
        (50, 240, "Logbook service", 9.5),
        (363, 240, "$389.00", 9.5),
        (449, 240, "1", 9.5),
        (519, 240, "$389.00", 9.5),
        (50, 252.5, "Oil and filter change, full inspection", 8.5),
        (50, 272, "Labour", 9.5),
        (363, 272, "$110.00", 9.5),
        (441, 272, "2.5", 9.5),
        (519, 272, "$275.00", 9.5),
        (50, 284.5, "Additional diagnostic time (hrs)", 8.5),
        (400, 320, "SUBTOTAL", 9.5),
        (511, 320, "$664.00", 9.5),
    ]
    bold = frozenset({"Logbook service", "Labour"})
    result = extract_canonical(make_sized_pdf(_HEAD + lines, bold), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == [
        "Logbook service Oil and filter change, full inspection",
        "Labour Additional diagnostic time (hrs)",
    ]
