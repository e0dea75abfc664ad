"""Item tables under captions the table reader does not know, read because their rows add
up to the sum row under them (engine/summedtable.py), and premium lists whose item names
hold a sum word (engine/itemlist.py)."""

from __future__ import annotations

from facturist.engine.itemlist import listed_items
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Box, PageText, Value, Word

_CHAR = 4.5  # width of a character, in points
_HEIGHT = 8.0

# (x, text, right-aligned): one cell of a line.
Cell = tuple[float, str, bool]


def _words(y: float, cells: list[Cell]) -> list[Word]:
    words: list[Word] = []
    for x, text, right in cells:
        start = x - _CHAR * len(text) if right else x
        for token in text.split(" "):
            if token:
                end = start + _CHAR * len(token)
                words.append(Word(token, Box(1, start, y, end, y + _HEIGHT)))
            start += _CHAR * (len(token) + 1)
    return words


def _lines(rows: list[tuple[float, list[Cell]]]) -> list[Line]:
    words = [w for y, cells in rows for w in _words(y, cells)]
    return build_lines(PageText(1, 595, 842, words))


def _read(lines: list[Line], **fields: float) -> list[tuple[str, float]]:
    found = listed_items(lines, {k: Value(v, str(v), ()) for k, v in fields.items()})
    return [(str(item["description"].value), float(str(item["amount"].value))) for item in found]


def _row(y: float, name: str, total: str, key: str, share: str) -> tuple[float, list[Cell]]:
    return (y, [(60, name, False), (300, total, True), (310, key, False), (535, share, True)])


_COSTS = [
    (
        100.0,
        [(60, "Kostenart", False), (250, "Gesamtkosten €", False), (488, "Ihr Anteil €", False)],
    ),
    _row(120, "Grundsteuer", "4.218,60", "Wohnfläche", "168,79"),
    _row(140, "Müllbeseitigung", "3.456,00", "Personen", "144,00"),
    _row(160, "Hauswart", "7.440,00", "Wohnfläche", "297,68"),
]


def test_cost_shares_add_up_to_the_indented_sum_row() -> None:
    lines = _lines([*_COSTS, (185, [(284, "Summe Ihrer Kosten", False), (537, "610,47 €", True)])])
    assert _read(lines) == [
        ("Grundsteuer", 168.79),
        ("Müllbeseitigung", 144.0),
        ("Hauswart", 297.68),
    ]


def test_no_items_where_the_column_misses_the_sum_row() -> None:
    lines = _lines([*_COSTS, (185, [(284, "Summe Ihrer Kosten", False), (537, "999,99 €", True)])])
    assert _read(lines) == []


def test_no_items_without_a_caption_line_over_the_rows() -> None:
    lines = _lines(
        [*_COSTS[1:], (185, [(284, "Summe Ihrer Kosten", False), (537, "610,47 €", True)])]
    )
    assert _read(lines) == []


def _premium(y: float, name: str, net: str, tax: str, gross: str) -> tuple[float, list[Cell]]:
    return (
        y,
        [
            (60, name, False),
            (270, "180.000 €", True),
            (317, "0,85 ‰", True),
            (376, net, True),
            (416, "19 %", True),
            (470, tax, True),
            (535, gross, True),
        ],
    )


_PREMIUMS = [
    (
        300.0,
        [
            (216, "Versicherungs-", False),
            (334, "Nettobeitrag", False),
            (447, "VersSt", False),
            (490, "Bruttobeitrag", False),
        ],
    ),
    (309.0, [(60, "Gefahr", False)]),
    (318.0, [(243, "summe", False), (362, "EUR", False), (455, "EUR", False), (520, "EUR", False)]),
    _premium(338, "Leitungswasser", "111,60", "21,20", "132,80"),
    _premium(358, "Sturm / Hagel", "50,40", "9,58", "59,98"),
    (
        378.0,
        [
            (60, "Summe Jahresbeitrag", False),
            (376, "162,00", True),
            (470, "30,78", True),
            (535, "192,78", True),
        ],
    ),
]


def test_net_column_of_a_premium_grid_is_the_one_adding_up_to_the_net_amount() -> None:
    lines = _lines(_PREMIUMS)
    assert _read(lines, net_amount=162.0, total_amount=192.78) == [
        ("Leitungswasser", 111.6),
        ("Sturm / Hagel", 50.4),
    ]
    # Without a net amount to go by, the rightmost column that adds up.
    assert _read(lines)[0] == ("Leitungswasser", 132.8)


def test_sum_word_deep_in_an_item_name_keeps_it_an_item() -> None:
    lines = _lines(
        [
            (
                100,
                [
                    (57, "Privathaftpflicht Komfort (Single), Deckungssumme 15 Mio. EUR", False),
                    (539, "68,40 €", True),
                ],
            ),
            (115, [(57, "Diensthaftpflicht für Beamte", False), (539, "14,20 €", True)]),
            (130, [(57, "Nachlass schadenfreier Verlauf 5 %", False), (539, "-4,13 €", True)]),
            (150, [(313, "Beitrag ohne Versicherungsteuer", False), (540, "78,47 €", True)]),
        ]
    )
    assert [name for name, _ in _read(lines)] == [
        "Privathaftpflicht Komfort (Single), Deckungssumme 15 Mio. EUR",
        "Diensthaftpflicht für Beamte",
        "Nachlass schadenfreier Verlauf 5 %",
    ]
