"""A capital I read for a lower-case l inside a word."""

from __future__ import annotations

import pytest

from facturist.engine.ocr.letters import l_for_capital_i


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("BrandI", "Brandl"),
        ("BrandI,", "Brandl,"),
        ("MülIer", "Müller"),
        ("inkI.", "inkl."),
        ("ZahIung", "Zahlung"),
        ("GeIdinstitut", "Geldinstitut"),
    ],
)
def test_a_capital_i_after_a_lower_case_letter_is_an_l(read: str, meant: str) -> None:
    assert l_for_capital_i(read) == meant


@pytest.mark.parametrize(
    "word", ["IBAN", "GmbH", "XIV", "BRANDI", "II", "LinkedIn", "McIntosh", "UStIdNr.", "TaxId"]
)
def test_capitals_that_belong_are_kept(word: str) -> None:
    assert l_for_capital_i(word) == word
