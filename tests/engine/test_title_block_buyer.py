"""The company block right under "TAX INVOICE", no caption over it, is the buyer's
(titleblock.py)."""

from __future__ import annotations

from facturist.engine.titleblock import block_under_title

from .conftest import Page, spaced_lines

_HEAD: Page = [
    (300, 40, "CORRIB AUDIO VISUAL"),
    (250, 60, "Corrib Audio Visual Ltd · 12 Dock Road · Galway"),
    (60, 120, "TAX INVOICE"),
    (400, 120, "Invoice No.: 24117"),
    (400, 133, "Date: 03/03/2025"),
    (60, 780, "Bank: AIB, Eyre Square, Galway"),
]


def test_company_under_the_title_is_the_buyer() -> None:
    lines = spaced_lines(
        [
            *_HEAD,
            (60, 146, "Ardmore Hotel Group DAC"),
            (60, 158, "Ardmore House, Main Street"),
            (60, 170, "Westport, Co. Mayo"),
        ]
    )
    found = block_under_title(lines)
    assert found is not None and found.value == "Ardmore Hotel Group DAC"


def test_a_line_without_legal_form_under_the_title_names_no_buyer() -> None:
    lines = spaced_lines([*_HEAD, (60, 146, "Thank you for your order"), (60, 158, "Main Street")])
    assert block_under_title(lines) is None


def test_a_company_far_below_the_title_names_no_buyer() -> None:
    lines = spaced_lines(
        [*_HEAD, (60, 300, "Ardmore Hotel Group DAC"), (60, 312, "Main Street"), (60, 324, "X")]
    )
    assert block_under_title(lines) is None
