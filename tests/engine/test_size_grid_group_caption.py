"""A size grid's group caption over the size columns ("Größen / Stück" above "XS S M L XL"):
it names no column of its own, the row's count stays under "Menge" and the unit price the
wholesale price. (A slash joining a word to a caption widens only a description's column:
"Stage / item"; round 56's rule had made the group caption the count's and read a size cell
as the quantity.)"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_placed_pdf

_HEAD = [
    (40, 40, "Bergwerk Textil GmbH", False),
    (40, 54, "Talstraße 9, 87435 Kempten", False),
    (40, 110, "Laufladen Oberhuber", False),
    (40, 124, "Marktplatz 2, 83278 Traunstein", False),
    (380, 110, "Rechnungs-Nr. 2024-55102", False),
    (380, 124, "Rechnungsdatum 05.03.2024", False),
]
_TABLE = [
    (293, 247, "Größen / Stück", False),
    (36, 254, "Pos", False),
    (49, 254, "Art.-Nr.", False),
    (90, 254, "Bezeichnung", False),
    (212, 254, "Farbe", False),
    (262, 256, "S", False),
    (299, 256, "M", False),
    (333, 256, "L", False),
    (366, 254, "Menge", False),
    (424, 254, "UVP", True),
    (460, 254, "EK", True),
    (568, 254, "Betrag", True),
]


def _row(
    y: float,
    pos: str,
    code: str,
    name: str,
    sizes: tuple[str, str, str],
    count: str,
    rrp: str,
    price: str,
    amount: str,
) -> list[tuple[float, float, str, bool]]:
    return [
        (40, y, pos, False),
        (50, y, code, False),
        (89, y, name, False),
        (211, y, "001", False),
        (266, y, sizes[0], False),
        (300, y, sizes[1], False),
        (335, y, sizes[2], False),
        (387, y, count, True),
        (424, y, rrp, True),
        (460, y, price, True),
        (568, y, amount, True),
    ]


def test_group_caption_over_the_size_grid_leaves_the_count_under_its_own_caption() -> None:
    page = [
        *_HEAD,
        *_TABLE,
        *_row(
            275,
            "1",
            "31-1001",
            "Funktionsshirt Grat",
            ("2", "4", "3"),
            "9",
            "49,95",
            "22,50",
            "202,50",
        ),
        *_row(
            291, "2", "31-1002", "Laufhose Kamm", ("1", "3", "2"), "6", "79,95", "36,00", "216,00"
        ),
        (414, 330, "Summe netto", False),
        (568, 330, "418,50", True),
        (414, 344, "USt 19 %", False),
        (568, 344, "79,52", True),
        (414, 358, "Rechnungsbetrag", False),
        (568, 358, "498,02", True),
    ]
    result: dict[str, Any] = extract_canonical(make_placed_pdf(page), use_einvoice=False)
    items = [
        (i.get("quantity"), i.get("unit_price"), i.get("amount")) for i in result["line_items"]
    ]
    assert items == [(9.0, 22.5, 202.5), (6.0, 36.0, 216.0)]
