"""OCR's misread marks on a scan: a decimal mark read as a colon ("175:00", colondecimals.py)
where the row's sums prove it, and a speck read as "." between an IBAN's groups
(ibanspecks.py) where mod-97 proves it; a text layer's words are never changed. A logo's tall
OCR box beside two rows of small print keeps them two lines (layout._below_peers)."""

from __future__ import annotations

import pytest

from facturist.engine.accountread import read_iban
from facturist.engine.colondecimals import colon_decimals
from facturist.engine.ibanspecks import unspecked_ibans
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word


def _row(*texts: str, y: float = 100) -> list[Word]:
    return [Word(t, Box(1, 20 + 60 * i, y, 70 + 60 * i, y + 12)) for i, t in enumerate(texts)]


def _texts(words: list[Word]) -> list[str]:
    return [w.text for w in words]


@pytest.mark.parametrize(
    ("row", "mended"),
    [
        (("Fuel", "surcharge", "14", "12,50", "175:00"), "175,00"),  # 14 x 12,50
        (("Empties", "crate", "3:42", "27.36"), "3.42"),  # 8 (lost) x 3.42 = 27.36
        (("Delivery", "1", "1.250:00", "1.250,00"), "1.250,00"),
        (("Pallet", "2", "48:00", "96.00"), "48.00"),
    ],
)
def test_colon_money_proven_by_the_row_is_mended(row: tuple[str, ...], mended: str) -> None:
    assert mended in _texts(colon_decimals(_row(*row)))


@pytest.mark.parametrize(
    "row",
    [
        ("13/03/2025", "10:27", "TRANSPORTS", "ROLLAND"),  # a fax header's time
        ("Time", "12:00", "Total", "12.00"),  # a time that equals the total once over
        ("Table", "4", "Time", "19:45", "Total", "57.30"),
        ("Opening", "hours", "8:30", "17:30"),
    ],
)
def test_times_stay(row: tuple[str, ...]) -> None:
    assert _texts(colon_decimals(_row(*row))) == list(row)


def test_colon_mended_only_on_ocr_pages() -> None:
    words = _row("Fuel", "14", "12,50", "175:00")
    ocr = build_lines(PageText(1, 600, 800, words, source="ocr"))
    text = build_lines(PageText(1, 600, 800, words, source="text"))
    assert "175,00" in ocr[0].text
    assert "175:00" in text[0].text


@pytest.mark.parametrize(
    ("row", "iban"),
    [
        (("IBAN", "GB06", "BARC", "2045.7743", "9182", "65"), "GB06BARC20457743918265"),
        (("IBAN", "GB06", "BARC", "2045", ".", "7743", "9182", "65"), "GB06BARC20457743918265"),
        (("IBAN:", "DE89", "3704,0044", "0532", "0130", "00."), "DE89370400440532013000"),
    ],
)
def test_speck_between_iban_groups_is_dropped(row: tuple[str, ...], iban: str) -> None:
    value = read_iban(unspecked_ibans(_row(*row))[1:])
    assert value is not None
    assert value.value == iban


def test_iban_specks_kept_when_the_check_fails() -> None:
    row = ("IBAN", "GB06", "BARC", "2045.7744", "9182", "65")  # one digit misread too
    assert _texts(unspecked_ibans(_row(*row))) == list(row)


def test_iban_speck_dropped_only_on_ocr_pages() -> None:
    words = _row("IBAN", "GB06", "BARC", "2045.7743", "9182", "65")
    ocr = build_lines(PageText(1, 600, 800, words, source="ocr"))
    text = build_lines(PageText(1, 600, 800, words, source="text"))
    assert "20457743" in ocr[0].text
    assert "2045.7743" in text[0].text


def _box(text: str, x0: float, y0: float, x1: float, y1: float) -> Word:
    return Word(text, Box(1, x0, y0, x1, y1))


def test_logo_box_does_not_pull_the_next_small_row_up() -> None:
    # OCR boxes ~1.7x the line pitch: "3526" overlaps "Kanaalweg 88" and, through the 72 px
    # logo, fits the logo's line; only the logo's stretch reaches its centre.
    words = [
        _box("van", 162, 152, 248, 224),
        _box("Heijden", 282, 152, 572, 224),
        _box("Kanaalweg", 1356, 152, 1468, 192),
        _box("88", 1476, 152, 1502, 192),
        _box("3526", 1326, 176, 1384, 220),
        _box("KM", 1388, 176, 1416, 220),
        _box("Utrecht", 1424, 178, 1508, 224),
    ]
    lines = [line.text for line in build_lines(PageText(1, 1654, 2339, words, source="ocr"))]
    assert lines == ["van Heijden Kanaalweg 88", "3526 KM Utrecht"]


def test_small_words_on_the_logos_row_stay_with_it() -> None:
    words = [
        _box("ACME", 100, 100, 300, 172),
        _box("Invoice", 1200, 130, 1300, 172),
        _box("No.", 1310, 132, 1350, 172),
        _box("42", 1360, 131, 1390, 171),
    ]
    lines = [line.text for line in build_lines(PageText(1, 1654, 2339, words, source="ocr"))]
    assert lines == ["ACME Invoice No. 42"]
