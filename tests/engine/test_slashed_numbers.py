"""Invoice numbers whose slash stands apart from their parts ("R 2024 / 7718", a series
prefix, the year and a running count): the part after the slash belongs to the number."""

from __future__ import annotations

import pytest

from .conftest import header_values


@pytest.mark.parametrize(
    ("printed", "expected"),
    [("R 2024 / 7718", "R 2024/7718"), ("2025 / 0087", "2025/0087"), ("RE 2024", "RE 2024")],
)
def test_slash_apart_joins_the_number(printed: str, expected: str) -> None:
    fields = header_values(
        [
            (50, 60, "Oberland Textil GmbH"),
            (50, 120, "Rechnungsnummer:"),
            (160, 120, printed),
            (50, 134, "Rechnungsdatum:"),
            (160, 134, "23.09.2024"),
        ]
    )
    assert fields["invoice_number"] == expected
