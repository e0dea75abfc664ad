"""Golden cases for date parsing: numeric orders, month names in eight languages, ambiguity."""

from __future__ import annotations

from datetime import date

import pytest

from facturist.engine.parse.dates import ParsedDate, find_dates, infer_day_first, parse_date

UNAMBIGUOUS = [
    ("2018-06-05", date(2018, 6, 5)),
    ("2018/06/05", date(2018, 6, 5)),
    ("2018.6.5", date(2018, 6, 5)),
    ("20180605", date(2018, 6, 5)),
    ("13.05.2020", date(2020, 5, 13)),
    ("05/13/2020", date(2020, 5, 13)),
    ("31-12-99", date(1999, 12, 31)),
    ("31.12.69", date(2069, 12, 31)),
    ("06.06.2018", date(2018, 6, 6)),
    ("29.02.2024", date(2024, 2, 29)),
    ("5. Juni 2018", date(2018, 6, 5)),
    ("5 Juni 2018", date(2018, 6, 5)),
    ("5. März 2018", date(2018, 3, 5)),
    ("5. Mär. 2018", date(2018, 3, 5)),
    ("3. Dez 2019", date(2019, 12, 3)),
    ("1. Jänner 2020", date(2020, 1, 1)),
    ("June 5, 2018", date(2018, 6, 5)),
    ("June 5 2018", date(2018, 6, 5)),
    ("Dec. 3, 2019", date(2019, 12, 3)),
    ("Jan 15th 2024", date(2024, 1, 15)),
    ("15th January 2024", date(2024, 1, 15)),
    ("2nd Feb 2021", date(2021, 2, 2)),
    ("5 juin 2018", date(2018, 6, 5)),
    ("1er juin 2018", date(2018, 6, 1)),
    ("12 août 2019", date(2019, 8, 12)),
    ("12 aout 2019", date(2019, 8, 12)),
    ("3 févr. 2020", date(2020, 2, 3)),
    ("17 décembre 2021", date(2021, 12, 17)),
    ("5 de junio de 2018", date(2018, 6, 5)),
    ("5 de diciembre de 2018", date(2018, 12, 5)),
    ("5 ene 2018", date(2018, 1, 5)),
    ("5 giugno 2018", date(2018, 6, 5)),
    ("5 gen 2018", date(2018, 1, 5)),
    ("5 mei 2018", date(2018, 5, 5)),
    ("5 maart 2018", date(2018, 3, 5)),
    ("5 mrt 2018", date(2018, 3, 5)),
    ("5 de março de 2018", date(2018, 3, 5)),
    ("5 out 2018", date(2018, 10, 5)),
    ("5 czerwca 2018", date(2018, 6, 5)),
    ("3 października 2020", date(2020, 10, 3)),
    ("3 wrzesnia 2020", date(2020, 9, 3)),
    ("05-Jun-2018", date(2018, 6, 5)),
    ("05-Jun-18", date(2018, 6, 5)),
    ("05.Jun.2018", date(2018, 6, 5)),
    ("05 JUN 2018", date(2018, 6, 5)),
    ("2025-05-06T12:31:08", date(2025, 5, 6)),
]


@pytest.mark.parametrize(("text", "expected"), UNAMBIGUOUS)
def test_parse_date_unambiguous(text: str, expected: date) -> None:
    for day_first in (None, True, False):
        assert parse_date(text, day_first=day_first) == ParsedDate(expected, False, None)


AMBIGUOUS = [
    ("05.06.2018", date(2018, 6, 5), date(2018, 5, 6)),
    ("5/6/18", date(2018, 6, 5), date(2018, 5, 6)),
    ("05-06-2018", date(2018, 6, 5), date(2018, 5, 6)),
    ("12.5.2018", date(2018, 5, 12), date(2018, 12, 5)),
    ("01/02/03", date(2003, 2, 1), date(2003, 1, 2)),
]


@pytest.mark.parametrize(("text", "day_first_value", "month_first_value"), AMBIGUOUS)
def test_parse_date_ambiguous(text: str, day_first_value: date, month_first_value: date) -> None:
    assert parse_date(text) == ParsedDate(day_first_value, True, month_first_value)
    assert parse_date(text, day_first=True) == ParsedDate(day_first_value, True, month_first_value)
    assert parse_date(text, day_first=False) == ParsedDate(month_first_value, True, day_first_value)


NOT_DATES = [
    "",
    "hello",
    "1.234,56",
    "30.02.2018",
    "2018-13-05",
    "20181305",
    "12345678",
    "19891231",  # compact dates before 1990 are more likely numbers
    "32.01.2018",
    "13/13/2020",
    "1.2.3",
    "5 Foo 2018",
    "June 2018",
    "05.06.2018 extra",
    "1805.06.2018",
    "0.05.06.2018",
    "1 set 10",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


def test_find_dates_in_line() -> None:
    line = "Rechnungsdatum: 05.06.2018 Lieferung 5. Juni 2018, fällig 2018-07-05 Tel 030/123456"
    found = find_dates(line)
    assert [(item.value, line[start:end]) for item, start, end in found] == [
        (date(2018, 6, 5), "05.06.2018"),
        (date(2018, 6, 5), "5. Juni 2018"),
        (date(2018, 7, 5), "2018-07-05"),
    ]
    assert found[0][0].ambiguous and not found[1][0].ambiguous


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Invoice date June 5, 2018 due July 5, 2018", [date(2018, 6, 5), date(2018, 7, 5)]),
        ("v1.2.3 and 10.15 and 12:30", []),
        ("period 01.05.2018-31.05.2018", [date(2018, 5, 1), date(2018, 5, 31)]),
        ("Date:13/05/2020", [date(2020, 5, 13)]),
        ("Qty 1 set 10 pcs", []),
        ("ref 12-05-2018-3", []),
        ("2018-06-05", [date(2018, 6, 5)]),
    ],
)
def test_find_dates_values(line: str, expected: list[date]) -> None:
    assert [item.value for item, _, _ in find_dates(line)] == expected


def test_find_dates_respects_day_first() -> None:
    found = find_dates("due 03/04/2021", day_first=False)
    assert found[0][0] == ParsedDate(date(2021, 3, 4), True, date(2021, 4, 3))


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["13/05/2020", "01/02/2020"], True),
        (["05/13/2020", "Total 12.00"], False),
        (["01/02/2020"], None),
        (["13.05.2020", "05/14/2020"], None),
        (["25.12.2019", "31.01.2020", "12/31/2020"], True),
        ([], None),
    ],
)
def test_infer_day_first(texts: list[str], expected: bool | None) -> None:
    assert infer_day_first(texts) is expected
